"""A business card in a camera frame: how sharp the frame is, where the card is, a small copy.

Qt-free OpenCV code, used by the card grabber (which frame of a held card to read)
and by the card reader (what part of the frame to read, and what to keep).
"""

from __future__ import annotations

import cv2
import numpy as np
from numpy.typing import NDArray

Picture = NDArray[np.uint8]

SHARPNESS_WIDTH = 320  # sharpness is judged on a small copy: cheap, and noise counts less
FIND_WIDTH = 480
MIN_CARD_SHARE = 0.08  # of the frame's area: anything smaller is no card held to the camera
CROP_WIDTH = 1000  # the card as the OCR reads it
KEEP_WIDTH = 640  # the card as it is kept with the lead (a JPEG of a few tens of kB)
KEEP_QUALITY = 80


def gray(frame: Picture) -> Picture:
    return frame if frame.ndim == 2 else _u8(cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY))


def _u8(image: object) -> Picture:
    return np.asarray(image, np.uint8)


def sharpness(frame: Picture) -> float:
    """Variance of the Laplacian of a small grey copy: higher is sharper.

    Compares frames of one card held to one camera; not an absolute measure.
    """
    small = gray(frame)
    scale = SHARPNESS_WIDTH / small.shape[1]
    if scale < 1:
        small = _u8(cv2.resize(small, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA))
    return float(cv2.Laplacian(small, cv2.CV_32F).var())


def _order(points: NDArray[np.float32]) -> NDArray[np.float32]:
    """Corners as top-left, top-right, bottom-right, bottom-left."""
    s = points.sum(axis=1)
    d = np.diff(points, axis=1).ravel()
    return np.array(
        [points[np.argmin(s)], points[np.argmin(d)], points[np.argmax(s)], points[np.argmax(d)]],
        dtype=np.float32,
    )


def find_card(frame: Picture) -> NDArray[np.float32] | None:
    """The four corners of the card in ``frame`` (frame pixels), or None when none stands out.

    A card is the largest bright, roughly four-sided region: paper is lighter than
    the hands, desks and booth walls behind it. A frame that is all card (an image
    file of a scan) has no such region and is read whole.
    """
    scale = FIND_WIDTH / frame.shape[1]
    colour = _u8(cv2.resize(frame, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA))
    colour = _u8(cv2.GaussianBlur(colour, (5, 5), 0))
    small = gray(colour)
    area = float(small.shape[0] * small.shape[1])
    # The card's outline first (a coloured band along an edge is still inside it),
    # then, when the outline is broken (glare on an edge), the bright paper itself.
    # Edges in each colour channel: a blue band on a grey desk is one grey to the eye
    # of a grey image.
    channels = cv2.split(colour) if colour.ndim == 3 else [colour]
    edges = np.max([cv2.Canny(c, 40, 120) for c in channels], axis=0).astype(np.uint8)
    edges = cv2.dilate(edges, np.ones((3, 3), np.uint8))
    _, otsu = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    bright = _u8(cv2.morphologyEx(otsu, cv2.MORPH_CLOSE, np.ones((9, 9), np.uint8)))
    for mask, need_four in ((_u8(edges), True), (bright, False)):
        quad = _largest_quad(mask, area, need_four=need_four)
        if quad is not None:
            return _order(quad / scale)
    return None


def _largest_quad(
    mask: Picture, area: float, *, need_four: bool
) -> NDArray[np.float32] | None:
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    for contour in sorted(contours, key=cv2.contourArea, reverse=True)[:3]:
        hull = cv2.convexHull(contour)
        share = cv2.contourArea(hull) / area
        if share < MIN_CARD_SHARE:
            return None
        if share > 0.92:
            continue  # the whole frame's border: no card outline in it
        quad = cv2.approxPolyDP(hull, 0.02 * cv2.arcLength(hull, True), True)
        if len(quad) != 4:
            if need_four:
                continue
            quad = cv2.boxPoints(cv2.minAreaRect(hull))
        return np.asarray(quad, dtype=np.float32).reshape(4, 2)
    return None


def crop_card(frame: Picture, width: int = CROP_WIDTH) -> Picture:
    """The card in ``frame`` seen from the front, ``width`` pixels wide; the frame when
    no card stands out (scaled to ``width`` if larger)."""
    corners = find_card(frame)
    if corners is None:
        scale = width / frame.shape[1]
        if scale >= 1:
            return frame
        return _u8(cv2.resize(frame, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA))
    tl, tr, br, bl = corners
    card_w = float(np.linalg.norm(tr - tl) + np.linalg.norm(br - bl)) / 2
    card_h = float(np.linalg.norm(bl - tl) + np.linalg.norm(br - tr)) / 2
    height = max(1, int(round(width * card_h / max(card_w, 1.0))))
    target = np.array([[0, 0], [width, 0], [width, height], [0, height]], dtype=np.float32)
    matrix = cv2.getPerspectiveTransform(corners, target)
    return _u8(cv2.warpPerspective(frame, matrix, (width, height), flags=cv2.INTER_LINEAR))


def card_jpeg(card: Picture, width: int = KEEP_WIDTH, quality: int = KEEP_QUALITY) -> bytes:
    """A small JPEG of the card crop, as it is kept with a lead."""
    scale = width / card.shape[1]
    if scale < 1:
        card = _u8(cv2.resize(card, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA))
    ok, data = cv2.imencode(".jpg", card, [cv2.IMWRITE_JPEG_QUALITY, quality])
    if not ok:
        raise ValueError("the card image could not be encoded")
    return data.tobytes()


class UnreadableCardError(ValueError):
    """The file holds no image OpenCV can decode."""


def load_image(path: str) -> Picture:
    """A photo or scan of a card from disk, BGR (any path: cv2.imread cannot open
    non-ASCII ones on Windows). Raises OSError or UnreadableCardError."""
    data = np.fromfile(path, np.uint8)
    image = cv2.imdecode(data, cv2.IMREAD_COLOR) if data.size else None
    if image is None:
        raise UnreadableCardError(
            "not an image this program can read (PNG, JPEG, BMP, TIFF, WebP)"
        )
    return _u8(image)
