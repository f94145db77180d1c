"""Separator-joined badges: parts recognised by content, names ordered by evidence."""

from __future__ import annotations

import pytest

from showfloor.badges import parse_payload


def person(payload: str) -> tuple[str | None, ...]:
    p = parse_payload(payload).person
    return p.first_name, p.last_name, p.company, p.title, p.email, p.phone


@pytest.mark.parametrize("sep", ["::", "|", ";", "\t", "\n"])
def test_id_first_last_company_email_with_any_separator(sep: str) -> None:
    payload = sep.join(["A-10017", "Priya", "Raman", "Northwind Labs", "priya@northwind.example"])
    result = parse_payload(payload)
    assert result.format == "fields" and result.badge_id == "A-10017"
    assert result.lookup_keys == ("A-10017",)
    assert person(payload)[:3] == ("Priya", "Raman", "Northwind Labs")


def test_organiser_order_first_then_last_by_default() -> None:
    assert person("12345::Jane::Doe::Acme::info@acme.example")[:2] == ("Jane", "Doe")


def test_organiser_order_last_then_first_marked_by_all_caps() -> None:
    assert person("12345::DOE::Jane::Acme::info@acme.example")[:2] == ("Jane", "Doe")
    assert person("12345::Jane::DOE::Acme::info@acme.example")[:2] == ("Jane", "Doe")
    assert person("7::O'BRIEN::Siobhán::x@y.example")[:2] == ("Siobhán", "O'Brien")
    assert person("7::VAN DER BERG::Anouk::x@y.example")[:2] == ("Anouk", "Van der Berg")


def test_organiser_order_last_then_first_told_by_the_email() -> None:
    assert person("12345::Doe::Jane::Acme::jane.doe@acme.example")[:2] == ("Jane", "Doe")
    assert person("12345::Doe::Jane::Acme::jdoe@acme.example")[:2] == ("Jane", "Doe")
    assert person("12345::Müller::Jürgen::j.mueller@x.example")[:2] == ("Jürgen", "Müller")
    assert person("12345::Jane::Doe::Acme::jane.doe@acme.example")[:2] == ("Jane", "Doe")


def test_last_comma_first_in_one_part() -> None:
    assert person("V-1|Doe, Jane|Acme Inc.|jane@acme.example")[:3] == ("Jane", "Doe", "Acme Inc.")
    assert parse_payload("V-1|Doe, Jane|x@y.example").person.full_name == "Jane Doe"


def test_a_full_name_then_the_company() -> None:
    assert person("A-7::Jane Doe::Kaizen Retail::jane@kaizen.example")[:3] == (
        "Jane",
        "Doe",
        "Kaizen Retail",
    )


def test_company_and_title_are_recognised_wherever_they_are() -> None:
    got = person("4711|CTO|Acme GmbH|Ben|Okafor|+49 30 1234567|ben@acme.example")
    assert got == ("Ben", "Okafor", "Acme GmbH", "CTO", "ben@acme.example", "+49301234567")


def test_without_markers_the_third_and_fourth_name_parts_are_company_and_title() -> None:
    assert person("9|Jane|Doe|Kaizen Retail|Buyer|x@y.example")[2:4] == ("Kaizen Retail", "Buyer")


def test_national_numbers_and_ids() -> None:
    result = parse_payload("100234::Mei::Tanaka::03 5555 0100", default_country="JP")
    assert result.badge_id == "100234" and result.person.phone == "+81355550100"
    # Two runs of digits: the first is the id, the second (leading 0) a phone number.
    result = parse_payload("100234;Mei;Tanaka;0355550100", default_country="JP")
    assert result.badge_id == "100234" and result.person.phone == "+81355550100"


def test_several_ids_are_all_lookup_keys() -> None:
    result = parse_payload("A-10017::T7Q2-K9XP::Priya::Raman")
    assert result.badge_id == "A-10017" and result.lookup_keys == ("A-10017", "T7Q2-K9XP")


def test_key_value_parts_use_the_json_vocabulary() -> None:
    result = parse_payload("ticket=TK-9;first_name=Priya;last_name=Raman;mail=p@n.example")
    assert result.badge_id == "TK-9"
    assert person("ticket=TK-9;first_name=Priya;last_name=Raman;mail=p@n.example")[:2] == (
        "Priya",
        "Raman",
    )


def test_an_invalid_email_is_dropped_not_refused() -> None:
    result = parse_payload("55501::Mia::Jones::mia.jones@@example")
    assert result.refused is None and result.person.email is None
    assert result.person.first_name == "Mia"


@pytest.mark.parametrize(
    "payload",
    [
        "Hello, world",
        "Welcome to Expo 2026; enjoy the show and visit hall 3 for talks and coffee",
        "see you;later",
    ],
)
def test_text_with_separators_is_not_a_badge(payload: str) -> None:
    assert parse_payload(payload).refused is not None


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        ("Jane Doe", ("Jane", "Doe", None, None, None, None)),
        ("Doe, Jane", ("Jane", "Doe", None, None, None, None)),
        ("JANE.DOE@EXAMPLE.ORG", (None, None, None, None, "jane.doe@example.org", None)),
        ("+49 30 1234567", (None, None, None, None, None, "+49301234567")),
        ("Jane Doe <Jane@X.example>", ("Jane", "Doe", None, None, "jane@x.example", None)),
        ("Email: jane@x.example", (None, None, None, None, "jane@x.example", None)),
    ],
)
def test_a_single_value(payload: str, expected: tuple[str | None, ...]) -> None:
    assert parse_payload(payload).format == "fields"
    assert person(payload) == expected


def test_a_single_labelled_id() -> None:
    result = parse_payload("Ticket: TK-9")
    assert (result.format, result.badge_id, result.lookup_keys) == ("fields", "TK-9", ("TK-9",))


@pytest.mark.parametrize("payload", ["Hello World", "Free Coffee", "Sales Team", "Hello|World"])
def test_signage_is_not_a_name(payload: str) -> None:
    assert parse_payload(payload).refused is not None


def test_names_typed_in_lower_case_are_proper_cased() -> None:
    got = person("123::jane::doe::acme inc::head of business development::jane@acme.example")
    assert got == (
        "Jane",
        "Doe",
        "acme inc",
        "head of business development",
        "jane@acme.example",
        None,
    )


def test_east_asian_names_are_family_name_first() -> None:
    p = parse_payload("A-1::田中::美咲::misaki@kaizen.example").person
    assert (p.first_name, p.last_name, p.full_name) == ("美咲", "田中", "田中 美咲")


def test_a_sentence_among_vouched_fields_is_a_note_and_ignored() -> None:
    result = parse_payload("12345::Jane::Doe::jane@x.example::Looking forward to the demo!")
    assert result.badge_id == "12345"
    assert person("12345::Jane::Doe::jane@x.example::Looking forward to the demo!")[:4] == (
        "Jane",
        "Doe",
        None,
        None,
    )
