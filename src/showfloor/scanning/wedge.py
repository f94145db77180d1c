"""Telling a handheld scanner's keystrokes from a person's, on the keys' own clock.

A scanner in "keyboard wedge" mode types its payload as a burst of key presses a
few milliseconds apart, lines ended by Enter (or Tab). A person types a key every
60-120 ms at best. Each key carries the time it was pressed (the window system
stamps it), so the decision never depends on when the program got round to
reading the key: a busy GUI thread neither splits a scan nor joins a person's keys.

Keys are held back until it is known whose they are:

- a run of ``min_length`` keys, each less than ``key_gap_ms`` after the one before,
  is a scanner: the run and every key after it less than ``burst_gap_ms`` apart
  form the payload, which is emitted once the scanner has gone quiet;
- a run that ends shorter (the next key comes late, or no key comes) was a person
  typing: its keys are released, in order, to go where they were going.

So a person's key waits at most ``key_gap_ms`` before it reaches its field, and a
scanner's keys never reach one. The detector holds no Qt type: keys come with an
opaque ``token`` the caller uses to deliver them, and every decision comes back
as a list of actions.
"""

from __future__ import annotations

from dataclasses import dataclass, field

KEY_GAP_MS = 35.0
BURST_GAP_MS = 80.0
MIN_LENGTH = 4


@dataclass(frozen=True)
class Key:
    """One key press that types something.

    Attributes:
        at_ms: when it was pressed, in the window system's milliseconds.
        char: what it adds to a payload ("\\n" for Enter, "\\t" for Tab).
        us_char: what a US-layout keyboard types with the same physical key and
            Shift state, when the caller knows the key's position (else None).
        token: the caller's handle to deliver the key if a person typed it.
    """

    at_ms: float
    char: str
    us_char: str | None = None
    token: object = None


@dataclass(frozen=True)
class Release:
    """A person typed these keys: deliver them, in this order."""

    keys: tuple[Key, ...]


@dataclass(frozen=True)
class Scanned:
    """A whole scan.

    Attributes:
        payload: lines joined with "\\n", the scanner's final Enter or Tab removed.
        as_us: the payload as a US-layout keyboard would have typed the same keys
            (None when no key's position was known; a key of unknown position reads
            as what it typed); differs from ``payload`` when the scanner and this
            computer use different keyboard layouts.
        gaps_ms: time between consecutive keys, for the scanner check.
        terminated: the scan ended with Enter or Tab (the scanner's suffix).
    """

    payload: str
    as_us: str | None
    gaps_ms: tuple[float, ...] = ()
    terminated: bool = True


Action = Release | Scanned


def payload_text(chars: list[str]) -> str:
    """The scanned text: CR+LF pairs as one line break, the terminator removed."""
    text = "".join(chars).rstrip("\n\t")  # the suffix: one Enter, CR+LF, or a Tab
    if "\n\n" in text and "\n" not in text.replace("\n\n", ""):
        text = text.replace("\n\n", "\n")  # CR and LF each sent as an Enter
    return text


@dataclass
class BurstDetector:
    """Splits a stream of keys into scans and a person's typing; see the module docstring."""

    key_gap_ms: float = KEY_GAP_MS
    burst_gap_ms: float = BURST_GAP_MS
    min_length: int = MIN_LENGTH
    _held: list[Key] = field(default_factory=list)
    _burst: list[Key] = field(default_factory=list)

    @property
    def busy(self) -> bool:
        """True while keys are held or a scan is being collected."""
        return bool(self._held or self._burst)

    @property
    def in_burst(self) -> bool:
        return bool(self._burst)

    @property
    def last_ms(self) -> float | None:
        last = self._held or self._burst
        return last[-1].at_ms if last else None

    def key(self, key: Key) -> list[Action]:
        """Take one key; the caller swallows it (it is held or part of a scan)."""
        actions = self._expire(key.at_ms)
        if self._burst and not self._held and key.at_ms - self._burst[-1].at_ms < self.burst_gap_ms:
            self._burst.append(key)
            return actions
        self._held.append(key)
        if len(self._held) >= self.min_length:  # fast enough for long enough: a scanner
            self._burst.extend(self._held)
            self._held.clear()
        return actions

    def due_ms(self) -> float | None:
        """When (on the keys' clock) ``poll`` has something to decide, if anything."""
        if self._held:
            return self._held[-1].at_ms + self.key_gap_ms
        if self._burst:
            return self._burst[-1].at_ms + self.burst_gap_ms
        return None

    def poll(self, now_ms: float) -> list[Action]:
        """Decide what time alone decides: a run that stayed short, a scan that ended."""
        return self._expire(now_ms)

    def flush(self) -> list[Action]:
        """A key that is no part of any payload came (Escape, an arrow, a shortcut):
        settle everything now, so that key acts after what came before it."""
        actions: list[Action] = []
        if self._burst:
            actions.append(self._finish())
        if self._held:
            actions.append(Release(tuple(self._held)))
            self._held.clear()
        return actions

    def _expire(self, now_ms: float) -> list[Action]:
        # Held keys and a scan are never both pending: a key after a scan either
        # continues it (within burst_gap_ms) or comes after the scan was finished.
        if self._held and now_ms - self._held[-1].at_ms >= self.key_gap_ms:
            released = Release(tuple(self._held))
            self._held.clear()
            return [released]
        if self._burst and now_ms - self._burst[-1].at_ms >= self.burst_gap_ms:
            return [self._finish()]
        return []

    def _finish(self) -> Scanned:
        keys, self._burst = self._burst, []
        as_us = None
        if any(k.us_char is not None and k.char not in ("\n", "\t") for k in keys):
            # A key whose position is unknown (a character the system typed through a
            # spare key code) reads as what it typed.
            as_us = payload_text([k.char if k.us_char is None else k.us_char for k in keys])
        gaps = tuple(b.at_ms - a.at_ms for a, b in zip(keys, keys[1:], strict=False))
        terminated = keys[-1].char in ("\n", "\t")
        return Scanned(payload_text([k.char for k in keys]), as_us, gaps, terminated)
