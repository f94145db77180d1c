"""The kiosk lock screen: an opaque cover over the whole window, and a PIN field.

Layout only; LockController decides what it shows and what a PIN does.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class LockScreen(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lock_screen")
        self.setAutoFillBackground(True)  # opaque: nothing of the leads shows through
        self.title = QLabel()
        self.title.setObjectName("lock_title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)  # "Choose a PIN, " and a long name: two lines
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.title.setFont(font)
        self.hint = QLabel()
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.pin = QLineEdit()
        self.pin.setObjectName("lock_pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit()
        self.confirm.setObjectName("lock_confirm")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_label = QLabel(self.tr("Repeat the PIN"))
        self.confirm_label.setBuddy(self.confirm)
        self.message = QLabel()
        self.message.setObjectName("lock_message")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.button = QPushButton(self.tr("Unlock"))
        self.button.setObjectName("lock_button")
        self.cancel = QPushButton(
            self.tr("Cancel")
        )  # only while choosing a PIN: nothing is locked yet
        self.cancel.setObjectName("lock_cancel")

        form = QFormLayout()
        form.addRow("PIN", self.pin)
        form.addRow(self.confirm_label, self.confirm)
        box = QWidget()
        box.setFixedWidth(360)
        inner = QVBoxLayout(box)
        inner.addWidget(self.title)
        inner.addWidget(self.hint)
        inner.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.button, 1)
        inner.addLayout(buttons)
        inner.addWidget(self.message)
        # Centred by stretches, not by alignment: an aligned widget gets its size hint's
        # height, which cuts wrapped lines (a long name in the title) short.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.hide()

    def show_confirm(self, visible: bool) -> None:
        """The "repeat the PIN" row and Cancel: shown while a PIN is being chosen."""
        self.confirm.setVisible(visible)
        self.confirm_label.setVisible(visible)
        self.cancel.setVisible(visible)
