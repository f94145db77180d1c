"""Export of an event's leads: a spreadsheet (CSV or .xlsx) or a CRM import file.

Why it is built this way:

- **Streaming.** One ordered query over leads left-joined with their visits is read
  in batches (``yield_per``) and folded lead by lead, so 100k leads cost the memory
  of one lead, and rows are written as they are made.
- **Spreadsheet-safe CSV, raw CRM files.** In the spreadsheet CSV a cell that a
  spreadsheet would run as a formula gets a leading ``'`` (``services.cell_safety``);
  CRM importers run no formulas and would import the apostrophe, so CRM profiles
  are raw unless asked. An .xlsx file stores every cell as text and needs no guard.
- **Consent first.** CRM profiles take only people who agreed to be contacted;
  ``count_consent`` says beforehand how many would be left out, and the others can
  be exported marked opted out.
- **Phones as CRMs dial them.** A number stored as typed (``030 1234567``) is
  written in E.164 with the booth's phone country; one that cannot be parsed is
  written as stored.
- **RFC 4180.** ``csv`` module, CRLF line ends, minimal quoting; UTF-8, with an
  optional byte order mark because Excel on Windows needs one to read UTF-8.
- **Atomic.** ``services.atomic_files``: a failed or cancelled export leaves no file.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Protocol, TextIO

import orjson
from sqlalchemy import ColumnElement, Select, String, func, select, true, type_coerce
from sqlalchemy.orm import Session, aliased

from showfloor.badges.phones import format_phone
from showfloor.domain.errors import CancelledError, RefusedError
from showfloor.domain.file_names import file_stem
from showfloor.domain.person import PERSON_FIELDS, PersonFields
from showfloor.domain.validation import check_length, clean_text
from showfloor.services.atomic_files import (
    atomic_path,
    atomic_text_file,
    describe_write_error,
)
from showfloor.services.cell_safety import (
    drop_unsafe_row,
    is_formula_like,
    neutralise_row,
)
from showfloor.services.events import find_staff
from showfloor.services.export_lead import DEFAULT_LEAD_SOURCE, ExportContext, ExportLead
from showfloor.services.export_profiles import PROFILES, Profile
from showfloor.services.leads import LeadFilter, lead_query
from showfloor.services.preferences import load_preferences
from showfloor.services.xlsx_rows import XlsxRows
from showfloor.store.database import Database
from showfloor.store.models import Event, Lead, Staff, Visit
from showfloor.store.settings import get_setting, set_setting

__all__ = [
    "ExportCancelledError",
    "ExportFilter",
    "ExportSummary",
    "atomic_path",
    "atomic_text_file",
    "count_consent",
    "describe_write_error",
    "export_leads",
    "is_formula_like",
    "neutralise_row",
]

ProgressCallback = Callable[[int, int], None]

BATCH = 2000
PROGRESS_EVERY = 1000


class RowSink(Protocol):
    """Where rows go: ``csv.writer`` or ``XlsxRows``."""

    def writerow(self, row: Sequence[str], /) -> Any: ...


class ExportCancelledError(CancelledError):
    """Raised by a progress callback to stop an export; no file is left behind."""


@dataclass(frozen=True)
class ExportFilter:
    """Which leads to export. Empty fields filter nothing.

    ``consented_only`` None lets the profile decide: CRM profiles export only people
    who agreed to be contacted (the others, when asked for, go in marked opted out),
    the generic sheet exports everyone.
    """

    visitor_class: str | None = None
    rating: str | None = None
    staff: str | None = None
    consented_only: bool | None = None


@dataclass(frozen=True)
class ExportSummary:
    rows: int
    skipped_unconsented: int
    path: Path | None
    profile: str
    neutralised_cells: int = 0
    format: str = "csv"
    # Rows whose owner column is empty: the staff member who met them has no email.
    without_owner: int = 0
    opted_out: int = 0  # rows of people without consent, marked opted out in the file


@dataclass(frozen=True)
class ConsentCount:
    """How many leads the filters choose, and how many of them have no consent."""

    chosen: int
    unconsented: int

    @property
    def consented(self) -> int:
        return self.chosen - self.unconsented

    def question(self) -> str:
        """'6 of 7 leads have no consent', for the line asked before a CRM export."""
        noun = "lead has" if self.chosen == 1 else "leads have"
        return f"{self.unconsented} of {self.chosen} {noun} no consent to be contacted"


FORMATS = ("csv", "xlsx")
LEAD_SOURCE_SETTING = "export_lead_source"


def get_profile(name: str) -> Profile:
    profile = PROFILES.get(name.strip().lower())
    if profile is None:
        raise RefusedError(f"Unknown export profile '{name}'; use one of: {', '.join(PROFILES)}.")
    return profile


def default_file_name(
    event_name: str, profile: str, day: date | None = None, fmt: str = "csv"
) -> str:
    """``<event>-<profile>-<date>.csv`` with only characters every file system accepts."""
    return f"{file_stem(event_name, 'event')}-{profile}-{(day or date.today()).isoformat()}.{fmt}"


def saved_lead_source(session: Session) -> str:
    """The Lead Source value CRM files carry, as last chosen (default "Trade Show")."""
    value = get_setting(session, LEAD_SOURCE_SETTING)
    return value if isinstance(value, str) and value.strip() else DEFAULT_LEAD_SOURCE


def remember_lead_source(session: Session, value: str | None) -> str:
    """Keep the Lead Source for the next export; empty means the default."""
    clean = clean_text(value) or DEFAULT_LEAD_SOURCE
    check_length("The lead source", clean, 255)
    set_setting(session, LEAD_SOURCE_SETTING, clean)
    return clean


def count_consent(db: Database, event_id: str, filters: ExportFilter | None = None) -> ConsentCount:
    """Counted before a CRM export, so the person can be asked about the unconsented.

    Raises:
        RefusedError: unknown event, class, rating or staff member.
    """
    with db.session() as session:
        if session.get(Event, event_id) is None:
            raise RefusedError("That event no longer exists; choose another with 'event use'.")
        where = _lead_conditions(session, event_id, filters or ExportFilter())
        chosen = _count(session, where, true())
        unconsented = _count(session, where, Lead.consent.is_not(True))
    return ConsentCount(chosen, unconsented)


def export_leads(
    db: Database,
    event_id: str,
    out: TextIO | str | os.PathLike[str],
    profile: str = "generic",
    *,
    raw: bool | None = None,
    bom: bool = False,
    filters: ExportFilter | None = None,
    progress: ProgressCallback | None = None,
    fmt: str = "csv",
    lead_source: str | None = None,
) -> ExportSummary:
    """Write the event's leads to ``out`` (an open text stream, or a file path).

    A stream must be opened with ``newline=""`` and takes CSV only; a path is
    written atomically. ``raw`` None: CRM profiles raw (importers run no formulas),
    the spreadsheet guarded. An .xlsx file holds every cell as text, so it needs no
    guard. ``lead_source`` None: the saved one (default "Trade Show").

    Raises:
        RefusedError: unknown profile, format, class, rating or staff, or a file that
            cannot be written (one line saying what to do).
        ExportCancelledError: the progress callback asked to stop.
    """
    chosen = get_profile(profile)
    if fmt not in FORMATS:
        raise RefusedError(f"Unknown format '{fmt}'; use one of: {', '.join(FORMATS)}.")
    guard = not (chosen.crm if raw is None else raw) and fmt == "csv"
    flt = filters or ExportFilter()
    if isinstance(out, str | os.PathLike):
        path = Path(out)
        if fmt == "xlsx":
            with atomic_path(path) as temp, XlsxRows(temp) as book:
                summary = _export(db, event_id, book, chosen, guard, flt, progress, lead_source)
        else:
            with atomic_text_file(path) as stream:
                rows = _csv_sink(stream, bom)
                summary = _export(db, event_id, rows, chosen, guard, flt, progress, lead_source)
        return replace(summary, path=path, format=fmt)
    if fmt != "csv":
        raise RefusedError("An .xlsx export needs a file name (-o FILE.xlsx).")
    summary = _export(db, event_id, _csv_sink(out, bom), chosen, guard, flt, progress, lead_source)
    out.flush()
    return summary


def _csv_sink(stream: TextIO, bom: bool) -> RowSink:
    if bom:
        stream.write("\ufeff")
    return csv.writer(stream, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)


def _export(
    db: Database,
    event_id: str,
    sink: RowSink,
    profile: Profile,
    guard: bool,
    flt: ExportFilter,
    progress: ProgressCallback | None,
    lead_source: str | None,
) -> ExportSummary:
    consented_only = profile.crm if flt.consented_only is None else flt.consented_only
    with db.session() as session:
        event = session.get(Event, event_id)
        if event is None:
            raise RefusedError("That event no longer exists; choose another with 'event use'.")
        ctx = ExportContext(event.name, lead_source or saved_lead_source(session))
        country = load_preferences(session).phone_country
        where = _lead_conditions(session, event_id, flt)
        consent_cond: ColumnElement[bool] = Lead.consent.is_(True) if consented_only else true()
        total = _count(session, where, consent_cond)
        skipped = _count(session, where, Lead.consent.is_not(True)) if consented_only else 0
        if progress is not None:
            progress(0, total)
        sink.writerow(profile.headers)
        rows = neutralised = without_owner = opted_out = 0
        make_row = profile.row
        for lead in iter_export_leads(session, where, consent_cond, country):
            cells = make_row(lead, ctx)
            if guard:
                neutralised += neutralise_row(cells)
            else:
                drop_unsafe_row(cells)  # raw files too: no importer wants NUL or bidi controls
            sink.writerow(cells)
            rows += 1
            if lead.owner is None:
                without_owner += 1
            if not lead.consent:
                opted_out += 1
            if progress is not None and rows % PROGRESS_EVERY == 0:
                progress(rows, total)
        if progress is not None:
            progress(rows, max(rows, total))
    return ExportSummary(
        rows, skipped, None, profile.name, neutralised,
        without_owner=without_owner, opted_out=opted_out if profile.crm else 0,
    )  # fmt: skip


def _lead_conditions(session: Session, event_id: str, flt: ExportFilter) -> ColumnElement[bool]:
    staff_id = None
    if flt.staff and flt.staff.strip():
        staff = find_staff(session, flt.staff)
        if staff is None:
            raise RefusedError(f"No staff member named '{flt.staff}'; see 'showfloor staff list'.")
        staff_id = staff.id
    lead_filter = LeadFilter(
        event_id=event_id,
        visitor_class=flt.visitor_class or None,
        rating=flt.rating or None,
        staff_id=staff_id,
    )
    where = lead_query(session, lead_filter).whereclause
    assert where is not None  # lead_query always filters by event
    return where


def _count(session: Session, where: ColumnElement[bool], extra: ColumnElement[bool]) -> int:
    stmt = select(func.count()).select_from(Lead).where(where, extra)
    return int(session.execute(stmt).scalar_one())


# Times, tags and answers are read as the text the database holds (type_coerce to
# String skips SQLAlchemy's per-value processing) and converted below only as far
# as the file needs: half the export's time went into building datetime and JSON
# objects nobody looked at.
_RAW = {"consent_at", "first_seen_at", "last_seen_at", "tags", "at", "answers"}
# The visits joined in are an alias: the staff filter's EXISTS subquery names Visit
# too, and must not be correlated with the joined rows.
_VISIT = aliased(Visit, name="v")
_COLUMNS = tuple(
    type_coerce(col, String).label(col.key) if col.key in _RAW else col
    for col in (
        Lead.id,
        Lead.visitor_class,
        Lead.rating,
        *(getattr(Lead, key) for key in PERSON_FIELDS),
        Lead.badge_format,
        Lead.badge_id,
        Lead.consent,
        Lead.consent_at,
        Lead.consent_text_version,
        Lead.tags,
        Lead.visit_count,
        Lead.first_seen_at,
        Lead.last_seen_at,
        _VISIT.at,
        _VISIT.notes,
        _VISIT.answers,
        Staff.name,
        Staff.email,
    )
)


def _export_select(
    where: ColumnElement[bool], consent: ColumnElement[bool]
) -> Select[*tuple[Any, ...]]:
    """Leads and their visits, one row per visit, each lead's visits together in time order."""
    return (
        select(*_COLUMNS)
        .select_from(Lead)
        .outerjoin(_VISIT, _VISIT.lead_id == Lead.id)
        .outerjoin(Staff, Staff.id == _VISIT.staff_id)
        .where(where, consent)
        .order_by(Lead.first_seen_at, Lead.id, _VISIT.at, _VISIT.number)
    )


