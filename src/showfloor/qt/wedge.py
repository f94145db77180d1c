"""Handheld USB scanners: their keystrokes become one scan, wherever the focus is.

The decision (scanner or person?) is made by showfloor.scanning.wedge on the keys'
own timestamps (``QKeyEvent.timestamp()``); this module feeds it.

Keys are taken where the window system hands them to a window (the QWindow of
a watched top-level widget), before any widget sees them: so a scan works on
every tab, with the focus in any field (or none), and its keys never reach a
field or trigger a widget's single-key action. A key a person typed is held
until the detector knows, then sent to that same window again, which delivers it
to whatever has the focus then, exactly where it would have gone had it come
then. Keys with Ctrl, Alt or Meta and keys that type nothing (Escape, arrows,
F-keys) settle what is held first, so their order is kept; Shift and the other
modifier keys pressed alone belong to whatever they come between.

One detector watches a window and its dialogs; a dialog with a detector of its
own (the scanner check) is that detector's alone.

The keys' clock (the window system's milliseconds) is read against the program's
own clock through the smallest lag seen lately between a key's stamp and its
arrival: the one least delayed by a busy GUI thread. Before time alone releases
held keys, the detector lets the event loop run once more, so that keys already
waiting in the queue are seen first.
"""

from __future__ import annotations

import math
import time
import weakref
from collections import deque
from collections.abc import Callable, Sequence

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QWindow
from PySide6.QtWidgets import QApplication, QWidget

from showfloor.qt.workers import emit
from showfloor.scanning.keymap import digit_at, us_char
from showfloor.scanning.wedge import (
    BURST_GAP_MS,
    KEY_GAP_MS,
    MIN_LENGTH,
    Action,
    BurstDetector,
    Key,
    Release,
    Scanned,
)

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_MODIFIER_KEYS = frozenset(
    {
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_Alt,
        Qt.Key.Key_AltGr,
        Qt.Key.Key_Meta,
        Qt.Key.Key_CapsLock,
        Qt.Key.Key_NumLock,
        Qt.Key.Key_Super_L,
        Qt.Key.Key_Super_R,
        Qt.Key.Key_Hyper_L,
        Qt.Key.Key_Hyper_R,
        Qt.Key.Key_Mode_switch,
    }
)
_CTRL_ALT_META = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
_ALTGR = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
_DEAD_KEYS = range(int(Qt.Key.Key_Dead_Grave), int(Qt.Key.Key_Dead_Longsolidusoverlay) + 1)
_LAG_WINDOW_MS = 60_000.0


def key_position(event: QKeyEvent) -> int | None:
    """The key's PC scan code (see showfloor.scanning.keymap), where the platform tells it."""
    code = event.nativeScanCode()
    platform = QGuiApplication.platformName()
    if code <= 0:
        return None
    if platform in ("xcb", "offscreen") or platform.startswith("wayland"):
        # X key codes are evdev codes + 8, and evdev codes are set-1 codes. Offscreen
        # has no keyboard of its own: tests hand it X key codes.
        return code - 8
    if platform == "windows":
        return code & 0xFF
    return None


def layout_digit(event: QKeyEvent) -> str | None:
    """The digit on the key pressed, on any layout (AZERTY types "&" on the 1 key)."""
    text = event.text()
    if len(text) == 1 and text in "0123456789":
        return text
    position = key_position(event)
    return digit_at(position) if position is not None else None


