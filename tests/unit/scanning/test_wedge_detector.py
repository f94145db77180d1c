"""BurstDetector on the keys' own timestamps: scans whole, a person's keys in order."""

from __future__ import annotations

from showfloor.scanning.keymap import digit_at, us_char
from showfloor.scanning.wedge import BurstDetector, Key, Release, Scanned, payload_text


def feed(detector: BurstDetector, text: str, start: float, gap: float) -> tuple[list, float]:  # type: ignore[type-arg]
    actions = []
    at = start
    for char in text:
        actions += detector.key(Key(at, char, token=char))
        at += gap
    return actions, at - gap


def released(actions: list) -> str:  # type: ignore[type-arg]
    return "".join(k.char for a in actions if isinstance(a, Release) for k in a.keys)


def scans(actions: list) -> list[str]:  # type: ignore[type-arg]
    return [a.payload for a in actions if isinstance(a, Scanned)]


def test_a_burst_is_one_scan_once_the_scanner_goes_quiet() -> None:
    d = BurstDetector()
    actions, last = feed(d, "EXPO26-000123\n", 0, 4)
    assert actions == [] and d.in_burst
    assert d.due_ms() == last + d.burst_gap_ms
    [scan] = d.poll(last + d.burst_gap_ms)
    assert isinstance(scan, Scanned) and scan.payload == "EXPO26-000123" and scan.terminated
    assert not d.busy


def test_a_person_at_60_ms_a_key_is_released_key_by_key_in_order() -> None:
    d = BurstDetector()
    out: list = []  # type: ignore[type-arg]
    at = 0.0
    for char in "Tomasz":
        out += d.key(Key(at, char))
        at += 60
    out += d.poll(at + 100)
    assert released(out) == "Tomasz" and scans(out) == []


def test_timing_is_the_keys_own_not_when_they_were_handled() -> None:
    """A busy GUI thread hands over a person's keys all at once: their stamps still differ."""
    d = BurstDetector()
    out: list = []  # type: ignore[type-arg]
    for i, char in enumerate("budget"):
        out += d.key(Key(i * 80.0, char))  # handled together, stamped 80 ms apart
    out += d.poll(1000)
    assert released(out) == "budget" and scans(out) == []


def test_a_stall_inside_a_scan_does_not_split_it() -> None:
    d = BurstDetector()
    actions, last = feed(d, "BEGIN:VCARD\n", 0, 4)
    more, last = feed(d, "FN:Ada\nEND:VCARD\n", last + 60, 4)  # the scanner paused 60 ms
    out = actions + more + d.poll(last + 500)
    assert scans(out) == ["BEGIN:VCARD\nFN:Ada\nEND:VCARD"]


def test_two_scans_apart_are_two_payloads() -> None:
    d = BurstDetector()
    a, last = feed(d, "T9S6-P4WL\n", 0, 4)
    b, last = feed(d, "EXPO26-000777\n", last + 300, 4)
    out = a + b + d.poll(last + 500)
    assert scans(out) == ["T9S6-P4WL", "EXPO26-000777"]


def test_a_few_fast_keys_are_a_person_rolling_over() -> None:
    d = BurstDetector()
    out, last = feed(d, "th", 0, 10)
    out += d.key(Key(last + 120, "e"))
    out += d.poll(last + 400)
    assert released(out) == "the" and scans(out) == []


def test_flush_keeps_the_order_for_a_key_that_types_nothing() -> None:
    d = BurstDetector()
    out, _ = feed(d, "ab", 0, 100)
    out += d.flush()
    assert released(out) == "ab" and not d.busy


def test_cr_lf_pairs_are_one_line_break() -> None:
    assert payload_text(list("A\n\nB\n\n")) == "A\nB"
    assert payload_text(list("A\nB\n")) == "A\nB"
    assert payload_text(list("A\n\nB\n")) == "A\nB"  # CR+LF in the code, Enter suffix


def test_the_us_reading_of_key_positions() -> None:
    d = BurstDetector()
    # "MECARD:" typed by a US-layout scanner on AZERTY: what the keys typed, and
    # what the same key positions mean on a US keyboard.
    typed, us = "?ECQRD.", "MECARD:"
    for i, (t, u) in enumerate(zip(typed + "\n", us + "\n", strict=True)):
        d.key(Key(i * 4.0, t, u))
    [scan] = d.poll(1000)
    assert isinstance(scan, Scanned) and (scan.payload, scan.as_us) == (typed, us)
    assert us_char(0x32, True) == "M" and us_char(0x27, True) == ":"
    assert digit_at(0x02) == "1" and digit_at(0x4F) == "1" and digit_at(0x1E) is None


def test_scans_in_quick_succession_are_told_apart_by_their_content() -> None:
    from showfloor.services.scanner_check import separate_scans

    d = BurstDetector()
    a, last = feed(d, "MECARD:N:Doe,Jane;;\n", 0, 4)
    b, last = feed(d, "MECARD:N:Roe,Rick;;\n", last + 12, 4)  # the next badge, 12 ms later
    [scan] = a + b + d.poll(last + 500)
    assert isinstance(scan, Scanned)
    assert separate_scans(scan.payload) == ["MECARD:N:Doe,Jane;;", "MECARD:N:Roe,Rick;;"]
    card = "BEGIN:VCARD\nVERSION:3.0\nFN:Ada Lovelace\nEND:VCARD"
    assert separate_scans(card) == [card]  # a vCard stays whole
    assert separate_scans(card + "\n" + card) == [card, card]
    two_lines = "MECARD:N:Doe,Jane;\nEMAIL:jane@example.edu;;"
    assert separate_scans(two_lines) == [two_lines]
