"""Retrying a camera that is not there: no OpenCV noise on the terminal, one log line.

Runs in a subprocess because OpenCV writes its warnings straight to file
descriptor 2, past Python's sys.stderr.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

RETRIES = textwrap.dedent(
    """
    import logging, sys
    logging.basicConfig(stream=sys.stderr, level=logging.INFO, format="LOG %(message)s")
    from showfloor.scanning.camera import Backoff, Camera
    from showfloor.scanning.sources import OpenCVSource

    now = [0.0]
    camera = Camera(OpenCVSource(37), clock=lambda: now[0], backoff=Backoff())
    camera.start()
    for _ in range(6):  # six reopen attempts, as the window makes over a minute
        now[0] += 60.0
        camera.poll()
    print("state", camera.state.value)
    """
)


def test_retrying_a_missing_camera_prints_no_opencv_warnings() -> None:
    done = subprocess.run(
        [sys.executable, "-c", RETRIES], capture_output=True, text=True, timeout=120, check=True
    )
    assert "state" in done.stdout
    lines = done.stderr.splitlines()
    assert not [line for line in lines if "VIDEOIO" in line or "WARN:" in line or "global " in line]
    camera_lines = [line for line in lines if line.startswith("LOG camera")]
    assert len(camera_lines) == 1, lines
