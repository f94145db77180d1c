"""The booth dashboard: totals and four charts, readable from a step away. Layout only."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPalette, QShowEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from showfloor.domain.texts import QT_TRANSLATE_NOOP
from showfloor.qt.theme import banner_css, muted, muted_css, themed, tile_css
from showfloor.qt.widgets.bar_chart import BarChart

TOTALS = (
    ("leads", QT_TRANSLATE_NOOP("DashboardView", "Leads")),
    ("visits", QT_TRANSLATE_NOOP("DashboardView", "Visits")),
    ("returning", QT_TRANSLATE_NOOP("DashboardView", "Came back")),
    ("hot", QT_TRANSLATE_NOOP("DashboardView", "Hot")),
)


class DashboardView(QWidget):
    """Signals:
    shown(): the view became visible (the controller refreshes what went stale).
    """

    shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard_view")
        base = QFont(self.font())
        base.setPointSizeF(max(base.pointSizeF(), 11.5))
        self.setFont(base)

        self.title = QLabel()
        self.title.setObjectName("dashboard_title")
        title_font = QFont(base)
        title_font.setPointSizeF(base.pointSizeF() + 5)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.updated = QLabel()
        themed(self.updated, muted_css)
        self.updated.setFont(base)  # a style sheet would otherwise drop the larger font
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.updated, 0, Qt.AlignmentFlag.AlignBottom)

        self.totals: dict[str, QLabel] = {}
        tiles = QHBoxLayout()
        tiles.setSpacing(10)
        for key, caption in TOTALS:
            tiles.addWidget(self._tile(key, self.tr(caption), base))

        self.by_class = BarChart()
        self.by_rating = BarChart()
        self.by_staff = BarChart()
        self.by_hour = BarChart()
        for name in ("by_class", "by_rating", "by_staff", "by_hour"):
            getattr(self, name).setObjectName(f"chart_{name}")
        grid = QGridLayout()
        grid.setSpacing(10)
        grid.addWidget(self.by_class, 0, 0)
        grid.addWidget(self.by_rating, 0, 1)
        grid.addWidget(self.by_staff, 0, 2)
        grid.addWidget(self.by_hour, 1, 0, 1, 3)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(1, 1)

        self.message = QLabel()
        self.message.setObjectName("dashboard_message")
        themed(self.message, lambda c: banner_css("error", c, extra="font-weight: 600;"))
        self.message.setFont(base)
        self.message.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(10)
        layout.addLayout(heading)
        layout.addWidget(self.message)
        layout.addLayout(tiles)
        layout.addLayout(grid, 1)

    def _tile(self, key: str, caption: str, base: QFont) -> QFrame:
        tile = QFrame()
        tile.setObjectName(f"tile_{key}")
        themed(tile, lambda c: tile_css(f"#tile_{key}", c))
        number = QLabel("0")
        number.setObjectName(f"total_{key}")
        big = QFont(base)
        big.setPointSizeF(base.pointSizeF() + 12)
        big.setBold(True)
        number.setFont(big)
        label = QLabel(caption)
        themed(label, lambda c: f"color: {muted(c, QPalette.ColorRole.Base)};")
        caption_font = QFont(base)
        caption_font.setPointSizeF(base.pointSizeF() + 2)
        label.setFont(caption_font)
        row = QHBoxLayout(tile)
        row.setContentsMargins(14, 4, 14, 4)
        row.addWidget(number)
        row.addSpacing(6)
        row.addWidget(label, 1, Qt.AlignmentFlag.AlignVCenter)
        self.totals[key] = number
        return tile

    def show_counting(self, *, first: bool) -> None:
        """New counts are on their way; the first time there is nothing to show yet."""
        self.updated.setText(self.tr("Counting…"))
        if first:
            for label in self.totals.values():
                label.setText("…")
            for chart in (self.by_class, self.by_rating, self.by_staff, self.by_hour):
                chart.show_waiting(self.tr("Counting…"))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.shown.emit()
