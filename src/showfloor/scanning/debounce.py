"""One badge held in front of the camera is one scan, not thirty a second.

The camera decodes the same payload on every frame for as long as the badge is
in view. A payload counts as a new scan only when it has not been seen for
``window_s`` seconds; every sighting restarts its window, so a badge held up for
ten seconds is still one scan, and the same visitor coming back a minute later
is a second one. Memory stays bounded: entries older than the window are dropped.
"""

from __future__ import annotations

import time
from collections.abc import Callable


class Debouncer:
    """Decides whether a decoded payload is a new scan.

    Args:
        window_s: quiet time after which the same payload counts again.
        clock: monotonic seconds; injectable for tests.
    """

    def __init__(self, window_s: float = 3.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.window_s = window_s
        self._clock = clock
        self._last_seen: dict[str, float] = {}

    def accept(self, text: str) -> bool:
        """True when `text` is a new scan; either way, remember this sighting."""
        now = self._clock()
        self._forget_older_than(now - self.window_s)
        is_new = text not in self._last_seen
        self._last_seen[text] = now
        return is_new

    def reset(self) -> None:
        """Forget everything (a new capture form: the same badge may be scanned again)."""
        self._last_seen.clear()

    def _forget_older_than(self, cutoff: float) -> None:
        stale = [text for text, seen in self._last_seen.items() if seen <= cutoff]
        for text in stale:
            del self._last_seen[text]
