"""Camera state machine: NO_CAMERA / LIVE / LOST / RECONNECTING, stepped by a fake clock."""

from __future__ import annotations

import numpy as np

from showfloor.scanning.camera import Backoff, Camera, CameraState
from showfloor.scanning.codes import Frame

from helpers.fake_camera import FakeClock, FakeSource

FRAME = np.zeros((4, 4, 3), np.uint8)
BACKOFF = Backoff(first_s=1.0, factor=2.0, max_s=4.0)


def make(source: FakeSource, clock: FakeClock, **kwargs: object
         ) -> tuple[Camera, list[tuple[CameraState, str]]]:
    seen: list[tuple[CameraState, str]] = []
    camera = Camera(source, clock=clock, backoff=BACKOFF,
                    on_state=lambda s, m: seen.append((s, m)), **kwargs)  # type: ignore[arg-type]
    return camera, seen


def test_backoff_grows_to_its_cap() -> None:
    assert [BACKOFF.delay(n) for n in range(5)] == [1.0, 2.0, 4.0, 4.0, 4.0]


def test_live_camera_delivers_frames() -> None:
    camera, seen = make(FakeSource([FRAME] * 3), FakeClock())
    assert camera.start() is CameraState.LIVE
    assert camera.poll() is FRAME
    assert seen == [(CameraState.LIVE, "")]


def test_no_camera_is_retried_with_backoff_until_it_appears() -> None:
    clock = FakeClock()
    source = FakeSource([FRAME], openable=False)
    camera, seen = make(source, clock)
    assert camera.start() is CameraState.NO_CAMERA
    assert "no camera" in seen[0][1]
    assert camera.poll() is None and source.open_calls == 1  # not due yet
    assert camera.wait_s() == 1.0
    clock.advance(1.0)
    camera.poll()
    assert source.open_calls == 2 and camera.wait_s() == 2.0
    clock.advance(2.0)
    camera.poll()
    assert source.open_calls == 3 and camera.wait_s() == 4.0
    source.openable = True
    clock.advance(4.0)
    camera.poll()
    assert camera.state is CameraState.LIVE
    assert camera.poll() is FRAME


def test_failed_reads_make_a_camera_lost_then_it_reconnects() -> None:
    clock = FakeClock()
    source = FakeSource([FRAME], loop=True, fail_after=2)
    camera, seen = make(source, clock, max_failed_reads=3)
    camera.start()
    assert camera.poll() is FRAME and camera.poll() is FRAME
    for _ in range(3):
        assert camera.poll() is None
    assert camera.state is CameraState.LOST
    assert "lost: 3 reads failed in a row" in camera.message
    assert not source.is_open  # released, so the OS can give it back
    camera.poll()  # immediately tries again
    assert camera.state is CameraState.RECONNECTING and source.open_calls == 2  # type: ignore[comparison-overlap]  # poll() moved it on
    clock.advance(1.0)
    camera.poll()
    assert camera.state is CameraState.RECONNECTING and source.open_calls == 3
    source.replug()
    clock.advance(2.0)
    camera.poll()
    assert camera.state is CameraState.LIVE
    assert camera.poll() is FRAME
    assert [s for s, _ in seen] == [
        CameraState.LIVE, CameraState.LOST, CameraState.RECONNECTING, CameraState.LIVE]


def test_no_frame_for_the_timeout_means_lost() -> None:
    clock = FakeClock()
    source = FakeSource([FRAME], loop=True, fail_after=1)
    camera, _ = make(source, clock, max_failed_reads=1000, read_timeout_s=2.0)
    camera.start()
    camera.poll()
    camera.poll()
    assert camera.state is CameraState.LIVE
    clock.advance(2.5)  # e.g. a read that hung in the driver
    camera.poll()
    assert camera.state is CameraState.LOST  # type: ignore[comparison-overlap]  # poll() moved it
    assert "no frame for 2.5 s" in camera.message


def test_a_finite_source_ends_without_being_lost() -> None:
    camera, seen = make(FakeSource([FRAME, FRAME]), FakeClock(), max_failed_reads=1)
    camera.start()
    frames = [camera.poll() for _ in range(5)]
    assert sum(f is not None for f in frames) == 2
    assert camera.ended and camera.state is CameraState.LIVE
    assert [s for s, _ in seen] == [CameraState.LIVE]


class Exploding(FakeSource):
    def __init__(self, where: str) -> None:
        super().__init__([FRAME], loop=True)
        self.where = where

    def open(self) -> bool:
        if self.where == "open":
            raise RuntimeError("driver crashed")
        return super().open()

    def read(self) -> Frame | None:
        if self.where == "read":
            raise RuntimeError("driver crashed")
        return super().read()


def test_source_exceptions_never_escape() -> None:
    clock = FakeClock()
    camera, _ = make(Exploding("open"), clock)
    assert camera.start() is CameraState.NO_CAMERA
    clock.advance(10)
    assert camera.poll() is None
    camera, _ = make(Exploding("read"), clock, max_failed_reads=2)
    camera.start()
    assert camera.poll() is None and camera.poll() is None
    assert camera.state is CameraState.LOST


def test_a_failing_listener_does_not_stop_the_camera() -> None:
    def listener(state: CameraState, message: str) -> None:
        raise ValueError("bug in the UI")

    camera = Camera(FakeSource([FRAME]), clock=FakeClock(), on_state=listener)
    assert camera.start() is CameraState.LIVE
    assert camera.poll() is FRAME


def test_poll_starts_an_unstarted_camera() -> None:
    camera = Camera(FakeSource([FRAME]), clock=FakeClock())
    assert camera.poll() is FRAME
