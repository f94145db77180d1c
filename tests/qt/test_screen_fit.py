"""The booth window on a small laptop screen and on a scaled full-HD one.

Each screen runs in its own process (helpers/screen_probe.py): the offscreen
platform is given that screen, the window is placed as the program places it, and
the geometry of what staff must see is checked against the screen's available area.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QMainWindow

from showfloor.qt.window_place import FRAME_ALLOWANCE, place_window, remember_window

TESTS = Path(__file__).resolve().parents[1]

SCREENS = {
    "1366x768": ["1366", "768"],
    "1920x1080 at 150 %": ["1920", "1080", "--scale", "1.5"],
}


def probe(tmp_path: Path, screen: list[str]) -> tuple[dict[str, object], Path]:
    png = tmp_path / "window.png"
    done = subprocess.run(
        [sys.executable, "-m", "helpers.screen_probe", screen[0], screen[1],
         str(tmp_path / "data"), str(png), *screen[2:]],
        cwd=TESTS, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1]), png


def inside(outer: list[int], rect: list[int]) -> bool:
    return QRect(*outer).contains(QRect(*rect))


@pytest.mark.parametrize("screen", SCREENS.values(), ids=SCREENS.keys())
def test_status_bar_and_capture_essentials_are_on_the_screen(
    tmp_path: Path, screen: list[str]
) -> None:
    report, png = probe(tmp_path, screen)
    available = report["available"]
    assert isinstance(available, list)
    assert inside(available, report["window"]), report["window"]  # type: ignore[arg-type]
    status = report["status"]
    assert isinstance(status, dict)
    # Event, staff on duty and the lead count (the camera says nothing without one).
    assert {"event", "staff", "leads"} <= set(status)
    essentials = report["essentials"]
    assert isinstance(essentials, dict)
    assert {"next_step", "next_step_due", "email", "save_button"} <= set(essentials)
    for name, where in [*status.items(), *essentials.items()]:
        assert where["fully_shown"], f"{name} is cut off or scrolled away: {where}"
        assert inside(available, where["rect"]), f"{name} is off the screen: {where}"
    assert png.stat().st_size > 10_000  # a real picture of the window was taken


@pytest.mark.parametrize("screen", SCREENS.values(), ids=SCREENS.keys())
def test_the_window_fits_beside_a_taskbar_and_under_a_title_bar(
    tmp_path: Path, screen: list[str]
) -> None:
    """The offscreen screen has no taskbar and no window decorations; a laptop has
    both: Windows' taskbar is 48 physical pixels, a title bar about 32 logical."""
    report, _png = probe(tmp_path, screen)
    scale = float(report["scale"])  # type: ignore[arg-type]
    available = report["available"]
    minimum = report["minimum"]
    assert isinstance(available, list) and isinstance(minimum, list)
    room = available[3] - 48 / scale - FRAME_ALLOWANCE.height()
    assert minimum[1] <= room, f"the window needs {minimum[1]} px, the screen leaves {room:.0f}"


def test_an_email_field_is_wider_than_a_name_field(tmp_path: Path) -> None:
    report, _png = probe(tmp_path, SCREENS["1366x768"])
    essentials = report["essentials"]
    assert isinstance(essentials, dict)
    assert essentials["email"]["rect"][2] > 1.3 * essentials["first_name"]["rect"][2]


def test_the_window_opens_where_it_was_left(qtbot: QtBot) -> None:
    first = QMainWindow()
    qtbot.addWidget(first)
    place_window(first)
    first.show()
    qtbot.waitExposed(first)
    first.setGeometry(60, 50, 700, 500)
    remember_window(first)

    again = QMainWindow()
    qtbot.addWidget(again)
    place_window(again)
    assert (again.x(), again.y(), again.width(), again.height()) == (60, 50, 700, 500)


def test_a_window_left_on_a_bigger_screen_fits_this_one(qtbot: QtBot) -> None:
    big = QMainWindow()
    qtbot.addWidget(big)
    big.setGeometry(0, 0, 3000, 2000)
    remember_window(big)

    window = QMainWindow()
    qtbot.addWidget(window)
    place_window(window)
    window.show()
    qtbot.waitExposed(window)
    available = window.screen().availableGeometry()
    assert available.contains(window.frameGeometry())
