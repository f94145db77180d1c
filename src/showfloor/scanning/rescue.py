"""The ways the fallback retries a region of a frame (or the whole frame), in order.

Each step answers one way webcam frames go wrong (enhance.py says how), and is
a separate unit of work with its own cost estimate (budget.py): a live frame
runs the steps that fit in its budget, and the next frames of the same region
carry on with the steps not yet tried (tracker.py), so the whole ladder gets its
chance within a few frames of a badge being held still.

The ladders were measured step by step, on every region of the 536 real photos
(BoofCV QR v3, 1280 px; the first pass reads 875 of 1,232 codes) and of 360
synthetic frames (benchmarks/decode/run.py):

- on regions, a code zxing-cpp located but could not read is first warped flat
  (its corners are known), then an enlarged crop as it is (~1 ms/Mpx), contrast
  equalisation (the dim and the washed-out: +121 codes of the photos, the most of
  any step), strong equalisation, sharpening (defocus; the most on synthetic
  frames), sharpening twice with a global-histogram binarizer (blur on even
  light), Otsu thresholding;
- on the whole frame, strong then plain equalisation and the double sharpening:
  codes too large or too many for a region (24 more codes, most in "lots");
- OpenCV's detector (Aruco-based, on an equalised crop, and the classic one) adds
  less than one code in a thousand to the zxing-cpp steps on either set, costs
  30-700 ms/Mpx with a spread no estimate can follow, and so runs on still images
  only, last, on crops at most OPENCV_MAX_SIDE wide.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np

from showfloor.scanning import enhance
from showfloor.scanning.codes import DecodedCode, Frame, Point
from showfloor.scanning.opencv_reader import OpenCvReader
from showfloor.scanning.regions import Region
from showfloor.scanning.zxing_reader import QR, Binarizer, Formats, read_zxing

Quad = tuple[Point, ...]
PAD = 0.12  # of a region's side: the quiet zone the detector's blob leaves out
OPENCV_MAX_SIDE = 360  # px: OpenCV's detector gets a crop no larger than this


class Patch:
    """One region of one frame, and the crops its steps share (each made once)."""

    def __init__(self, gray: Frame, region: Region, formats: Formats = QR,
                 quad: Quad | None = None) -> None:
        self.gray = gray
        self.region = region
        self.formats = formats
        self.quad = quad  # the corners zxing-cpp located, when it located a code here
        self.box = region.padded(PAD, gray.shape)
        self.factor = enhance.enlarge_factor(self.box)
        self.wide_box = region.padded(PAD * 2, gray.shape)
        side = max(self.wide_box.width, self.wide_box.height, 1)
        self.wide_scale = min(1.0, OPENCV_MAX_SIDE / side)
        self._enlarged: Frame | None = None
        self._wide: Frame | None = None

    @property
    def enlarged_pixels(self) -> int:
        return int(self.box.width * self.factor) * int(self.box.height * self.factor)

    @property
    def wide_pixels(self) -> int:
        s = self.wide_scale
        return int(self.wide_box.width * s) * int(self.wide_box.height * s)

    def enlarged(self) -> Frame:
        """The region with its quiet zone, enlarged for zxing-cpp (cubic)."""
        if self._enlarged is None:
            self._enlarged = enhance.crop(self.gray, self.box, self.factor)
        return self._enlarged

    def wide(self) -> Frame:
        """A wider crop for OpenCV, scaled down to at most OPENCV_MAX_SIDE."""
        if self._wide is None:
            crop = enhance.crop(self.gray, self.wide_box, 1.0)
            if self.wide_scale < 1.0:
                crop = enhance.resize(crop, self.wide_scale)
            self._wide = np.ascontiguousarray(crop)
        return self._wide

    @property
    def flat_pixels(self) -> int:
        return 0 if self.quad is None else enhance.flattened_size(self.quad, self.factor)

    def flat(self) -> list[DecodedCode]:
        """The located code warped flat (its perspective undone) and read; corners mapped
        back through the same warp. zxing-cpp's rMQR and PDF417 detectors give up on a
        few degrees of tilt that they locate fine."""
        assert self.quad is not None
        image, to_frame = enhance.flatten(self.gray, self.quad, self.factor, PAD)
        codes = read_zxing(image, formats=self.formats).codes
        return [replace(c, points=enhance.map_through(to_frame, c.points)) for c in codes]

    def zxing(self, image: Frame, binarizer: Binarizer = Binarizer.LocalAverage
              ) -> list[DecodedCode]:
        offset = (self.box.x0, self.box.y0)
        return read_zxing(image, formats=self.formats, scale=self.factor, offset=offset,
                          binarizer=binarizer).codes


@dataclass(frozen=True)
class Step:
    """One retry of a region.

    Attributes:
        kind: names the step, and its cost estimate in the CostModel.
        pixels: what the step works on, for the cost estimate.
        run: the step itself; codes with corners in frame pixels.
        applies: whether the step can do anything for this region (passed over
            at no cost when not).
    """

    kind: str
    pixels: Callable[[Patch], int]
    run: Callable[[Patch], list[DecodedCode]]
    applies: Callable[[Patch], bool] = lambda _patch: True


@dataclass(frozen=True)
class Ladders:
    """The steps for code-like regions and for the whole frame, in the order tried."""

    regions: tuple[Step, ...]
    whole: tuple[Step, ...]


LIVE_REGIONS = ("flat", "plain", "clahe", "strong-clahe", "sharpen", "sharpen-twice", "otsu")
STILL_REGIONS = (*LIVE_REGIONS, "opencv-clahe", "opencv", "opencv-classic")
LIVE_WHOLE = ("strong-clahe", "clahe", "sharpen-twice")
STILL_WHOLE = (*LIVE_WHOLE, "sharpen", "otsu", "opencv-clahe", "opencv")


def _enlarged(patch: Patch) -> int:
    return patch.enlarged_pixels


def _wide(patch: Patch) -> int:
    return patch.wide_pixels


class Rescuer:
    """The steps, with the OpenCV objects they reuse (one per decoder, one thread)."""

    def __init__(self) -> None:
        self._clahe = enhance.Clahe()
        self._strong_clahe = enhance.Clahe(clip=4.0)
        self._opencv = OpenCvReader()
        steps = (
            Step("flat", lambda p: p.flat_pixels, Patch.flat, lambda p: p.quad is not None),
            Step("plain", _enlarged, lambda p: p.zxing(p.enlarged())),
            Step("clahe", _enlarged, lambda p: p.zxing(self._clahe(p.enlarged()))),
            Step("strong-clahe", _enlarged, lambda p: p.zxing(self._strong_clahe(p.enlarged()))),
            Step("sharpen", _enlarged, self._sharpen),
            Step("sharpen-twice", _enlarged, self._sharpen_twice),
            Step("otsu", _enlarged, lambda p: p.zxing(enhance.otsu(p.enlarged(), 0.7 * p.factor))),
            Step("opencv-clahe", _wide, lambda p: self._opencv_read(p, self._clahe(p.wide()))),
            Step("opencv", _wide, lambda p: self._opencv_read(p, p.wide())),
            Step("opencv-classic", _wide, lambda p: self._opencv_read(p, p.wide(), classic=True)),
        )
        self.steps = {step.kind: step for step in steps}
        self.live = self._ladders(LIVE_REGIONS, LIVE_WHOLE)
        self.still = self._ladders(STILL_REGIONS, STILL_WHOLE)

    def _ladders(self, regions: tuple[str, ...], whole: tuple[str, ...]) -> Ladders:
        return Ladders(tuple(self.steps[k] for k in regions), tuple(self.steps[k] for k in whole))

    def _sharpen(self, patch: Patch) -> list[DecodedCode]:
        return patch.zxing(enhance.sharpen(patch.enlarged(), sigma=1.5 * patch.factor))

    def _sharpen_twice(self, patch: Patch) -> list[DecodedCode]:
        f = patch.factor
        image = enhance.sharpen(enhance.sharpen(patch.enlarged(), 1.5 * f), f)
        return patch.zxing(image, Binarizer.GlobalHistogram)

    def _opencv_read(self, patch: Patch, image: Frame, classic: bool = False
                     ) -> list[DecodedCode]:
        box = patch.wide_box
        return self._opencv.read(image, patch.wide_scale, (box.x0, box.y0), classic=classic)
