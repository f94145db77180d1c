"""A bar chart drawn with QPainter (QtCharts is not in PySide6-Essentials).

Made to be read from a step away: large labels, the number written on every bar,
no axis to decode. Horizontal bars for categories, columns for hours; when there
are too many columns for their labels, every n-th label is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from showfloor.domain.texts import QT_TRANSLATE_NOOP
from showfloor.qt import locale_text
from showfloor.qt.theme import muted, readable
from showfloor.services.charts import Chart

DEFAULT_BAR = "#0f766e"
PAD = 12
EMPTY = QT_TRANSLATE_NOOP("BarChart", "Nothing recorded yet.")


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chart = Chart("", ())
        self._colours: dict[str, str] = {}
        self._subtitle = ""
        self._text = self._muted = self._grid = QColor()
        self._empty = self.tr(EMPTY)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 12.0))
        self.setFont(font)

    @property
    def chart(self) -> Chart:
        return self._chart

    def set_chart(
        self, chart: Chart, colours: dict[str, str] | None = None, subtitle: str = ""
    ) -> None:
        """Show ``chart``; ``colours`` maps a bar's key to its colour."""
        self._chart = chart
        self._colours = colours or {}
        self._subtitle = subtitle
        self._empty = self.tr(EMPTY)
        self.setAccessibleName(chart.title)
        self.setAccessibleDescription(
            ", ".join(f"{b.label}: {b.value}" for b in chart.bars) or self.tr(EMPTY)
        )
        self.setToolTip(chart.caption)
        self.update()

    def show_waiting(self, text: str) -> None:
        """No chart yet: ``text`` where the bars will be (until ``set_chart``)."""
        self._empty = text
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, 260)

    def minimumSizeHint(self) -> QSize:
        return QSize(220, 150)

    # -- painting ------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # The palette's base and text (light or dark theme), read at each paint.
        colours = self.palette()
        base = colours.color(QPalette.ColorRole.Base)
        self._text = readable(colours.color(QPalette.ColorRole.Text), base)
        self._muted = QColor(muted(colours, QPalette.ColorRole.Base))
        self._grid = colours.color(QPalette.ColorRole.Mid)
        painter.fillRect(self.rect(), base)
        painter.setPen(self._grid)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
        top = self._draw_title(painter)
        area = QRectF(PAD, top, self.width() - 2 * PAD, self.height() - top - PAD)
        if not any(bar.value for bar in self._chart.bars):
            painter.setPen(self._muted)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self._empty)
        elif self._chart.horizontal:
            self._draw_bars(painter, area)
        else:
            self._draw_columns(painter, area)
        painter.end()

    def _draw_title(self, painter: QPainter) -> float:
        title_font = QFont(self.font())
        title_font.setPointSizeF(self.font().pointSizeF() + 2)
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(self._text)
        metrics = QFontMetrics(title_font)
        title = metrics.elidedText(self._chart.title, Qt.TextElideMode.ElideRight,
                                   self.width() - 2 * PAD)  # fmt: skip
        painter.drawText(PAD, PAD + metrics.ascent(), title)
        top = PAD + metrics.height() + 6
        if self._subtitle:
            painter.setFont(self.font())
            painter.setPen(self._muted)
            small = QFontMetrics(self.font())
            painter.drawText(PAD, top + small.ascent(), self._subtitle)
            top += small.height() + 4
        painter.setFont(self.font())
        return top + 4

    def _colour(self, key: str) -> QColor:
        return QColor(self._colours.get(key, DEFAULT_BAR))

    def _draw_bars(self, painter: QPainter, area: QRectF) -> None:
        bars = self._chart.bars
        metrics = QFontMetrics(self.font())
        bold = QFont(self.font())
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        most = max(bar.value for bar in bars)
        widest = max(metrics.horizontalAdvance(b.label) for b in bars)
        label_w = min(widest + 18, area.width() * 0.45)
        value_w = bold_metrics.horizontalAdvance(locale_text.number(most)) + 10
        row_h = min(area.height() / len(bars), metrics.height() * 2.4)
        bar_h = max(8.0, min(row_h * 0.62, metrics.height() * 1.3))
        span = max(1.0, area.width() - label_w - value_w)
        for i, bar in enumerate(bars):
            y = area.top() + i * row_h
            mid = y + row_h / 2
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(label_w - 6))
            painter.setPen(self._text)
            painter.setFont(self.font())
            painter.drawText(
                QRectF(area.left(), y, label_w - 6, row_h),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                label,
            )
            length = span * bar.value / most if most else 0
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._colour(bar.key))
            painter.drawRoundedRect(
                QRectF(area.left() + label_w, mid - bar_h / 2, max(length, 2.0), bar_h), 3, 3
            )
            painter.setPen(self._text)
            painter.setFont(bold)
            painter.drawText(
                QRectF(area.left() + label_w + length + 6, y, value_w, row_h),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                locale_text.number(bar.value),
            )

    def _draw_columns(self, painter: QPainter, area: QRectF) -> None:
        bars = self._chart.bars
        metrics = QFontMetrics(self.font())
        small = QFont(self.font())
        small.setBold(True)
        small_metrics = QFontMetrics(small)
        most = max(bar.value for bar in bars)
        label_h = metrics.height() + 4
        value_h = small_metrics.height() + 2
        plot = QRectF(area.left(), area.top() + value_h, area.width(),
                      area.height() - value_h - label_h)  # fmt: skip
        slot = plot.width() / len(bars)
        widest = max(metrics.horizontalAdvance(b.label) for b in bars) + 16
        every = max(1, -(-int(widest) // max(1, int(slot))))
        last_right = float("-inf")
        painter.setPen(self._grid)
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        for i, bar in enumerate(bars):
            x = plot.left() + i * slot
            height = plot.height() * bar.value / most if most else 0
            gap = max(slot * 0.16, (slot - 96) / 2)  # columns at most 96 px wide
            if bar.value:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(self._colour(bar.key))
                painter.drawRoundedRect(
                    QRectF(x + gap, plot.bottom() - height, slot - 2 * gap, height), 3, 3
                )
                if small_metrics.horizontalAdvance(str(bar.value)) <= slot + 4:
                    painter.setPen(self._text)
                    painter.setFont(small)
                    painter.drawText(
                        QRectF(x - 4, plot.bottom() - height - value_h, slot + 8, value_h),
                        Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                        locale_text.number(bar.value),
                    )
            width = metrics.horizontalAdvance(bar.label) + 8.0
            left = x + slot / 2 - width / 2
            left = min(max(left, area.left()), area.right() - width)  # keep it inside
            if i % every == 0 and left >= last_right + 6:
                painter.setPen(self._muted)
                painter.setFont(self.font())
                painter.drawText(
                    QRectF(left, plot.bottom() + 4, width, label_h),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    bar.label,
                )
                last_right = left + width
