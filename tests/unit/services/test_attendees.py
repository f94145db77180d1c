"""Importing organiser attendee lists: shapes, encodings, delimiters, rejects, re-import."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from showfloor.domain.errors import RefusedError
from showfloor.domain.validation import clean_text
from showfloor.services.attendees import (
    FIELDS,
    HEADER_SYNONYMS,
    RowIssue,
    import_attendees,
    normalize_header,
    plan_columns,
    split_full_name,
    tidy,
)
from showfloor.services.attendees import importer as attendees_module
from showfloor.store.database import Database
from showfloor.store.models import Attendee

from helpers.builders import make_event

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "attendees"


def people(db: Database, event_id: str) -> dict[str, Attendee]:
    """The event's attendees by full name."""
    with db.session() as session:
        rows = session.scalars(select(Attendee).where(Attendee.event_id == event_id)).all()
    return {a.full_name or "": a for a in rows}


def count(db: Database) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(Attendee)) or 0)


def write(tmp_path: Path, text: str | bytes, name: str = "list.csv") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8", newline="")
    return path


# ------------------------------------------------------------------ organiser shapes


@pytest.mark.parametrize(
    ("fixture", "encoding", "delimiter", "columns"),
    [
        (
            "eventbrite.csv",
            "utf-8-sig",
            ",",
            {"Barcode #": "badge_id", "Attendee #": "ticket_code", "Email": "email",
             "Cell Phone": "phone", "Job Title": "title", "Company": "company"},
        ),
        (
            "pretix_semicolon.csv",
            "utf-8",
            ";",
            {"Ticket secret": "ticket_code", "Attendee name": "full_name",
             "Attendee email": "email", "Company": "company", "Phone number": "phone"},
        ),
        (
            "luma.csv",
            "utf-8",
            ",",
            {"api_id": "badge_id", "name": "full_name", "first_name": "first_name",
             "last_name": "last_name", "email": "email", "phone_number": "phone"},
        ),
        (
            "cvent_cp1252.csv",
            "cp1252",
            ",",
            {"Registration ID": "badge_id", "Confirmation Number": "ticket_code",
             "Email Address": "email", "Company Name": "company", "Title": "title",
             "Mobile Phone": "phone"},
        ),
        (
            "swapcard.tsv",
            "utf-8",
            "\t",
            {"Badge ID": "badge_id", "ID": "ticket_code", "Organization": "company",
             "Job title": "title", "Mobile phone": "phone"},
        ),
        (
            "excel_unicode_utf16.txt",
            "utf-16",
            "\t",
            {"Full Name": "full_name", "E-mail": "email", "Badge Number": "badge_id"},
        ),
    ],
)  # fmt: skip
def test_each_organiser_export_is_read_and_mapped_by_synonyms(
    db: Database, fixture: str, encoding: str, delimiter: str, columns: dict[str, str]
) -> None:
    report = import_attendees(db, make_event(db), FIXTURES / fixture)
    assert (report.encoding, report.delimiter) == (encoding, delimiter)
    assert columns.items() <= report.columns.items()
    assert report.imported >= 2


def test_eventbrite_rows_keep_ids_names_and_unmapped_columns_in_extra(db: Database) -> None:
    event_id = make_event(db)
    import_attendees(db, event_id, FIXTURES / "eventbrite.csv")
    ada = people(db, event_id)["Ada Lovelace"]
    assert (ada.badge_id, ada.ticket_code) == ("12345678903456789012001", "3456789012")
    assert (ada.first_name, ada.last_name, ada.email) == (
        "Ada",
        "Lovelace",
        "ada@analytical.example",
    )
    assert (ada.company, ada.title, ada.phone) == (
        "Analytical Engines Ltd",
        "Chief Mathematician",
        "+44 20 7946 0001",
    )
    assert ada.extra is not None
    assert ada.extra["Ticket Type"] == "Full pass" and ada.extra["Order #"] == "1234567890"
    assert "Group" not in ada.extra  # empty cells are not kept


def test_windows_1252_accents_survive(db: Database) -> None:
    event_id = make_event(db)
    import_attendees(db, event_id, FIXTURES / "cvent_cp1252.csv")
    found = people(db, event_id)
    assert {"José Álvarez", "Zoë Ångström", "François Lefèvre"} <= found.keys()
    assert found["José Álvarez"].company == "Iberia Logística"
    assert found["Zoë Ångström"].extra == {"Registration Type": "Standard – 650 €"}


