"""Decoder: reads what is there, nothing that is not, and rescues what zxing-cpp misses."""

from __future__ import annotations

import numpy as np
import pytest
import zxingcpp

from showfloor.scanning.decoder import DecodedCode, Decoder
from showfloor.scanning.enhance import to_gray
from showfloor.scanning.zxing_reader import read_zxing

from helpers.fake_camera import FakeClock
from helpers.frames import badge_frame, blank_frame, code_image, frame_set, make_payload

VCARD = "BEGIN:VCARD\nVERSION:3.0\nN:Ørsted;Zoë;;;\nFN:Zoë Ørsted\nORG:Café Numérique\nEND:VCARD"
SMALL_FAR = dict(ppm=1.9, seed=0, size=(1280, 720), blur=0.8)  # zxing-cpp alone misses it


def texts(codes: list[DecodedCode]) -> list[str]:
    return [code.text for code in codes]


@pytest.mark.parametrize("kind", ["vcard", "mecard", "url", "id", "json"])
def test_reads_each_payload_kind(kind: str) -> None:
    import random

    payload = make_payload(random.Random(kind), kind)
    frame = badge_frame(payload, seed=3)
    assert texts(Decoder().decode(frame.image)) == [payload]


def test_utf8_names_come_back_intact() -> None:
    frame = badge_frame(VCARD, seed=1)
    assert texts(Decoder().decode(frame.image)) == [VCARD]


def test_points_are_the_code_corners_in_frame_pixels() -> None:
    frame = badge_frame("EXPO26-000123", roll=30, seed=2)
    (code,) = Decoder().decode(frame.image)
    assert len(code.points) == 4
    expected = np.array(frame.codes[0].corners)
    got = np.array(code.points)
    side = np.linalg.norm(expected[1] - expected[0])
    # each found corner is near one expected corner (zxing may start at another corner)
    for point in got:
        assert np.linalg.norm(expected - point, axis=1).min() < 0.1 * side


def test_several_codes_in_one_frame() -> None:
    frame = badge_frame(["EXPO26-000001", "https://reg.example/a/2"], size=(1280, 720))
    assert sorted(texts(Decoder().decode(frame.image))) == sorted(frame.payloads)


def test_gray_and_bgra_frames() -> None:
    frame = badge_frame("EXPO26-000042").image
    bgra = np.dstack([frame, np.full(frame.shape[:2], 255, np.uint8)])
    decoder = Decoder()
    assert texts(decoder.decode(to_gray(frame))) == ["EXPO26-000042"]
    assert texts(decoder.decode(bgra)) == ["EXPO26-000042"]


def test_arrays_that_are_not_images_decode_to_nothing() -> None:
    decoder = Decoder()
    for bad in (np.zeros((0, 0, 3), np.uint8), np.zeros((10, 10, 2), np.uint8),
                np.zeros((5,), np.uint8)):
        assert decoder.decode(bad, full_effort=True) == []
    frame = badge_frame("EXPO26-000042").image
    assert texts(decoder.decode(frame.astype(np.float64) / 255.0)) == ["EXPO26-000042"]
    assert texts(decoder.decode(to_gray(frame)[:, :, None])) == ["EXPO26-000042"]


def test_nothing_from_frames_without_a_code() -> None:
    decoder = Decoder(fallback_every=1)
    for seed in range(3):
        assert decoder.decode(blank_frame(seed=seed)) == []
    assert decoder.decode(np.zeros((480, 640, 3), np.uint8)) == []
    assert decoder.decode(np.full((8, 8, 3), 255, np.uint8), full_effort=True) == []


def test_empty_category_frames_never_decode() -> None:
    decoder = Decoder(fallback_every=1)
    for frame in frame_set(4, seed=5, categories=["empty"]):
        assert decoder.decode(frame.image, full_effort=True) == []


def test_micro_qr_is_not_a_badge() -> None:
    """zxing-cpp's QRCode family includes Micro QR, whose M1 misreads; we ask for Model 2."""
    micro = zxingcpp.create_barcode("586258", zxingcpp.BarcodeFormat.MicroQRCode)
    image = np.asarray(micro.to_image(scale=8, add_quiet_zones=True), np.uint8)
    canvas = np.full((480, 640), 255, np.uint8)
    canvas[40 : 40 + image.shape[0], 40 : 40 + image.shape[1]] = image
    code = code_image("EXPO26-000321", module_px=5)[:, :, 0]
    canvas[200 : 200 + code.shape[0], 300 : 300 + code.shape[1]] = code
    assert texts(Decoder().decode(canvas, full_effort=True)) == ["EXPO26-000321"]


def test_fallback_reads_a_code_zxing_alone_misses() -> None:
    frame = badge_frame("https://reg.expo2026.example/a/4f2a9c", **SMALL_FAR)
    assert read_zxing(to_gray(frame.image)).codes == []
    decoder = Decoder()
    assert texts(decoder.decode(frame.image)) == list(frame.payloads)
    assert decoder.last_used_fallback and decoder.stats.read_by_fallback == 1


def test_fallback_reads_a_dark_frame() -> None:
    frame = badge_frame("EXPO26-000777", seed=0)
    dark = (frame.image.astype(np.float32) * 0.08).astype(np.uint8)
    assert read_zxing(to_gray(dark)).codes == []
    assert texts(Decoder().decode(dark)) == ["EXPO26-000777"]


def test_an_unchanging_scene_gets_the_fallback_on_one_in_n_frames_once_all_is_tried() -> None:
    """An empty aisle: its code-like patches get every step once, then the fallback only
    looks for something new on one frame in three."""
    decoder = Decoder(fallback_every=3)
    blank = blank_frame()
    ran = []
    for _ in range(40):
        assert decoder.decode(blank) == []
        ran.append(decoder.last_used_fallback)
    assert ran[0]
    tail = ran[-12:]
    assert sum(tail) == 4 and not any(a and b for a, b in zip(tail, tail[1:], strict=False))
    assert decoder.stats.fallback_skipped >= 8


def test_a_read_does_not_stop_the_fallback_for_the_rest_of_the_frame() -> None:
    decoder = Decoder(fallback_every=3)
    badge = badge_frame("EXPO26-000123").image
    decoder.decode(badge)
    assert decoder.last_used_fallback  # the first frame of a new scene is looked at


def test_full_effort_has_its_own_budget() -> None:
    decoder = Decoder(budget_ms=0)
    frame = badge_frame("https://reg.expo2026.example/a/4f2a9c", **SMALL_FAR).image
    assert decoder.decode(frame) == []  # no live step fits in no time
    assert texts(decoder.decode(frame, full_effort=True)) == [
        "https://reg.expo2026.example/a/4f2a9c"
    ]


def test_budget_stops_the_fallback() -> None:
    """With the clock past the budget, no fallback step starts: the frame stays cheap."""
    clock = FakeClock()
    decoder = Decoder(budget_ms=20, clock=clock)
    frame = badge_frame("https://reg.expo2026.example/a/4f2a9c", **SMALL_FAR).image
    original = decoder._fallback

    def late(*args: object, **kwargs: object) -> list[DecodedCode]:
        clock.advance(0.021)
        return original(*args, **kwargs)  # type: ignore[arg-type]

    decoder._fallback = late  # type: ignore[method-assign]
    assert decoder.decode(frame) == []
    assert decoder.last_used_fallback
