"""Debouncer: one badge in view is one scan."""

from __future__ import annotations

from showfloor.scanning.debounce import Debouncer

from helpers.fake_camera import FakeClock


def test_same_payload_within_the_window_is_one_scan() -> None:
    clock = FakeClock()
    debouncer = Debouncer(window_s=3.0, clock=clock)
    assert debouncer.accept("A")
    clock.advance(1.0)
    assert not debouncer.accept("A")
    assert debouncer.accept("B")


def test_a_badge_held_in_view_stays_one_scan() -> None:
    clock = FakeClock()
    debouncer = Debouncer(window_s=3.0, clock=clock)
    assert debouncer.accept("A")
    for _ in range(10):  # seen every second for ten seconds
        clock.advance(1.0)
        assert not debouncer.accept("A")


def test_the_same_visitor_later_is_a_new_scan() -> None:
    clock = FakeClock()
    debouncer = Debouncer(window_s=3.0, clock=clock)
    debouncer.accept("A")
    clock.advance(3.0)
    assert debouncer.accept("A")


def test_reset_forgets() -> None:
    debouncer = Debouncer(clock=FakeClock())
    debouncer.accept("A")
    debouncer.reset()
    assert debouncer.accept("A")


def test_memory_is_bounded_by_the_window() -> None:
    clock = FakeClock()
    debouncer = Debouncer(window_s=1.0, clock=clock)
    for i in range(1000):
        debouncer.accept(f"visitor {i}")
        clock.advance(0.5)
    assert len(debouncer._last_seen) <= 3
