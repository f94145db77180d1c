"""Frames in, QR payloads out: zxing-cpp first, a bounded rescue when it finds nothing.

The pipeline, and why each step is there:

1. zxing-cpp on the grayscale frame (see zxing_reader for the settings). It reads
   most frames in ~1 ms at 720p; a frame where it finds a code ends here.
2. Only when it finds nothing, the fallback, within the frame's time budget:
   the regions zxing-cpp saw but could not decode, then the patches that look like
   a code (regions.py), each cropped, enlarged and tried as sharpened, contrast-
   equalised and plain variants (enhance.py); last, OpenCV's Aruco-based detector
   on the best patch, as is, equalised and enlarged, its answer double-checked
   (opencv_reader.py).

Measured on the 133 codes zxing-cpp misses in 960 benchmark frames (seed 7): the live
fallback reads 61 (46 %), still-image effort 72 (54 %). Enlarged, sharpened
patches do most of it; OpenCV reads 1 of them (a finger on the code, still-image
effort only) and stays last, for real photos where it may do better.

Live frames: a camera looking at an empty aisle sends frames with nothing to find,
all day, on battery. So the fallback runs on one in ``fallback_every``
consecutive frames that zxing-cpp found empty, and stops at ``budget_ms`` (a step
is skipped when its measured cost would overrun). A badge held up for a tenth of
a second still gets a fallback try, and an empty frame usually costs just step 1.
A code only the fallback can read is read a few frames later instead of now.

Still images (``full_effort=True``, the `scan-image` command): the fallback always
runs, over more patches and whole-image variants, with a generous budget.

The decoder keeps state (the rate limiter, a cost estimate): one per thread.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import cv2
import numpy as np

from showfloor.scanning import enhance
from showfloor.scanning.codes import DecodedCode, Frame
from showfloor.scanning.opencv_reader import OpenCvReader
from showfloor.scanning.regions import Region, find_regions, region_around
from showfloor.scanning.sources import as_bgr
from showfloor.scanning.zxing_reader import Binarizer, read_zxing

__all__ = ["DecodedCode", "Decoder", "DecoderStats", "UnreadableImageError", "decode_image_file"]

_PAD = 0.12  # of a region's side: the quiet zone the detector's blob leaves out


@dataclass
class DecoderStats:
    """Counters for the benchmark and the diagnostics view."""

    frames: int = 0
    read_first_pass: int = 0
    fallback_runs: int = 0
    read_by_fallback: int = 0
    fallback_skipped: int = 0


class _Budget:
    """A deadline plus a running estimate of what a zxing-cpp read costs per pixel."""

    def __init__(self, clock: Callable[[], float], start: float, budget_ms: float,
                 ms_per_mpx: float) -> None:
        self._clock = clock
        self._deadline = start + budget_ms / 1000
        self.ms_per_mpx = ms_per_mpx

    def allows(self, pixels: int, factor: float = 1.0) -> bool:
        cost_s = pixels / 1e6 * self.ms_per_mpx * factor / 1000
        return self._clock() + cost_s <= self._deadline

    def timed(self, pixels: int, fn: Callable[[], list[DecodedCode]]) -> list[DecodedCode]:
        start = self._clock()
        result = fn()
        spent_ms = (self._clock() - start) * 1000
        if pixels:
            self.ms_per_mpx = 0.7 * self.ms_per_mpx + 0.3 * spent_ms / (pixels / 1e6)
        return result


class Decoder:
    """Decode the QR codes in camera frames and image files.

    Args:
        fallback_every: live frames: the fallback runs on one frame in this many
            consecutive frames where zxing-cpp found nothing (1 = every frame).
        budget_ms: live frames: time after which no further fallback step starts.
        full_budget_ms: the same for ``full_effort`` (still images).
        clock: seconds, monotonic; injectable for tests.
    """

    def __init__(
        self,
        *,
        fallback_every: int = 3,
        budget_ms: float = 22.0,
        full_budget_ms: float = 1500.0,
        clock: Callable[[], float] = time.perf_counter,
    ) -> None:
        self.fallback_every = max(1, fallback_every)
        self.budget_ms = budget_ms
        self.full_budget_ms = full_budget_ms
        self.stats = DecoderStats()
        self.last_used_fallback = False
        self._clock = clock
        self._empty_streak = 0
        self._ms_per_mpx = 6.0
        self._clahe = enhance.Clahe()
        self._strong_clahe = enhance.Clahe(clip=4.0)
        self._opencv = OpenCvReader()

    def decode(self, frame: Frame, *, full_effort: bool = False) -> list[DecodedCode]:
        """The QR codes in a BGR (or grayscale) frame; [] for none. Never raises on pixels.

        Args:
            frame: uint8 image, H x W x 3 (BGR), H x W x 4 (BGRA) or H x W.
            full_effort: a still image: no rate limit, a larger budget, more variants.
        """
        start = self._clock()
        self.stats.frames += 1
        self.last_used_fallback = False
        gray = _gray(frame)
        if gray is None:
            return []
        first = read_zxing(gray)
        if first.codes:
            self._empty_streak = 0
            self.stats.read_first_pass += 1
            return _unique(first.codes)
        streak, self._empty_streak = self._empty_streak, self._empty_streak + 1
        if not full_effort and streak % self.fallback_every:
            self.stats.fallback_skipped += 1
            return []
        self.stats.fallback_runs += 1
        self.last_used_fallback = True
        budget = _Budget(
            self._clock, start, self.full_budget_ms if full_effort else self.budget_ms,
            self._ms_per_mpx,
        )
        hints = [region_around(points) for points in first.unreadable]
        codes = self._fallback(gray, hints, budget, full_effort)
        self._ms_per_mpx = budget.ms_per_mpx
        if codes:
            self.stats.read_by_fallback += 1
        return codes

    # --- the fallback --------------------------------------------------------------

    def _fallback(self, gray: Frame, hints: list[Region], budget: _Budget,
                  full_effort: bool) -> list[DecodedCode]:
        regions = _merge(hints, find_regions(gray, limit=6 if full_effort else 3))
        found: list[DecodedCode] = []
        for region in regions:
            found += self._rescue_region(gray, region, budget, full_effort)
        if not found and full_effort:
            found += self._rescue_whole(gray, budget)
        if not found and regions:
            found += self._opencv_region(gray, regions[0], budget, full_effort)
        if not found and full_effort:  # Aruco only: the classic detector can take
            found += self._opencv.read(gray)  # seconds on a whole noisy photo
        return _unique(found)

    def _variants(self, factor: float, full_effort: bool
                  ) -> Iterable[tuple[enhance.Variant, Binarizer]]:
        """Live: the three that rescue most (sharpen, CLAHE, plain). Still images add
        the ones that each rescue a few more frames at a cost a camera cannot pay."""
        local, histogram = Binarizer.LocalAverage, Binarizer.GlobalHistogram
        yield (lambda img: enhance.sharpen(img, sigma=1.5 * factor)), local
        yield self._clahe, local
        yield (lambda img: img), local
        if full_effort:
            yield self._strong_clahe, local
            twice = lambda img: enhance.sharpen(enhance.sharpen(img, 1.5 * factor), factor)  # noqa: E731
            yield twice, histogram
            yield (lambda img: enhance.otsu(img, blur=0.7 * factor)), local

    def _rescue_region(self, gray: Frame, region: Region, budget: _Budget,
                       full_effort: bool) -> list[DecodedCode]:
        box = region.padded(_PAD, gray.shape)
        factor = enhance.enlarge_factor(box)
        pixels = int(box.width * box.height * factor * factor)
        if not budget.allows(pixels):
            return []
        patch = enhance.crop(gray, box, factor)
        for variant, binarizer in self._variants(factor, full_effort):
            if not budget.allows(pixels):
                break
            image = variant(patch)
            codes = budget.timed(
                pixels,
                partial(_zxing_codes, image, factor, (box.x0, box.y0), binarizer),
            )
            if codes:
                return codes
        return []

    def _rescue_whole(self, gray: Frame, budget: _Budget) -> list[DecodedCode]:
        """Still images only: whole-image variants for codes no patch caught."""
        h, w = gray.shape[:2]
        factor = min(2.0, 1600 / max(h, w)) if max(h, w) < 1600 else 1.0
        whole = Region(0, 0, w, h, 0.0)
        attempts: list[tuple[Frame, float, Binarizer]] = [
            (enhance.sharpen(gray, sigma=2.0), 1.0, Binarizer.LocalAverage),
            (self._clahe(gray), 1.0, Binarizer.LocalAverage),
            (gray, 1.0, Binarizer.GlobalHistogram),
            (enhance.gamma(gray, 0.5), 1.0, Binarizer.LocalAverage),
        ]
        if factor > 1.0:
            enlarged = enhance.crop(gray, whole, factor)
            attempts.insert(0, (enhance.sharpen(enlarged, sigma=1.5 * factor), factor,
                                Binarizer.LocalAverage))
        for image, scale, binarizer in attempts:
            if not budget.allows(image.size):
                continue
            codes = read_zxing(image, scale=scale, binarizer=binarizer).codes
            if codes:
                return codes
        return []

    def _opencv_region(self, gray: Frame, region: Region, budget: _Budget,
                       full_effort: bool) -> list[DecodedCode]:
        """OpenCV on the most code-like patch: as is, contrast-equalised, enlarged."""
        box = region.padded(_PAD * 2, gray.shape)
        patch = np.ascontiguousarray(enhance.crop(gray, box, 1.0))
        equalised = self._clahe(patch)
        attempts = [(patch, 1.0), (equalised, 1.0)]
        if max(box.width, box.height) < 400:
            attempts.append((enhance.crop(equalised, Region(0, 0, box.width, box.height, 0), 2.0),
                             2.0))
        for image, scale in attempts:
            # OpenCV's detector costs a few times a zxing-cpp read of the same pixels.
            if not full_effort and not budget.allows(image.size, factor=3.0):
                break
            codes = self._opencv.read(image, scale, (box.x0, box.y0), classic=full_effort)
            if codes:
                return codes
        return []


def _gray(frame: Frame) -> Frame | None:
    """Luminance of anything a camera or an image file may hand over; None if not an image."""
    if frame.size == 0 or frame.ndim not in (2, 3):
        return None
    if frame.ndim == 3:
        if frame.shape[2] == 1:
            frame = frame[:, :, 0]
        elif frame.shape[2] not in (3, 4):
            return None
    if frame.dtype != np.uint8:
        frame = as_bgr(np.asarray(frame))
    return enhance.to_gray(frame)


def _zxing_codes(image: Frame, scale: float, offset: tuple[float, float],
                 binarizer: Binarizer) -> list[DecodedCode]:
    return read_zxing(image, scale=scale, offset=offset, binarizer=binarizer).codes


def _merge(first: list[Region], more: list[Region]) -> list[Region]:
    """Hint regions first, then detected ones that do not repeat a region already listed."""
    merged = list(first)
    for region in more:
        if not any(region.overlaps(seen) for seen in merged):
            merged.append(region)
    return merged


def _unique(codes: list[DecodedCode]) -> list[DecodedCode]:
    """One entry per payload and place: overlapping reads of one code count once."""
    out: list[DecodedCode] = []
    for code in codes:
        cx, cy = code.center
        duplicate = any(
            seen.text == code.text
            and abs(seen.center[0] - cx) + abs(seen.center[1] - cy) < 40
            for seen in out
        )
        if not duplicate:
            out.append(code)
    return out


class UnreadableImageError(ValueError):
    """The file exists but holds no image OpenCV can decode."""


def decode_image_file(path: str | Path, decoder: Decoder | None = None
                      ) -> tuple[list[DecodedCode], float]:
    """Decode an image file with full effort; (codes, milliseconds spent decoding).

    Raises:
        OSError: the file is missing, a folder, or not readable.
        UnreadableImageError: the file is not an image OpenCV can read.
    """
    data = np.fromfile(Path(path), np.uint8)  # cv2.imread cannot open non-ASCII paths
    image = cv2.imdecode(data, cv2.IMREAD_COLOR) if data.size else None
    if image is None:
        raise UnreadableImageError(
            "not an image this program can read (PNG, JPEG, BMP, TIFF, WebP)"
        )
    start = time.perf_counter()
    codes = (decoder or Decoder()).decode(np.asarray(image, np.uint8), full_effort=True)
    return codes, (time.perf_counter() - start) * 1000
