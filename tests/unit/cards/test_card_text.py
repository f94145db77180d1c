"""Proposing a card's fields from OCR lines: contacts by shape, the rest by what cards hold."""

from __future__ import annotations

import pytest

from showfloor.badges.card_text import CardLine, read_card

from helpers.card_frames import make_cards


def lines(*texts: str | tuple[str, float]) -> list[CardLine]:
    """Lines top to bottom; a (text, height) pair prints that line larger."""
    out = []
    y = 0.0
    for item in texts:
        text, height = item if isinstance(item, tuple) else (item, 30.0)
        out.append(CardLine(text, (40.0, y, 40.0 + 12 * len(text), y + height)))
        y += height + 10
    return out


def test_a_classic_card_gives_every_field() -> None:
    fields = read_card(
        lines(
            "Café Numérique SARL",
            ("Amélie Lefèvre", 56),
            "Directrice Générale",
            "Tél. +33 1 42 68 53 00",
            "E-mail: amelie.lefevre@cafe-numerique.fr",
            "www.cafe-numerique.fr",
            "12 rue de la Paix",
            "75002 Paris",
        )
    )
    assert (fields.full_name, fields.first_name, fields.last_name) == (
        "Amélie Lefèvre", "Amélie", "Lefèvre",
    )
    assert fields.company == "Café Numérique SARL"
    assert fields.title == "Directrice Générale"
    assert fields.email == "amelie.lefevre@cafe-numerique.fr"
    assert fields.phone == "+33142685300"
    assert fields.website == "www.cafe-numerique.fr"


def test_the_line_order_of_the_ocr_does_not_matter() -> None:
    card = lines(("Jürgen Weiß", 56), "Geschäftsführer", "Nordwind Robotik GmbH",
                 "juergen@nordwind-robotik.de", "+49 30 1234 5678")
    assert read_card(list(reversed(card))) == read_card(card)


def test_a_fax_is_never_the_phone_and_a_mobile_comes_first() -> None:
    fields = read_card(lines(("Ada Lovelace", 50), "Fax +44 20 7946 0000",
                             "Tel +44 20 7946 0958", "Mobile +44 7700 900123"))
    assert fields.phone == "+447700900123"
    only_fax = read_card(lines(("Ada Lovelace", 50), "Fax +44 20 7946 0000"))
    assert only_fax.phone is None


@pytest.mark.parametrize(
    ("printed", "country", "expected"),
    [
        ("Tel. 030 1234 5678", "DE", "+493012345678"),  # national, with the booth's country
        ("+49 (0)30 1234 5678", None, "+493012345678"),  # the trunk zero in brackets
        ("T +1 (415) 555-0132", None, "+14155550132"),
        ("TEL +81 3-1234-5678", None, "+81312345678"),
    ],
)
def test_phones_become_e164(printed: str, country: str | None, expected: str) -> None:
    assert read_card(lines(("Ada Lovelace", 50), printed), country=country).phone == expected


def test_a_national_number_without_the_booth_country_is_not_guessed() -> None:
    """Guessing the country would dial someone else: the number stays out of the phone."""
    fields = read_card(lines(("Ada Lovelace", 50), "Tel. 030 1234 5678"))
    assert fields.phone is None


def test_an_email_read_with_spaces_round_the_at_sign() -> None:
    assert read_card(lines("jane.doe @ example.org")).email == "jane.doe@example.org"


def test_websites_with_a_scheme_or_a_bare_host() -> None:
    assert read_card(lines("Web: https://Example.org/team")).website == "https://example.org/team"
    assert read_card(lines("acme-robotics.com")).website == "acme-robotics.com"
    # the mail address's domain is no website of its own
    assert read_card(lines("jane@acme-robotics.com")).website is None


def test_the_name_is_the_one_the_mail_address_is_made_of() -> None:
    fields = read_card(lines(("Blue Harbour", 56), "Priya Patel", "Sales Director",
                             "ppatel@blueharbour.com"))
    assert fields.full_name == "Priya Patel"
    assert fields.company == "Blue Harbour"


def test_honorifics_stay_out_of_the_first_name() -> None:
    fields = read_card(lines(("Dr. Jane Doe", 50), "Professor of Physics"))
    assert (fields.first_name, fields.last_name) == ("Jane", "Doe")
    assert fields.title == "Professor of Physics"


def test_japanese_and_chinese_names_split_family_name_first() -> None:
    spaced = read_card(lines("株式会社サンプル商事", ("山田 太郎", 56), "営業部長"))
    assert (spaced.last_name, spaced.first_name, spaced.company, spaced.title) == (
        "山田", "太郎", "株式会社サンプル商事", "営業部長",
    )
    chinese = read_card(lines("北京星辰科技有限公司", ("王小明", 56), "技术总监"))
    assert (chinese.last_name, chinese.first_name) == ("王", "小明")


def test_ocr_confusions_of_legal_forms_and_capital_i() -> None:
    fields = read_card(lines("VItava Software s.r.o.", "Bałtyk Systemy Sp. z 0.o."))
    assert fields.company in ("Vltava Software s.r.o.", "Bałtyk Systemy Sp. z o.o.")
    assert read_card(lines("Bałtyk Systemy Sp. z 0.0.")).company == "Bałtyk Systemy Sp. z o.o."


def test_an_empty_or_unreadable_card_proposes_nothing() -> None:
    assert read_card([]).is_empty()
    assert read_card(lines("•", "   ")).is_empty()


def test_the_printed_fields_of_generated_cards() -> None:
    """Each generated card's lines as a perfect OCR would give them, in the card's own
    order: what the benchmark measures after OCR, here without it."""
    wrong = []
    cards = make_cards(60, seed=7)
    for card in cards:
        contacts = [card.phone_printed, card.email, card.website, *card.address, *card.extra]
        printed: list[str | tuple[str, float]] = [
            card.company, (card.name, 56.0), card.title, *contacts
        ]
        fields = read_card(lines(*printed), country="DE")
        got = (fields.full_name, fields.company, fields.email, fields.phone)
        if got != (card.name, card.company, card.email, card.phone):
            wrong.append((got, card.name, card.company))
    assert len(wrong) <= 3, wrong