def test_utf16_full_name_only_is_split_and_leading_zeros_kept(db: Database) -> None:
    event_id = make_event(db)
    import_attendees(db, event_id, FIXTURES / "excel_unicode_utf16.txt")
    found = people(db, event_id)
    olu = found["Dr. Olu Adeyemi"]
    assert (olu.first_name, olu.last_name, olu.badge_id) == ("Olu", "Adeyemi", "00042")
    assert found["Li Wang"].company == "深圳科技"


def test_pretix_attendee_email_beats_buyer_email_and_quoted_delimiter_stays(
    db: Database,
) -> None:
    event_id = make_event(db)
    import_attendees(db, event_id, FIXTURES / "pretix_semicolon.csv")
    found = people(db, event_id)
    crusher = found["Beverly Crusher"]
    assert crusher.email is None  # the buyer's address is not hers
    assert crusher.extra is not None and crusher.extra["Email"] == "buyer@starfleet.example"
    jane = found["Jane Doe"]  # "Doe, Jane" in the file
    assert (jane.first_name, jane.last_name, jane.company) == ("Jane", "Doe", "Acme; Inc.")
    # two secrets that differ only in case are two people
    assert crusher.ticket_code == "Q7w2E9r4T6y8U1i3O5p0A2s4"
    assert jane.ticket_code == "q7w2e9r4t6y8u1i3o5p0a2s4"


def test_quoted_newlines_stay_in_the_field_and_rows_are_numbered_as_a_spreadsheet(
    db: Database,
) -> None:
    event_id = make_event(db)
    report = import_attendees(db, event_id, FIXTURES / "luma.csv")
    # the rejected row starts on line 8 of the file but is row 4 of the sheet
    assert report.rejects == [RowIssue(4, "no name, email or id")]
    priya = people(db, event_id)["Priya Raman"]
    assert priya.extra is not None
    assert priya.extra["What do you hope to learn?"] == 'She said "booth\nlayout"\nmatters.'


# ------------------------------------------------------------------ formats, sniffing


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("Name;Email\nJosé Ñandú;jn@example.org\n".encode("utf-8-sig"), "utf-8-sig"),
        ("Name;Email\nJosé Ñandú;jn@example.org\n".encode(), "utf-8"),
        ("Name;Email\nJosé Ñandú;jn@example.org\n".encode("cp1252"), "cp1252"),
        ("Name;Email\nJosé Ñandú;jn@example.org\n".encode("utf-16"), "utf-16"),
        ("Name;Email\nJosé Ñandú;jn@example.org\n".encode("utf-16-le"), "utf-16-le"),
    ],
)
def test_encodings_are_detected(db: Database, tmp_path: Path, data: bytes, encoding: str) -> None:
    event_id = make_event(db)
    report = import_attendees(db, event_id, write(tmp_path, data))
    assert report.encoding == encoding and report.imported == 1
    assert people(db, event_id)["José Ñandú"].last_name == "Ñandú"


def test_a_utf8_file_with_a_stray_byte_stays_utf8(db: Database, tmp_path: Path) -> None:
    data = "Name,Company\nJosé Ñandú,Société\nZoë,Fjärr\n".encode() + b"Bad,\xff\n"
    event_id = make_event(db)
    report = import_attendees(db, event_id, write(tmp_path, data))
    assert report.encoding == "utf-8 (some bytes invalid)"
    assert people(db, event_id)["José Ñandú"].company == "Société"


@given(st.text())
def test_tidy_is_clean_text_only_faster(text: str) -> None:
    assert tidy(text) == clean_text(text)
    assert tidy(text, multiline=True) == clean_text(text, multiline=True)


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_delimiter_is_sniffed_even_with_other_delimiters_inside_fields(
    db: Database, tmp_path: Path, delimiter: str
) -> None:
    d = delimiter
    text = (
        f"First Name{d}Last Name{d}Company{d}Notes\n"
        f'Ada{d}Lovelace{d}"Engines, Ltd; Inc"{d}"a, b; c\td"\n'
        f"Grace{d}Hopper{d}Navy{d}x\n"
    )
    event_id = make_event(db)
    report = import_attendees(db, event_id, write(tmp_path, text))
    assert report.delimiter == delimiter and report.imported == 2
    assert people(db, event_id)["Ada Lovelace"].company == "Engines, Ltd; Inc"


def test_excel_sep_line_sets_the_delimiter_and_is_not_a_row(db: Database, tmp_path: Path) -> None:
    text = "sep=;\nFirst Name;Email\nAda;ada@example.org\n;\n;nobody\n"
    report = import_attendees(db, make_event(db), write(tmp_path, text))
    assert report.delimiter == ";"
    assert report.rejects == [
        RowIssue(4, "no name, email or id ('nobody' is not an email address)")
    ]


