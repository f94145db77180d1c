"""Where the fallback left off with each region, from one camera frame to the next.

A badge held up to the camera stays in about the same place for many frames, and
a frame's budget pays for only a few rescue steps. So each code-like region is
followed across frames (matched by overlap, so a hand's small movements keep
it; nested regions, a code inside its badge, stay apart), and remembers which
steps it has had: the next frame carries on with the next steps instead of
repeating the first ones. A region whose code was read
tries the step that read it first; a region that had every step rests until
``rearm_after`` frames have passed (the picture may have changed: better light,
the badge turned), so a static poster costs next to nothing after its first
second in view. A region whose content changed (the next visitor's badge where
the last one was) is a new region: each region carries a thumbnail of itself.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from showfloor.scanning.regions import Region

MATCH_IOU = 0.4  # a region moved by a tenth of its side still overlaps ~0.8
SAME_CONTENT = 24.0  # mean grey-level difference of thumbnails below which it is the same

Thumbnail = NDArray[np.uint8]
Candidate = tuple[Region, bool, Thumbnail | None]  # region, is a hint, its thumbnail


@dataclass(eq=False)
class Track:
    """One region followed across frames.

    Attributes:
        region: where it is in the latest frame.
        hint: zxing-cpp located a code here but could not read it.
        next_step: index of the next step to try.
        winner: the step that read its code last, tried first next time.
        seen: the frame number it was last seen in.
        rested_at: the frame number its steps ran out, or None.
    """

    region: Region
    hint: bool
    thumbnail: Thumbnail | None = None
    next_step: int = 0
    winner: int | None = None
    seen: int = 0
    rested_at: int | None = None

    @property
    def resting(self) -> bool:
        return self.rested_at is not None


class Tracker:
    """The regions seen lately and how far each got.

    Args:
        steps: how many steps a region can have.
        forget_after: frames after which a region not seen again is dropped.
        rearm_after: frames a region with every step tried rests before it
            starts over.
    """

    def __init__(self, steps: int, *, forget_after: int = 6, rearm_after: int = 45) -> None:
        self.steps = steps
        self.forget_after = forget_after
        self.rearm_after = rearm_after
        self.frame = 0
        self._tracks: list[Track] = []

    def update(self, candidates: list[Candidate]) -> list[Track]:
        """The tracks of this frame's candidate regions, work first.

        Order: regions whose code was read before (their step is cheap and sure),
        then the codes zxing-cpp located, then the regions that had the fewest
        steps so far, larger and more code-like first.
        """
        self.frame += 1
        current: list[Track] = []
        for region, hint, thumbnail in candidates:
            track = self._match(region, thumbnail, current)
            if track is None:
                track = Track(region, hint, thumbnail)
                self._tracks.append(track)
            else:
                track.region, track.thumbnail = region, thumbnail
                track.hint = track.hint or hint
            track.seen = self.frame
            if track.rested_at is not None and self.frame - track.rested_at >= self.rearm_after:
                track.rested_at, track.next_step = None, 0
            current.append(track)
        self._tracks = [t for t in self._tracks if self.frame - t.seen <= self.forget_after]
        current.sort(key=lambda t: (t.winner is None, not t.hint, t.next_step, -t.region.score))
        return current

    def advance(self, track: Track) -> None:
        """`track` had its next step (without a read)."""
        track.next_step += 1
        if track.next_step >= self.steps:
            track.rested_at = self.frame

    def pending(self) -> bool:
        """Is there a region seen in this frame with steps still to try?"""
        return any(t.seen == self.frame and not t.resting for t in self._tracks)

    def reading(self) -> bool:
        """Was a region seen in this frame read by a step (worth its one step a frame)?"""
        return any(t.seen == self.frame and t.winner is not None for t in self._tracks)

    def _match(self, region: Region, thumbnail: Thumbnail | None, taken: list[Track]
               ) -> Track | None:
        best, best_iou = None, MATCH_IOU
        for track in self._tracks:
            iou = track.region.iou(region)
            if iou >= best_iou and track not in taken:
                best, best_iou = track, iou
        if best is not None and not _alike(best.thumbnail, thumbnail):
            self._tracks.remove(best)  # something else is there now
            return None
        return best


def _alike(a: Thumbnail | None, b: Thumbnail | None) -> bool:
    if a is None or b is None or a.shape != b.shape:
        return True
    return float(np.mean(np.abs(a.astype(np.int16) - b.astype(np.int16)))) < SAME_CONTENT