def payload_char(event: QKeyEvent, *, in_scan: bool) -> str | None:
    """What the key adds to a payload, or None for a key a scanner does not send."""
    if event.isAutoRepeat():
        return None  # a person holding a key down
    key, mods, text = event.key(), event.modifiers(), event.text()
    printable = len(text) == 1 and text.isprintable()
    if mods & _CTRL_ALT_META:
        if printable and (mods & _ALTGR) == _ALTGR:
            return text  # AltGr on Windows reports Ctrl+Alt
        if in_scan and mods & Qt.KeyboardModifier.ControlModifier and key in (
            Qt.Key.Key_J,
            Qt.Key.Key_M,
        ):
            return "\n"  # a scanner sending a line feed (Ctrl+J) or a CR (Ctrl+M)
        return None
    if key in _ENTER_KEYS or text in ("\r", "\n"):
        return "\n"  # Return, keypad Enter, or a Linefeed key
    if key == Qt.Key.Key_Tab:
        return "\t"
    if printable:
        return text
    if key in _DEAD_KEYS:
        return ""  # types nothing now, but is part of what the scanner pressed
    return None


class _Token:
    """A held key press, to deliver it later to the window it was going to."""

    def __init__(self, window: QWindow, event: QKeyEvent) -> None:
        self.window = weakref.ref(window)
        self.args = (
            event.key(),
            event.modifiers(),
            event.nativeScanCode(),
            event.nativeVirtualKey(),
            event.nativeModifiers(),
            event.text(),
        )
        self.timestamp = event.timestamp()


_detectors: weakref.WeakSet[WedgeDetector] = weakref.WeakSet()
_replaying = [False]  # shared: a key one detector gives back is no new key to any


