"""Run one long, Qt-free job (import, export, merge) off the GUI thread.

Signals:
    progress(int, int): done, total — from the job's progress callback.
    succeeded(object): the job's return value.
    failed(str): one line for people (RefusedError message, or a generic line).
    finished(): always, after succeeded or failed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from showfloor.domain.errors import ShowfloorError

log = logging.getLogger(__name__)

Job = Callable[[Callable[[int, int], None]], Any]


class TaskWorker(QObject):
    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    finished = Signal()

    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job
        self.thread_: QThread | None = None

    def start(self) -> None:
        thread = QThread()
        thread.setObjectName("showfloor-task")
        self.moveToThread(thread)
        thread.started.connect(self._run)
        self.finished.connect(thread.quit)
        self.thread_ = thread
        thread.start()

    def wait(self, ms: int = 30_000) -> bool:
        return self.thread_.wait(ms) if self.thread_ is not None else True

    @Slot()
    def _run(self) -> None:
        try:
            result = self._job(lambda done, total: self.progress.emit(done, total))
        except ShowfloorError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # the user gets one line; the log keeps the traceback
            log.exception("background task failed")
            self.failed.emit(f"Something went wrong: {exc}")
        else:
            self.succeeded.emit(result)
        self.finished.emit()
