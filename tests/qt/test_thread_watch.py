"""The dangling-thread check itself: a thread left running is caught."""

from __future__ import annotations

import pytest

from PySide6.QtCore import QThread

from helpers.threads import ThreadWatch


def test_a_thread_left_running_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    watch = ThreadWatch(monkeypatch)  # on top of the autouse one
    thread = QThread()
    thread.setObjectName("left-behind")
    thread.start()
    try:
        with pytest.raises(AssertionError, match="left-behind"):
            watch.check()
    finally:
        thread.quit()
        thread.wait()
    watch.check()  # stopped: nothing to report
