"""Reads that must not hold up the window: off the GUI thread, the newest ask wins.

At a show's size the dashboard's counts take seconds and the exact number of
matches of a broad search a tenth of one (issue 20: the window froze 1.7 s on the
Dashboard tab). A ``BackgroundRead`` runs one read at a time on a ``TaskWorker``;
asking again while one runs keeps only the newest ask, run as soon as the current
one returns, so a burst of saves costs one more read, not one each. Each answer is
handed over on the GUI thread together with the ask it answers: the caller drops
an answer to a question it no longer asks (a count for the filter before the last
keystroke).

The read gets its own connection from the engine's pool: SQLite in WAL mode lets
it read while captures commit.

Signals:
    answered(object, object): the ask's key and the read's return value.
    failed(str): one line for people (storage errors as ``storage_errors`` words them).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from showfloor.qt.workers.task import TaskWorker

Read = Callable[[], Any]


class BackgroundRead(QObject):
    answered = Signal(object, object)
    failed = Signal(str)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._worker: TaskWorker | None = None
        self._running_key: object = None
        self._next: tuple[object, Read] | None = None
        self._closed = False

    @property
    def busy(self) -> bool:
        """A read is running or waiting."""
        return self._worker is not None or self._next is not None

    @property
    def waiting(self) -> bool:
        """An ask waits for the running read to return (its answer will be newer)."""
        return self._next is not None

    def ask(self, key: object, read: Read) -> None:
        """Run ``read`` off the GUI thread; ``answered(key, result)`` follows.

        Replaces an ask still waiting; one already running finishes (and is answered)
        first, since SQLite cannot stop it halfway.
        """
        if self._closed:
            return
        self._next = (key, read)
        if self._worker is None:
            self._start_next()

    def forget(self) -> None:
        """Drop the waiting ask (the running one still answers)."""
        self._next = None

    def shutdown(self, ms: int = 30_000) -> bool:
        """No more asks; wait up to ``ms`` for the running read. False if it is still
        running (the caller must keep the database open until it is done)."""
        self._closed = True
        self._next = None
        worker = self._worker
        return worker is None or worker.wait(ms)

    def _start_next(self) -> None:
        if self._next is None:
            return
        key, read = self._next
        self._next = None
        worker = TaskWorker(lambda _progress: read(), thread_name=f"showfloor-{self.objectName()}")
        worker.succeeded.connect(self._on_succeeded)
        worker.failed.connect(self._on_failed)
        worker.finished.connect(self._on_finished)
        self._worker, self._running_key = worker, key
        worker.start()

    def _on_succeeded(self, result: object) -> None:
        if not self._closed:
            self.answered.emit(self._running_key, result)

    def _on_failed(self, message: str) -> None:
        if not self._closed:
            self.failed.emit(message)

    def _on_finished(self) -> None:
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.wait()  # its thread has quit (finished -> quit): returns at once
        self._start_next()


def reads_idle(root: QObject) -> bool:
    """No read of ``root`` or of the objects under it runs or waits: what it shows
    from the database is the newest answer (tests and screenshots wait for this)."""
    return not any(reader.busy for reader in root.findChildren(BackgroundRead))
