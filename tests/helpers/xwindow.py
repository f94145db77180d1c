"""The real program in a real X server (Xvfb), driven through xdotool's XTEST keys.

Keys typed this way take the whole real path: X server (which stamps them),
Qt's xcb plugin, the window, the widgets. A scanner is xdotool typing a payload
3-5 ms a key (Shift pressed for capitals, Enter between lines); a person is
xdotool with 60-120 ms between keys.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from helpers.cli import run_program


def need_tools(*tools: str) -> None:
    missing = [tool for tool in tools if shutil.which(tool) is None]
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"CI must install {missing} (packaging/debian-deps.sh)")
        pytest.skip(f"needs {missing}")


@contextmanager
def xvfb() -> Iterator[str]:
    need_tools("Xvfb", "xdotool", "setxkbmap")
    read, write = os.pipe()
    server = subprocess.Popen(
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
        server.terminate()
        server.wait(timeout=10)


def wait_for(predicate: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


_KEYSYMS = {" ": "space", "\t": "Tab", "\n": "Return", ",": "comma", ".": "period",
            "-": "minus", "@": "at", "'": "apostrophe"}


def keysym(char: str) -> str:
    """The X keysym name xdotool presses for a character."""
    if char.isascii() and char.isalnum():
        return char
    return _KEYSYMS[char]


class Booth:
    """The running program, its log, and keys for it."""

    def __init__(self, display: str, data_dir: Path, app: subprocess.Popen[str]) -> None:
        self.display = display
        self.log = data_dir / "logs" / "showfloor.log"
        self.app = app
        self.stderr = ""

    def x(self, *args: str, timeout: float = 60) -> str:
        env = {**os.environ, "DISPLAY": self.display}
        return subprocess.run(
            ["xdotool", *args], env=env, capture_output=True, text=True, timeout=timeout,
            check=True,
        ).stdout.strip()

    def log_text(self) -> str:
        return self.log.read_text() if self.log.exists() else ""

    def count(self, line: str) -> int:
        return self.log_text().count(line)

    def scan(self, payload: str, *, gap_ms: int = 4) -> None:
        """A handheld scanner: the payload as one burst, then its Enter suffix."""
        self.x("type", "--delay", str(gap_ms), payload + "\n")

    def keys(self, *names: str, gap_ms: int = 90) -> None:
        self.x("key", "--delay", str(gap_ms), *names)

    def person_types(self, text: str, *, low_ms: int = 60, high_ms: int = 120,
                     seed: int = 14) -> None:
        """A person: each character its own key, 60-120 ms apart (one xdotool run)."""
        rng = random.Random(seed)
        args: list[str] = []
        for char in text:
            pause = rng.uniform(low_ms, high_ms) / 1000
            args += ["key", "--delay", "0", keysym(char), "sleep", f"{pause:.3f}"]
        self.x(*args, timeout=120)

    def leads(self) -> list[dict[str, object]]:
        result = run_program("leads", "list", "--json")
        assert result.code == 0, result
        leads = result.json()
        assert isinstance(leads, list)
        return leads

    def saves(self) -> int:
        return self.count("lead saved")


@contextmanager
def booth_window(display: str, data_dir: Path, *args: str) -> Iterator[Booth]:
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    app = subprocess.Popen(
        [sys.executable, "-m", "showfloor", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    booth = Booth(display, data_dir, app)
    try:
        window = booth.x("search", "--sync", "--onlyvisible", "--name", "Showfloor")
        window = window.splitlines()[0]
        booth.x("windowfocus", "--sync", window)
        wait_for(lambda: "capture ready" in booth.log_text(), 30, "the window to be ready")
        yield booth
    finally:
        app.terminate()
        try:
            _out, err = app.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            app.kill()
            _out, err = app.communicate()
        booth.stderr = err
    assert "Traceback" not in err, err


_BURN = "import time\nend = time.time() + 300\nwhile time.time() < end: pass"


@contextmanager
def busy_cpus(count: int | None = None) -> Iterator[None]:
    """Other processes keeping every core busy (bounded: they stop with the block)."""
    n = count or os.cpu_count() or 2
    burners = [
        subprocess.Popen([sys.executable, "-c", _BURN])
        for _ in range(n)
    ]
    try:
        yield
    finally:
        for burner in burners:
            burner.kill()
            burner.wait()