def _is_naive_db_time(value: str) -> bool:
    """'YYYY-MM-DD HH:MM:SS[.ffffff]': how UTCDateTime stores UTC on SQLite."""
    return (len(value) == 26 or len(value) == 19) and value[10] == " " and value[4] == "-"


def db_time(value: object) -> datetime | None:
    """A stored time as an aware UTC datetime, whatever form the driver returned."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if not isinstance(value, datetime):
        raise TypeError(f"not a time: {value!r}")
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def iso_time(value: object) -> str | None:
    """A stored time as ISO 8601 UTC (``2026-11-22T09:25:00Z``)."""
    if value is None:
        return None
    if isinstance(value, str) and _is_naive_db_time(value):
        return f"{value[:10]}T{value[11:19]}Z"
    at = db_time(value)
    return None if at is None else at.strftime("%Y-%m-%dT%H:%M:%SZ")


def note_stamp(value: object) -> str:
    """When a note was said, to the minute, as its prefix in the notes column."""
    if isinstance(value, str) and _is_naive_db_time(value):
        return f"{value[:10]} {value[11:16]} UTC"
    at = db_time(value)
    return "" if at is None else at.strftime("%Y-%m-%d %H:%M UTC")


def _json(value: object, empty: str) -> Any:
    if value is None or value == empty:
        return None
    return orjson.loads(value) if isinstance(value, str | bytes) else value


def _remember(earlier: dict[str, list[str]], key: str, value: str) -> None:
    values = earlier.setdefault(key, [])
    if value not in values:
        values.append(value)


_PHONE = PERSON_FIELDS.index("phone")


def dialable(phone: str | None, country: str | None) -> str | None:
    """A stored phone as CRMs dial it: E.164 with the booth's country, else as stored.

    Badge phones are already E.164 when they could be; this catches numbers typed by
    hand before typed phones were normalised, and lists imported without a country.
    """
    if not phone or phone[0] == "+" or country is None:
        return phone
    return format_phone(phone, country) or phone


def iter_export_leads(
    session: Session,
    where: ColumnElement[bool],
    consent: ColumnElement[bool],
    country: str | None = None,
) -> Iterator[ExportLead]:
    """Fold the joined rows into one ExportLead per lead, reading ``BATCH`` rows at a time."""
    result = session.connection().execute(
        _export_select(where, consent), execution_options={"yield_per": BATCH}
    )
    current: ExportLead | None = None
    for row in result:
        lead_id, cls, rating, *person, badge_format, badge_id, consent_given, consent_at, \
            consent_version, tags, visit_count, first_seen, last_seen, at, notes, answers, \
            staff_name, staff_email = row  # fmt: skip
        if current is None or current.id != lead_id:
            if current is not None:
                yield current
            phone = person[_PHONE]
            if phone and phone[0] != "+":
                person[_PHONE] = dialable(phone, country)
            current = ExportLead(
                lead_id, cls, rating, PersonFields(*person),
                badge_format, badge_id, bool(consent_given), iso_time(consent_at),
                consent_version, list(_json(tags, "[]") or ()), visit_count or 0,
                iso_time(first_seen), iso_time(last_seen),
            )  # fmt: skip
        if at is None:  # a lead without visits (left join)
            continue
        folded = _json(answers, "{}")
        if folded:
            lead_answers = current.answers
            for key, value in folded.items():
                if value:
                    before = lead_answers.get(key)
                    if before is not None and before != value:
                        _remember(current.earlier, key, before)
                    lead_answers[key] = value
        if notes:
            current.notes.append((note_stamp(at), notes))
        if staff_name and staff_name not in current.staff:
            if not current.staff:  # who captured them owns the lead in the CRM
                current.owner = staff_email or None
            current.staff.append(staff_name)
    if current is not None:
        yield current
