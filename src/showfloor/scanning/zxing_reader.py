"""zxing-cpp, the first decoder: fast, accurate, and told exactly what to look for.

Measured choices (benchmarks/decode/run.py, one core):

- Badges carry QR Model 2 codes, PDF417, Data Matrix, Aztec, rMQR and Micro QR,
  and ticket numbers in Code 128, Code 39, ITF or EAN/UPC. Each family is asked
  for by name: ``BarcodeFormat.QRCode`` would be the whole QR family (Model 1
  too), and Codabar, Code 93, DataBar and MaxiCode are not on badges.
- All of them at once costs about four times QR alone (zxing-cpp shares the
  binarisation, not the detectors), so camera frames get QR every frame and the
  other families on alternate frames (decoder.py); still images get all.
- Micro QR M1 and M2 have almost no error detection: an M1 is found in the
  finder pattern of an ordinary QR code under glare ("586258" read out of a
  vCard). Only M3 and M4 are taken (a badge id needs M3), and the decoder drops a
  Micro QR lying over another code.
- Grayscale in: zxing-cpp's own BGR conversion makes a 720p frame cost 2-6 ms
  instead of under 1 ms for ``cv2.cvtColor`` plus the read.
- ``try_invert`` off: badges are dark on light. ``try_rotate`` (linear codes
  held sideways) only on still images: it costs 5x on linear codes, and a badge
  held up is upright.
- ``return_errors``: codes that were found but failed to decode come back with
  their position; the fallback starts with those regions.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import zxingcpp

from showfloor.scanning.codes import DecodedCode, Frame, map_points, text_from_bytes

_F = zxingcpp.BarcodeFormat
SYMBOLOGY = {
    _F.QRCode: "qr", _F.QRCodeModel2: "qr", _F.MicroQRCode: "micro-qr", _F.RMQRCode: "rmqr",
    _F.PDF417: "pdf417", _F.DataMatrix: "data-matrix", _F.Aztec: "aztec",
    _F.Code128: "code128", _F.Code39: "code39", _F.ITF: "itf", _F.EAN13: "ean13",
    _F.EAN8: "ean8", _F.UPCA: "upca",
}
_QR = [_F.QRCodeModel2]
_MATRIX = [_F.PDF417, _F.DataMatrix, _F.Aztec, _F.RMQRCode, _F.MicroQRCode]
_LINEAR = [_F.Code128, _F.Code39, _F.ITF, _F.EAN13, _F.EAN8, _F.UPCA]
QR = zxingcpp.BarcodeFormats(_QR)
MATRIX = zxingcpp.BarcodeFormats(_MATRIX)  # the 2D badge codes other than QR
LINEAR = zxingcpp.BarcodeFormats(_LINEAR)
QR_AND_MATRIX = zxingcpp.BarcodeFormats(_QR + _MATRIX)  # square-ish: what regions find
ALL = zxingcpp.BarcodeFormats(_QR + _MATRIX + _LINEAR)
Formats = zxingcpp.BarcodeFormats
Binarizer = zxingcpp.Binarizer
_WEAK_MICRO_QR = frozenset({"M1", "M2"})


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


def _version(barcode: zxingcpp.Barcode) -> str | None:
    extra = barcode.extra
    return str(extra.get("Version")) if isinstance(extra, dict) else None


def _corners(barcode: zxingcpp.Barcode) -> np.ndarray:
    pos = barcode.position
    return np.array(
        [[p.x, p.y] for p in (pos.top_left, pos.top_right, pos.bottom_right, pos.bottom_left)],
        np.float64,
    )


def read_zxing(
    gray: Frame,
    *,
    formats: Formats = QR,
    binarizer: zxingcpp.Binarizer = Binarizer.LocalAverage,
    scale: float = 1.0,
    offset: tuple[float, float] = (0.0, 0.0),
    is_pure: bool = False,
    try_downscale: bool = True,
    try_rotate: bool = False,
) -> ZxingResult:
    """Read codes from a grayscale image (a whole frame, or a scaled crop of one).

    Args:
        gray: the image, uint8, one channel.
        formats: the symbologies to look for (QR, MATRIX, LINEAR, QR_AND_MATRIX, ALL).
        binarizer: zxing-cpp's thresholding; LocalAverage suits uneven light.
        scale: how much the image was enlarged from the frame; points are mapped back.
        offset: where the crop's top-left corner is in the frame.
        is_pure: the image is nothing but a rectified code (re-verification).
        try_downscale: let zxing also look at smaller versions of the image.
        try_rotate: also look for linear codes turned sideways.
    """
    barcodes = zxingcpp.read_barcodes(
        gray,
        formats=formats,
        try_rotate=try_rotate,
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
        symbology = SYMBOLOGY.get(barcode.format, str(barcode.format).lower())
        if symbology == "micro-qr" and _version(barcode) in _WEAK_MICRO_QR:
            continue
        text = _text(barcode)
        if text is not None and text.strip():
            codes.append(DecodedCode(text, points, symbology))
    return ZxingResult(codes, unreadable)

