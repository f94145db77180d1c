"""The capture view's queue: badges read while staff were busy, and codes refused.

A badge scanned while a visitor is on the form waits here, oldest first, with the
button that saves the next one with its badge only; a code that is no badge (a
Wi-Fi sign) is shown as refused, never queued. Layout only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from showfloor.qt.theme import banner_css, themed

QUEUE_ROWS_SHOWN = 3  # then the list scrolls: the form keeps the rest of the height


class ScanQueuePanel(QWidget):
    """``save_badge_only_key``: the shortcut the button names."""

    def __init__(self, save_badge_only_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QFrame()
        box.setObjectName("queue_box")
        themed(box, lambda c: banner_css("queue", c, "QFrame#queue_box", "padding: 0;"))
        layout = QVBoxLayout(box)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(2)
        head = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("queue_title")
        self.title.setStyleSheet("font-weight: 700;")
        self.save_badge_only_button = QPushButton(
            self.tr("Save the next with its badge only ({SAVE_BADGE_ONLY_KEY})").format(
                SAVE_BADGE_ONLY_KEY=save_badge_only_key
            )
        )
        self.save_badge_only_button.setObjectName("save_badge_only")
        self.save_badge_only_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        head.addWidget(self.title, 1)
        head.addWidget(self.save_badge_only_button)
        layout.addLayout(head)
        self.waiting = QListWidget()
        self.waiting.setObjectName("queue_list")
        self.waiting.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.waiting.setStyleSheet("QListWidget { background: transparent; border: none; }")
        layout.addWidget(self.waiting)
        self.box = box
        box.hide()
        self.refused = QLabel()
        self.refused.setObjectName("refused_label")
        self.refused.setWordWrap(True)
        themed(self.refused, lambda c: banner_css("neutral", c, extra="border-style: dashed;"))
        self.refused.hide()
        holder_layout = QVBoxLayout(self)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.setSpacing(4)
        holder_layout.addWidget(box)
        holder_layout.addWidget(self.refused)

    def show_queue(self, lines: list[str]) -> None:
        """The waiting badges, oldest first ("2 waiting"); hidden when none wait."""
        self.waiting.clear()
        for number, line in enumerate(lines, 1):
            self.waiting.addItem(f"{number}. {line}")
        self.title.setText(
            self.tr("{arg0} waiting — they load one by one as you save").format(arg0=len(lines))
        )
        # As tall as its rows (three at most, then it scrolls): the form keeps the rest.
        shown = min(len(lines), QUEUE_ROWS_SHOWN)
        row = self.waiting.sizeHintForRow(0) if lines else 0
        self.waiting.setFixedHeight(shown * row + 2 * self.waiting.frameWidth() + 2)
        self.box.setVisible(bool(lines))

    def show_refused(self, text: str | None) -> None:
        """A code that was read and refused (not a badge): shown, never queued."""
        self.refused.setText(
            self.tr("✕ Refused, not queued: {text}").format(text=text) if text else ""
        )
        self.refused.setVisible(bool(text))
