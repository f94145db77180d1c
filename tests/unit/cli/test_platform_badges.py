"""Each platform's real export, then a scanned badge of that platform: the right person.

Driven like a booth lead would, through the command line: `attendees import FILE
--dry-run` names the platform and the badge column, `attendees import FILE` loads it,
and `badge parse PAYLOAD` resolves what the badge's QR code holds to the row
(source "attendee_list"). The files are written by tests/fixtures/attendees/
make_fixtures.py in each platform's export shape (headers, BOM, delimiter, encoding).
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from showfloor.domain.errors import RefusedError
from showfloor.services.attendees import preview_attendees

from helpers.cli import run_cli, run_program

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "attendees"
INDICO_TICKET = (
    '{"registrant_id": "17", "regform_id": "3", "checkin_secret": '
    '"0b1c2d3e-4f50-4617-8899-aabbccddeeff", "event_id": "1234", '
    '"server_url": "https://indico.example.org"}'
)
LUMA_HANA = "https://luma.com/check-in/evt-Q7mN2?pk=1f3kq9zt"
LUMA_OMAR = "https://lu.ma/check-in/evt-Q7mN2?pk=7hw2mx0c"
MEETUP_LENA = "https://www.meetup.com/members/298765432/"
ALFIO_UELI = "4b9e2c1a-7d3f-4e8a-9b21-0c5d6e7f8a90/c2lnbmF0dXJl"
LUMA_AKIRA = "https://luma.com/check-in/evt-Q7mN2?pk=g-Wm3kT8vQ2xLp9Rz"  # a guest key
# Luma's help (Understanding QR Code Formats): its CSV export holds ticket keys, the
# tickets it emails hold guest keys; nothing in the export leads from one to the other.
LUMA_GUEST_KEYS = "warning: Luma's CSV export holds ticket keys only"

# (file, platform the preview names, badge payload, full name, title)
CASES = [
    ("eventbrite.csv", "Eventbrite", "12345678903456789012001", "Ada Lovelace", None),
    # re-issued: the suffix differs from the exported Barcode #; the attendee # is the same
    ("eventbrite.csv", "Eventbrite", "12345678903456789012002", "Ada Lovelace", None),
    ("eventbrite.csv", "Eventbrite", "12345678903456789013004", "Grace Hopper", None),
    ("eventbrite_no_barcode.csv", "Eventbrite", "44001122336607788990001", "Rosa Delgado", None),
    ("eventbrite_no_barcode.csv", "Eventbrite", "44001122336607788991002", "Tomás Delgado", None),
    ("luma_guests.csv", "Luma", LUMA_HANA, "Hana Sato", None),
    ("luma_guests.csv", "Luma", LUMA_OMAR, "Omar Haddad", None),
    ("luma.csv", "Luma", "https://lu.ma/check-in/evt-Xy12?pk=gst-AbC123dEf456", "Mei Tanaka", None),
    ("luma_api_guests.csv", "Luma", LUMA_AKIRA, "Akira Mori", None),
    ("tito_tickets.csv", "Tito", "KWQX-1", "Siobhán Kelly", "Data Lead"),
    ("tito_tickets.csv", "Tito", "#KWQX-2", "Brian Kelly", "CEO"),
    ("tito_tickets.csv", "Tito", "https://ti.to/tickets/ti_kQ2wPzX9mVb4", "Siobhán Kelly", None),
    ("cvent_cp1252.csv", "Cvent", "SBC7QK2M4XR7", "José Álvarez", None),
    ("cvent_cp1252.csv", "Cvent", "C9ZT5N8WP3", "Zoë Ångström", None),
    ("meetup_attendees.csv", "Meetup", MEETUP_LENA, "Lena Fischer", ""),
    ("pretix_semicolon.csv", "pretix", "k3x9pq7r2mzt8w4ycv6bn5hd", "Jean-Luc Picard", None),
    ("pretix_badges.csv", "pretix", "LXRQ8YJ3NA", "Thandi Nkosi", None),
    ("alfio_attendees.csv", "alf.io", ALFIO_UELI, "Ueli Brunner", "CTO"),
    ("indico_registrations.csv", "Indico", INDICO_TICKET, "Chiara Romano", "Researcher"),
    ("brella_invites.csv", "Brella", "REG-55012", "Aino Virtanen", None),
    ("grip_people.csv", "Grip", "GRP-7781204", "Pieter de Vries", None),
    ("tickettailor_issued.csv", "Ticket Tailor", "HJ7T9Q2K", "Amara Okafor", None),
    ("swapcard.tsv", "Swapcard", "SWC-000123", "Kofi Mensah", None),
    ("swapcard_people.csv", "Swapcard", "SWC-99881", "Ingrid Larsen", "COO"),
    ("japanese_excel_cp932.csv", None, "JP-000123", "山田 太郎", "部長"),
    ("bizzabo_registrations.csv", "Bizzabo", "48213977", "Priya Natarajan", None),
    ("bizzabo_registrations.csv", "Bizzabo", "48214102", "Mette Sørensen", None),
    ("hopin_registrants.csv", "Hopin (RingCentral Events)", "900412775031", "Kwame Asante",
     "Head of Sales"),
    ("hopin_registrants.csv", "Hopin (RingCentral Events)", "900412775032", "Elif Yılmaz",
     "Buyer"),
]  # fmt: skip
# What a preview must warn of, beyond "every badge resolves": the rest warn of nothing.
EXPECTED_WARNINGS = {"luma.csv": [LUMA_GUEST_KEYS], "luma_guests.csv": [LUMA_GUEST_KEYS]}


@pytest.fixture
def fair(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(capsys, "event", "create", "Fair").code == 0


@pytest.mark.parametrize(("name", "platform", "payload", "full_name", "title"), CASES)
def test_a_scanned_badge_resolves_to_its_row_after_importing_that_platforms_export(
    capsys: pytest.CaptureFixture[str],
    fair: None,
    name: str,
    platform: str | None,
    payload: str,
    full_name: str,
    title: str | None,
) -> None:
    path = str(FIXTURES / name)
    preview = run_cli(capsys, "attendees", "import", path, "--dry-run")
    assert preview.code == 0, preview.err
    lines = preview.out.splitlines()
    named = f"platform: {platform} (" if platform else "platform: not recognised"
    assert any(line.startswith(named) for line in lines), preview.out
    badge_line = next(line for line in lines if line.startswith("badge column: "))
    assert badge_line != "badge column: none"
    warnings = [line for line in lines if line.startswith("warning:")]
    expected = EXPECTED_WARNINGS.get(name, [])
    assert len(warnings) == len(expected), preview.out
    assert all(w.startswith(e) for w, e in zip(warnings, expected, strict=True)), preview.out
    before = run_cli(capsys, "badge", "parse", payload).json()
    assert before["source"] == "badge"  # the dry run imported nothing

    imported = run_cli(capsys, "attendees", "import", path)
    assert imported.code == 0, imported.err
    parsed = run_cli(capsys, "badge", "parse", payload)
    assert parsed.code == 0, parsed.err
    person = parsed.json()
    assert (person["source"], person["full_name"]) == ("attendee_list", full_name)
    if title is not None:
        assert (person["title"] or "") == title


def test_the_dry_run_of_a_list_without_ids_warns_that_badges_cannot_resolve(
    capsys: pytest.CaptureFixture[str], fair: None, tmp_path: Path
) -> None:
    path = tmp_path / "names.csv"
    path.write_text("Name,Email,Company\nAda Lovelace,ada@example.org,Engines\n", encoding="utf-8")
    result = run_cli(capsys, "attendees", "import", str(path), "--dry-run")
    assert result.code == 0
    lines = result.out.splitlines()
    assert "badge column: none" in lines
    assert any(line.startswith("warning: No column holds a badge id") for line in lines)
    assert "  1. full_name=Ada Lovelace | company=Engines | email=ada@example.org" in lines
    assert lines[-1] == "dry run: nothing was imported"



def test_a_whova_template_is_read_from_its_header_row_without_whovas_example_rows(
    capsys: pytest.CaptureFixture[str], fair: None
) -> None:
    """Title, instructions and header on row 7, Whova's examples and marker on 8-10."""
    path = str(FIXTURES / "whova_attendee_template.csv")
    lines = run_cli(capsys, "attendees", "import", path, "--dry-run").out.splitlines()
    assert lines[1].startswith("platform: Whova (")
    assert "  Company/Affiliation (optional) -> company" in lines
    assert "  Position (optional) -> title" in lines
    assert "badge column: none" in lines
    assert "note: the Whova template's own rows (rows 8, 9, 10) will not be imported" in lines
    assert "  1. full_name=Søren Madsen | company=Madsen Rådgivning | title=Partner | " \
        "email=soren@madsen.example" in lines  # fmt: skip
    assert not any("whova.com" in line or "Copy YOUR" in line for line in lines)
    warnings = [line for line in lines if line.startswith("warning:")]
    assert warnings[0].startswith("warning: No column holds a badge id")
    assert warnings[1].startswith("warning: Whova's attendee list has no badge or ticket id")

    imported = run_cli(capsys, "attendees", "import", path).out.splitlines()
    assert imported[:2] == [
        "imported 3, updated 0, rejected 0",
        "note: row 8: the Whova template's own rows (rows 8, 9, 10), not imported",
    ]
    # No id to resolve by: a badge that carries the email finds the person and the list
    # fills in the rest. `source` stays "badge": the badge's own email found them.
    person = run_cli(capsys, "badge", "parse", "mailto:rania@haddad.example").json()
    assert (person["full_name"], person["company"], person["title"]) == (
        "Rania Haddad",
        "Cedar Analytics",
        "Data Scientist",
    )
    example = run_cli(capsys, "badge", "parse", "john.smith@whova.com").json()
    assert example["full_name"] is None  # Whova's example person was not imported



