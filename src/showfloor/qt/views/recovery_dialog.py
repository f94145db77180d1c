"""When the database will not open because it is damaged, offer the newest good backup.

Why ask rather than restore silently: the damaged file may still hold leads saved
after that backup, so staff (or the booth lead) must know; the file is moved
aside, never deleted, so nothing is lost either way.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from showfloor.config import Paths
from showfloor.domain.errors import ShowfloorError
from showfloor.services.backup import (
    database_is_damaged,
    newest_good_backup,
    read_backup_settings,
    restore_backup,
)


def offer_restore(paths: Paths, error_message: str, parent: QWidget | None = None) -> bool:
    """Show the recovery dialog; restore the newest good backup if staff agree.

    Returns:
        True when a backup was restored (open the database again), else False.
    """
    if not database_is_damaged(paths.database):
        return False
    settings = read_backup_settings(paths.database)
    folders = [paths.backups] + ([settings.second_dir] if settings.second_dir else [])
    newest = newest_good_backup(folders)
    if newest is None:
        return False
    when = newest.created_at.astimezone().strftime("%A %H:%M")
    box = QMessageBox(parent)
    box.setObjectName("recovery_dialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Showfloor cannot open its database")
    box.setText(error_message)
    box.setInformativeText(
        f"Restore the newest backup, from {when} ({newest.leads} leads)? "
        "The damaged file is kept aside, not deleted."
    )
    restore = box.addButton("Restore the backup", QMessageBox.ButtonRole.AcceptRole)
    restore.setObjectName("restore_button")
    quit_button = box.addButton("Quit", QMessageBox.ButtonRole.RejectRole)
    quit_button.setObjectName("quit_button")
    box.setDefaultButton(restore)
    box.exec()
    if box.clickedButton() is not restore:
        return False
    try:
        restore_backup(paths.database, newest)
    except ShowfloorError as exc:
        QMessageBox.critical(parent, "The backup could not be restored", str(exc))
        return False
    return True
