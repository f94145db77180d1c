"""The dangling-thread check of the Qt tests (tests/qt/conftest.py)."""

from __future__ import annotations

import pytest

from PySide6.QtCore import QThread


class ThreadWatch:
    """Records every QThread where it starts (QThread.start patched, as napari's
    conftest does), instead of scanning every object after each test with
    gc.collect(): that scan was 40 % of the Qt suite's time."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.started: list[QThread] = []
        original = QThread.start
        started = self.started

        def recording_start(thread: QThread, *args: object) -> None:
            started.append(thread)
            original(thread, *args)  # type: ignore[arg-type]

        monkeypatch.setattr(QThread, "start", recording_start)

    def check(self) -> None:
        running = [t.objectName() for t in self.started if _still_running(t)]
        assert not running, f"threads left running: {running}"


def _still_running(thread: QThread) -> bool:
    try:
        return thread.isRunning()
    except RuntimeError:  # its C++ object is gone (deleteLater): it stopped
        return False
