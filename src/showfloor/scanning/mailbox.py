"""A mailbox that holds one frame: the newest replaces the one not yet taken.

Why: decoding can take longer than a frame interval (the fallback, a slow
laptop). A queue would then grow, and the decoder would work on ever older
frames while the badge has long moved. With one slot the decoder always gets
the most recent frame, and frames it had no time for are dropped and counted.
Plain threading, no Qt: the Qt worker and the tests share it.
"""

from __future__ import annotations

import threading
from typing import Generic, TypeVar

T = TypeVar("T")


class LatestOnly(Generic[T]):
    """put() never blocks and overwrites; take() waits for an item or close()."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._item: T | None = None
        self._closed = False
        self.dropped = 0

    def put(self, item: T) -> None:
        with self._cond:
            if self._closed:
                return
            if self._item is not None:
                self.dropped += 1
            self._item = item
            self._cond.notify()

    def take(self, timeout: float | None = None) -> T | None:
        """The newest item; None on timeout, or once closed and empty."""
        with self._cond:
            self._cond.wait_for(lambda: self._item is not None or self._closed, timeout)
            item, self._item = self._item, None
            return item

    def close(self) -> None:
        """No more puts; take() hands out what is left, then returns None at once."""
        with self._cond:
            self._closed = True
            self._cond.notify_all()

    def discard(self) -> None:
        """Drop what is waiting (stop without finishing the last frame)."""
        with self._cond:
            self._item = None

    @property
    def closed(self) -> bool:
        return self._closed
