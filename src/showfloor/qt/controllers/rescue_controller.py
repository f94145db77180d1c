"""When the data folder vanishes under the window (deleted, or the USB stick holding it
pulled out): offer to carry on in another folder, with nothing lost.

Why this works: the window keeps the database file open (``Database.hold_open``),
so everything saved before, and after, the folder went is still readable; it is
copied whole to the folder staff choose, and capture goes on there. The visitor
whose save was refused is saved again into the new folder.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from showfloor.config import Paths
from showfloor.domain.errors import ShowfloorError
from showfloor.qt.context import AppContext
from showfloor.qt.main_window import MainWindow
from showfloor.services.backup import load_backup_settings

log = logging.getLogger(__name__)

DATABASE_NAME = "showfloor.db"


def choose_folder(parent: QWidget, start: Path) -> Path | None:
    """The folder dialog (a seam for tests)."""
    chosen = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate("RescueController", "Save the leads to another folder"),
        str(start),
    )
    return Path(chosen) if chosen else None


class RescueController(QObject):
    def __init__(
        self, context: AppContext, window: MainWindow, resave: Callable[[], object]
    ) -> None:
        super().__init__(window)
        self.context, self.window, self._resave = context, window, resave
        self._offering = False
        self.action = window.add_action(
            "&File",
            self.tr("Save to another &folder…"),
            "Ctrl+Shift+F",
            self.save_elsewhere,
            object_name="rescue",
        )
        context.store_gone.connect(lambda: QTimer.singleShot(0, self.offer))

    def offer(self) -> None:
        """Ask once per refused save; "Not now" keeps the form for a later Enter."""
        if self._offering:
            return
        self._offering = True
        try:
            box = QMessageBox(self.window)
            box.setObjectName("rescue_dialog")
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(self.tr("The data folder is gone"))
            box.setText(
                self.tr("Showfloor's data folder {data_dir} is gone.").format(
                    data_dir=self.context.paths.data_dir
                )
            )
            box.setInformativeText(
                self.tr(
                    "Every lead saved so far is still here. Save them, and this visitor, to "
                    "another folder (a USB stick, the backup folder) and keep capturing there?"
                )
            )
            save = box.addButton(
                self.tr("Save to another folder…"), QMessageBox.ButtonRole.AcceptRole
            )
            save.setObjectName("rescue_button")
            later = box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
            later.setObjectName("not_now_button")
            box.setDefaultButton(save)
            box.exec()
            if box.clickedButton() is save:
                self.save_elsewhere()
        finally:
            self._offering = False

    def save_elsewhere(self) -> bool:
        folder = choose_folder(self.window, self._start_folder())
        if folder is None:
            return False
        target = folder / DATABASE_NAME
        if target.exists():  # never over another database: a folder of its own
            target = folder / f"Showfloor {datetime.now():%Y-%m-%d %H%M%S}" / DATABASE_NAME
        try:
            self.context.db.save_elsewhere(target)
        except ShowfloorError as exc:
            QMessageBox.warning(self.window, self.tr("Not saved"), str(exc))
            return False
        self.context.paths = Paths(target.parent)
        log.info("carrying on in another data folder")
        self.window.statusBar().showMessage(
            self.tr(
                "Now saving to {parent}. Start Showfloor with --data-dir there next time."
            ).format(parent=target.parent)
        )
        self.context.leads_changed.emit()
        self._resave()
        return True

    def _start_folder(self) -> Path:
        """The backup's second folder (a USB stick) when there is one, else home."""
        try:
            with self.context.db.session() as session:
                second = load_backup_settings(session).second_dir
        except Exception:  # the settings are a convenience here; never block the rescue
            log.warning("could not read the backup settings for the rescue folder")
            second = None
        return second if second is not None and second.is_dir() else Path.home()
