"""zxing-cpp, the first decoder: fast, accurate, and told exactly what to look for.

Measured choices (benchmarks/decode/run.py, one core):

- Model 2 QR only. ``BarcodeFormat.QRCode`` is the whole QR family in zxing-cpp 3,
  Micro QR included; a Micro QR M1 has almost no error detection and is found in
  the finder pattern of an ordinary code under glare ("586258" read out of a vCard).
  Badges carry Model 2 codes.
- Grayscale in: zxing-cpp's own BGR conversion makes a 720p frame cost 2-6 ms
  instead of under 1 ms for ``cv2.cvtColor`` plus the read.
- ``try_invert`` and ``try_rotate`` off: badges are dark on light, and QR detection
  is rotation-invariant anyway (``try_rotate`` is for 1D codes). Same read rate,
  less time on empty frames.
- ``return_errors``: codes that were found but failed to decode come back with
  their position; the fallback starts with those regions.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import zxingcpp

from showfloor.scanning.codes import DecodedCode, Frame, map_points, text_from_bytes

QR = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCodeModel2)
Binarizer = zxingcpp.Binarizer


@dataclass(frozen=True)
class ZxingResult:
    """Codes read, and the corners of codes seen but not readable (fallback hints)."""

    codes: list[DecodedCode]
    unreadable: list[tuple[tuple[float, float], ...]]


def _text(barcode: zxingcpp.Barcode) -> str | None:
    # "]Q2" means the code declares its charset (ECI): then zxing's text is right.
    if not barcode.symbology_identifier.endswith("2"):
        utf8 = text_from_bytes(bytes(barcode.bytes))
        if utf8 is not None:
            return utf8
    return str(barcode.text)


def _corners(barcode: zxingcpp.Barcode) -> np.ndarray:
    pos = barcode.position
    return np.array(
        [[p.x, p.y] for p in (pos.top_left, pos.top_right, pos.bottom_right, pos.bottom_left)],
        np.float64,
    )


def read_zxing(
    gray: Frame,
    *,
    binarizer: zxingcpp.Binarizer = Binarizer.LocalAverage,
    scale: float = 1.0,
    offset: tuple[float, float] = (0.0, 0.0),
    is_pure: bool = False,
    try_downscale: bool = True,
) -> ZxingResult:
    """Read QR codes from a grayscale image (a whole frame, or a scaled crop of one).

    Args:
        gray: the image, uint8, one channel.
        binarizer: zxing-cpp's thresholding; LocalAverage suits uneven light.
        scale: how much the image was enlarged from the frame; points are mapped back.
        offset: where the crop's top-left corner is in the frame.
        is_pure: the image is nothing but a rectified code (re-verification).
        try_downscale: let zxing also look at smaller versions of the image.
    """
    barcodes = zxingcpp.read_barcodes(
        gray,
        formats=QR,
        try_rotate=False,
        try_invert=False,
        try_downscale=try_downscale,
        binarizer=binarizer,
        is_pure=is_pure,
        return_errors=True,
    )
    codes: list[DecodedCode] = []
    unreadable: list[tuple[tuple[float, float], ...]] = []
    for barcode in barcodes:
        points = map_points(_corners(barcode), scale, *offset)
        if not barcode.valid:
            unreadable.append(points)
            continue
        text = _text(barcode)
        if text is not None and text.strip():
            codes.append(DecodedCode(text, points))
    return ZxingResult(codes, unreadable)

