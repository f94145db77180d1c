"""The pieces under the decoder: text policy, regions, OpenCV's double-checked reads."""

from __future__ import annotations

import numpy as np

from showfloor.scanning.codes import DecodedCode, plausible_text, text_from_bytes
from showfloor.scanning.enhance import to_gray
from showfloor.scanning.opencv_reader import OpenCvReader, _sane_quad
from showfloor.scanning.regions import Region, find_regions, region_around

from helpers.frames import badge_frame, blank_frame, code_image


def test_plausible_text() -> None:
    assert plausible_text("BEGIN:VCARD\r\nFN:Zoë\r\nEND:VCARD")
    assert plausible_text("[)>\x1e06\x1dP12345\x1e\x04")  # ISO 15434 envelope
    assert not plausible_text("")
    assert not plausible_text("  \n")
    assert not plausible_text("abc\ufffd")
    assert not plausible_text("ab\x00c")


def test_text_from_bytes_prefers_utf8() -> None:
    assert text_from_bytes("Müller".encode()) == "Müller"
    assert text_from_bytes("Müller".encode("latin-1")) is None


def test_decoded_code_center() -> None:
    code = DecodedCode("x", ((0, 0), (10, 0), (10, 10), (0, 10)))
    assert code.center == (5, 5)


def test_regions_find_a_small_code() -> None:
    frame = badge_frame("https://reg.expo2026.example/a/4f2a9c", ppm=1.9, size=(1280, 720))
    regions = find_regions(to_gray(frame.image))
    cx, cy = np.array(frame.codes[0].corners).mean(axis=0)
    assert any(r.x0 <= cx <= r.x1 and r.y0 <= cy <= r.y1 for r in regions)


def test_regions_on_a_flat_frame() -> None:
    assert find_regions(np.full((480, 640), 128, np.uint8)) == []


def test_region_geometry() -> None:
    region = region_around([(10.0, 20.0), (50.0, 20.0), (50.0, 60.0), (10.0, 60.0)])
    assert (region.x0, region.y0, region.x1, region.y1) == (10, 20, 51, 61)
    padded = region.padded(0.5, (70, 80))
    assert (padded.x0, padded.y0, padded.x1, padded.y1) == (0, 0, 71, 70)
    assert region.overlaps(padded) and not region.overlaps(Region(60, 0, 70, 10, 0))


def test_opencv_reader_reads_and_confirms_a_clean_code() -> None:
    image = code_image("EXPO26-000555", module_px=6)
    (code,) = OpenCvReader().read(to_gray(image))
    assert code.text == "EXPO26-000555" and len(code.points) == 4


def test_opencv_reader_offsets_points() -> None:
    gray = to_gray(code_image("EXPO26-000555", module_px=6))
    (plain,) = OpenCvReader().read(gray)
    (moved,) = OpenCvReader().read(gray, scale=2.0, offset=(100, 50))
    assert moved.points[0] == (plain.points[0][0] / 2 + 100, plain.points[0][1] / 2 + 50)


def test_opencv_reader_finds_nothing_in_clutter() -> None:
    assert OpenCvReader().read(to_gray(blank_frame(seed=4))) == []


def test_quads_that_are_not_codes_are_refused() -> None:
    shape = (100, 100)
    square = np.array([[10, 10], [60, 10], [60, 60], [10, 60]], np.float64)
    assert _sane_quad(square, shape)
    bow_tie = square[[0, 2, 1, 3]]
    assert not _sane_quad(bow_tie, shape)
    sliver = np.array([[10, 10], [90, 10], [90, 14], [10, 14]], np.float64)
    assert not _sane_quad(sliver, shape)
    outside = square + 500
    assert not _sane_quad(outside, shape)
    assert not _sane_quad(np.full((4, 2), np.nan), shape)
