"""Details of the self-announcing formats that the corpus does not pin down one by one."""

from __future__ import annotations

import pytest

from showfloor.badges import parse_payload


def vcard(*lines: str, version: str = "3.0", eol: str = "\r\n") -> str:
    return eol.join(["BEGIN:VCARD", f"VERSION:{version}", *lines, "END:VCARD"])


def test_fn_without_n_is_split_and_n_without_fn_is_joined() -> None:
    p = parse_payload(vcard("FN:Sofía García")).person
    assert (p.first_name, p.last_name, p.full_name) == ("Sofía", "García", "Sofía García")
    p = parse_payload(vcard("N:García;Sofía;;;")).person
    assert (p.first_name, p.last_name, p.full_name) == ("Sofía", "García", "Sofía García")
    p = parse_payload(vcard("FN:Madonna")).person
    assert (p.first_name, p.last_name, p.full_name) == ("Madonna", None, "Madonna")


def test_group_prefixes_lower_case_and_bare_lf() -> None:
    payload = vcard("item1.email;type=work:A@B.example", "fn:Ana Lima", eol="\n").lower()
    p = parse_payload(payload).person
    assert (p.email, p.full_name) == ("a@b.example", "ana lima")


def test_work_then_preferred_then_first_email_and_phone() -> None:
    p = parse_payload(
        vcard(
            "FN:A B",
            "EMAIL;TYPE=home:home@x.example",
            "EMAIL;TYPE=pref:pref@x.example",
            "EMAIL;TYPE=work:work@x.example",
            "TEL;TYPE=work,fax:+1 555 555 0199",
            "TEL;TYPE=work:+1 555 555 0100",
        )
    ).person
    assert (p.email, p.phone) == ("work@x.example", "+15555550100")
    result = parse_payload(vcard("FN:A B", "EMAIL:first@x.example", "EMAIL;PREF=1:pref@x.example"))
    assert result.person.email == "pref@x.example"


def test_quoted_printable_soft_breaks_and_charsets() -> None:
    payload = vcard(
        "N;CHARSET=windows-1252;ENCODING=QUOTED-PRINTABLE:D=FCrr;Ren=E9",
        "NOTE;ENCODING=QUOTED-PRINTABLE:a long=",
        "  note",
        "ORG;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Caf=C3=A9 =",
        "Cr=C3=A8me",
        version="2.1",
    )
    p = parse_payload(payload).person
    assert (p.first_name, p.last_name, p.company) == ("René", "Dürr", "Café Crème")


def test_an_unknown_charset_falls_back_to_utf8() -> None:
    payload = vcard("FN;CHARSET=X-UNKNOWN;ENCODING=QUOTED-PRINTABLE:Ren=C3=A9 D=C3=BCrr")
    assert parse_payload(payload).person.full_name == "René Dürr"


def test_escapes_in_text_and_structured_values() -> None:
    p = parse_payload(vcard("FN:Jane Doe", "ORG:A\\;B\\, C\\\\D;Unit", "TITLE:Dev\\nOps")).person
    assert p.company == "A;B, C\\D" and p.title == "Dev Ops"


def test_photos_are_skipped_and_only_the_first_card_is_read() -> None:
    payload = vcard("FN:One Person", "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQ") + (
        "\r\n" + vcard("FN:Another Person")
    )
    assert parse_payload(payload).person.full_name == "One Person"


def test_vcard4_tel_uri_and_uid() -> None:
    result = parse_payload(
        vcard(
            "FN:Kofi Mensah",
            "TEL;VALUE=uri;TYPE=work:tel:+233-30-555-0142",
            "UID:urn:uuid:f81d4fae-7dec-11d0-a765-00a0c91e6bf6",
            version="4.0",
        )
    )
    assert result.person.phone == "+233305550142"
    assert result.badge_id == "f81d4fae-7dec-11d0-a765-00a0c91e6bf6"


def test_x_ids_come_before_the_uid() -> None:
    result = parse_payload(vcard("FN:A B", "UID:u-1", "X-ATTENDEE-ID:ATT-77", "X-ABUID:ignored1"))
    assert result.lookup_keys == ("ATT-77", "u-1")


def test_mecard_escapes_and_order() -> None:
    result = parse_payload("MECARD:TEL:+81 3 1234 5678;N:Doe\\,Jr,Jane;ORG:A\\:B\\;C;;")
    p = result.person
    assert (p.first_name, p.last_name, p.company, p.phone) == (
        "Jane",
        "Doe,Jr",
        "A:B;C",
        "+81312345678",
    )


