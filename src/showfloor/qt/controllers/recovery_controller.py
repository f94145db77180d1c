"""When the database will not open because it is damaged, offer the newest good backup.

Why ask rather than restore silently: the damaged file may still hold leads saved
after that backup, so staff (or the booth lead) must know; the file is moved
aside, never deleted, so nothing is lost either way. The question itself is laid
out in ``qt/views/recovery_dialog.py``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from showfloor.config import Paths
from showfloor.domain.errors import ShowfloorError
from showfloor.qt import locale_text
from showfloor.qt.views.recovery_dialog import ask_to_restore
from showfloor.services.backup import (
    database_is_damaged,
    newest_good_backup,
    read_backup_settings,
)
from showfloor.services.recovery import find_lost_database
from showfloor.services.restore import restore_backup


def offer_restore(paths: Paths, error_message: str, parent: QWidget | None = None) -> bool:
    """Show the recovery dialog; restore the newest good backup if staff agree.

    Offered for a damaged database, and for a missing or empty one that a database
    kept aside by a restore, or a backup, can bring back (services/recovery.py).

    Returns:
        True when a backup was restored (open the database again), else False.
    """
    lost = find_lost_database(paths)
    if lost is not None:
        newest = lost.source
    elif database_is_damaged(paths.database):
        settings = read_backup_settings(paths.database)
        folders = [paths.backups] + ([settings.second_dir] if settings.second_dir else [])
        found = newest_good_backup(folders)
        if found is None:
            return False
        newest = found
    else:
        return False
    when = locale_text.weekday_long_clock(newest.created_at)
    what = (
        QCoreApplication.translate("RecoveryDialog", "the database kept aside")
        if lost and lost.kept_aside
        else QCoreApplication.translate("RecoveryDialog", "the newest backup")
    )
    kept = (
        QCoreApplication.translate("RecoveryDialog", "The empty file is replaced.")
        if lost
        else QCoreApplication.translate(
            "RecoveryDialog", "The damaged file is kept aside, not deleted."
        )
    )
    question = QCoreApplication.translate(
        "RecoveryDialog", "Restore {what}, from {when} ({leads} leads)? {kept}"
    ).format(what=what, when=when, leads=newest.leads, kept=kept)
    if not ask_to_restore(error_message, question, parent):
        return False
    try:
        restore_backup(paths.database, newest)
    except ShowfloorError as exc:
        QMessageBox.critical(
            parent,
            QCoreApplication.translate("RecoveryDialog", "The backup could not be restored"),
            str(exc),
        )
        return False
    return True