def test_streams_are_accepted(db: Database) -> None:
    event_id = make_event(db)
    text = "Email,Badge ID\nada@example.org,B1\n"
    assert import_attendees(db, event_id, io.BytesIO(text.encode("utf-16"))).imported == 1
    assert import_attendees(db, event_id, io.StringIO(text)).updated == 1


# ------------------------------------------------------------------ mapping


def test_synonyms_table_names_each_spelling_once() -> None:
    seen: dict[str, str] = {}
    for target, spellings in HEADER_SYNONYMS.items():
        assert target in FIELDS
        for spelling in spellings:
            key = normalize_header(spelling)
            assert seen.setdefault(key, target) == target, f"{spelling!r} is in two fields"


@pytest.mark.parametrize(
    "header", ["E-Mail", "email_address", " EMAIL ADDRESS ", "Email Address:", "e.mail"]
)
def test_header_case_spacing_and_punctuation_are_ignored(header: str) -> None:
    assert plan_columns([header, "Name"]).fields["email"] == 0


def test_the_better_synonym_wins_and_the_loser_id_takes_the_other_id_field() -> None:
    plan = plan_columns(["ID", "Badge ID", "Attendee email", "Email"])
    assert plan.fields == {"badge_id": 1, "ticket_code": 0, "email": 2}
    assert [name for name, _ in plan.extras] == ["Email"]


def test_map_to_extra_keeps_a_column_out_of_the_fields() -> None:
    plan = plan_columns(["Name", "Title", "Email"], {"title": "extra"})
    assert plan.fields == {"full_name": 0, "email": 2}
    assert plan.extras == (("Title", 1),)


def test_map_overrides_synonyms_and_can_ignore(db: Database, tmp_path: Path) -> None:
    text = "Badge Number,Barcode #,Reg,Secret notes,Name\nB1,X1,R1,do not keep,Ada Lovelace\n"
    event_id = make_event(db)
    mapping = {"reg": "badge_id", "Badge Number": "ticket_code", "Secret notes": "ignore"}
    report = import_attendees(db, event_id, write(tmp_path, text), mapping)
    ada = people(db, event_id)["Ada Lovelace"]
    assert (ada.badge_id, ada.ticket_code) == ("R1", "B1")
    assert ada.extra == {"Barcode #": "X1"}  # lost badge_id to the mapping: kept as extra
    assert report.columns["Reg"] == "badge_id"


@pytest.mark.parametrize(
    ("mapping", "needle"),
    [
        ({"Name": "nickname"}, "'nickname' is not a field"),
        ({"Nope": "email"}, "no column 'Nope'; its columns are: 'Name', 'Mail', 'Other'"),
        ({"Mail": "email", "Other": "email"}, "Two columns are mapped to email"),
    ],
)
def test_bad_mapping_is_refused(mapping: dict[str, str], needle: str) -> None:
    with pytest.raises(RefusedError, match=needle):
        plan_columns(["Name", "Mail", "Other"], mapping)


@pytest.mark.parametrize(
    ("name", "first", "last"),
    [
        ("Jane Doe", "Jane", "Doe"),
        ("Doe, Jane", "Jane", "Doe"),
        ("Jane Doe, PhD", "Jane", "Doe"),
        ("Dr. Jane van der Berg", "Jane", "van der Berg"),
        ("Mr Smith", None, "Smith"),
        ("Madonna", "Madonna", None),
    ],
)
def test_full_name_is_split(name: str, first: str | None, last: str | None) -> None:
    assert split_full_name(name) == (first, last)


# ------------------------------------------------------------------ rejects, warnings


def test_rejects_are_counted_with_spreadsheet_row_numbers(db: Database) -> None:
    report = import_attendees(db, make_event(db), FIXTURES / "eventbrite.csv")
    assert (report.imported, report.updated, report.rejected) == (3, 0, 1)
    assert report.rejects == [RowIssue(4, "no name, email or id")]


def test_a_malformed_email_keeps_the_row_without_it(db: Database) -> None:
    event_id = make_event(db)
    report = import_attendees(db, event_id, FIXTURES / "eventbrite.csv")
    assert report.warnings == [
        RowIssue(5, "'alan.turing@' is not an email address; imported without it")
    ]
    alan = people(db, event_id)["Alan Turing"]
    assert alan.email is None and alan.extra is not None
    assert alan.extra["Email"] == "alan.turing@"


