"""The scanner check on what a scanner types: the test sheet's codes through the real
burst detector, typed right, on another keyboard layout, with no Enter, too slowly."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from showfloor.scanning.wedge import BurstDetector, Key, Release, Scanned
from showfloor.services import qrcodes
from showfloor.services.qrcodes import TEST_BADGES
from showfloor.services.scanner_check import (
    LAYOUT_FIX,
    Problem,
    ScannerCheck,
    judge_scan,
    layout_problem,
    typing_speed_problem,
)

from helpers.layouts import AZERTY, QWERTZ, us_scanner_on

BADGES = [b for b in TEST_BADGES if not b.must_refuse]
WIFI = next(b for b in TEST_BADGES if b.must_refuse)
MECARD = next(b for b in TEST_BADGES if b.format == "mecard")


def keys_of(payload: str) -> str:
    """A scanner presses Enter for each CR and each LF the code holds."""
    return payload.replace("\r", "\n")


def scan(
    keys: Sequence[tuple[str, str | None]], *, gap_ms: float = 4.0, enter: bool = True
) -> Scanned:
    """Keys (typed, US reading) through the real detector, ``gap_ms`` apart."""
    detector = BurstDetector()
    actions = []
    at = 0.0
    for typed, us in [*keys, *([("\n", "\n")] if enter else [])]:
        actions += detector.key(Key(at, typed, us or None))
        at += gap_ms
    actions += detector.poll(at + 1000)
    [scanned] = [a for a in actions if isinstance(a, Scanned)]
    return scanned


def typed_right(payload: str) -> Scanned:
    return scan([(c, c) for c in keys_of(payload)])


@pytest.mark.parametrize("badge", TEST_BADGES, ids=lambda b: b.label)
def test_every_code_typed_right_passes_and_the_wifi_code_is_refused(
    badge: qrcodes.TestBadge,
) -> None:
    check = ScannerCheck()
    [result] = check.scanned(typed_right(badge.payload))
    assert (result.badge, result.ok, result.problem, result.advice) == (badge, True, None, None)


def test_the_whole_sheet_typed_right_is_ready() -> None:
    check = ScannerCheck()
    assert check.summary() == "0 of 10 pass, 10 still to scan."
    for badge in TEST_BADGES:
        check.scanned(typed_right(badge.payload))
    assert check.complete and check.summary() == "All 10 codes pass: the scanner is ready."


@pytest.mark.parametrize("host", [AZERTY, QWERTZ], ids=["azerty", "qwertz"])
@pytest.mark.parametrize("badge", TEST_BADGES, ids=lambda b: b.label)
def test_a_us_scanner_on_a_french_or_german_computer_is_a_layout_mismatch(
    badge: qrcodes.TestBadge, host: dict[int, tuple[str, str]]
) -> None:
    scanned = scan(us_scanner_on(host, keys_of(badge.payload)))
    assert scanned.payload != scanned.as_us  # the host typed something else
    [result] = ScannerCheck().scanned(scanned)
    assert (result.badge, result.ok, result.problem) == (badge, False, Problem.LAYOUT)
    assert result.advice is not None and LAYOUT_FIX in result.advice
    assert "keyboard language" in result.advice


def test_a_us_scanner_that_cannot_type_accents_is_still_a_layout_mismatch() -> None:
    vcard4 = next(b for b in TEST_BADGES if b.label == "vCard 4.0")
    ascii_only = [(t, u) for t, u in us_scanner_on(AZERTY, keys_of(vcard4.payload)) if u]
    result = judge_scan(*_texts(ascii_only), terminated=True)
    assert (result.badge, result.problem) == (vcard4, Problem.LAYOUT)


def _texts(keys: list[tuple[str, str]]) -> tuple[str, str]:
    return "".join(t for t, _u in keys), "".join(u for _t, u in keys)


def test_a_scan_with_no_enter_suffix_says_to_set_it() -> None:
    check = ScannerCheck()
    [result] = check.scanned(scan([(c, c) for c in MECARD.payload], enter=False))
    assert (result.badge, result.ok, result.problem) == (MECARD, False, Problem.NO_ENTER)
    assert result.advice is not None and "suffix to Enter" in result.advice
    assert check.summary() == "0 of 10 pass, 1 failed, 9 still to scan."


def test_keys_too_far_apart_for_a_scan_are_diagnosed_with_their_speed() -> None:
    detector = BurstDetector()
    released: list[Key] = []
    at = 0.0
    for char in MECARD.payload + "\n":
        for action in detector.key(Key(at, char)):
            if isinstance(action, Release):
                released += action.keys
        at += 45.0  # a scanner with an inter-character delay
    released += [k for a in detector.flush() if isinstance(a, Release) for k in a.keys]
    assert len(released) == len(MECARD.payload) + 1  # it all went on as typing
    gaps = [b.at_ms - a.at_ms for a, b in zip(released, released[1:], strict=False)]
    check = ScannerCheck()
    result = check.typed("".join(k.char for k in released), gaps)
    assert result is not None
    assert (result.badge, result.ok, result.problem) == (MECARD, False, Problem.TOO_SLOW)
    assert result.advice is not None and "45 ms a key" in result.advice
    assert "inter-character delay" in result.advice
    assert check.results[MECARD.label] == result


def test_a_person_typing_says_nothing_about_the_scanner() -> None:
    check = ScannerCheck()
    assert check.typed("hello there", [110.0] * 10) is None
    assert check.typed("ab", [40.0]) is None  # a stray key or two
    assert typing_speed_problem([50.0, 50.0]) is None
    assert check.results == {}
    fast_unknown = check.typed("EXPO26-000123", [45.0] * 12)  # no sheet code, but no person
    assert fast_unknown is not None and fast_unknown.problem is Problem.TOO_SLOW
    assert fast_unknown.badge is None and check.results == {}


def test_accents_lost_on_the_way_are_characters_changed() -> None:
    lost = MECARD.payload.replace("ö", "o")
    [result] = ScannerCheck().scanned(typed_right(lost))
    assert (result.badge, result.problem) == (MECARD, Problem.CHANGED)
    assert result.advice is not None and "accents" in result.advice


def test_a_code_not_on_the_sheet_is_said_and_not_counted() -> None:
    check = ScannerCheck()
    [result] = check.scanned(typed_right("MECARD:N:Doe,Jane;EMAIL:jane@example.edu;;"))
    assert (result.badge, result.ok, result.problem) == (None, False, Problem.NOT_ON_SHEET)
    assert result.advice is not None and "qr test-sheet" in result.advice
    assert check.results == {}


def test_scanning_a_code_again_replaces_its_result() -> None:
    check = ScannerCheck()
    check.scanned(scan(us_scanner_on(AZERTY, MECARD.payload)))
    assert check.results[MECARD.label].problem is Problem.LAYOUT
    check.scanned(typed_right(MECARD.payload))  # the scanner's language was set
    assert check.results[MECARD.label].ok and check.passed == 1
    check.reset()
    assert check.results == {}


def test_two_codes_in_one_burst_are_judged_each() -> None:
    bizcard = next(b for b in TEST_BADGES if b.format == "bizcard")
    check = ScannerCheck()
    results = check.scanned(typed_right(MECARD.payload + "\n" + bizcard.payload))
    assert [(r.badge, r.ok) for r in results] == [(MECARD, True), (bizcard, True)]


def test_a_code_typed_right_but_read_as_another_format_is_reported() -> None:
    sheet = [qrcodes.TestBadge("Mislabelled", "json", MECARD.payload), WIFI]
    result = judge_scan(MECARD.payload, None, terminated=True, badges=sheet)
    assert (result.ok, result.problem) == (False, Problem.OTHER_FORMAT)
    wifi_as_badge = [qrcodes.TestBadge("Refuse me", "mecard", MECARD.payload, must_refuse=True)]
    result = judge_scan(MECARD.payload, None, terminated=True, badges=wifi_as_badge)
    assert (result.ok, result.problem) == (False, Problem.NOT_REFUSED)


def test_the_capture_view_reads_a_us_scanner_on_azerty_as_meant() -> None:
    for badge in BADGES:
        scanned = scan(us_scanner_on(AZERTY, keys_of(badge.payload)))
        problem = layout_problem(scanned.payload, scanned.as_us)
        assert problem is not None, badge.label
        assert problem.meant == scanned.as_us and "keyboard language" in problem.message
    right = typed_right(MECARD.payload)
    assert layout_problem(right.payload, right.as_us) is None


def test_each_problem_is_diagnosed_once_with_the_codes_that_showed_it() -> None:
    bizcard = next(b for b in TEST_BADGES if b.format == "bizcard")
    check = ScannerCheck()
    check.scanned(scan(us_scanner_on(QWERTZ, MECARD.payload)))
    check.scanned(scan(us_scanner_on(QWERTZ, bizcard.payload)))
    check.scanned(scan([(c, c) for c in WIFI.payload], enter=False))
    check.scanned(typed_right(BADGES[0].payload))
    [layout, no_enter] = check.diagnoses()
    assert (layout.problem, layout.labels) == (Problem.LAYOUT, ("MECARD", "BIZCARD"))
    assert layout.text().startswith("Keyboard layout mismatch (MECARD, BIZCARD). The scanner")
    assert (no_enter.problem, no_enter.labels) == (Problem.NO_ENTER, (WIFI.label,))
    assert check.summary() == "1 of 10 pass, 3 failed, 6 still to scan."


def test_a_scanner_near_a_persons_speed_loses_its_start_to_typing_and_is_told_so() -> None:
    detector = BurstDetector()
    actions = []
    at = 0.0
    for n, char in enumerate(MECARD.payload + "\n"):
        actions += detector.key(Key(at, char))
        at += 40.0 if n < 3 else 28.0  # a slow start, then just fast enough
    actions += detector.poll(at + 1000)
    typed = "".join(k.char for a in actions if isinstance(a, Release) for k in a.keys)
    [piece] = [a for a in actions if isinstance(a, Scanned)]
    assert typed == "MEC" and piece.payload == MECARD.payload[3:]  # its start went as typing
    [result] = ScannerCheck().scanned(piece)
    assert (result.badge, result.problem) == (MECARD, Problem.TOO_SLOW)
    assert result.advice is not None and "28 ms a key" in result.advice
