"""Decoder: reads what is there, nothing that is not, and rescues what zxing-cpp misses."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import numpy as np
import pytest
import zxingcpp

from showfloor.scanning.decoder import DEFAULT_COSTS, DecodedCode, Decoder
from showfloor.scanning.enhance import to_gray
from showfloor.scanning.rescue import Ladders, Patch, Step
from showfloor.scanning.zxing_reader import read_zxing

from helpers.fake_camera import FakeClock
from helpers.frames import (
    badge_frame,
    blank_frame,
    code_image,
    frame_set,
    make_frame,
    make_payload,
    scene_frame,
)
from helpers.held import held

VCARD = "BEGIN:VCARD\nVERSION:3.0\nN:Ørsted;Zoë;;;\nFN:Zoë Ørsted\nORG:Café Numérique\nEND:VCARD"
# zxing-cpp alone misses it:
SMALL_FAR: dict[str, Any] = dict(ppm=1.9, seed=0, size=(1280, 720), blur=0.8)


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
    floats = frame.astype(np.float64) / 255.0  # not the uint8 frame the type says: on purpose
    assert texts(decoder.decode(floats)) == ["EXPO26-000042"]  # type: ignore[arg-type]
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
    assert list(held(decoder, frame.image)) == list(frame.payloads)
    assert decoder.stats.read_by_fallback >= 1 and decoder.stats.read_first_pass == 0


def test_fallback_reads_a_dark_frame() -> None:
    frame = badge_frame("EXPO26-000777", seed=0)
    dark = (frame.image.astype(np.float32) * 0.08).astype(np.uint8)
    assert read_zxing(to_gray(dark)).codes == []
    assert list(held(Decoder(), dark)) == ["EXPO26-000777"]


def test_an_unchanging_scene_gets_the_fallback_on_one_in_n_frames_once_all_is_tried() -> None:
    """An empty aisle: its code-like patches get every step once, then the fallback only
    looks for something new on one frame in three."""
    decoder = Decoder(fallback_every=3, clock=FakeClock())  # time stands still: no step
    blank = blank_frame()                                   # is ever cut by the budget
    ran = []
    for _ in range(12):
        assert decoder.decode(blank) == []
        ran.append(decoder.last_used_fallback)
    assert ran == [True, False, False] * 4  # every step on every patch in the first frame
    assert decoder.stats.fallback_skipped == 8


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


WIFI = "WIFI:T:WPA;S:Booth-Guest;P:expo2026!;;"
BADGE = "MECARD:N:Hopper,Grace;ORG:Navy;EMAIL:grace@navy.example;;"


def wifi_beside_badge() -> np.ndarray:
    """A Wi-Fi sign zxing-cpp reads at once, and a badge further away it cannot read."""
    return scene_frame([(WIFI, 5.0, (330, 360)), (BADGE, 1.9, (900, 380))], seed=0).image


def test_a_badge_beside_a_code_the_first_pass_reads_is_rescued() -> None:
    image = wifi_beside_badge()
    assert texts(read_zxing(to_gray(image)).codes) == [WIFI]
    assert sorted(held(Decoder(), image)) == sorted([WIFI, BADGE])


def test_every_code_of_a_crowded_frame_is_looked_for() -> None:
    payloads = [f"EXPO26-{i:06d}" for i in range(6)]
    codes = [(p, 2.0 if i % 2 else 4.0, (140 + 200 * i, 200 + 300 * (i % 2)))
             for i, p in enumerate(payloads)]
    image = scene_frame(codes, seed=4).image
    first = set(texts(read_zxing(to_gray(image)).codes))
    assert first < set(payloads)  # the first pass misses some
    # Six codes take the rescue longer to reach: two seconds of frames, not 1.5.
    assert set(held(Decoder(), image, frames=60)) == set(payloads)


def test_the_fallback_still_runs_after_a_pathological_frame() -> None:
    """A code reported as a single point, a crop of a few pixels, a laptop that stalled
    for seconds mid-step: none of it may switch the rescue off for later frames."""
    decoder = Decoder()
    point = make_frame("two_badges", 1103981, (640, 480))  # zxing-cpp: one code is a point
    assert any(len(set(pts)) == 1 for pts in read_zxing(to_gray(point.image)).unreadable)
    held(decoder, point.image)
    for kind in DEFAULT_COSTS:
        decoder.costs.learn(kind, 1, 5.0)  # 5 ms on one pixel
        decoder.costs.learn(kind, 200_000, 10_000.0)  # 10 s on a real crop
    frame = badge_frame("https://reg.expo2026.example/a/4f2a9c", **SMALL_FAR)
    assert list(held(decoder, frame.image)) == list(frame.payloads)


class OneStepPerFrame:
    """Each rescue step takes 11.5 ms of a fake clock: a 12 ms budget pays for one."""

    def __init__(self, decoder: Decoder, clock: FakeClock) -> None:
        self.kinds: list[list[str]] = []
        rescuer = decoder._rescuer  # noqa: SLF001 - the steps are what is observed
        self.ladder = tuple(replace(s, run=self._timed(s, clock)) for s in rescuer.live.regions)
        whole = tuple(replace(s, run=self._timed(s, clock)) for s in rescuer.live.whole)
        rescuer.live = Ladders(self.ladder, whole)

    def _timed(self, step: Step, clock: FakeClock) -> Callable[[Patch], list[DecodedCode]]:
        def run(patch: Patch) -> list[DecodedCode]:
            self.kinds[-1].append(step.kind)
            clock.advance(0.0115)
            return step.run(patch)

        return run

    def decode(self, decoder: Decoder, image: np.ndarray) -> list[str]:
        self.kinds.append([])
        return texts(decoder.decode(image))


def test_consecutive_frames_try_the_next_steps_and_then_the_winner_first() -> None:
    clock = FakeClock()
    decoder = Decoder(budget_ms=12, clock=clock)
    steps = OneStepPerFrame(decoder, clock)
    gray = to_gray(badge_frame("EXPO26-000777", seed=0).image)
    faint = (128 + (gray.astype(np.float32) - 128) * 0.06).astype(np.uint8)  # sharpening
    canvas = np.full_like(faint, 128)  # alone does not read it; nothing else in view
    canvas[100:380, 180:460] = faint[100:380, 180:460]
    reads = [steps.decode(decoder, canvas) for _ in range(12)]
    first = next(i for i, r in enumerate(reads) if r)
    assert first > 0 and reads[first] == ["EXPO26-000777"]
    ladder = [s.kind for s in steps.ladder if s.kind != "flat"]  # flat: located codes only
    tried = [kinds[0] for kinds in steps.kinds[: first + 1] if kinds]
    assert len(tried) > 1 and tried == ladder[: len(tried)]  # one new step a frame, in order
    # (on every other frame while nothing is read: half the frames of a busy aisle cheap)
    assert all(kinds == [tried[-1]] for kinds in steps.kinds[first + 1 :])  # the winner,
    assert all(r == ["EXPO26-000777"] for r in reads[first:])  # every frame from then on


def test_a_still_image_ends_within_its_budget_plus_one_step() -> None:
    """Every step, OpenCV's included, is checked against the deadline before it starts."""
    clock = FakeClock()
    decoder = Decoder(full_budget_ms=100, clock=clock)
    rescuer = decoder._rescuer  # noqa: SLF001 - the steps are what is observed
    ran: list[str] = []

    def slow(step: Step) -> Step:
        def run(patch: Patch) -> list[DecodedCode]:
            ran.append(step.kind)
            clock.advance(0.030)  # each step takes 30 ms, far more than predicted
            return step.run(patch)

        return replace(step, run=run)

    rescuer.still = Ladders(tuple(map(slow, rescuer.still.regions)),
                            tuple(map(slow, rescuer.still.whole)))
    start = clock()
    assert decoder.decode(blank_frame(size=(1280, 720)), full_effort=True) == []
    assert ran and (clock() - start) * 1000 <= 100 + 30
    before = len(ran)
    decoder.decode(blank_frame(size=(1280, 720), seed=1), full_effort=True)
    assert len(ran) - before <= 4  # learnt: 30 ms a step, 100 ms pay for three or four


def test_a_code_located_across_the_frame_edge_is_retried_inside_it(
    monkeypatch: pytest.MonkeyPatch
) -> None:
    """zxing-cpp reports corners outside the frame for a code cut off by its edge (seen on
    real photos: x = -6, or y = 1283 in a 1280 px frame); the rescue must not crash."""
    from showfloor.scanning import decoder as decoder_module
    from showfloor.scanning.zxing_reader import ZxingResult

    real = read_zxing  # what decoder_module calls

    def with_edge_code(gray: np.ndarray, **kwargs: object) -> ZxingResult:
        found = real(gray, **kwargs)  # type: ignore[arg-type]
        edge = ((102.0, 573.0), (-6.0, 129.0), (444.0, 9.0), (570.0, 447.0))  # a real one
        return ZxingResult(found.codes, [*found.unreadable, edge])

    monkeypatch.setattr(decoder_module, "read_zxing", with_edge_code)
    frame = badge_frame("EXPO26-000321", seed=2, size=(1280, 720)).image  # code elsewhere
    decoder = Decoder()
    assert list(held(decoder, frame)) == ["EXPO26-000321"]
    assert texts(decoder.decode(frame, full_effort=True)) == ["EXPO26-000321"]