def test_bizcard_mobile_when_there_is_no_business_phone() -> None:
    p = parse_payload("BIZCARD:N:Ana;X:Lima;M:+55 11 95555 0100;;").person
    assert (p.full_name, p.phone) == ("Ana Lima", "+5511955550100")


@pytest.mark.parametrize(
    ("payload", "first", "last", "badge_id"),
    [
        ('{"firstName": "Ana", "LAST-NAME": "Lima", "ticketCode": "T-1"}', "Ana", "Lima", "T-1"),
        ('{"attendee": {"id": 42, "fullName": "Ana Lima"}}', "Ana", "Lima", "42"),
        ('{"lead": "L-9", "given_name": "Ana", "surname": "Lima"}', "Ana", "Lima", "L-9"),
        ('{"uid": "u-5", "name": {"given": "Ana", "family": "Lima"}}', "Ana", "Lima", "u-5"),
        ('{"data": {"attributes": {"first_name": "Ana", "badge_id": 7}}}', "Ana", None, "7"),
        (
            '{"ticket": 991, "order": {"code": "Q7X2", "email": "buyer@x.example"}}',
            None,
            None,
            "991",
        ),
    ],
)
def test_json_key_variants_and_nesting(
    payload: str, first: str | None, last: str | None, badge_id: str
) -> None:
    result = parse_payload(payload)
    assert (result.person.first_name, result.person.last_name) == (first, last)
    assert result.badge_id == badge_id and result.format == "json"


def test_json_ids_are_ordered_most_specific_first() -> None:
    payload = '{"order_code": "O-1", "ticket": {"secret": "S-1"}, "id": "G-1", "badge_id": "B-1"}'
    assert parse_payload(payload).lookup_keys == ("B-1", "G-1", "S-1", "O-1")


def test_json_ignores_the_event_and_the_company_id() -> None:
    result = parse_payload(
        '{"event": {"id": 1, "name": "Expo"}, "company": {"id": 2, "name": "Acme"}, '
        '"email": "a@b.cd"}'
    )
    assert result.badge_id is None and result.person.company == "Acme"
    assert result.person.full_name is None


@pytest.mark.parametrize(
    ("payload", "badge_id"),
    [
        ("https://ev.example.com/attendee/12345", "12345"),
        ("https://ev.example.com/a/8F3K2Q?utm_source=badge", "8F3K2Q"),
        ("http://EV.EXAMPLE.COM/#/t/Xk29aQ7m", "Xk29aQ7m"),
        ("https://ev.example.com/checkin?badge=B-55&id=9", "B-55"),
        ("https://ev.example.com/r?code=ZZ-1", "ZZ-1"),
        ("https://ev.example.com/x?uid=8f3k2q", "8f3k2q"),
        ("https://ev.example.com/expo26/K9XP2Q7T", "K9XP2Q7T"),
        ("www.ev.example.com/v/123456", "123456"),
        (
            "https://ev.example.com/3f2504e0-4f89-11d3-9a0c-0305e82c3301",
            "3f2504e0-4f89-11d3-9a0c-0305e82c3301",
        ),
    ],
)
def test_attendee_urls(payload: str, badge_id: str) -> None:
    result = parse_payload(payload)
    assert (result.format, result.badge_id) == ("url", badge_id)
    assert badge_id in result.lookup_keys and result.person.is_empty()


@pytest.mark.parametrize(
    ("payload", "badge_id"),
    [
        ("X7K2-9QPL", "X7K2-9QPL"),
        ("TK-9", "TK-9"),
        ("QWXZK", "QWXZK"),
        ("0001234", "0001234"),
        ("urn:uuid:F81D4FAE-7DEC-11D0-A765-00A0C91E6BF6", "F81D4FAE-7DEC-11D0-A765-00A0C91E6BF6"),
        ("  k2q8vbt7sd9w3pm5cxq2ehh7n4ryuf2a\r\n", "k2q8vbt7sd9w3pm5cxq2ehh7n4ryuf2a"),
        (
            "eyJhbGciOiJIUzI1NiJ9.eyJ0IjoiMTIzIn0.c2lnbmF0dXJl",
            "eyJhbGciOiJIUzI1NiJ9.eyJ0IjoiMTIzIn0.c2lnbmF0dXJl",
        ),
    ],
)
def test_opaque_ids(payload: str, badge_id: str) -> None:
    result = parse_payload(payload)
    assert (result.format, result.badge_id, result.lookup_keys) == ("id", badge_id, (badge_id,))
    assert result.person.is_empty()
