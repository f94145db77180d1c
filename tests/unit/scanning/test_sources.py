"""Frame sources: device index, image-sequence pattern, video file, fake."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pytest

from showfloor.scanning.sources import FrameSource, OpenCVSource, as_bgr, parse_spec

from helpers.fake_camera import FakeSource, frame_index, numbered, write_sequence

BASE = np.full((48, 64, 3), 128, np.uint8)

OpenSource = Callable[..., OpenCVSource]


@pytest.fixture
def opencv_source() -> Iterator[OpenSource]:
    """Makes an OpenCVSource; each one made is closed (released) after the test."""
    made: list[OpenCVSource] = []

    def make(spec: str, **options: Any) -> OpenCVSource:
        source = OpenCVSource(spec, **options)
        made.append(source)
        return source

    yield make
    for source in made:
        source.close()


def test_spec_parsing() -> None:
    assert parse_spec("0") == 0 and parse_spec(" 2 ") == 2 and parse_spec(1) == 1
    assert parse_spec("frames/%03d.png") == "frames/%03d.png"
    assert parse_spec("2024.mp4") == "2024.mp4"


def test_sources_satisfy_the_protocol() -> None:
    assert isinstance(OpenCVSource("x.mp4"), FrameSource)
    assert isinstance(FakeSource([]), FrameSource)


def test_a_missing_device_does_not_open(opencv_source: OpenSource) -> None:
    source = opencv_source("99")
    assert source.description == "camera 99" and source.realtime
    assert source.open() is False
    assert "could not be opened" in source.last_error
    assert source.read() is None


def test_a_missing_file_does_not_open(tmp_path: Path) -> None:
    source = OpenCVSource(str(tmp_path / "nope.mp4"))
    assert source.open() is False and source.last_error.endswith("no such file")
    assert not source.realtime


def test_image_sequence_plays_in_order_then_ends(tmp_path: Path, opencv_source: OpenSource) -> None:
    pattern = write_sequence([numbered(BASE, i) for i in range(4)], tmp_path / "seq")
    source = opencv_source(pattern)
    assert source.description.startswith("image sequence")
    assert source.open()
    got = [source.read() for _ in range(4)]
    assert [frame_index(f) for f in got if f is not None] == [0, 1, 2, 3]
    assert got[0] is not None and got[0].dtype == np.uint8 and got[0].shape == (48, 64, 3)
    assert source.read() is None and source.exhausted


def test_image_sequence_can_loop(tmp_path: Path, opencv_source: OpenSource) -> None:
    pattern = write_sequence([numbered(BASE, i) for i in range(3)], tmp_path / "seq")
    source = opencv_source(pattern, loop=True)
    assert source.open()
    got = [source.read() for _ in range(7)]
    assert [frame_index(f) for f in got if f is not None] == [0, 1, 2, 0, 1, 2, 0]
    assert not source.exhausted


def test_lossless_video_file(tmp_path: Path, opencv_source: OpenSource) -> None:
    path = tmp_path / "badge.avi"
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"FFV1"), 30, (64, 48))
    if not writer.isOpened():
        pytest.skip("this OpenCV build cannot write FFV1")
    for i in range(5):
        writer.write(numbered(BASE, i))
    writer.release()
    source = opencv_source(str(path))
    assert source.open()
    frames = []
    while (frame := source.read()) is not None:
        frames.append(frame_index(frame))
    assert frames == [0, 1, 2, 3, 4] and source.exhausted


def test_fake_source_unplug_and_replug() -> None:
    source = FakeSource([BASE], loop=True, fail_after=2)
    assert source.open()
    assert source.read() is BASE and source.read() is BASE
    assert source.read() is None and source.unplugged
    assert source.open() is False
    source.replug()
    assert source.open() and source.read() is BASE


def test_fake_source_without_camera_and_end() -> None:
    assert FakeSource([BASE], openable=False).open() is False
    source = FakeSource([BASE])
    source.open()
    assert source.read() is BASE and source.read() is None and source.exhausted


def test_as_bgr_normalises_what_opencv_returns() -> None:
    gray = np.full((2, 3), 7, np.uint8)
    assert as_bgr(gray).shape == (2, 3, 3)
    bgra = np.zeros((2, 3, 4), np.uint8)
    assert as_bgr(bgra).shape == (2, 3, 3)
    deep = np.full((2, 3, 3), 65535, np.uint16)
    assert as_bgr(deep).dtype == np.uint8 and int(as_bgr(deep).max()) == 255
