"""A picture of every screen, taken as the user sees it: each is drawn (not blank) at
its own size; the pictures land in the test's folder to look at. Where the window
lands on a laptop's screen is test_screen_fit's (each screen size in its own process)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtGui import QImage

from showfloor.config import Paths
from showfloor.qt.app import Booth
from showfloor.store.database import Database

from helpers.screens import each_screen


@pytest.fixture
def demo_booth(qtbot: QtBot, db: Database, paths: Paths) -> Iterator[Booth]:
    from showfloor.services.demo import create_demo

    create_demo(db)
    booth = Booth(db, paths, camera=None)
    qtbot.addWidget(booth.window)
    booth.capture.sound = False
    booth.window.resize(1366, 768)
    booth.start()
    qtbot.waitExposed(booth.window)
    yield booth
    booth.shutdown()


def colours(image: QImage) -> int:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    data = np.frombuffer(image.constBits(), dtype=np.uint32)
    return len(np.unique(data))


def test_every_screen_is_drawn_on_the_screen(demo_booth: Booth, tmp_path: Path) -> None:
    taken = []
    for name, screen in each_screen(demo_booth, tmp_path):
        picture = screen.grab()
        png = tmp_path / f"{name.replace(' ', '-').replace(',', '')}.png"
        assert picture.save(str(png)), name
        taken.append(name)
        assert picture.size() == screen.size(), name
        assert colours(picture.toImage()) > 20, f"{name} is blank"
    assert len(taken) >= 14
