"""Image variants that turn a missed code into a readable one.

Each variant answers one way webcam frames go wrong (measured on the frames
zxing-cpp misses, benchmarks/decode/run.py):

- too few pixels per module (arm's length): enlarge with cubic interpolation, so
  the binarizer sees module edges instead of mixed pixels;
- defocus and motion blur: unsharp mask after enlarging, which restores the
  contrast between neighbouring modules;
- low light and glare: CLAHE, which stretches contrast locally, so a dim code or
  one half washed out by a reflection spans the full grey range again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import cv2
import numpy as np
from numpy.typing import NDArray

from showfloor.scanning.codes import Frame
from showfloor.scanning.regions import Region

Variant = Callable[[Frame], Frame]

MAX_ENLARGED_SIDE = 800  # px: larger crops cost more than they gain


def to_gray(frame: Frame) -> Frame:
    """Grayscale view of a BGR or gray frame (decoders work on luminance)."""
    if frame.ndim == 2:
        return frame
    if frame.shape[2] == 4:
        return np.asarray(cv2.cvtColor(frame, cv2.COLOR_BGRA2GRAY), np.uint8)
    return np.asarray(cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY), np.uint8)


def enlarge_factor(region: Region, max_factor: float = 3.0) -> float:
    """How much to enlarge a crop: small codes up to 3x, never past MAX_ENLARGED_SIDE."""
    side = max(region.width, region.height, 1)
    return max(1.0, min(max_factor, MAX_ENLARGED_SIDE / side))


def crop(gray: Frame, region: Region, factor: float) -> Frame:
    """The region's pixels, enlarged by `factor` (cubic)."""
    patch = gray[region.y0 : region.y1, region.x0 : region.x1]
    if factor == 1.0:
        return patch
    return np.asarray(
        cv2.resize(patch, None, fx=factor, fy=factor, interpolation=cv2.INTER_CUBIC), np.uint8
    )


def resize(image: Frame, scale: float) -> Frame:
    """The image scaled by `scale`: area averaging down, cubic up."""
    interpolation = cv2.INTER_AREA if scale < 1.0 else cv2.INTER_CUBIC
    return np.asarray(
        cv2.resize(image, None, fx=scale, fy=scale, interpolation=interpolation), np.uint8
    )


def thumbnail(gray: Frame, region: Region, side: int = 8) -> Frame:
    """A `side` x `side` summary of a region, to tell whether its content changed."""
    patch = gray[region.y0 : region.y1, region.x0 : region.x1]
    return np.asarray(cv2.resize(patch, (side, side), interpolation=cv2.INTER_AREA), np.uint8)


def _flat_geometry(quad: Sequence[tuple[float, float]], factor: float
                   ) -> tuple[NDArray[np.float32], int, int]:
    q = np.asarray(quad, np.float32).reshape(4, 2)
    width = float(max(np.linalg.norm(q[1] - q[0]), np.linalg.norm(q[2] - q[3])))
    height = float(max(np.linalg.norm(q[3] - q[0]), np.linalg.norm(q[2] - q[1])))
    side = max(width, height, 1.0)
    scale = max(1.0, min(factor, MAX_ENLARGED_SIDE / side))
    return q, max(1, int(width * scale)), max(1, int(height * scale))


def flattened_size(quad: Sequence[tuple[float, float]], factor: float, pad: float = 0.12
                   ) -> int:
    """Pixels of what `flatten` makes of this quadrilateral."""
    _, w, h = _flat_geometry(quad, factor)
    margin = 2 * int(pad * max(w, h))
    return (w + margin) * (h + margin)


def flatten(gray: Frame, quad: Sequence[tuple[float, float]], factor: float, pad: float
            ) -> tuple[Frame, NDArray[np.float64]]:
    """The quadrilateral (corners clockwise from top-left) warped to an upright rectangle,
    enlarged like a crop and with a quiet zone of `pad`; and the homography from the
    rectangle's pixels back to the frame's."""
    q, w, h = _flat_geometry(quad, factor)
    m = int(pad * max(w, h))
    target = np.array([[m, m], [m + w, m], [m + w, m + h], [m, m + h]], np.float32)
    matrix = cv2.getPerspectiveTransform(q, target)
    image = cv2.warpPerspective(gray, matrix, (w + 2 * m, h + 2 * m), flags=cv2.INTER_CUBIC,
                                borderMode=cv2.BORDER_REPLICATE)
    return np.asarray(image, np.uint8), np.linalg.inv(matrix).astype(np.float64)


def map_through(matrix: NDArray[np.float64], points: Sequence[tuple[float, float]]
                ) -> tuple[tuple[float, float], ...]:
    """Points through a homography."""
    mapped = cv2.perspectiveTransform(np.asarray(points, np.float64).reshape(-1, 1, 2), matrix)
    return tuple((float(x), float(y)) for x, y in mapped.reshape(-1, 2))


def sharpen(image: Frame, sigma: float = 3.0, amount: float = 1.0) -> Frame:
    """Unsharp mask: image + amount * (image - blurred)."""
    blurred = cv2.GaussianBlur(image, (0, 0), sigma)
    return np.asarray(cv2.addWeighted(image, 1 + amount, blurred, -amount, 0), np.uint8)


class Clahe:
    """Contrast-limited adaptive histogram equalisation, one OpenCV object reused."""

    def __init__(self, clip: float = 2.0, tiles: int = 4) -> None:
        self._clahe = cv2.createCLAHE(clipLimit=clip, tileGridSize=(tiles, tiles))

    def __call__(self, image: Frame) -> Frame:
        return np.asarray(self._clahe.apply(image), np.uint8)


def otsu(image: Frame, blur: float = 1.0) -> Frame:
    """Smooth, then one global threshold (Otsu): for noisy, evenly lit codes."""
    smooth = cv2.GaussianBlur(image, (0, 0), blur)
    _, binary = cv2.threshold(smooth, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    return np.asarray(binary, np.uint8)


def gamma(image: Frame, value: float) -> Frame:
    """Brighten (value < 1) through a lookup table."""
    table = (np.linspace(0, 1, 256) ** value * 255).astype(np.uint8)
    return np.asarray(cv2.LUT(image, table), np.uint8)
