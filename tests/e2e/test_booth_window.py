"""The real program in a real X window (Xvfb): a recorded badge, then 2 and Enter.

Keys go through the X server (xdotool's XTEST), exactly as a keyboard's would.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers.badge_frames import write_sequence
from helpers.cli import run_program
from helpers.xwindow import booth_window, wait_for, xvfb

pytestmark = pytest.mark.e2e

MECARD = "MECARD:N:Lovelace,Ada;ORG:Analytical Engines;EMAIL:ada@example.org;;"


@pytest.fixture
def display() -> Iterator[str]:
    with xvfb() as name:
        yield name


def test_recorded_badge_then_2_enter_saves_a_mentor(
    display: str, data_dir: Path, tmp_path: Path
) -> None:
    assert run_program("event", "create", "E2E Fair").code == 0
    assert run_program("staff", "add", "Anna").code == 0
    pattern = write_sequence(tmp_path / "frames", MECARD)
    with booth_window(display, data_dir, "--camera", pattern) as booth:
        wait_for(
            lambda: "badge read: format=mecard" in booth.log_text(),
            30,
            "the badge to be read from the recorded frames",
        )
        booth.keys("2", "Return", gap_ms=80)
        wait_for(lambda: booth.saves() == 1, 15, "the save")
        leads = run_program("leads", "list", "--json").json()
        assert [(x["full_name"], x["class"], x["email"]) for x in leads] == [
            ("Ada Lovelace", "mentor", "ada@example.org")
        ]
        # the log carries no personal data
        text = booth.log_text()
        assert "Lovelace" not in text and "ada@example.org" not in text
