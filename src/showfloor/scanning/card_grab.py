"""The sharpest of the next frames of a card held to the camera.

A card held in a hand moves; of the frames that follow the Card key, the one with
the most detail is the one worth reading (a second of OCR each: reading them all
would make staff wait). Frames are offered from the camera's capture thread; the
grabber is armed, and hands its choice on, from any thread. Qt-free.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import numpy as np
from numpy.typing import NDArray

from showfloor.scanning.card_image import sharpness

Picture = NDArray[np.uint8]

FRAMES = 12  # about 0.4 s at 30 fps: long enough for a hand to steady, short to wait
MAX_WAIT_S = 1.5  # a slow camera: choose among what came by then


class CardGrabber:
    """Collects ``frames`` frames after ``arm()`` and gives the sharpest to ``done``."""

    def __init__(
        self,
        frames: int = FRAMES,
        max_wait_s: float = MAX_WAIT_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.frames = frames
        self.max_wait_s = max_wait_s
        self._clock = clock
        self._lock = threading.Lock()
        self._done: Callable[[Picture], None] | None = None
        self._best: tuple[float, Picture] | None = None
        self._seen = 0
        self._since = 0.0

    @property
    def armed(self) -> bool:
        with self._lock:
            return self._done is not None

    def arm(self, done: Callable[[Picture], None]) -> None:
        """Start over; ``done(frame)`` is called once, in the thread that offers frames."""
        with self._lock:
            self._done, self._best, self._seen, self._since = done, None, 0, self._clock()

    def cancel(self) -> None:
        with self._lock:
            self._done, self._best = None, None

    def offer(self, frame: Picture) -> None:
        """A frame from the camera; cheap when not armed."""
        if self._done is None:  # unlocked peek: the common case costs nothing
            return
        score = sharpness(frame)
        with self._lock:
            if self._done is None:
                return
            if self._best is None or score > self._best[0]:
                self._best = (score, frame.copy())
            self._seen += 1
            if self._seen < self.frames and self._clock() - self._since < self.max_wait_s:
                return
            done, best = self._done, self._best[1]
            self._done, self._best = None, None
        done(best)
