"""The whole booth window for Qt tests, opened one way by every fixture that needs it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from pytestqt.qtbot import QtBot

from showfloor.config import Paths
from showfloor.qt.app import Booth
from showfloor.store.database import Database


@contextmanager
def shown_booth(qtbot: QtBot, db: Database, paths: Paths) -> Iterator[Booth]:
    """The window as run_app builds it, with no camera and no sound, started and shown
    at a laptop's size; shut down after. The database holds what the test put there."""
    booth = Booth(db, paths, camera=None)
    qtbot.addWidget(booth.window)
    booth.capture.sound = False
    booth.window.resize(1366, 768)
    booth.start()
    qtbot.waitExposed(booth.window)
    yield booth
    booth.shutdown()
