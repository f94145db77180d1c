"""CameraWorker: frames at camera rate, decoding off the GUI thread, frames dropped not queued."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QImage

from showfloor.qt.workers.camera_worker import CameraWorker, to_qimage
from showfloor.scanning.camera import Backoff
from showfloor.scanning.codes import FrameCodes
from showfloor.scanning.sources import FrameSource, OpenCVSource

from helpers.fake_camera import FakeSource, SlowDecoder, frame_index, numbered, write_sequence
from helpers.frames import badge_frame, blank_frame, scene_frame

FAST_RETRY = Backoff(first_s=0.01, factor=2.0, max_s=0.05)
A, B = "EXPO26-000001", "https://reg.expo2026.example/a/2b"

MakeWorker = Callable[..., CameraWorker]


@pytest.fixture
def make_worker() -> Iterator[MakeWorker]:
    """Builds workers and stops every one at teardown; fails a test that left a thread."""
    made: list[CameraWorker] = []

    def make(source: FrameSource, **kwargs: object) -> CameraWorker:
        worker = CameraWorker(source, **kwargs)  # type: ignore[arg-type]
        made.append(worker)
        return worker

    yield make
    for worker in made:
        assert worker.stop(timeout_ms=5000), "a camera thread did not stop"
        assert not worker.running


class Recorder(QObject):
    """Collects a worker's signals in the GUI thread, with arrival times.

    A QObject with slots, like any widget: a plain Python callable would be called
    directly in the worker's thread instead of through the GUI's event loop.
    """

    def __init__(self, worker: CameraWorker) -> None:
        super().__init__()
        self.frames: list[tuple[float, QImage]] = []
        self.decoded: list[FrameCodes] = []
        self.seen: list[FrameCodes] = []
        self.states: list[str] = []
        self.failures: list[str] = []
        self.threads: set[object] = set()
        worker.frame_ready.connect(self._frame)
        worker.decoded.connect(self._decoded)
        worker.codes_seen.connect(self._seen)
        worker.state_changed.connect(self._state)
        worker.failed.connect(self._failed)

    @Slot(QImage)
    def _frame(self, image: QImage) -> None:
        self.threads.add(QThread.currentThread())
        self.frames.append((time.monotonic(), image))

    @Slot(object)
    def _decoded(self, codes: FrameCodes) -> None:
        self.threads.add(QThread.currentThread())
        self.decoded.append(codes)

    @Slot(object)
    def _seen(self, codes: FrameCodes) -> None:
        self.seen.append(codes)

    @Slot(str)
    def _state(self, state: str) -> None:
        self.states.append(state)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self.failures.append(message)

    @property
    def texts(self) -> list[str]:
        return [code.text for fc in self.decoded for code in fc.codes]


def test_to_qimage_converts_bgr_to_an_owned_rgb_image() -> None:
    frame = np.zeros((2, 3, 3), np.uint8)
    frame[0, 0] = (255, 0, 0)  # blue in BGR
    image = to_qimage(frame)
    del frame
    assert image.format() == QImage.Format.Format_RGB888
    assert (image.width(), image.height()) == (3, 2)
    assert image.pixelColor(0, 0).blue() == 255 and image.pixelColor(0, 0).red() == 0
    gray = to_qimage(np.full((2, 2), 9, np.uint8))
    assert gray.format() == QImage.Format.Format_Grayscale8


def test_decodes_a_recorded_png_sequence(
    qtbot: QtBot, tmp_path: Path, make_worker: MakeWorker
) -> None:
    frames = [blank_frame(), *[badge_frame(A, seed=i).image for i in range(3)], blank_frame(seed=1),
              badge_frame(B, seed=5).image]
    pattern = write_sequence(frames, tmp_path / "recording")
    worker = make_worker(OpenCVSource(pattern), fps=30)
    rec = Recorder(worker)
    with qtbot.waitSignal(worker.finished, timeout=10_000):
        worker.start()
    assert rec.texts == [A, B]  # A was in view for 3 frames: one scan
    assert len(rec.frames) == len(frames)
    assert rec.frames[0][1].size().toTuple() == (640, 480)
    assert rec.threads == {QThread.currentThread()}  # delivered to the GUI thread
    assert rec.decoded[0].size == (640, 480) and len(rec.decoded[0].codes[0].points) == 4
    assert rec.states == ["live"] and rec.failures == []


def test_fake_source_replays_and_debounces(qtbot: QtBot, make_worker: MakeWorker) -> None:
    badge = badge_frame(A).image
    # the badge lowered for a tenth of a second: some of those frames reach the decoder
    # even while it spends a frame's budget on what else the badge frames hold
    source = FakeSource([badge, badge, *[blank_frame()] * 6, badge, badge])
    worker = make_worker(source, fps=60)
    rec = Recorder(worker)
    with qtbot.waitSignal(worker.finished, timeout=10_000):
        worker.start()
    assert rec.texts == [A]
    assert any(fc.codes for fc in rec.seen) and any(not fc.codes for fc in rec.seen)


def test_every_code_found_is_passed_on_also_beside_one_read_at_once(
    qtbot: QtBot, make_worker: MakeWorker
) -> None:
    """A Wi-Fi sign zxing-cpp reads in the first pass, a badge only the rescue reads: both
    reach the capture view, each once, and frames outline both."""
    wifi, badge = "WIFI:T:WPA;S:Booth-Guest;P:expo2026!;;", "EXPO26-004711"
    scene = scene_frame([(wifi, 5.0, (330, 360)), (badge, 1.9, (900, 380))], seed=0).image
    worker = make_worker(FakeSource([scene] * 30), fps=30)
    rec = Recorder(worker)
    with qtbot.waitSignal(worker.finished, timeout=20_000):
        worker.start()
    assert sorted(rec.texts) == sorted([wifi, badge])
    assert rec.texts[0] == wifi  # read at once; the badge a frame or two later
    assert any({c.text for c in fc.codes} == {wifi, badge} for fc in rec.seen)  # outlines


def test_no_camera_is_reported_and_retried_until_it_appears(qtbot: QtBot, make_worker: MakeWorker
                                                            ) -> None:
    source = FakeSource([blank_frame()], loop=True, openable=False)
    worker = make_worker(source, backoff=FAST_RETRY)
    rec = Recorder(worker)
    with qtbot.waitSignal(worker.failed, timeout=5000) as failed:
        worker.start()
    assert failed.args[0].startswith("no camera")
    qtbot.waitUntil(lambda: source.open_calls >= 3, timeout=5000)
    assert rec.states == ["no_camera"] and rec.frames == []
    source.openable = True
    qtbot.waitUntil(lambda: len(rec.frames) >= 3, timeout=5000)
    assert rec.states == ["no_camera", "live"]


def test_lost_camera_reconnects(qtbot: QtBot, make_worker: MakeWorker) -> None:
    source = FakeSource([blank_frame()], loop=True, fail_after=5)
    worker = make_worker(source, backoff=FAST_RETRY, max_failed_reads=3, fps=100)
    rec = Recorder(worker)
    worker.start()
    qtbot.waitUntil(lambda: "reconnecting" in rec.states, timeout=5000)
    assert rec.states[:3] == ["live", "lost", "reconnecting"]
    assert any("lost" in f for f in rec.failures)
    assert len(rec.frames) == 5
    source.replug()
    qtbot.waitUntil(lambda: len(rec.frames) >= 8, timeout=5000)
    assert rec.states[-1] == "live"


def test_slow_decoding_never_delays_frames(qtbot: QtBot, make_worker: MakeWorker) -> None:
    """A 300 ms decoder: frames keep coming at camera rate, the GUI stays free,
    and the decoder gets the newest frame each time (older ones are dropped)."""
    base = blank_frame()
    frames = [numbered(base, i) for i in range(200)]
    decoder = SlowDecoder(0.3)
    worker = make_worker(FakeSource(frames), decoder=decoder, fps=30)
    rec = Recorder(worker)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    worker.start()
    qtbot.waitUntil(lambda: len(rec.frames) >= 36, timeout=5000)  # ~1.2 s of camera
    timer.stop()
    assert worker.stop()

    times = [t for t, _ in rec.frames]
    gaps = np.diff(times)
    elapsed = times[-1] - times[0]
    assert len(times) / elapsed > 20  # ~30 fps although each decode takes 300 ms
    assert gaps.max() < 0.25
    assert np.diff(ticks).max() < 0.2  # the GUI thread's event loop never stalled

    assert 2 <= len(decoder.calls) <= elapsed / 0.3 + 2  # no backlog was worked through
    assert worker.frames_dropped >= len(times) - len(decoder.calls) - 2
    # each decode started on the newest frame at that moment, not a queued old one
    captured = [frame_index(frames[i]) for i in range(len(frames))]
    assert captured == list(range(200))
    starts = [(index, t) for index, t in decoder.calls]
    for index, started in starts[1:]:
        newest = sum(1 for t in times if t <= started) - 1
        assert newest - index <= 3


def test_stop_is_safe_before_start_and_twice(make_worker: MakeWorker) -> None:
    worker = make_worker(FakeSource([blank_frame()], loop=True))
    assert worker.stop()
    worker2 = make_worker(FakeSource([blank_frame()], loop=True))
    worker2.start()
    assert worker2.stop() and worker2.stop()
    with pytest.raises(RuntimeError):
        worker2.start()


def test_emit_keeps_the_reference_count_of_true() -> None:
    """PySide6 6.12's SignalInstance.emit() drops a reference to True on every call;
    on Python 3.11 that aborts the interpreter after a few thousand emits."""
    import sys

    from showfloor.qt.workers import emit

    class Sender(QObject):
        ping = Signal(object)

    sender = Sender()
    before = sys.getrefcount(True)
    for i in range(5000):
        emit(sender.ping, i)
    assert abs(sys.getrefcount(True) - before) < 50