def test_attendees_typed_over_whovas_examples_are_kept(
    capsys: pytest.CaptureFixture[str], fair: None, tmp_path: Path
) -> None:
    """Only Whova's own example people and its marker line are skipped, never a guest."""
    rows = (FIXTURES / "whova_attendee_template.csv").read_bytes().decode("cp1252").split("\r\n")
    rows[7] = "Kenji,Ito,,kenji@ito.example,Ito Works,CTO,,,"  # over John Smith
    path = tmp_path / "whova.csv"
    path.write_bytes("\r\n".join(rows).encode("cp1252"))
    imported = run_cli(capsys, "attendees", "import", str(path)).out.splitlines()
    assert imported[:2] == [
        "imported 4, updated 0, rejected 0",
        "note: row 9: the Whova template's own rows (rows 9, 10), not imported",
    ]
    assert run_cli(capsys, "badge", "parse", "kenji@ito.example").json()["company"] == "Ito Works"

def test_a_newer_whova_template_with_starred_columns_is_whova(
    capsys: pytest.CaptureFixture[str], fair: None
) -> None:
    path = str(FIXTURES / "whova_starred.csv")
    lines = run_cli(capsys, "attendees", "import", path, "--dry-run").out.splitlines()
    assert lines[1].startswith("platform: Whova (")
    assert {"  *Email -> email", "  Affiliation -> company", "  Position -> title"} <= set(lines)
    assert run_cli(capsys, "attendees", "import", path).out.startswith("imported 1,")
    person = run_cli(capsys, "badge", "parse", "lucia@romero.example").json()
    assert (person["full_name"], person["company"]) == ("Dr. Lucía Romero", "Universidad de Cádiz")


