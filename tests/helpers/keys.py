"""Key presses sent to a window the way the window system sends them: stamped.

Each key goes to the top-level widget's QWindow (not to a widget), so it takes
the path a real keyboard's key takes, and carries a timestamp from a FakeClock,
so tests decide how far apart keys are.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from helpers.fake_camera import FakeClock

SCANNER_GAP_MS = 4.0
PERSON_GAP_MS = 90.0

# X key codes (evdev + 8) of a few keys, for layout tests.
X_CODE = {"1": 10, "2": 11, "3": 12, "q": 24, "a": 38, "m": 47, ";": 47, ",": 58}


def key_of(char: str) -> Qt.Key:
    if char == "\n":
        return Qt.Key.Key_Return
    if char == "\t":
        return Qt.Key.Key_Tab
    code = ord(char.upper()) if char.isalpha() and char.isascii() else ord(char)
    try:
        return Qt.Key(code)
    except ValueError:
        return Qt.Key.Key_unknown


def send_key(window: QWidget, key: int, text: str, *, stamp_ms: float,
             mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
             scancode: int = 0) -> None:
    """One press and release, stamped ``stamp_ms`` (0: no stamp, as synthetic keys)."""
    handle = window.windowHandle()
    assert handle is not None, "show the window first"
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, key, mods, scancode, 0, 0, text)
        event.setTimestamp(int(round(stamp_ms)))
        QApplication.sendEvent(handle, event)


class Keyboard:
    def __init__(self, window: QWidget, clock: FakeClock) -> None:
        self.window = window
        self.clock = clock

    def press(self, key: int, text: str = "", *, gap_ms: float = PERSON_GAP_MS,
              mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
              scancode: int = 0) -> None:
        self.clock.advance(gap_ms / 1000)
        send_key(self.window, key, text, stamp_ms=self.clock.now * 1000, mods=mods,
                 scancode=scancode)

    def type(self, text: str, *, gap_ms: float) -> None:
        """Each character as its key; Shift pressed first for capitals, as keyboards do."""
        for char in text:
            mods = Qt.KeyboardModifier.NoModifier
            if char.isupper() or char in '~!@#$%^&*()_+{}|:"<>?':
                self.press(Qt.Key.Key_Shift, gap_ms=gap_ms / 2)
                mods = Qt.KeyboardModifier.ShiftModifier
                gap = gap_ms / 2
            else:
                gap = gap_ms
            typed = "" if char in "\n\t" else char
            if char == "\n":
                typed = "\r"
            self.press(key_of(char), typed, gap_ms=gap, mods=mods)
