"""Fakes for camera tests: a steppable clock, badge frames, PNG sequences, slow decoders."""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from pathlib import Path

import cv2
import numpy as np
from numpy.typing import NDArray

from showfloor.scanning.codes import DecodedCode

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
