"""Which cameras are plugged in, for the camera pickers.

Why not Qt Multimedia's device list: it lives in PySide6-Addons, a second large
wheel the app otherwise does not need (see docs/architecture.md). OpenCV opens
cameras by index, so the list only has to say which indices are cameras:

- Linux: the kernel lists every video node in ``/sys/class/video4linux`` with the
  device's name; index N is ``/dev/videoN``, which is what OpenCV's V4L2 backend
  opens. A webcam usually shows two nodes (pictures and metadata); the metadata
  one has a non-zero ``index`` and is left out. Reading these files takes
  microseconds, so the list can be refreshed every few seconds (hot-plug).
- elsewhere: each index from 0 is opened and released with OpenCV until two in a
  row fail. That can take a second per index on Windows, so callers run it off
  the GUI thread and not on a timer, and never probe the camera in use.

A camera that is remembered but not plugged in stays in the pickers, marked so:
choosing "no camera" because the webcam was unplugged at start-up would lose the
choice, and the camera state machine picks the device up when it is plugged back.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

DEFAULT_CAMERA = "0"  # the first camera, until staff pick another
LISTING_IS_CHEAP = sys.platform.startswith("linux")
SYSFS: Path | None = Path("/sys/class/video4linux") if LISTING_IS_CHEAP else None
MAX_PROBED = 6
_NODE = re.compile(r"video(\d+)$")


@dataclass(frozen=True)
class CameraDevice:
    """A camera as the pickers show it.

    Attributes:
        spec: what OpenCVSource opens ("0").
        name: the device's own name when the system gives one, else "".
    """

    spec: str
    name: str = ""

    @property
    def label(self) -> str:
        return f"{self.name} (camera {self.spec})" if self.name else f"Camera {self.spec}"


_last: list[CameraDevice] | None = None  # what the latest listing found


def list_cameras(*, in_use: Iterable[str] = (), sysfs: Path | None = SYSFS,
                 probe: Callable[[int], bool] | None = None) -> list[CameraDevice]:
    """The cameras connected now, by index; [] when there are none (never raises).

    Args:
        in_use: specs already open in this program: listed without probing.
        sysfs: the video4linux folder (Linux; tests point it at a fake one);
            None: probe indices instead.
        probe: opens and releases an index; defaults to OpenCV.
    """
    global _last
    try:
        if sysfs is not None:
            found = _from_sysfs(sysfs) if sysfs.is_dir() else []
        else:
            found = _probed(set(in_use), probe or _opencv_probe)
    except OSError as exc:  # an odd /sys or a driver error: no list, never a crash
        log.warning("could not list cameras: %s", exc)
        found = []
    _last = found
    return found


def known_cameras() -> list[CameraDevice] | None:
    """The cameras for a dialog: listed now where that is cheap, else the last listing
    (None when nothing was listed yet: probing is left to the camera controller)."""
    return list_cameras() if LISTING_IS_CHEAP else _last


def _from_sysfs(root: Path) -> list[CameraDevice]:
    found: list[tuple[int, str]] = []
    for node in root.iterdir():
        match = _NODE.match(node.name)
        if match is None or _read(node / "index", "0") != "0":
            continue
        found.append((int(match.group(1)), _read(node / "name", "")))
    found.sort()
    return [CameraDevice(str(index), name) for index, name in found]


def _read(path: Path, default: str) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return default


def _probed(in_use: set[str], probe: Callable[[int], bool]) -> list[CameraDevice]:
    found, misses = [], 0
    for index in range(MAX_PROBED):
        if str(index) in in_use or probe(index):
            found.append(CameraDevice(str(index)))
            misses = 0
        else:
            misses += 1
            if misses == 2:
                break
    return found


def _opencv_probe(index: int) -> bool:
    import cv2

    from showfloor.scanning.opencv_log import quiet_opencv

    with quiet_opencv():
        capture = cv2.VideoCapture(index)
    try:
        return bool(capture.isOpened())
    finally:
        capture.release()


def camera_choices(found: Sequence[CameraDevice] | None, remembered: str | None
                   ) -> list[tuple[str, str]]:
    """(label, spec) of each camera for a picker, the remembered one kept when unplugged.

    Args:
        found: the cameras listed; None when not known yet (then the remembered
            one is listed without saying it is missing).
        remembered: the spec chosen before; only device indices are listed here
            ("no camera" and recordings are the picker's own entries).
    """
    choices = [(device.label, device.spec) for device in found or ()]
    if remembered is not None and remembered.isdigit() and all(
        spec != remembered for _, spec in choices
    ):
        missing = " (not connected)" if found is not None else ""
        choices.append((f"Camera {remembered}{missing}", remembered))
        choices.sort(key=lambda choice: int(choice[1]))
    return choices
