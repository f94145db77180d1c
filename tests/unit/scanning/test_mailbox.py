"""LatestOnly: the decoder always gets the newest frame; older ones are dropped."""

from __future__ import annotations

import threading

from showfloor.scanning.mailbox import LatestOnly


def test_put_replaces_and_counts_the_dropped() -> None:
    box: LatestOnly[int] = LatestOnly()
    for i in range(5):
        box.put(i)
    assert box.take(timeout=0) == 4
    assert box.dropped == 4
    assert box.take(timeout=0.01) is None


def test_take_waits_for_a_put() -> None:
    box: LatestOnly[str] = LatestOnly()
    got: list[str | None] = []
    thread = threading.Thread(target=lambda: got.append(box.take(timeout=5)))
    thread.start()
    box.put("frame")
    thread.join(5)
    assert got == ["frame"]


def test_close_hands_out_the_last_item_then_none() -> None:
    box: LatestOnly[int] = LatestOnly()
    box.put(1)
    box.close()
    box.put(2)  # ignored once closed
    assert box.take() == 1
    assert box.take() is None and box.closed


def test_discard_then_close_ends_at_once() -> None:
    box: LatestOnly[int] = LatestOnly()
    box.put(1)
    box.discard()
    box.close()
    assert box.take() is None
