"""Handheld USB scanners: tell their keystrokes from a person's and take them as one scan.

A handheld scanner in "keyboard wedge" mode types the payload: a burst of key
presses a few milliseconds apart, each line ended by Enter. People type at best
every 50-100 ms. WedgeDetector filters the key presses of the capture view's
widget tree: a run of ``min_length`` keys each less than ``key_gap_s`` apart is
a scanner; it keeps collecting (multi-line payloads such as a vCard arrive as
several Enter-terminated lines) until no key came for ``quiet_s``, then emits
``scanned(payload)``. The scanner's keys never reach the focused field.

The first keys of a burst arrive before anyone can know it is a burst. Two ways
to handle that: let them through and delete them from the focused field once the
burst is recognised, or hold every key back briefly and let it through only when
the next key is slow to come. We hold back, because deleting afterwards is
fragile: the field has already reacted to the keys (textChanged fired, a
search-as-you-type ran, a validator or completer acted, a single-key action on a
button triggered), the undo history holds them, and the widget might not be a
QLineEdit or QTextEdit at all. Holding back costs a person's keystroke at most
``key_gap_s`` (30 ms) of latency, below what anyone notices, and works for
every widget. Keys with Ctrl, Alt or Meta and keys that type nothing (arrows,
F-keys) are never held: they flush what is held first, so order is kept.

Time comes from an injectable clock; QTimers only wake the detector up to look
at the clock, so tests drive it with a fake clock and key events.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QChildEvent, QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from showfloor.qt.workers import emit

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_HOLDING_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


@dataclass(frozen=True)
class _HeldKey:
    target: QObject
    key: int
    modifiers: Qt.KeyboardModifier
    text: str
    char: str  # what it adds to a payload


class WedgeDetector(QObject):
    """Recognises scanner bursts typed into a widget tree and emits them whole.

    Args:
        root: the capture view; the filter covers it and every child, present
            and future.
        clock: monotonic seconds; injectable for tests.
        key_gap_s: keys closer than this may be a scanner.
        quiet_s: a burst ends after this long without a key.
        min_length: keys in a row, each within key_gap_s, that make a burst.

    Signals:
        scanned(str): a whole payload; lines joined with "\\n", the final Enter
            (the scanner's terminator) removed.
    """

    scanned = Signal(str)

    def __init__(
        self,
        root: QWidget,
        *,
        clock: Callable[[], float] = time.monotonic,
        key_gap_s: float = 0.030,
        quiet_s: float = 0.080,
        min_length: int = 4,
    ) -> None:
        super().__init__(root)
        self.root = root
        self.key_gap_s = key_gap_s
        self.quiet_s = quiet_s
        self.min_length = max(2, min_length)
        self._clock = clock
        self._held: list[_HeldKey] = []
        self._burst: list[str] = []
        self._last_key_at = float("-inf")
        self._replaying = False
        self._last_passed: tuple[int, QObject] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.tick)
        self._watch(root)

    @property
    def in_burst(self) -> bool:
        return bool(self._burst)

    def tick(self) -> None:
        """Act on the clock: end a burst after quiet_s, release held keys after key_gap_s."""
        idle = self._clock() - self._last_key_at
        if self._burst and idle >= self.quiet_s:
            self._finish_burst()
        elif self._held and not self._burst and idle >= self.key_gap_s:
            self._release_held()
        if self._burst or self._held:
            wait = self.quiet_s if self._burst else self.key_gap_s
            self._timer.start(max(1, int((wait - idle) * 1000) + 1))

    # --- event filter -----------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ChildAdded and isinstance(event, QChildEvent):
            child = event.child()
            if isinstance(child, QWidget):
                self._watch(child)
            return False
        if kind != QEvent.Type.KeyPress or self._replaying or not isinstance(event, QKeyEvent):
            return False
        if self._propagated(watched, event):
            return False
        if self._on_key(watched, event):
            return True
        self._last_passed = (_address(event), watched)
        return False

    def _watch(self, widget: QWidget) -> None:
        widget.installEventFilter(self)
        for child in widget.findChildren(QWidget):
            child.installEventFilter(self)

    def _propagated(self, watched: QObject, event: QKeyEvent) -> bool:
        """A key the focus widget ignored comes to its parent too: count it once."""
        if self._last_passed is None:
            return False
        address, first = self._last_passed
        return (
            address == _address(event)
            and isinstance(watched, QWidget)
            and shiboken6.isValid(first)
            and isinstance(first, QWidget)
            and watched.isAncestorOf(first)
        )

    # --- the burst logic --------------------------------------------------------------

    def _on_key(self, target: QObject, event: QKeyEvent) -> bool:
        """True to swallow the key (held, or part of a burst)."""
        now = self._clock()
        char = _char_of(event)
        if char is None:  # a shortcut or a key that types nothing: let it act, in order
            self._settle()
            return False
        idle = now - self._last_key_at
        if self._burst:
            if idle <= self.quiet_s:
                self._burst.append(char)
                self._last_key_at = now
                self._schedule(self.quiet_s)
                return True
            self._finish_burst()
        elif self._held and idle >= self.key_gap_s:
            self._release_held()
        self._held.append(_HeldKey(target, event.key(), event.modifiers(), event.text(), char))
        self._last_key_at = now
        if len(self._held) >= self.min_length:  # fast enough for long enough: a scanner
            self._burst = [key.char for key in self._held]
            self._held.clear()
            self._schedule(self.quiet_s)
        else:
            self._schedule(self.key_gap_s)
        return True

    def _settle(self) -> None:
        if self._burst:
            self._finish_burst()
        if self._held:
            self._release_held()

    def _finish_burst(self) -> None:
        payload = "".join(self._burst)
        self._burst.clear()
        if payload.endswith("\n") or payload.endswith("\t"):
            payload = payload[:-1]
        if payload.strip():
            emit(self.scanned, payload)

    def _release_held(self) -> None:
        """A person typed these: deliver them where they were going, in order."""
        held, self._held = self._held, []
        self._replaying = True
        try:
            for key in held:
                if shiboken6.isValid(key.target):
                    QCoreApplication.sendEvent(
                        key.target,
                        QKeyEvent(QEvent.Type.KeyPress, key.key, key.modifiers, key.text),
                    )
        finally:
            self._replaying = False

    def _schedule(self, seconds: float) -> None:
        self._timer.start(max(1, int(seconds * 1000) + 1))


def _char_of(event: QKeyEvent) -> str | None:
    """What the key adds to a payload, or None for keys a scanner does not send."""
    if event.modifiers() & _HOLDING_MODIFIERS:
        return None
    key = event.key()
    if key in _ENTER_KEYS:
        return "\n"
    if key == Qt.Key.Key_Tab:
        return "\t"
    text = event.text()
    return text if len(text) == 1 and text.isprintable() else None


def _address(event: QEvent) -> int:
    return int(shiboken6.getCppPointer(event)[0])
