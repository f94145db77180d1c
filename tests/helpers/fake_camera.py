"""Fakes for camera tests: a steppable clock, a replaying camera, PNG sequences, slow decoders."""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from pathlib import Path

import cv2
import numpy as np
from numpy.typing import NDArray

from showfloor.scanning.codes import DecodedCode, Frame

Image = NDArray[np.uint8]


class FakeClock:
    """Monotonic seconds that move only when the test says so."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def numbered(frame: Image, index: int) -> Image:
    """A copy of `frame` carrying `index` in its top-left pixel (see frame_index)."""
    out = frame.copy()
    out[0, 0] = (index % 256, index // 256 % 256, 77)
    return out


def frame_index(frame: Image) -> int:
    b, g, _ = (int(v) for v in frame[0, 0])
    return b + 256 * g


def write_sequence(frames: Sequence[Image], folder: Path) -> str:
    """Write frames as 000.png, 001.png ...; the cv2.VideoCapture pattern for them."""
    folder.mkdir(parents=True, exist_ok=True)
    for i, frame in enumerate(frames):
        assert cv2.imwrite(str(folder / f"{i:03d}.png"), frame)
    return str(folder / "%03d.png")


class SlowDecoder:
    """A decoder stub that takes `delay_s` per frame and records what it was given."""

    def __init__(self, delay_s: float, codes: list[DecodedCode] | None = None) -> None:
        self.delay_s = delay_s
        self.codes = codes or []
        self.calls: list[tuple[int, float]] = []  # (frame index, monotonic time)
        self.busy = threading.Event()

    def decode(self, frame: Image) -> list[DecodedCode]:
        self.busy.set()
        self.calls.append((frame_index(frame), time.monotonic()))
        time.sleep(self.delay_s)  # the decoder's own work, in the decode thread
        self.busy.clear()
        return list(self.codes)


class FakeSource:
    """Replays arrays like a camera would (a FrameSource with no hardware).

    Args:
        frames: the frames, BGR uint8.
        loop: start over after the last frame instead of ending.
        fail_after: after this many frames the "camera is unplugged": read() and
            open() fail until replug() is called.
        openable: False simulates a machine with no camera at all.
    """

    realtime = False

    def __init__(self, frames: Sequence[Frame], *, loop: bool = False,
                 fail_after: int | None = None, openable: bool = True) -> None:
        self._frames = list(frames)
        self.loop = loop
        self.fail_after = fail_after
        self.openable = openable
        self.description = "fake camera"
        self.is_open = False
        self.open_calls = 0
        self.delivered = 0
        self._index = 0
        self._exhausted = False

    @property
    def exhausted(self) -> bool:
        return self._exhausted

    @property
    def unplugged(self) -> bool:
        return self.fail_after is not None and self.delivered >= self.fail_after

    def replug(self) -> None:
        """The camera is back (for lost-camera tests)."""
        self.fail_after = None

    def open(self) -> bool:
        self.open_calls += 1
        self.is_open = self.openable and not self.unplugged
        return self.is_open

    def read(self) -> Frame | None:
        if not self.is_open or self.unplugged or self._exhausted:
            return None
        if self._index >= len(self._frames):
            if not self.loop or not self._frames:
                self._exhausted = True
                return None
            self._index = 0
        frame = self._frames[self._index]
        self._index += 1
        self.delivered += 1
        return frame

    def close(self) -> None:
        self.is_open = False