def test_bizzabos_contacts_export_says_before_the_show_that_no_ticket_number_is_in_it(
    capsys: pytest.CaptureFixture[str], fair: None
) -> None:
    path = str(FIXTURES / "bizzabo_contacts.csv")
    lines = run_cli(capsys, "attendees", "import", path, "--dry-run").out.splitlines()
    assert lines[1].startswith("platform: Bizzabo (")
    assert "badge column: none" in lines
    assert any(line.startswith("warning: This is Bizzabo's contacts export") for line in lines)
    assert run_cli(capsys, "attendees", "import", path).out.startswith("imported 2,")
    person = run_cli(capsys, "badge", "parse", "priya@natarajan.example").json()
    assert (person["full_name"], person["title"]) == ("Priya Natarajan", "VP Partnerships")


def test_a_luma_guest_key_finds_nobody_in_an_export_that_only_holds_ticket_keys(
    capsys: pytest.CaptureFixture[str], fair: None
) -> None:
    """The limit the preview warns of: Luma's export cannot map guest keys to rows."""
    assert run_cli(capsys, "attendees", "import", str(FIXTURES / "luma_guests.csv")).code == 0
    emailed = run_cli(capsys, "badge", "parse", "https://luma.com/check-in/evt-Q7mN2?pk=g-Q1w2E3r4")
    assert (emailed.json()["source"], emailed.json()["full_name"]) == ("badge", None)
    assert run_cli(capsys, "badge", "parse", LUMA_HANA).json()["full_name"] == "Hana Sato"



