"""OpenCV's own messages kept off the terminal while a camera is opened.

Opening a camera that is not there makes OpenCV print a warning or two per backend
("can't open camera by index", "Camera index out of range") on every retry, which
floods the terminal while the window retries an unplugged webcam. The camera's
state is logged once per change by ``scanning.camera`` instead.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import cv2


@contextmanager
def quiet_opencv() -> Iterator[None]:
    before = cv2.utils.logging.getLogLevel()
    cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_SILENT)
    try:
        yield
    finally:
        cv2.utils.logging.setLogLevel(before)
