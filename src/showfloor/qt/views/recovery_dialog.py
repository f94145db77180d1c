"""The question when the database will not open: restore a backup, or quit.

``qt/controllers/recovery_controller.py`` finds the backup and restores it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def ask_to_restore(error_message: str, question: str, parent: QWidget | None = None) -> bool:
    """Ask (modal) whether to restore; True when staff chose "Restore the backup"."""
    box = QMessageBox(parent)
    box.setObjectName("recovery_dialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(
        QCoreApplication.translate("RecoveryDialog", "Showfloor cannot open its database")
    )
    box.setText(error_message)
    box.setInformativeText(question)
    restore = box.addButton(
        QCoreApplication.translate("RecoveryDialog", "Restore the backup"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    restore.setObjectName("restore_button")
    quit_button = box.addButton(
        QCoreApplication.translate("RecoveryDialog", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    quit_button.setObjectName("quit_button")
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore
