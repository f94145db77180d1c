"""The real program in a real X window (Xvfb): a recorded badge, then 2 and Enter.

Keys go through the X server (xdotool's XTEST), exactly as a keyboard's would.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers.badge_frames import write_sequence
from helpers.cli import run_program

pytestmark = pytest.mark.e2e

MECARD = "MECARD:N:Lovelace,Ada;ORG:Analytical Engines;EMAIL:ada@example.org;;"


@pytest.fixture
def display() -> Iterator[str]:
    missing = [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"CI must install {missing} (packaging/debian-deps.sh)")
        pytest.skip(f"needs {missing}")
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    try:
        yield f":{number}"
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=10)


def wait_for(predicate, timeout: float, what: str) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def xdotool(display: str, *args: str) -> str:
    env = {**os.environ, "DISPLAY": display}
    return subprocess.run(
        ["xdotool", *args], env=env, capture_output=True, text=True, timeout=30, check=True
    ).stdout.strip()


def test_recorded_badge_then_2_enter_saves_a_mentor(
    display: str, data_dir: Path, tmp_path: Path
) -> None:
    assert run_program("event", "create", "E2E Fair").code == 0
    assert run_program("staff", "add", "Anna").code == 0
    pattern = write_sequence(tmp_path / "frames", MECARD)
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    app = subprocess.Popen(
        [sys.executable, "-m", "showfloor", "--camera", pattern],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    log = data_dir / "logs" / "showfloor.log"
    try:
        wait_for(
            lambda: log.exists() and "badge read: format=mecard" in log.read_text(),
            30,
            "the badge to be read from the recorded frames",
        )
        window = xdotool(display, "search", "--sync", "--onlyvisible", "--name", "Showfloor")
        window = window.splitlines()[0]
        xdotool(display, "windowfocus", "--sync", window)
        xdotool(display, "key", "--delay", "80", "2", "Return")
        wait_for(lambda: "lead saved" in log.read_text(), 15, "the save")
        leads = run_program("leads", "list", "--json").json()
        assert [(x["full_name"], x["class"], x["email"]) for x in leads] == [
            ("Ada Lovelace", "mentor", "ada@example.org")
        ]
        # the log carries no personal data
        text = log.read_text()
        assert "Lovelace" not in text and "ada@example.org" not in text
    finally:
        app.terminate()
        try:
            _out, err = app.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            app.kill()
            _out, err = app.communicate()
    assert "Traceback" not in err, err