class WedgeDetector(QObject):
    """Takes scanner bursts typed into the windows of ``roots`` and emits them whole.

    Args:
        roots: top-level widgets; each one's window and its dialogs are watched.
        clock: monotonic seconds, for keys that carry no timestamp; injectable.
        key_gap_ms, burst_gap_ms, min_length: see showfloor.scanning.wedge.

    Signals:
        scanned(Scanned): a whole scan (payload, US reading, gaps).
        typed(tuple[Key, ...]): keys that were a person's (or a scanner too slow to
            be told from one), just delivered to their window; the scanner check
            listens.
    """

    scanned = Signal(object)
    typed = Signal(object)

    def __init__(
        self,
        roots: Sequence[QWidget],
        *,
        clock: Callable[[], float] = time.monotonic,
        key_gap_ms: float = KEY_GAP_MS,
        burst_gap_ms: float = BURST_GAP_MS,
        min_length: int = MIN_LENGTH,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent if parent is not None else roots[0])
        self._roots = [weakref.ref(root) for root in roots]
        self._clock = clock
        self.detector = BurstDetector(key_gap_ms, burst_gap_ms, max(2, min_length))
        self._lags: deque[tuple[float, float]] = deque()
        self._confirmed = False
        self._last_shortcut_override: tuple[int, int] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.tick)
        app = QCoreApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        _detectors.add(self)

    @property
    def in_burst(self) -> bool:
        return self.detector.in_burst

    @property
    def busy(self) -> bool:
        return self.detector.busy

    def now_ms(self) -> float:
        """The keys' clock now, estimated from the program's clock."""
        return self._clock() * 1000.0 - self._lag()

    def tick(self) -> None:
        """Act on the clock: release a person's keys, finish a scan."""
        due = self.detector.due_ms()
        if due is None:
            return
        now = self.now_ms()
        if now < due:
            self._arm()
            return
        if not self._confirmed:
            # Keys may be waiting in the event queue behind this timer (a busy GUI
            # thread): let the loop deliver them before deciding on time alone.
            self._confirmed = True
            self._timer.start(10 if now - due > 20 else 0)
            return
        self._confirmed = False
        self._apply(self.detector.poll(now))
        self._arm()

    def settle(self) -> None:
        """Decide now: whatever is held goes out, a scan in progress ends."""
        self._apply(self.detector.flush())
        self._timer.stop()

    def close(self) -> None:
        """Stop watching: what is held is settled first, so no key is lost."""
        self.settle()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        _detectors.discard(self)

    # --- event filter -----------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if _replaying[0] or not isinstance(event, QKeyEvent):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            # A shortcut acts before its key press reaches a window: settle first.
            if (
                event.key() not in _MODIFIER_KEYS
                and payload_char(event, in_scan=self.detector.in_burst) is None
                and isinstance(watched, QWidget)
                and self._owns(watched.window())
            ):
                self._before_other_key(event)
            return False
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return False
        if not isinstance(watched, QWindow):
            return False
        widget = _widget_of(watched)
        if widget is None or not self._owns(widget):
            return False
        if kind == QEvent.Type.KeyRelease:
            # A scanner's key releases go with its presses; a person's pass.
            return self.detector.in_burst and event.key() not in _MODIFIER_KEYS
        return self._on_press(watched, event)

    def _on_press(self, window: QWindow, event: QKeyEvent) -> bool:
        if event.key() in _MODIFIER_KEYS:
            return False  # Shift before a capital: part of whatever it is part of
        char = payload_char(event, in_scan=self.detector.in_burst)
        if char is None:
            self._before_other_key(event)
            return False
        at = self._stamp(event)
        position = key_position(event)
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        us = us_char(position, shift) if position is not None else None
        if char in ("\n", "\t"):
            us = char  # whichever key sent it (Return, keypad Enter, Linefeed)
        self._confirmed = False
        self._apply(self.detector.key(Key(at, char, us, _Token(window, event))))
        self._arm()
        return True

    def _before_other_key(self, event: QKeyEvent) -> None:
        if event.key() in _MODIFIER_KEYS:
            return
        mark = (event.key(), event.timestamp())
        if event.type() == QEvent.Type.ShortcutOverride:
            self._last_shortcut_override = mark
        elif mark == self._last_shortcut_override:
            return  # already settled for this key
        if self.detector.busy:
            self.settle()

    def _owns(self, widget: QWidget) -> bool:
        """True when this detector is the nearest one watching ``widget``'s window."""
        mine = {id(r()) for r in self._roots if r() is not None}
        others = {
            id(r()) for d in _detectors if d is not self for r in d._roots if r() is not None
        }
        node: QWidget | None = widget
        while node is not None:
            if id(node) in mine:
                return True
            if id(node) in others:
                return False
            node = node.parentWidget()
        return False

    # --- time ---------------------------------------------------------------------------

    def _stamp(self, event: QKeyEvent) -> float:
        now = self._clock() * 1000.0
        stamp = float(event.timestamp())
        if stamp <= 0:
            return now - self._lag()  # a synthetic key: it happened now
        self._lags.append((now, now - stamp))
        while len(self._lags) > 1 and now - self._lags[0][0] > _LAG_WINDOW_MS:
            self._lags.popleft()
        return stamp

    def _lag(self) -> float:
        return min((lag for _at, lag in self._lags), default=0.0)

    def _arm(self) -> None:
        due = self.detector.due_ms()
        if due is None:
            self._timer.stop()
            return
        wait = due - self.now_ms()
        self._timer.start(max(0, math.ceil(wait)))

    # --- actions ------------------------------------------------------------------------

    def _apply(self, actions: list[Action]) -> None:
        for action in actions:
            if isinstance(action, Release):
                self._release(action)
            elif isinstance(action, Scanned) and action.payload.strip():
                emit(self.scanned, action)

    def _release(self, action: Release) -> None:
        """A person typed these: deliver them to their window, in order."""
        _replaying[0] = True
        try:
            for key in action.keys:
                token = key.token
                assert isinstance(token, _Token)
                window = token.window()
                if window is None:
                    continue
                replay = QKeyEvent(QEvent.Type.KeyPress, *token.args)
                replay.setTimestamp(token.timestamp)
                QCoreApplication.sendEvent(window, replay)
        finally:
            _replaying[0] = False
        emit(self.typed, action.keys)


def _widget_of(window: QWindow) -> QWidget | None:
    # By C++ address: Python wrappers of one QWindow need not be the same object.
    address = shiboken6.getCppPointer(window)[0]
    for widget in QApplication.topLevelWidgets():
        handle = widget.windowHandle()
        if handle is not None and shiboken6.getCppPointer(handle)[0] == address:
            return widget
    return None
