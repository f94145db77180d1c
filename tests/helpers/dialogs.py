"""Answering the window's modal message boxes in Qt tests."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton


def click_when_shown(button: str, seen: list[str]) -> None:
    """Once a modal QMessageBox is up, note its text in ``seen`` and click ``button``
    (an object name). Call before the code that opens the box."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(f"{box.text()} {box.informativeText()}")
        found = box.findChild(QPushButton, button)
        assert found is not None, button
        found.click()

    QTimer.singleShot(0, click)