def test_overlong_field_and_spreadsheet_rounded_id(db: Database, tmp_path: Path) -> None:
    text = f"Name,Company,Barcode\nAda,{'x' * 301},1\nGrace,Navy,1.23457E+21\n"
    event_id = make_event(db)
    report = import_attendees(db, event_id, write(tmp_path, text))
    assert report.rejects == [RowIssue(2, "company is too long (301 characters, at most 300)")]
    assert report.warnings[0].row == 3 and "rounded by a spreadsheet" in report.warnings[0].reason
    assert people(db, event_id)["Grace"].badge_id is None


def test_title_lines_above_the_header_are_skipped(db: Database, tmp_path: Path) -> None:
    text = "Attendee report\nGenerated 2026-11-01,by Eventbrite\nName,Email\nAda,x\n"
    report = import_attendees(db, make_event(db), write(tmp_path, text))
    assert report.imported == 1 and report.warnings[0].row == 4


def test_title_lines_with_commas_do_not_hide_a_semicolon_header(
    db: Database, tmp_path: Path
) -> None:
    text = (
        "Attendee report, Expo 2026\nExported 2026-10-01, 10:00\n"
        "Name;Email;Company;Badge ID\nAda Lovelace;ada@example.org;Engines, Ltd;B-1\n"
    )
    event_id = make_event(db)
    report = import_attendees(db, event_id, write(tmp_path, text))
    assert (report.imported, report.delimiter) == (1, ";")
    assert people(db, event_id)["Ada Lovelace"].company == "Engines, Ltd"


def test_a_block_of_instructions_above_the_header_is_skipped(db: Database, tmp_path: Path) -> None:
    """Templates (Whova's) put six title and instruction lines of one or two cells first."""
    lines = ["Import template", "INSTRUCTIONS,,1. Use this file only."]
    lines += [f",,{n}. Another instruction." for n in range(2, 6)]
    text = "\n".join([*lines, "Name,Email (required),Phone (optional)", "Ada,ada@example.org,"])
    event_id = make_event(db)
    report = import_attendees(db, event_id, write(tmp_path, text))
    assert report.imported == 1
    assert report.columns == {
        "Name": "full_name",
        "Email (required)": "email",
        "Phone (optional)": "phone",
    }


def test_blank_rows_are_skipped_silently(db: Database, tmp_path: Path) -> None:
    text = "\n\nName,Email\n\nAda,ada@example.org\n,\n  ,  \n"
    report = import_attendees(db, make_event(db), write(tmp_path, text))
    assert (report.imported, report.rejected) == (1, 0)


# ------------------------------------------------------------------ re-import


def test_reimport_updates_instead_of_doubling(db: Database) -> None:
    event_id = make_event(db)
    first = import_attendees(db, event_id, FIXTURES / "eventbrite.csv")
    again = import_attendees(db, event_id, FIXTURES / "eventbrite.csv")
    assert (first.imported, again.imported, again.updated) == (3, 0, 3)
    assert count(db) == 3


def test_reimport_writes_new_values_and_never_erases_with_empty_cells(
    db: Database, tmp_path: Path
) -> None:
    event_id = make_event(db)
    import_attendees(
        db,
        event_id,
        write(tmp_path, "Badge ID,Name,Company,Phone,Size\nB1,Ada Lovelace,Engines,+44 1,M\n"),
    )
    import_attendees(
        db, event_id, write(tmp_path, "Badge ID,Company,Diet\nB1,Analytical Ltd,vegan\n")
    )
    ada = people(db, event_id)["Ada Lovelace"]
    assert (ada.company, ada.phone) == ("Analytical Ltd", "+44 1")
    assert ada.extra == {"Size": "M", "Diet": "vegan"}
    assert count(db) == 1


def test_reimport_matches_by_ticket_code_then_email(db: Database, tmp_path: Path) -> None:
    event_id = make_event(db)
    import_attendees(
        db,
        event_id,
        write(
            tmp_path, "Ticket code,Email,Name\nT1,ada@example.org,Ada\n,grace@example.org,Grace\n"
        ),
    )
    report = import_attendees(
        db,
        event_id,
        write(
            tmp_path,
            "Badge ID,Ticket code,Email,Company\nB1,T1,,Engines\nB2,,grace@example.org,Navy\n",
        ),
    )
    assert (report.imported, report.updated) == (0, 2)
    found = people(db, event_id)
    assert (found["Ada"].badge_id, found["Ada"].company) == ("B1", "Engines")
    assert (found["Grace"].badge_id, found["Grace"].company) == ("B2", "Navy")


