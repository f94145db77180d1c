"""Tracker: a region keeps its progress across frames while it stays about where it was."""

from __future__ import annotations

import numpy as np

from showfloor.scanning.regions import Region
from showfloor.scanning.tracker import Tracker


def box(x: int, y: int, side: int = 100, score: float = 1.0) -> Region:
    return Region(x, y, x + side, y + side, score)


def test_a_region_that_moves_a_little_keeps_its_steps() -> None:
    tracker = Tracker(steps=5)
    (track,) = tracker.update([(box(100, 100), False, None)])
    tracker.advance(track)
    tracker.advance(track)
    (again,) = tracker.update([(box(108, 95), False, None)])  # the hand moved 8 px
    assert again is track and again.next_step == 2 and again.region == box(108, 95)


def test_a_region_elsewhere_or_inside_another_is_a_new_one() -> None:
    tracker = Tracker(steps=5)
    (badge,) = tracker.update([(box(100, 100, 200), False, None)])
    tracker.advance(badge)
    tracks = tracker.update([(box(100, 100, 200), False, None), (box(150, 150, 60), False, None),
                             (box(600, 100), False, None)])
    assert badge in tracks and badge.region == box(100, 100, 200)
    assert sorted(t.next_step for t in tracks) == [0, 0, 1]  # the code inside, the other one


def test_work_order_read_before_then_located_then_least_tried() -> None:
    tracker = Tracker(steps=5)
    regions = [box(0, 0), box(200, 0), box(400, 0, score=9.0), box(600, 0)]
    first = tracker.update([(r, i == 3, None) for i, r in enumerate(regions)])
    a, b, c, d = sorted(first, key=lambda t: regions.index(t.region))
    tracker.advance(a)
    b.winner = 3
    order = tracker.update([(t.region, t is d, None) for t in (a, b, c, d)])
    assert order == [b, d, c, a]


def test_a_region_rests_after_every_step_then_starts_over() -> None:
    tracker = Tracker(steps=2, rearm_after=3)
    (track,) = tracker.update([(box(0, 0), False, None)])
    tracker.advance(track)
    tracker.advance(track)
    assert track.resting and not tracker.pending()
    for _ in range(2):
        tracker.update([(box(0, 0), False, None)])
        assert track.resting
    tracker.update([(box(0, 0), False, None)])
    assert not track.resting and track.next_step == 0 and tracker.pending()


def test_other_content_in_the_same_place_is_a_new_region() -> None:
    tracker = Tracker(steps=3)
    light = np.full((8, 8), 200, np.uint8)
    (track,) = tracker.update([(box(0, 0), False, light)])
    tracker.advance(track)
    (same,) = tracker.update([(box(0, 0), False, light + 10)])  # a little more light
    assert same is track
    (other,) = tracker.update([(box(0, 0), False, np.full((8, 8), 90, np.uint8))])
    assert other is not track and other.next_step == 0


def test_regions_out_of_view_are_forgotten() -> None:
    tracker = Tracker(steps=3, forget_after=2)
    (track,) = tracker.update([(box(0, 0), False, None)])
    tracker.advance(track)
    for _ in range(3):
        tracker.update([])
    (again,) = tracker.update([(box(0, 0), False, None)])
    assert again is not track and again.next_step == 0
