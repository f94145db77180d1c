"""Where frames come from: a webcam, a video file or an image sequence.

The hardware sits behind the small FrameSource protocol so that everything above
it (camera state machine, Qt worker, tests, demos) runs the same with no camera:
``cv2.VideoCapture`` takes a device index, a video file or an image-sequence
pattern, so one class serves all three (tests replay arrays through a fake of
their own, tests/helpers/fake_camera.py).

Finite sources (files, patterns, the tests' fake) either loop or end: at their end,
``read()`` returns None and ``exhausted`` turns True, which the camera and the
worker treat as a clean end, not as a lost camera.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Protocol, runtime_checkable

import cv2
import numpy as np

from showfloor.scanning.codes import Frame
from showfloor.scanning.opencv_log import quiet_opencv

log = logging.getLogger(__name__)


@runtime_checkable
class FrameSource(Protocol):
    """A camera-like supplier of BGR uint8 frames.

    Attributes:
        description: names the source for people ("camera 0", "video demo.mp4").
        realtime: read() itself waits for the next frame (a device); others are
            paced by the reader.
        exhausted: a finite source has delivered its last frame (not a failure).
    """

    @property
    def description(self) -> str: ...

    @property
    def realtime(self) -> bool: ...

    @property
    def exhausted(self) -> bool: ...

    def open(self) -> bool:
        """Acquire the device or file; False when it is not there."""
        ...

    def read(self) -> Frame | None:
        """The next frame (H x W x 3, BGR, uint8), or None when none came."""
        ...

    def close(self) -> None:
        """Release the device; the source can be opened again."""
        ...


def parse_spec(spec: str | int) -> int | str:
    """A device index for "0".."99" (or an int), else the path or pattern unchanged."""
    if isinstance(spec, int):
        return spec
    text = spec.strip()
    return int(text) if text.isdigit() and len(text) <= 2 else spec


def as_bgr(image: np.ndarray) -> Frame:
    """Any image OpenCV hands back, as contiguous 3-channel uint8 BGR."""
    if image.dtype != np.uint8:
        peak = float(np.iinfo(image.dtype).max) if image.dtype.kind in "ui" else 1.0
        image = np.clip(image.astype(np.float32) * (255.0 / peak), 0, 255).astype(np.uint8)
    if image.ndim == 2:
        image = cv2.cvtColor(image, cv2.COLOR_GRAY2BGR)
    elif image.shape[2] == 4:
        image = cv2.cvtColor(image, cv2.COLOR_BGRA2BGR)
    return np.ascontiguousarray(image, dtype=np.uint8)


class OpenCVSource:
    """cv2.VideoCapture over a device index, a video file or an image-sequence pattern.

    Args:
        spec: 0 or "0" (device), "demo.mp4" (video), "frames/%03d.png" (sequence).
        loop: files and sequences start over at their end instead of ending.
    """

    def __init__(self, spec: str | int, *, loop: bool = False) -> None:
        self.spec = parse_spec(spec)
        self.loop = loop
        self._capture: cv2.VideoCapture | None = None
        self._exhausted = False
        self._frames_read = 0
        self.last_error = ""

    @property
    def is_device(self) -> bool:
        return isinstance(self.spec, int)

    @property
    def description(self) -> str:
        if isinstance(self.spec, int):
            return f"camera {self.spec}"
        kind = "image sequence" if "%" in self.spec else "video"
        return f"{kind} {self.spec}"

    @property
    def realtime(self) -> bool:
        return self.is_device

    @property
    def exhausted(self) -> bool:
        return self._exhausted

    def open(self) -> bool:
        self.close()
        self._exhausted = False
        self._frames_read = 0
        if isinstance(self.spec, str) and "%" not in self.spec and not Path(self.spec).is_file():
            self.last_error = f"{self.description}: no such file"
            return False
        try:
            with quiet_opencv():
                capture = cv2.VideoCapture(self.spec)
                if not capture.isOpened() and isinstance(self.spec, str) and "%" in self.spec:
                    capture = cv2.VideoCapture(self.spec, cv2.CAP_IMAGES)
        except cv2.error as exc:
            self.last_error = f"{self.description}: {exc}".splitlines()[0]
            return False
        if not capture.isOpened():
            self.last_error = f"{self.description} could not be opened"
            capture.release()
            return False
        self._capture = capture
        self.last_error = ""
        return True

    def read(self) -> Frame | None:
        if self._capture is None or self._exhausted:
            return None
        try:
            ok, image = self._capture.read()
        except cv2.error as exc:
            self.last_error = f"{self.description}: {exc}".splitlines()[0]
            return None
        if ok and image is not None:
            self._frames_read += 1
            return as_bgr(np.asarray(image))
        if self.is_device:
            self.last_error = f"{self.description} sent no frame"
            return None
        # A file or sequence at its end (or unreadable from the start).
        if self.loop and self._frames_read and self.open():
            return self.read()
        self._exhausted = True
        return None

    def close(self) -> None:
        if self._capture is not None:
            self._capture.release()
            self._capture = None
