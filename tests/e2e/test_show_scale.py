"""The real program on a show's worth of leads, in a real X window (Xvfb).

Staff open the Dashboard (counted off the GUI thread) and go straight back to type a
visitor, who is saved while the counts may still run; Ctrl+Q then quits with the
backup on exit made within its bound. What is asserted is on disk and in the log.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from showfloor.services.backup import list_backups

from helpers.big_event import seed_leads
from helpers.xwindow import booth_window, wait_for, xvfb

pytestmark = pytest.mark.e2e

LEADS = 20_000


@pytest.fixture
def display() -> Iterator[str]:
    with xvfb() as name:
        yield name


def test_a_big_event_captures_while_the_dashboard_counts_and_quits_with_a_backup(
    display: str, data_dir: Path
) -> None:
    seed_leads(data_dir, LEADS)
    backups = data_dir / "backups"
    with booth_window(display, data_dir) as booth:
        booth.keys("ctrl+3")  # the Dashboard: at this size its counts take a while
        booth.keys("ctrl+n")  # type a visitor by hand: the capture form, first name
        booth.person_types("Hedwig")
        booth.keys("alt+2", "Return")  # mentor, save
        try:
            wait_for(lambda: booth.saves() >= 1, 30, "the visitor saved")
        except AssertionError as exc:
            raise AssertionError(f"{exc}\n{booth.log_text()[-1500:]}") from None
        started = time.monotonic()
        booth.keys("ctrl+q")
        booth.app.wait(timeout=30)
        quit_s = time.monotonic() - started
        assert booth.app.returncode == 0, booth.log_text()[-1500:]
    conn = sqlite3.connect(data_dir / "showfloor.db")
    try:
        (saved,) = conn.execute(
            "SELECT count(*) FROM leads WHERE first_name = 'Hedwig' AND visitor_class = 'mentor'"
        ).fetchone()
    finally:
        conn.close()
    assert saved == 1
    made = [b for b in list_backups([backups]) if b.good]
    assert made and made[-1].leads == LEADS + 1  # the backup on exit has Hedwig too
    assert not (backups / "backup-due").exists()
    assert quit_s < 15, quit_s  # the exit waits for the backup at most 5 s after the window
