"""Run one long, Qt-free job (import, export, merge) off the GUI thread.

The job is a plain function that takes a progress callback ``(done, total)``.
``cancel()`` sets a flag that the next progress report turns into a
``CancelledError``: the job stops where it reports, and a job that writes
atomically (the export, the import) leaves nothing half-written.

Signals:
    progress(int, int): done, total — from the job's progress callback.
    succeeded(object): the job's return value.
    failed(str): one line for people (RefusedError message, the cancel message,
        or a generic line).
    finished(): always, after succeeded or failed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from showfloor.domain.errors import CancelledError, ShowfloorError
from showfloor.domain.texts import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

Job = Callable[[Callable[[int, int], None]], Any]
CANCELLED = QT_TRANSLATE_NOOP("TaskWorker", "Cancelled; nothing was changed.")


class TaskWorker(QObject):
    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    finished = Signal()

    def __init__(
        self, job: Job, *, cancel_message: str | None = None, thread_name: str = "showfloor-task"
    ) -> None:
        super().__init__()
        self._thread_name = thread_name  # what a debugger, a profiler or a benchmark sees
        cancel_message = cancel_message or self.tr(CANCELLED)
        self._job = job
        self._cancel_message = cancel_message
        self._cancelled = False
        self.thread_: QThread | None = None

    def start(self) -> None:
        thread = QThread()
        thread.setObjectName(self._thread_name)
        self.moveToThread(thread)
        thread.started.connect(self._run)
        # Direct: quit is thread-safe, and a queued quit would run after the GUI's own
        # finished slots, so a slot that waits for the thread would wait for nothing.
        self.finished.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        self.thread_ = thread
        thread.start()

    def cancel(self) -> None:
        """Ask the job to stop at its next progress report (from any thread)."""
        self._cancelled = True

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def wait(self, ms: int = 30_000) -> bool:
        return self.thread_.wait(ms) if self.thread_ is not None else True

    def _report(self, done: int, total: int) -> None:
        if self._cancelled:
            raise CancelledError(self._cancel_message)
        self.progress.emit(done, total)

    @Slot()
    def _run(self) -> None:
        try:
            result = self._job(self._report)
        except ShowfloorError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # the user gets one line; the log keeps the traceback
            log.exception("background task failed")
            self.failed.emit(f"Something went wrong: {exc}")
        else:
            self.succeeded.emit(result)
        self.finished.emit()
