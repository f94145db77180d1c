"""Bytes, encodings, invisible characters and phones: the same answer however it arrives."""

from __future__ import annotations

import pytest

from showfloor.badges import parse_payload
from showfloor.badges.phones import format_phone


def test_bytes_are_utf8_with_latin1_fallback() -> None:
    assert parse_payload("MECARD:N:Müller,Jürgen;;".encode()).person.last_name == "Müller"
    assert parse_payload(b"\xef\xbb\xbfMECARD:N:M\xc3\xbcller,J;;").person.last_name == "Müller"
    assert parse_payload("MECARD:N:Müller,J;;".encode("latin-1")).person.last_name == "Müller"
    assert parse_payload("MECARD:N:Müller,J;;".encode("utf-16")).person.last_name == "Müller"


def test_utf8_read_as_latin1_by_the_scanner_is_repaired() -> None:
    garbled = "MECARD:N:Müller,Jürgen;;".encode().decode("latin-1")
    assert parse_payload(garbled).person.full_name == "Jürgen Müller"


def test_control_characters_and_whitespace_are_cleaned() -> None:
    p = parse_payload("MECARD:N:\x00Doe ,\u200b  Jane\t;ORG:  Acme\x07   Inc ;;").person
    assert (p.first_name, p.last_name, p.company) == ("Jane", "Doe", "Acme Inc")


def test_text_is_nfc() -> None:
    decomposed = "MECARD:N:Lefe\u0300vre,Franc\u0327ois;;"
    p = parse_payload(decomposed).person
    assert (p.first_name, p.last_name) == ("Fran\u00e7ois", "Lef\u00e8vre")


def test_emails_are_lower_cased_and_invalid_ones_dropped() -> None:
    assert (
        parse_payload("MECARD:N:D,J;EMAIL:J.Doe@Example.ORG;;").person.email == "j.doe@example.org"
    )
    result = parse_payload("MECARD:N:D,J;EMAIL:j.doe@localhost;EMAIL:jd@x.example;;")
    assert result.person.email == "jd@x.example"
    assert parse_payload("MECARD:N:D,J;EMAIL:nope;;").person.email is None


def test_overlong_fields_are_cut_to_what_capture_accepts() -> None:
    p = parse_payload(f"MECARD:N:{'D' * 500},{'J' * 500};ORG:{'A' * 500};;").person
    assert len(p.first_name or "") == 200 and len(p.last_name or "") == 200
    assert len(p.company or "") == 300


@pytest.mark.parametrize(
    ("raw", "country", "expected"),
    [
        ("+49 (0)89 1234567", None, "+49891234567"),
        ("0151 23456789", "DE", "+4915123456789"),
        ("0151 23456789", "de", "+4915123456789"),
        ("0151 23456789", None, "0151 23456789"),
        ("0151 23456789", "Germany", "0151 23456789"),
        ("tel:+1-555-555-0100;ext=12", None, "+15555550100 ext. 12"),
        ("555-0100", "US", "555-0100"),
        ("+12", None, "+12"),
        ("ext. only", None, None),
        ("", "DE", None),
        ("1" * 60, None, None),
    ],
)
def test_phones(raw: str, country: str | None, expected: str | None) -> None:
    assert format_phone(raw, country) == expected