def test_two_tickets_sharing_one_email_stay_two_people(db: Database, tmp_path: Path) -> None:
    text = "Ticket code,Email,Name\nT1,office@acme.example,Ann\nT2,office@acme.example,Bob\n"
    report = import_attendees(db, make_event(db), write(tmp_path, text))
    assert (report.imported, report.updated) == (2, 0)


def test_a_row_repeated_in_the_file_updates_the_first(db: Database, tmp_path: Path) -> None:
    text = "Email,Name,Company\nada@example.org,Ada,\nADA@example.org,,Engines\n"
    event_id = make_event(db)
    report = import_attendees(db, event_id, write(tmp_path, text))
    assert (report.imported, report.updated) == (1, 1)
    assert people(db, event_id)["Ada"].company == "Engines"


def test_reimporting_names_without_ids_does_not_double_them(db: Database, tmp_path: Path) -> None:
    path = write(tmp_path, "Name,Company\nAda Lovelace,Engines\nAda Lovelace,Navy\n")
    event_id = make_event(db)
    import_attendees(db, event_id, path)
    again = import_attendees(db, event_id, path)
    assert (again.imported, again.updated, count(db)) == (0, 2, 2)


def test_another_events_list_is_left_alone(db: Database) -> None:
    first, second = make_event(db, "Fair A"), make_event(db, "Fair B")
    import_attendees(db, first, FIXTURES / "swapcard.tsv")
    report = import_attendees(db, second, FIXTURES / "swapcard.tsv")
    assert (report.imported, report.updated, count(db)) == (2, 0, 4)


# ------------------------------------------------------------------ refusals


@pytest.mark.parametrize(
    ("data", "needle"),
    [
        (b"", "empty"),
        (b"\n \n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
        (b"PK\x03\x04\x14\x00\x06\x00", "Excel workbook"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Excel workbook"),
        (b"foo,bar,baz\n1,2,3\n", "row 1: 'foo', 'bar', 'baz'"),
        (b"\n\nAttendee report\nfoo,bar\nbaz\n1,2\n", "row 3: 'Attendee report'"),
        (b'{"attendees": [{"name": "Ada"}]}', "names an attendee field"),
        (b'First Name,Email\n"Ada,ada@example.org\nGrace,g@example.org\n', "Row 2"),
        (b'First Name,Email\nAda,"ada"@example.org\n', "Row 2 is not valid CSV"),
    ],
)
def test_a_malformed_file_is_refused_naming_the_problem(
    db: Database, tmp_path: Path, data: bytes, needle: str
) -> None:
    event_id = make_event(db)
    with pytest.raises(RefusedError, match=needle.replace("(", r"\(")) as refused:
        import_attendees(db, event_id, write(tmp_path, data))
    assert "\n" not in str(refused.value)
    assert count(db) == 0


def test_a_missing_file_is_refused(db: Database, tmp_path: Path) -> None:
    with pytest.raises(RefusedError, match="There is no file"):
        import_attendees(db, make_event(db), tmp_path / "nope.csv")


def test_no_header_message_suggests_the_mapping() -> None:
    with pytest.raises(RefusedError) as refused:
        plan_columns(["Jane", "Doe", "jane@example.org"])
    assert "--map COLUMN=FIELD" in str(refused.value)
    assert "'jane@example.org'" in str(refused.value)


# ------------------------------------------------------------------ progress


def test_progress_is_reported_per_chunk_up_to_the_total(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(attendees_module, "CHUNK_ROWS", 10)
    text = "Email\n" + "".join(f"p{i}@example.org\n" for i in range(35))
    calls: list[tuple[int, int]] = []
    import_attendees(db, make_event(db), write(tmp_path, text), progress=lambda *a: calls.append(a))
    assert calls == [(0, 35), (10, 35), (20, 35), (30, 35), (35, 35)]


def test_a_progress_callback_that_raises_cancels_the_whole_import(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(attendees_module, "CHUNK_ROWS", 10)
    text = "Email\n" + "".join(f"p{i}@example.org\n" for i in range(35))

    def cancel(done: int, total: int) -> None:
        if done >= 20:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        import_attendees(db, make_event(db), write(tmp_path, text), progress=cancel)
    assert count(db) == 0


def test_a_refusal_after_good_rows_leaves_nothing_behind(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(attendees_module, "CHUNK_ROWS", 5)
    good = "".join(f"p{i}@example.org\n" for i in range(20))
    with pytest.raises(RefusedError, match="Row 22"):
        import_attendees(db, make_event(db), write(tmp_path, f'Email\n{good}"a\n'))
    assert count(db) == 0
