"""OpenCV's QR detector as the last resort, and why its answers are double-checked.

``cv2.QRCodeDetectorAruco`` finds codes zxing-cpp's detector gives up on (a
finder pattern under a finger, strong perspective), but it is 5-10x slower and
its output needs checking: the Python binding hands back text for any bytes, and
a detector that samples the wrong grid can still land on a Reed-Solomon-valid
word. So an OpenCV read counts only when

1. its raw bytes are valid UTF-8 and the text is plausible for a badge, and
2. its corners form a convex quadrilateral of sensible size inside the image, and
3. a second, independent reader agrees: the quadrilateral is rectified to a flat
   square with a quiet zone, and zxing-cpp or OpenCV's classic sampler reads the
   same text from it.
"""

from __future__ import annotations

import cv2
import numpy as np
from numpy.typing import NDArray

from showfloor.scanning.codes import DecodedCode, Frame, map_points, plausible_text, text_from_bytes
from showfloor.scanning.zxing_reader import read_zxing

_RECTIFIED = 336  # px of the rectified square, code plus quiet zone

# OpenCV's QR decoder writes warnings to stderr ("ECI is not supported properly") on
# some real photos; `scan-image` users would see them as noise under their results.
cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_ERROR)


Detector = cv2.QRCodeDetector | cv2.QRCodeDetectorAruco


class OpenCvReader:
    """OpenCV's two QR detectors with the checks above; detector objects reused.

    The Aruco-based one by default (5-10x faster, better at finding codes); the
    classic one when asked (``classic=True``, still images): it is slow, and on
    the benchmark it rescued one frame, with a finger on the code, that nothing
    else read.
    """

    def __init__(self) -> None:
        self._aruco = cv2.QRCodeDetectorAruco()
        self._classic = cv2.QRCodeDetector()

    def read(self, gray: Frame, scale: float = 1.0, offset: tuple[float, float] = (0, 0),
             *, classic: bool = False) -> list[DecodedCode]:
        """Codes in `gray` (possibly a scaled crop), corners mapped back to the frame.

        Args:
            classic: the classic detector instead of the Aruco-based one.
        """
        if classic:
            found = self._read_with(self._classic, self._aruco, gray)
        else:
            found = self._read_with(self._aruco, self._classic, gray)
        return [DecodedCode(text, map_points(quad, scale, *offset)) for text, quad in found]

    def _read_with(self, detector: Detector, checker: Detector, gray: Frame
                   ) -> list[tuple[str, NDArray[np.float64]]]:
        try:
            ok, payloads, points, _ = detector.detectAndDecodeBytesMulti(gray)
        except cv2.error:
            return []
        if not ok or points is None:
            return []
        found = []
        for raw, quad in zip(payloads, np.asarray(points, np.float64), strict=False):
            text = text_from_bytes(bytes(raw)) if raw else None
            if text is None or not plausible_text(text):
                continue
            if _sane_quad(quad, gray.shape) and _confirmed(checker, gray, quad, text):
                found.append((text, quad))
        return found


def _confirmed(checker: Detector, gray: Frame, quad: NDArray[np.float64], text: str) -> bool:
    """Does a second reader get the same text from the code, flattened?"""
    flat = rectify(gray, quad)
    if any(code.text == text for code in read_zxing(flat).codes):
        return True
    try:
        raw, _ = checker.decodeBytes(flat, _square_corners())
    except cv2.error:
        return False
    return bool(raw) and text_from_bytes(bytes(raw)) == text


def _square_corners() -> NDArray[np.float32]:
    margin = _RECTIFIED / 8
    far = _RECTIFIED - margin
    return np.array([[[margin, margin], [far, margin], [far, far], [margin, far]]], np.float32)


def rectify(gray: Frame, quad: NDArray[np.float64]) -> Frame:
    """The quadrilateral warped flat into a square, with a white quiet zone around it."""
    target = _square_corners()[0]
    matrix = cv2.getPerspectiveTransform(quad.astype(np.float32), target)
    return np.asarray(
        cv2.warpPerspective(
            gray, matrix, (_RECTIFIED, _RECTIFIED), flags=cv2.INTER_CUBIC,
            borderMode=cv2.BORDER_CONSTANT, borderValue=255,
        ),
        np.uint8,
    )


def _sane_quad(quad: NDArray[np.float64], shape: tuple[int, ...]) -> bool:
    """Convex, at least 12 px a side, not absurdly skewed, inside the image (some slack)."""
    if quad.shape != (4, 2) or not np.all(np.isfinite(quad)):
        return False
    h, w = shape[0], shape[1]
    slack = 0.1 * max(h, w)
    if quad.min() < -slack or quad[:, 0].max() > w + slack or quad[:, 1].max() > h + slack:
        return False
    if not cv2.isContourConvex(quad.astype(np.float32).reshape(-1, 1, 2)):
        return False
    sides = np.linalg.norm(quad - np.roll(quad, 1, axis=0), axis=1)
    return bool(sides.min() >= 12 and sides.max() <= 4 * sides.min())
