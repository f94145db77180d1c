"""Whose turn it is to write: the window's own saves go before background bulk writes.

SQLite has one writer at a time, and a writer that finds the file locked polls for
it (the busy timeout), so a background job that writes batch after batch could keep
a save waiting for seconds: it takes the lock again before the save's next poll.
Background bulk writers (a big pull of the team sync) therefore write in short
batches and, before each one, wait while any foreground session is open. A save
then waits at most for the batch that was running when it started.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

# A foreground session held open for long (an export reading everything) must not
# stop the background for good: after this, the batch goes ahead and SQLite decides.
LONGEST_WAIT_S = 2.0


class WriteTurns:
    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._foreground = 0

    @contextmanager
    def foreground(self) -> Iterator[None]:
        """Around a session of the window (or the command line): batches wait for it."""
        with self._changed:
            self._foreground += 1
        try:
            yield
        finally:
            with self._changed:
                self._foreground -= 1
                self._changed.notify_all()

    @property
    def busy(self) -> bool:
        return self._foreground > 0

    def wait_for_foreground(self, timeout: float = LONGEST_WAIT_S) -> bool:
        """Before a background batch: wait until no foreground session is open.

        Returns False when one was still open after ``timeout`` (go ahead anyway).
        """
        with self._changed:
            return self._changed.wait_for(lambda: self._foreground == 0, timeout)
