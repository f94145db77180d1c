"""QR codes: the booth's vCard and the test badges decode back to what they hold."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from showfloor.badges import parse_payload
from showfloor.domain.errors import RefusedError
from showfloor.services.qrcodes import (
    TEST_BADGES,
    BoothContact,
    contact_vcard,
    get_booth_contact,
    qr_matrix,
    qr_png,
    qr_svg,
    set_booth_contact,
    write_qr_png,
)
from showfloor.store.database import Database

CONTACT = BoothContact(
    name="Chloé Martin",
    company="Showfloor; Booth, Inc.",
    email="Hello@Showfloor.example",
    phone="+49 30 1234567",
    url="https://showfloor.example/contact",
)


def decode(png: bytes) -> list[str]:
    return [r.text for r in zxingcpp.read_barcodes(Image.open(io.BytesIO(png)))]


def test_booth_contact_is_stored_cleaned_in_the_settings(db: Database) -> None:
    with db.session() as session:
        assert get_booth_contact(session).is_empty()
        stored = set_booth_contact(session, CONTACT)
    assert stored.email == "hello@showfloor.example"
    with db.session() as session:
        assert get_booth_contact(session) == stored


def test_booth_contact_refuses_bad_input(db: Database) -> None:
    with db.session() as session, pytest.raises(RefusedError, match="not an email"):
        set_booth_contact(session, BoothContact(name="A", email="nope"))
    with db.session() as session, pytest.raises(RefusedError, match="at least"):
        set_booth_contact(session, BoothContact())
    with pytest.raises(RefusedError, match="Set the booth contact first"):
        contact_vcard(BoothContact())


def test_vcard_escapes_and_decodes_to_the_same_person() -> None:
    card = contact_vcard(CONTACT)
    assert card.startswith("BEGIN:VCARD\r\nVERSION:3.0\r\n") and card.endswith("END:VCARD")
    assert "ORG:Showfloor\\; Booth\\, Inc." in card
    assert "N:Martin;Chloé;;;" in card
    (text,) = decode(qr_png(card))
    assert text == card
    parsed = parse_payload(text)
    assert (parsed.format, parsed.person.full_name) == ("vcard", "Chloé Martin")
    assert parsed.person.company == "Showfloor; Booth, Inc."


@pytest.mark.parametrize("badge", TEST_BADGES, ids=lambda b: b.format)
def test_test_badges_decode_and_parse_as_labelled(badge: object) -> None:
    (text,) = decode(qr_png(badge.payload))  # type: ignore[attr-defined]
    assert text == badge.payload  # type: ignore[attr-defined]
    parsed = parse_payload(text)
    if badge.must_refuse:  # type: ignore[attr-defined]
        assert parsed.refused
    else:
        assert parsed.refused is None
        assert parsed.format == badge.format  # type: ignore[attr-defined]


def test_the_sheet_covers_every_badge_format() -> None:
    from showfloor.badges import FORMATS

    assert {b.format for b in TEST_BADGES if not b.must_refuse} == set(FORMATS)
    assert {b.label for b in TEST_BADGES if b.format == "vcard"} == {
        "vCard 2.1", "vCard 3.0", "vCard 4.0"
    }  # fmt: skip
    assert [b.format for b in TEST_BADGES if b.must_refuse] == ["wifi"]


def test_matrix_svg_and_png_agree() -> None:
    matrix = qr_matrix("T9S6-P4WL")
    n = len(matrix)
    assert n == len(matrix[0]) and not any(matrix[0])  # quiet zone
    svg = qr_svg("T9S6-P4WL", size=300)
    assert svg.count("<rect") == 1 + sum(
        1 for row in matrix for x in range(n) if row[x] and (x == 0 or not row[x - 1])
    )
    assert f'viewBox="0 0 {n} {n}"' in svg and 'width="300"' in svg


def test_write_png_and_refuse_overlong_text(tmp_path: Path) -> None:
    path = write_qr_png("hello", tmp_path / "code.png")
    assert decode(path.read_bytes()) == ["hello"]
    with pytest.raises(RefusedError, match="too long"):
        qr_png("x" * 5000)
