"""Rolling backups while the booth runs: every few minutes, off the GUI thread, and
once more on exit.

Why a background worker: a backup of a large database takes longer than a
keystroke, and staff must never wait on it. SQLite's backup API reads a snapshot,
so captures keep committing meanwhile. Failures (a USB stick pulled out) show in
the status bar and never interrupt capture.

The backup on exit runs on a thread of its own, and quitting waits for it at most
EXIT_WAIT_S (at 100k leads it takes seconds; it was a fifth of a short run). The
data is on disk already, the backup is extra; but it is not given up: a marker
(``Paths.backup_due``) stays until it has finished, and a window started while
the marker is there takes it in the background first thing.
"""

from __future__ import annotations

import logging
import threading
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
EXIT_WAIT_S = 5.0
DUE_AT_START_MS = 2000  # a backup left from the last exit: soon, after the window is up


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
        self._exit_thread: threading.Thread | None = None
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        self.apply_settings()
        if self.context.db.path is not None and self.context.paths.backup_due.exists():
            QTimer.singleShot(DUE_AT_START_MS, self.backup_now)

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

    def shutdown(self, wait_s: float = EXIT_WAIT_S) -> BackupReport | None:
        """On exit: let a running backup finish, then take the last one, waiting at
        most ``wait_s`` for it. Returns its report, None if there was none to make or
        it did not finish in time (the next start takes it then)."""
        self.timer.stop()
        self._join_worker()
        database = self.context.db.path
        if database is None or self._exit_thread is not None:
            return None
        settings = self.settings()
        folders = self.folders(settings)
        if not folders:
            return None
        due = self.context.paths.backup_due
        try:
            due.parent.mkdir(parents=True, exist_ok=True)
            due.touch()
        except OSError:
            log.warning("cannot mark the backup on exit as due")
        reports: list[BackupReport] = []

        def backup() -> None:
            try:
                report = make_backup(database, folders, keep=settings.keep)
            except Exception:  # exiting anyway: never block the quit on a failed backup
                log.exception("backup on exit failed")
                return
            reports.append(report)
            if report.ok:
                due.unlink(missing_ok=True)

        # A daemon thread, not a QThread: if the wait runs out, the process may end
        # with it still copying (its file is only a .partial, removed by the next).
        thread = threading.Thread(target=backup, name="showfloor-exit-backup", daemon=True)
        self._exit_thread = thread
        thread.start()
        thread.join(wait_s)
        if thread.is_alive():
            log.warning("the backup on exit took over %.0f s; the next start takes it", wait_s)
            return None
        return reports[0] if reports else None

    def _on_succeeded(self, report: object) -> None:
        assert isinstance(report, BackupReport)
        if report.ok:
            self.context.paths.backup_due.unlink(missing_ok=True)
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
