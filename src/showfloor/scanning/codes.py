"""What a decoder hands on: a payload and where it was seen.

Kept apart from the decoders so that the Qt layer, the CLI and the tests can use
the value type without loading OpenCV or zxing-cpp.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import numpy as np
from numpy.typing import NDArray

Frame = NDArray[np.uint8]
"""A camera frame: BGR (H x W x 3) or grayscale (H x W), uint8."""

Point = tuple[float, float]

LINEAR_SYMBOLOGIES = frozenset({"code128", "code39", "itf", "ean13", "ean8", "upca"})

# Control characters a badge payload may legitimately hold besides \t \n \r: the
# ISO/IEC 15434 envelope ("[)>" RS ... GS ... EOT) some registration systems print.
_ALLOWED_CONTROLS = frozenset("\t\n\r\x1d\x1e\x04")


@dataclass(frozen=True)
class DecodedCode:
    """One code read from a frame.

    Attributes:
        text: the payload, decoded as UTF-8 unless the code declares another charset.
        points: the code's 4 corners in frame pixels (top-left, top-right,
            bottom-right, bottom-left of the symbol as printed), for outlines.
        symbology: what kind of code: "qr", "micro-qr", "rmqr", "pdf417",
            "data-matrix", "aztec" (2D), "code128", "code39", "itf", "ean13",
            "ean8", "upca" (linear: ticket numbers).
    """

    text: str
    points: tuple[Point, ...]
    symbology: str = "qr"

    @property
    def linear(self) -> bool:
        return self.symbology in LINEAR_SYMBOLOGIES

    @property
    def center(self) -> Point:
        xs = [p[0] for p in self.points]
        ys = [p[1] for p in self.points]
        return (sum(xs) / len(xs), sum(ys) / len(ys))


@dataclass(frozen=True)
class FrameCodes:
    """The codes of one frame and that frame's size, so a preview can draw outlines.

    Attributes:
        codes: what was read (or, for ``decoded``, what was newly scanned).
        size: (width, height) of the frame the points refer to.
    """

    codes: tuple[DecodedCode, ...]
    size: tuple[int, int]


class FrameDecoder(Protocol):
    """What the camera worker needs from a decoder (tests pass stubs)."""

    def decode(self, frame: Frame) -> list[DecodedCode]: ...


def plausible_text(text: str) -> bool:
    """False for what no badge carries: empty text, U+FFFD, stray control characters.

    A misread almost always fails this: a wrong Reed-Solomon correction yields
    arbitrary bytes, which are seldom valid UTF-8 free of control characters.
    """
    if not text.strip() or "\ufffd" in text:
        return False
    return all(ch.isprintable() or ch in _ALLOWED_CONTROLS for ch in text)


def text_from_bytes(raw: bytes) -> str | None:
    """The payload as UTF-8, or None when the bytes are not UTF-8.

    Badge printers write UTF-8 without an ECI header; zxing-cpp then has to guess
    the charset and may pick Shift_JIS or ISO-8859-1 for a short name with one
    accented letter. Valid UTF-8 of any length is almost never an accident, so
    when the bytes decode as UTF-8 that is the answer.
    """
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return None


def map_points(
    points: NDArray[np.float64], scale: float, dx: float, dy: float
) -> tuple[Point, ...]:
    """Points found in a scaled crop, back in the coordinates of the whole frame."""
    return tuple((float(x) / scale + dx, float(y) / scale + dy) for x, y in points)
