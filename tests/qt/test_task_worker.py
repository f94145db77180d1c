"""TaskWorker: a job runs off the GUI thread; cancelled, it stops at its next progress report."""

from __future__ import annotations

import threading
from collections.abc import Callable

from pytestqt.qtbot import QtBot

from showfloor.qt.workers.task import TaskWorker


def test_cancel_stops_the_job_at_its_next_report(qtbot: QtBot) -> None:
    started = threading.Event()
    reports: list[int] = []

    def job(progress: Callable[[int, int], None]) -> str:
        started.set()
        for done in range(10_000_000):
            progress(done, 10_000_000)  # raises once cancelled
            reports.append(done)
        return "finished"

    worker = TaskWorker(job, cancel_message="Stopped; nothing was written.")
    succeeded: list[object] = []
    failed: list[str] = []
    worker.succeeded.connect(succeeded.append)
    worker.failed.connect(failed.append)  # plain callables: run on the worker's thread
    worker.start()
    assert started.wait(5)
    worker.cancel()
    qtbot.waitUntil(lambda: bool(failed), timeout=10_000)
    assert failed == ["Stopped; nothing was written."]
    assert worker.cancelled and succeeded == [] and len(reports) < 10_000_000
    assert worker.wait(5_000)


def test_a_job_that_is_not_cancelled_succeeds(qtbot: QtBot) -> None:
    def job(progress: Callable[[int, int], None]) -> int:
        progress(1, 1)
        return 42

    worker = TaskWorker(job)
    done: list[object] = []
    worker.succeeded.connect(done.append)
    worker.start()
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    assert done == [42] and not worker.cancelled
    assert worker.wait(5_000)
