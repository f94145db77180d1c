"""A picture of every screen, taken as the user sees it: each is drawn (not blank) at
its own size; the pictures land in the test's folder to look at. Where the window
lands on a laptop's screen is test_screen_fit's (each screen size in its own process)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from PySide6.QtGui import QImage

from showfloor.qt.app import Booth

from helpers.screens import each_screen


def colours(image: QImage) -> int:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    data = np.frombuffer(image.constBits(), dtype=np.uint32)
    return len(np.unique(data))


def test_every_screen_is_drawn_on_the_screen(booth: Booth, tmp_path: Path) -> None:
    taken = []
    for name, screen in each_screen(booth, tmp_path):
        picture = screen.grab()
        png = tmp_path / f"{name.replace(' ', '-').replace(',', '')}.png"
        assert picture.save(str(png)), name
        taken.append(name)
        assert picture.size() == screen.size(), name
        assert colours(picture.toImage()) > 20, f"{name} is blank"
    assert len(taken) >= 14