def test_a_reissued_eventbrite_barcode_resolves_in_an_export_with_only_barcodes(
    capsys: pytest.CaptureFixture[str], fair: None, tmp_path: Path
) -> None:
    path = tmp_path / "eventbrite.csv"
    path.write_text(
        "Order #,First Name,Last Name,Barcode #\n"
        "1234567890,Ada,Lovelace,12345678903456789012001\n",
        encoding="utf-8",
    )
    assert run_cli(capsys, "attendees", "import", str(path)).code == 0
    person = run_cli(capsys, "badge", "parse", "12345678903456789012003").json()
    assert (person["source"], person["full_name"]) == ("attendee_list", "Ada Lovelace")

def test_a_reissued_eventbrite_barcode_that_fits_two_attendees_resolves_to_neither(
    capsys: pytest.CaptureFixture[str], fair: None, tmp_path: Path
) -> None:
    # 3456789012 and 456789012 both end the scanned order + attendee part: a guess that
    # fits two people is no answer.
    path = tmp_path / "eventbrite.csv"
    path.write_text(
        "Order #,First Name,Last Name,Attendee #,Barcode #\n"
        "1234567890,Ada,Lovelace,3456789012,12345678903456789012001\n"
        "9876543210,Bob,Other,456789012,9876543210456789012001\n",
        encoding="utf-8",
    )
    assert run_cli(capsys, "attendees", "import", str(path)).code == 0
    person = run_cli(capsys, "badge", "parse", "12345678903456789012009").json()
    assert (person["source"], person["full_name"]) == ("badge", None)

def test_one_platforms_rule_never_bends_another_lists_ids(
    capsys: pytest.CaptureFixture[str], fair: None, tmp_path: Path
) -> None:
    # A generic list whose badge ids happen to be an Eventbrite barcode minus its suffix:
    # the suffix rule is Eventbrite's, so the full code must not match this row.
    path = tmp_path / "generic.csv"
    path.write_text("Badge ID,Name\n44001122336607788990,Someone Else\n", encoding="utf-8")
    assert run_cli(capsys, "attendees", "import", str(path)).code == 0
    person = run_cli(capsys, "badge", "parse", "44001122336607788990001").json()
    assert (person["source"], person["full_name"]) == ("badge", None)


def test_the_real_program_resolves_a_luma_check_in_link(tmp_path: Path) -> None:
    """The installed command, in its own process, as a booth lead runs it."""
    data = ["--data-dir", str(tmp_path)]
    assert run_program(*data, "event", "create", "Fair").code == 0
    imported = run_program(*data, "attendees", "import", str(FIXTURES / "luma_guests.csv"))
    assert imported.out.splitlines()[0] == "imported 2, updated 0, rejected 0", imported.err
    parsed = run_program(*data, "badge", "parse", LUMA_HANA)
    assert parsed.code == 0 and parsed.err == ""
    person = json.loads(parsed.out)
    assert (person["source"], person["full_name"], person["format"]) == (
        "attendee_list",
        "Hana Sato",
        "url",
    )



def test_the_real_program_reads_a_whova_template_saved_by_excel(tmp_path: Path) -> None:
    """Windows-1252, CRLF, instructions above the header: the installed command."""
    data = ["--data-dir", str(tmp_path)]
    assert run_program(*data, "event", "create", "Fair").code == 0
    imported = run_program(
        *data, "attendees", "import", str(FIXTURES / "whova_attendee_template.csv")
    )
    assert imported.out.splitlines()[0] == "imported 3, updated 0, rejected 0", imported.err
    parsed = run_program(*data, "badge", "parse", "mailto:soren@madsen.example")
    assert parsed.code == 0 and parsed.err == ""
    person = json.loads(parsed.out)
    assert (person["full_name"], person["company"]) == ("Søren Madsen", "Madsen Rådgivning")

@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_are_previewed_or_refused_in_one_line(data: bytes) -> None:
    try:
        preview = preview_attendees(io.BytesIO(data))
    except RefusedError as refusal:
        assert "\n" not in str(refusal)
    else:
        assert preview.columns
