"""Labelled real photos for the decode benchmark: a folder in the BoofCV QR v3 layout.

The layout (https://boofcv.org/index.php?title=Performance:QrCode; the set is public,
never committed here): one sub-folder per category ("blurred", "glare", "lots"...),
each photo (``.jpg``/``.png``) with a ``.txt`` of the same name beside it holding the
corners of every QR code in it, in one of two shapes:

- after a ``SETS`` line, one code per line: ``x0 y0 x1 y1 x2 y2 x3 y3``;
- without it, one corner per line: ``x y``, four lines per code.

Lines starting with ``#`` are comments. The files say where the codes are, not
what they say, so a read is scored by place: a decoded code whose centre lies in a
labelled quadrilateral reads that code (each code counts once), and a decode whose
centre lies in none is a wrong decode (see ``score``).

Photos are scaled down (never up) to a long side of ``long_side`` pixels, as a
laptop webcam would see the scene, corners with them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
from numpy.typing import NDArray

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".bmp")
Quad = NDArray[np.float64]  # 4 x 2
# The corners were picked on the pixels as stored: an EXIF rotation must not be applied
# (24 photos of the set carry one; with it, the "lots" corners miss every code).
_RAW = cv2.IMREAD_COLOR | cv2.IMREAD_IGNORE_ORIENTATION


@dataclass(frozen=True)
class Photo:
    """One labelled photo, scaled; `quads` are the codes' corners in its pixels."""

    image: NDArray[np.uint8]
    category: str
    name: str
    quads: tuple[Quad, ...]


def parse_corners(text: str) -> list[Quad]:
    """The code quadrilaterals of one ``.txt`` (either shape, see the module docstring)."""
    rows = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#") or line.upper() == "SETS":
            continue
        rows.append([float(v) for v in line.split()])
    quads: list[Quad] = []
    flat: list[float] = []
    for row in rows:
        if len(row) == 8:
            quads.append(np.array(row, np.float64).reshape(4, 2))
        elif len(row) == 2:
            flat += row
            if len(flat) == 8:
                quads.append(np.array(flat, np.float64).reshape(4, 2))
                flat = []
        else:
            raise ValueError(f"a corner line with {len(row)} numbers")
    if flat:
        raise ValueError("corners do not come in fours")
    return quads


def photo_files(folder: Path) -> Iterator[tuple[str, Path, Path]]:
    """(category, image, corners) for every labelled photo, sorted."""
    for category in sorted(p for p in folder.iterdir() if p.is_dir()):
        for image in sorted(category.iterdir()):
            labels = image.with_suffix(".txt")
            if image.suffix.lower() in IMAGE_SUFFIXES and labels.is_file():
                yield category.name, image, labels


def load(folder: Path, long_side: int = 1280, per_category: int | None = None,
         categories: Iterable[str] | None = None) -> list[Photo]:
    """The photos of `folder`, scaled to `long_side` (0: as they are)."""
    wanted = set(categories) if categories else None
    taken: dict[str, int] = {}
    photos = []
    for category, image_path, labels in photo_files(folder):
        if wanted is not None and category not in wanted:
            continue
        if per_category is not None and taken.get(category, 0) >= per_category:
            continue
        image = cv2.imdecode(np.fromfile(image_path, np.uint8), _RAW)
        if image is None:
            continue
        quads = parse_corners(labels.read_text(encoding="utf-8", errors="replace"))
        scale = min(1.0, long_side / max(image.shape[:2])) if long_side else 1.0
        if scale < 1.0:
            image = cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
        taken[category] = taken.get(category, 0) + 1
        photos.append(Photo(np.ascontiguousarray(image, np.uint8), category, image_path.name,
                            tuple(q * scale for q in quads)))
    return photos


def _inside(quad: Quad, point: tuple[float, float], slack: float) -> bool:
    contour = quad.astype(np.float32).reshape(-1, 1, 2)
    return cv2.pointPolygonTest(contour, point, True) >= -slack


def score(photo: Photo, reads: Iterable[tuple[str, tuple[float, float]]]
          ) -> tuple[dict[int, set[str]], int]:
    """What was read at each labelled code, and how many decodes were in no labelled place.

    Args:
        reads: (text, centre) of each decoded code, in the photo's pixels.

    Returns:
        ({index of the code in photo.quads: texts read there}, decodes elsewhere).
        Two texts at one code are a misread (see ``run.py``).
    """
    found: dict[int, set[str]] = {}
    elsewhere = 0
    for text, center in reads:
        hits = [i for i, q in enumerate(photo.quads) if _inside(q, center, _slack(q))]
        if not hits:
            elsewhere += 1
            continue
        # the code this text was read at before, else the first free one, else the nearest
        same = [i for i in hits if text in found.get(i, ())]
        free = [i for i in hits if i not in found]
        found.setdefault((same or free or hits)[0], set()).add(text)
    return found, elsewhere


def _slack(quad: Quad) -> float:
    """A few percent of the code's side: hand-picked corners are not exact."""
    return 0.05 * float(np.linalg.norm(quad[0] - quad[2]))
