"""Frames in, badge payloads out: zxing-cpp first, then a bounded rescue of what it missed.

The pipeline, and why each step is there:

1. zxing-cpp on the grayscale frame, QR codes (see zxing_reader for the settings):
   most frames are read here, in 1-3 ms.
2. The badge symbologies other than QR (PDF417, Data Matrix, Aztec, rMQR, Micro QR;
   Code 128, Code 39, ITF, EAN/UPC ticket numbers). All of them cost about four
   times QR alone, so a camera frame that looks closer (below) looks for one
   family, the 2D codes and the linear ones in turn: a badge held up is looked for
   in each family several times a second.
3. The fallback, within the frame's time budget, for what was not read, also when
   something else was (a Wi-Fi sign beside the badge, the other codes of a
   crowded frame): the codes zxing-cpp located but could not decode, then the
   patches that look like a code (regions.py) and the whole frame, each tried
   with the steps of rescue.py (warped flat, enlarged, contrast-equalised,
   sharpened, other binarizers; OpenCV's detector on still images). Regions over
   a code already read are left alone.

Every step, OpenCV included, is predicted from a learned cost (budget.py) and
started only when it ends before the deadline, so a frame overruns its budget by
at most one step's misprediction.

Live frames: a badge is held up for many frames, and one frame's budget pays for
a few steps only. A tracker (tracker.py) follows each region across frames, so
successive frames try successive steps on the same region, and a region read
once starts with the step that read it. Steps 2 and 3 run on every frame where
zxing-cpp located a code it could not read, on every other frame while a region
in view still has steps to try, and otherwise (an empty aisle, all day, on
battery) on one in ``fallback_every`` frames, to notice what came into view.

Still images (``full_effort=True``, the `scan-image` command): the same steps and
a few slower ones, all regions, in one call with a generous budget.

The decoder keeps state (the tracker, the cost estimates): one per thread.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import cv2
import numpy as np

from showfloor.scanning import enhance
from showfloor.scanning.budget import Budget, CostModel
from showfloor.scanning.codes import DecodedCode, Frame, Point
from showfloor.scanning.regions import Region, find_regions, region_around
from showfloor.scanning.rescue import Ladders, Patch, Rescuer, Step
from showfloor.scanning.sources import as_bgr
from showfloor.scanning.tracker import Track, Tracker
from showfloor.scanning.zxing_reader import LINEAR, MATRIX, QR, QR_AND_MATRIX, Formats, read_zxing

__all__ = ["DecodedCode", "Decoder", "DecoderStats", "UnreadableImageError", "decode_image_file"]

MIN_HINT_SIDE = 16  # px: zxing-cpp reports some unreadable codes as a point, not a box
SAME_PLACE = 0.5  # intersection over union of two boxes of one code
LIVE_REGIONS = 4
STILL_REGIONS = 12

# Starting cost estimates, ms per megapixel on one core (benchmarks/decode/run.py on the
# real photos, about the 75th percentile of each step); learned from there on.
DEFAULT_COSTS = {
    "regions": 3.0,
    "sharpen": 25.0,
    "clahe": 10.0,
    "plain": 3.0,
    "strong-clahe": 10.0,
    "sharpen-twice": 35.0,
    "otsu": 10.0,
    "opencv": 120.0,
    "opencv-clahe": 150.0,
    "opencv-classic": 1000.0,
    "flat": 12.0,
    "formats-matrix": 4.0,
    "formats-linear": 3.0,
}


@dataclass
class DecoderStats:
    """Counters for the benchmark and the diagnostics view."""

    frames: int = 0
    read_first_pass: int = 0
    fallback_runs: int = 0
    read_by_fallback: int = 0
    fallback_skipped: int = 0
    steps_run: int = 0


class Decoder:
    """Decode the badge codes in camera frames and image files.

    Args:
        fallback_every: live frames with nothing left to try: the fallback looks
            for new regions on one frame in this many (1 = every frame).
        budget_ms: live frames: no step may end later than this after the frame
            arrived (the first pass included).
        full_budget_ms: the same for ``full_effort`` (still images).
        all_symbologies: also the badge codes other than QR (PDF417, Data Matrix,
            Aztec, rMQR, Micro QR, linear ticket codes); False for QR only.
        clock: seconds, monotonic; injectable for tests.
    """

    def __init__(
        self,
        *,
        fallback_every: int = 3,
        budget_ms: float = 22.0,
        full_budget_ms: float = 1500.0,
        all_symbologies: bool = True,
        clock: Callable[[], float] = time.perf_counter,
    ) -> None:
        self.fallback_every = max(1, fallback_every)
        self.budget_ms = budget_ms
        self.full_budget_ms = full_budget_ms
        self.all_symbologies = all_symbologies
        self.stats = DecoderStats()
        self.last_used_fallback = False
        self.costs = CostModel(DEFAULT_COSTS)
        self._clock = clock
        self._rescuer = Rescuer()
        self._live = _Trackers.of(self._rescuer.live)
        self._quiet_frames = 0
        self._busy_frames = 0
        self._family = 0  # which other symbologies the next camera frame looks for

    def decode(self, frame: Frame, *, full_effort: bool = False) -> list[DecodedCode]:
        """The badge codes in a BGR (or grayscale) frame; [] for none. Never raises on pixels.

        Args:
            frame: uint8 image, H x W x 3 (BGR), H x W x 4 (BGRA) or H x W.
            full_effort: a still image: no rate limit, a larger budget, more steps.
        """
        start = self._clock()
        self.stats.frames += 1
        self.last_used_fallback = False
        gray = _gray(frame)
        if gray is None:
            return []
        budget = Budget(self._clock, start,
                        self.full_budget_ms if full_effort else self.budget_ms, self.costs)
        first = read_zxing(gray)
        read, hints = list(first.codes), _hints(first.unreadable, QR, gray.shape)
        if full_effort:  # a fresh start: a still image has no frames before it
            ladders, trackers = self._rescuer.still, _Trackers.of(self._rescuer.still)
            limit, region_formats = STILL_REGIONS, QR_AND_MATRIX if self.all_symbologies else QR
        else:
            if not self._live_fallback_due(list(hints)):
                self.stats.fallback_skipped += 1
                if read:
                    self.stats.read_first_pass += 1
                return read
            ladders, trackers = self._rescuer.live, self._live
            limit, region_formats = LIVE_REGIONS, QR
        more, more_hints = self._other_symbologies(gray, budget, full_effort)
        read = _without_stray_micro_qr(_unique(read + more), list(hints))
        hints = {**more_hints, **hints}
        if read:
            self.stats.read_first_pass += 1
        self.stats.fallback_runs += 1
        self.last_used_fallback = True
        rescued = self._fallback(gray, read, hints, budget, ladders, trackers, limit,
                                 region_formats)
        if rescued:
            self.stats.read_by_fallback += 1
        return _unique(read + rescued)

    def _other_symbologies(self, gray: Frame, budget: Budget, full_effort: bool
                           ) -> tuple[list[DecodedCode], dict[Region, _Located]]:
        """The badge codes other than QR, within the budget: on still images all of them,
        linear ones also sideways; on camera frames the frames that look closer (see
        ``_live_fallback_due``) take the 2D and the linear family in turn, since all of
        them together cost four times QR alone."""
        if not self.all_symbologies:
            return [], {}
        # (name, what to look for, sideways too, what to retry a located code with: a code
        # the 2D detectors locate may be a QR code they are not asked for)
        matrix = ("matrix", MATRIX, False, QR_AND_MATRIX)
        if full_effort:
            families = [matrix, ("linear", LINEAR, True, LINEAR)]
        else:
            self._family = (self._family + 1) % 2
            families = [(matrix, ("linear", LINEAR, False, LINEAR))[self._family]]
        codes: list[DecodedCode] = []
        hints: dict[Region, _Located] = {}
        for name, formats, sideways, retry in families:
            kind = f"formats-{name}"
            if budget.allows(kind, gray.size):
                found = budget.run(kind, gray.size, partial(
                    read_zxing, gray, formats=formats, try_rotate=sideways))
                codes += found.codes
                hints.update(_hints(found.unreadable, retry, gray.shape))
        return codes, hints

    def _live_fallback_due(self, hints: list[Region]) -> bool:
        """Every frame when zxing-cpp located a code it could not read, or a step read one
        here in the last frame (its one step keeps it read); every other frame
        while code-like patches in view still have steps to try (a crowded aisle keeps
        bringing new ones: half the frames stay cheap); else one frame in
        ``fallback_every``, to notice what came into view."""
        if hints or self._live.regions.reading() or self._live.whole.reading():
            self._quiet_frames = 0
            return True
        if self._live.regions.pending() or self._live.whole.pending():
            self._quiet_frames = 0
            self._busy_frames += 1
            return self._busy_frames % 2 == 1
        due = self._quiet_frames % self.fallback_every == 0
        self._quiet_frames += 1
        return due

    # --- the fallback --------------------------------------------------------------

    def _fallback(self, gray: Frame, read: list[DecodedCode], hints: dict[Region, _Located],
                  budget: Budget, ladders: Ladders, trackers: _Trackers, limit: int,
                  region_formats: Formats) -> list[DecodedCode]:
        taken = [region_around(code.points) for code in read]
        kept: list[Region] = []
        found = list(hints)
        if budget.allows("regions", gray.size):
            found += budget.run("regions", gray.size, lambda: find_regions(gray, limit))
        for region in found:  # located codes first, each place once, none over a read code;
            # a patch inside a larger located box stays (a 2D detector's box can hold a QR)
            if not _covered(region, taken) and not any(region.iou(k) > SAME_PLACE for k in kept):
                kept.append(region)
        tracks = trackers.regions.update(
            [(r, r in hints, enhance.thumbnail(gray, r)) for r in kept])
        h, w = gray.shape[:2]
        whole = Region(0, 0, w, h, 0.0)
        whole_track = trackers.whole.update([(whole, False, enhance.thumbnail(gray, whole))])
        located = {**{r: (region_formats, None) for r in kept if r not in hints}, **hints}
        rescued = self._work(gray, tracks, trackers.regions, ladders.regions, budget, read,
                             located)
        if not rescued or len(read) + len(rescued) > 1:  # a crowded frame may hold more
            rescued += self._work(gray, whole_track, trackers.whole, ladders.whole, budget,
                                  read + rescued, {whole: (region_formats, None)})
        return _without_stray_micro_qr(rescued, [region_around(c.points) for c in read])

    def _work(self, gray: Frame, tracks: list[Track], tracker: Tracker, steps: Sequence[Step],
              budget: Budget, known: Sequence[DecodedCode],
              located: dict[Region, _Located]) -> list[DecodedCode]:
        """Steps on the tracks, one per track per round, while the budget lasts."""
        rescued: list[DecodedCode] = []
        patches: dict[int, Patch] = {}
        open_tracks = [t for t in tracks if not t.resting or t.winner is not None]
        while open_tracks:
            ran = False
            for track in list(open_tracks):
                index = track.winner if track.winner is not None else track.next_step
                step = steps[index]
                if id(track) not in patches:
                    formats, quad = located.get(track.region, (QR, None))
                    patches[id(track)] = Patch(gray, track.region, formats, quad)
                patch = patches[id(track)]
                pixels = step.pixels(patch)
                if not step.applies(patch) or not budget.ever_allows(step.kind, pixels):
                    tracker.advance(track)  # nothing to do here, or never affordable
                    if track.resting:
                        open_tracks.remove(track)
                    ran = True
                    continue
                if not budget.allows(step.kind, pixels):
                    continue
                codes = budget.run(step.kind, pixels, partial(step.run, patch))
                self.stats.steps_run += 1
                ran = True
                new = [c for c in codes if not _seen(c, [*known, *rescued])]
                if codes:
                    track.winner = index
                    rescued += new
                    open_tracks.remove(track)
                    continue
                if track.winner is not None:  # its code moved or changed: start over
                    track.winner, track.next_step, track.rested_at = None, 0, None
                else:
                    tracker.advance(track)
                if track.resting:
                    open_tracks.remove(track)
            if not ran:
                break
        return rescued


_Located = tuple[Formats, tuple[Point, ...] | None]  # what to retry a place with, its corners


def _hints(located: list[tuple[Point, ...]], formats: Formats, shape: Sequence[int]
           ) -> dict[Region, _Located]:
    """The places of codes located but not read, inside the frame (a code cut off by its
    edge has corners outside) and large enough to be a code (zxing-cpp reports some as
    a single point)."""
    hints: dict[Region, _Located] = {}
    for points in located:
        region = region_around(points).clipped(shape)
        if min(region.width, region.height) >= MIN_HINT_SIDE:
            hints.setdefault(region, (formats, points))
    return hints


@dataclass(frozen=True)
class _Trackers:
    """Where the fallback left off, for the code-like regions and for the whole frame."""

    regions: Tracker
    whole: Tracker

    @classmethod
    def of(cls, ladders: Ladders) -> _Trackers:
        return cls(Tracker(len(ladders.regions)), Tracker(len(ladders.whole)))


def _without_stray_micro_qr(codes: list[DecodedCode], others: list[Region]
                            ) -> list[DecodedCode]:
    """Micro QR codes that lie over another code (one read, or a QR code located) are
    misreads of its finder pattern, not codes of their own."""
    boxes = [region_around(c.points) for c in codes if c.symbology != "micro-qr"] + others
    return [c for c in codes if c.symbology != "micro-qr"
            or not any(box.iou(region_around(c.points)) > 0 or _inside(c, box) for box in boxes)]


def _inside(code: DecodedCode, box: Region) -> bool:
    x, y = code.center
    return box.x0 <= x <= box.x1 and box.y0 <= y <= box.y1


def _covered(region: Region, taken: list[Region]) -> bool:
    """Is most of a code already read inside `region`, or `region` inside one?"""
    return any(region.overlaps(box) for box in taken)


def _seen(code: DecodedCode, codes: Sequence[DecodedCode]) -> bool:
    return any(_same(code, other) for other in codes)


def _same(a: DecodedCode, b: DecodedCode) -> bool:
    (ax, ay), (bx, by) = a.center, b.center
    return a.text == b.text and abs(ax - bx) + abs(ay - by) < 40


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


def _unique(codes: list[DecodedCode]) -> list[DecodedCode]:
    """One entry per payload and place: overlapping reads of one code count once."""
    out: list[DecodedCode] = []
    for code in codes:
        if not _seen(code, out):
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
