"""Payload shapes real address books and platforms produce that once went wrong.

Each either gives the right person or a clear refusal; none leaves raw text in a field.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from showfloor.badges import parse_payload, refusals

CRLF = "\r\n"


@pytest.mark.parametrize(
    ("payload", "fmt", "full_name", "email", "phone"),
    [
        # RFC 2425/2426: any content line may carry a group, also BEGIN/END
        (
            "item1.BEGIN:VCARD\nitem1.VERSION:3.0\nitem1.FN:Jane Doe\n"
            "item1.EMAIL;TYPE=INTERNET:jane@example.org\nitem1.END:VCARD",
            "vcard",
            "Jane Doe",
            "jane@example.org",
            None,
        ),
        (
            "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Doe;Jane;;;\r\nitem1.EMAIL;type=INTERNET;type=pref:"
            "jane@example.org\r\nitem1.X-ABLabel:_$!<Other>!$_\r\nEND:VCARD",
            "vcard",
            "Jane Doe",
            "jane@example.org",
            None,
        ),
        # a card behind a stray first line, or with its lines out of order: still a card
        (
            "Scan me\nBEGIN:VCARD\nVERSION:3.0\nFN:Jane Doe\nEMAIL:jane@example.org\nEND:VCARD",
            "vcard",
            "Jane Doe",
            "jane@example.org",
            None,
        ),
        (
            "ORG:\nVERSION:3.0\nN:Doe;Jane;;;\nEMAIL;INTERNET:jane@example.org\nBEGIN:VCARD\n"
            "END:VCARD",
            "vcard",
            "Jane Doe",
            "jane@example.org",
            None,
        ),
        # a card's lines without BEGIN:VCARD
        ("email;internet:jane@example.org\nFN:Jane Doe", "vcard", "Jane Doe",
         "jane@example.org", None),
        # KDDI au address book (MEMORY is the note, NAME2 the reading)
        (
            "MEMORY:met at Expo" + CRLF + "NAME1:山田太郎" + CRLF + "NAME2:やまだたろう" + CRLF
            + "TEL1:+81312345678" + CRLF + "MAIL1:taro@example.jp" + CRLF,
            "mecard",
            "山田太郎",
            "taro@example.jp",
            "+81312345678",
        ),
        # MECARD whose prefix was lost: the name is the name, not the company
        ("N:Doe,Jane;TEL:+4930123456;EMAIL:jane@example.org;;", "mecard", "Jane Doe",
         "jane@example.org", "+4930123456"),
    ],
)  # fmt: skip
def test_contact_cards_in_their_real_shapes_give_the_person(
    payload: str, fmt: str, full_name: str, email: str | None, phone: str | None
) -> None:
    result = parse_payload(payload)
    assert result.refused is None
    assert (result.format, result.person.full_name) == (fmt, full_name)
    assert (result.person.email, result.person.phone) == (email, phone)
    assert result.person.company is None


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        ("BEGIN:VEVENT\nSUMMARY:Keynote\nDTSTART:20261122T090000Z\nEND:VEVENT", refusals.CALENDAR),
        ("BEGIN:VEVENTSUMMARY:KeynoteDTSTART:20261122T090000ZEND:VEVENT", refusals.CALENDAR),
        ("begin:vtodo summary:call back end:vtodo", refusals.CALENDAR),
        ("MEBKM:TITLE:Showfloor;URL:https\\://example.com/;;", refusals.BOOKMARK),
        ("SMSTO:+4930123456:Send me the brochure", refusals.TEXT_MESSAGE),
        ("sms:+4930123456?body=hi", refusals.TEXT_MESSAGE),
        ("MMSTO:+4930123456:hi", refusals.TEXT_MESSAGE),
    ],
)
def test_calendar_entries_bookmarks_and_text_messages_are_refused(
    payload: str, reason: str
) -> None:
    result = parse_payload(payload)
    assert result.refused == reason and result.person.is_empty()


def test_a_luma_check_in_link_is_a_badge_not_a_web_link() -> None:
    for host in ("lu.ma", "luma.com"):
        result = parse_payload(f"https://{host}/check-in/evt-Q7mN2?pk=g-abc123")
        assert (result.refused, result.format, result.badge_id) == (None, "url", "g-abc123")


# ----------------------------------------------------------------- property sweep

_NAME = st.from_regex(r"[A-Z][a-z]{1,8}", fullmatch=True)
_EMAIL = st.from_regex(r"[a-z]{1,8}(\.[a-z]{1,6})?@[a-z]{2,8}\.(org|com|de|jp)", fullmatch=True)
_JUNK = st.text(alphabet=st.sampled_from(list("abcXYZ019:;,.=@ -_\\")), max_size=12)
# Text a field must never be: a format's own keyword or a content line left as is.
_RAW = re.compile(
    r"(?i)^(?:item\d+\.|begin:|end:|version:|mecard:|memory:|name\d:|mail\d:|tel\d?:|email[;:]|"
    r"n:|fn:|org:)"
)


@st.composite
def card_like(draw: st.DrawFn) -> str:
    """vCard, bare vCard lines, MECARD with or without its prefix, KDDI cards, mixed up."""
    first, last, email = draw(_NAME), draw(_NAME), draw(_EMAIL)
    group = draw(st.sampled_from(["", "item1.", "a.", "ITEM2."]))
    kind = draw(st.sampled_from(["vcard", "bare", "mecard", "au"]))
    if kind == "vcard":
        lines = [f"{group}BEGIN:VCARD", f"{group}VERSION:3.0", f"{group}N:{last};{first};;;",
                 f"{group}EMAIL;{draw(st.sampled_from(['INTERNET', 'TYPE=work']))}:{email}",
                 f"{group}ORG:{draw(_JUNK)}", f"{group}END:VCARD"]  # fmt: skip
    elif kind == "bare":
        lines = [f"{group}FN:{first} {last}", f"{group}email;internet:{email}"]
    elif kind == "mecard":
        prefix = draw(st.sampled_from(["MECARD:", ""]))
        lines = [f"{prefix}N:{last},{first};EMAIL:{email};NOTE:{draw(_JUNK)};;"]
    else:
        lines = ["MEMORY:" + draw(_JUNK), f"NAME1:{first}{last}", f"MAIL1:{email}"]
    if draw(st.booleans()):
        lines = draw(st.permutations(lines))
    return draw(st.sampled_from(["\n", "\r\n"])).join(lines)


@settings(max_examples=1500, deadline=None)
@given(card_like(), st.sampled_from([None, "DE", "JP"]))
def test_no_field_is_ever_a_raw_content_line_and_emails_are_the_cards(
    payload: str, country: str | None
) -> None:
    result = parse_payload(payload, default_country=country)
    person = result.person
    for value in (person.full_name, person.first_name, person.company, person.title):
        assert value is None or not _RAW.match(value), (payload, value)
    emails = set(re.findall(r"[a-z.]+@[a-z]+\.[a-z]+", payload))
    assert person.email is None or person.email in emails, (payload, person.email)
