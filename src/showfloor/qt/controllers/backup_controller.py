"""Rolling backups while the booth runs: every few minutes, off the GUI thread, and
once more on exit.

Why a background worker: a backup of a large database takes longer than a
keystroke, and staff must never wait on it. SQLite's backup API reads a snapshot,
so captures keep committing meanwhile. Failures (a USB stick pulled out) show in
the status bar and never interrupt capture.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from showfloor.qt.context import AppContext
from showfloor.qt.main_window import MainWindow
from showfloor.qt.workers.task import TaskWorker
from showfloor.services.backup import (
    BackupReport,
    BackupSettings,
    load_backup_settings,
    make_backup,
)

log = logging.getLogger(__name__)

STATUS_MS = 8000


class BackupController(QObject):
    """Signals:
    backup_finished(object): the BackupReport of a finished run.
    """

    backup_finished = Signal(object)

    def __init__(self, context: AppContext, window: MainWindow) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self._worker: TaskWorker | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.backup_now)
        window.add_action(
            "&File",
            self.tr("&Back up now"),
            "Ctrl+B",
            self.backup_now,
            object_name="backup",
        )
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        self.apply_settings()

    def settings(self) -> BackupSettings:
        with self.context.db.session() as session:
            return load_backup_settings(session)

    def apply_settings(self) -> None:
        """(Re)start the timer from the stored interval; call after changing settings."""
        if self.context.db.path is None:
            return  # not a local SQLite file: nothing to back up here
        self.timer.start(max(1, round(self.settings().interval_minutes * 60_000)))

    def folders(self, settings: BackupSettings) -> list[Path]:
        # A read-only data folder takes no backups; a second folder still can.
        folders = [] if self.context.db.read_only else [self.context.paths.backups]
        if settings.second_dir is not None:
            folders.append(settings.second_dir)
        return folders

    @property
    def running(self) -> bool:
        return self._worker is not None

    def backup_now(self) -> bool:
        """Start a backup in the background; False when one is already running."""
        database = self.context.db.path
        if self._worker is not None or database is None:
            return False
        settings = self.settings()
        folders = self.folders(settings)
        if not folders:
            return False
        worker = TaskWorker(lambda _progress: make_backup(database, folders, keep=settings.keep))
        worker.succeeded.connect(self._on_succeeded)
        worker.failed.connect(self._on_failed)
        worker.finished.connect(self._on_finished)
        self._worker = worker
        worker.start()
        return True

    def shutdown(self) -> None:
        """On exit: let a running backup finish, then take the last one."""
        self.timer.stop()
        self._join_worker()
        database = self.context.db.path
        if database is None:
            return
        settings = self.settings()
        if not self.folders(settings):
            return
        try:
            make_backup(database, self.folders(settings), keep=settings.keep)
        except Exception:  # exiting anyway: never block the quit on a failed backup
            log.exception("backup on exit failed")

    def _on_succeeded(self, report: object) -> None:
        assert isinstance(report, BackupReport)
        if report.errors:
            self.window.statusBar().showMessage(" ".join(report.errors))
        elif report.made:
            self.window.statusBar().showMessage(
                self.tr("Backed up {leads} leads").format(leads=report.made[0].leads), STATUS_MS
            )
        self.backup_finished.emit(report)

    def _on_failed(self, message: str) -> None:
        report = BackupReport(errors=[self.tr("Backup failed: {message}").format(message=message)])
        self.window.statusBar().showMessage(report.errors[0])
        self.backup_finished.emit(report)

    def _on_finished(self) -> None:
        self._join_worker()

    def _join_worker(self) -> None:
        """Stop the worker's thread once its job returns (quit lets the job finish first)."""
        worker, self._worker = self._worker, None
        if worker is not None and worker.thread_ is not None:
            worker.thread_.quit()
            worker.thread_.wait()
