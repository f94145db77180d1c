"""A word-wrapped label of a fixed number of lines: its height never changes.

A message that appears above a form must not push the form down while someone
types into it; a text longer than the lines allow ends in "…" and the whole of it
is in the tool tip and read by screen readers.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QWidget

ELLIPSIS = "\u2026"


def fit_lines(text: str, metrics: QFontMetrics, width: int, lines: int) -> str:
    """``text``, cut at a word and ended with "…" when it needs more than ``lines``."""

    def height(candidate: str) -> int:
        box = QRect(0, 0, max(1, width), 100_000)
        return metrics.boundingRect(box, Qt.TextFlag.TextWordWrap, candidate).height()

    limit = height("\n".join(["Xg"] * lines))  # what ``lines`` lines measure
    if width <= 0 or height(text) <= limit:
        return text
    words = text.split(" ")
    low, high = 0, len(words)  # the most words that fit, found by halving
    while low < high:
        middle = (low + high + 1) // 2
        if height(" ".join(words[:middle]) + ELLIPSIS) <= limit:
            low = middle
        else:
            high = middle - 1
    return " ".join(words[:low]) + ELLIPSIS


class BoundedLabel(QLabel):
    """``text()`` is the whole message (what screen readers read); only what is
    painted is shortened to the label's lines."""

    def __init__(self, lines: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines = lines
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)
        self._fix_height()

    def shown_text(self) -> str:
        """What the label paints: the text, or its first words and "…"."""
        width = self.contentsRect().width() - 2 * self.margin()
        return fit_lines(self.text(), self.fontMetrics(), width, self._lines)

    def _fix_height(self) -> None:
        margins = self.contentsMargins()
        extra = margins.top() + margins.bottom() + 2 * self.margin()
        self.setFixedHeight(self._lines * self.fontMetrics().lineSpacing() + extra)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fix_height()

    def paintEvent(self, event: QPaintEvent) -> None:
        QFrame.paintEvent(self, event)  # the frame and the style sheet's background
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        area = self.contentsRect().adjusted(
            self.margin(), self.margin(), -self.margin(), -self.margin()
        )
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        painter.drawText(area, int(flags), self.shown_text())
        painter.end()
