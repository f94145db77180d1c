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
from helpers.keymap import bind_characters


def need_tools(*tools: str) -> None:
    missing = [tool for tool in tools if shutil.which(tool) is None]
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"CI must install {missing} (packaging/debian-deps.sh)")
        pytest.skip(f"needs {missing}")


def as_hardware() -> list[str]:
    """A command prefix giving the X server and xdotool a head start on the CPU.

    They stand in for hardware: a real keyboard's or scanner's keys are stamped by
    the kernel as they arrive, whatever else the machine is doing. Starved of CPU
    on a loaded machine, xdotool would pause inside a scan and the X server would
    stamp a person's queued keys a millisecond apart. Only root may raise a
    priority; others run as they are (the program under test always does).
    """
    return ["nice", "-n", "-10"] if os.geteuid() == 0 and shutil.which("nice") else []


@contextmanager
def xvfb() -> Iterator[str]:
    need_tools("Xvfb", "xdotool", "setxkbmap")
    read, write = os.pipe()
    server = subprocess.Popen(
        [*as_hardware(), "Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24",
         "-nolisten", "tcp"],
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


def scanner_key(char: str) -> str:
    """The xdotool key name that types ``char`` (any character) on the current layout."""
    if char in _KEYSYMS:
        return _KEYSYMS[char]
    if char.isascii() and char.isalnum():
        return char
    name = f"U{ord(char):04X}"
    return f"shift+{name}" if char.isupper() and not char.isascii() else name


def us_key_codes(text: str) -> list[str]:
    """xdotool key names pressing, by X key code, where a US keyboard has each character
    ("shift+50" for "M"): what a US-layout scanner presses on any computer."""
    from helpers.layouts import us_position

    names = []
    for char in text:
        where = us_position(char)
        if where is not None:
            position, shift = where
            names.append(f"shift+{position + 8}" if shift else str(position + 8))
    return names


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
            [*as_hardware(), "xdotool", *args], env=env, capture_output=True, text=True,
            timeout=timeout, check=True,
        ).stdout.strip()

    def log_text(self) -> str:
        return self.log.read_text() if self.log.exists() else ""

    def count(self, line: str) -> int:
        return self.log_text().count(line)

    def scan(self, payload: str, *, gap_ms: int = 4) -> None:
        """A handheld scanner: the payload as one burst, then its Enter suffix."""
        if payload.isascii():
            self.x("type", "--delay", str(gap_ms), payload + "\n")
        else:
            # xdotool's type gives "á" for "Á" (a key it binds on the fly types the
            # lower case); as key names, Shift goes with the capitals. The accented
            # keys are bound first, as a national layout has them (helpers/keymap.py).
            bind_characters(self.display, payload)
            self.keys(*(scanner_key(char) for char in payload + "\n"), gap_ms=gap_ms)

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

    def us_scanner(self, payload: str, *, gap_ms: int = 4) -> None:
        """A scanner set to a US keyboard: the keys a US keyboard has the payload's
        characters on (by key code, whatever the X server's layout), then Enter.
        Characters a US keyboard lacks are left out, as such a scanner does."""
        self.keys(*us_key_codes(payload + "\n"), gap_ms=gap_ms)

    def setxkbmap(self, layout: str) -> None:
        """The X server's keyboard layout, as a French or German computer has it.

        Set once the window is up: on a fresh Xvfb, a layout set before the first
        client leaves xdotool with the US key map.
        """
        env = {**os.environ, "DISPLAY": self.display}
        subprocess.run(["setxkbmap", layout], env=env, check=True)
        time.sleep(0.5)  # the window takes the new key map (MappingNotify)

    def focus(self, name: str) -> None:
        """Give the keyboard focus to the visible window whose title matches ``name``."""
        window = self.x("search", "--sync", "--onlyvisible", "--name", name).splitlines()[0]
        self.x("windowfocus", "--sync", window)

    def leads(self) -> list[dict[str, object]]:
        result = run_program("leads", "list", "--json")
        assert result.code == 0, result
        leads = result.json()
        assert isinstance(leads, list)
        return leads

    def saves(self) -> int:
        return self.count("lead saved")


@contextmanager
def booth_window(
    display: str, data_dir: Path, *args: str, first_run: bool = False
) -> Iterator[Booth]:
    """The program, its window focused and ready for keys.

    Args:
        first_run: the data dir has no event yet: the first-run wizard comes first
            (ready when its window is up; the booth window follows it).
    """
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
        booth.focus("Showfloor")
        if not first_run:
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
