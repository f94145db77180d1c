"""CSV export of an event's leads: a spreadsheet sheet or a CRM import file.

Why it is built this way:

- **Streaming.** One ordered query over leads left-joined with their visits is read
  in batches (``yield_per``) and folded lead by lead, so 100k leads cost the memory
  of one lead, and rows are written as they are made.
- **Spreadsheet-safe by default.** A cell that a spreadsheet would run as a formula
  (first non-blank character ``= + - @``, or a leading tab or carriage return) gets a
  leading ``'``. A badge is text a stranger wrote, so ``=HYPERLINK(...)`` in a name
  must not run on the booth lead's laptop. This also catches phone numbers in
  ``+E.164`` (Excel evaluates ``+49 30 1234`` as a formula); CRM importers do not run
  formulas, so ``raw=True`` keeps every value exactly as stored for them.
- **RFC 4180.** ``csv`` module, CRLF line ends, minimal quoting; UTF-8, with an
  optional byte order mark because Excel on Windows needs one to read UTF-8.
- **Atomic.** A file target is written to a temporary file next to it and renamed
  at the end, so a failed or cancelled export never leaves half a file.
"""

from __future__ import annotations

import csv
import errno
import json
import os
import re
import secrets
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import ColumnElement, Select, String, func, select, true, type_coerce
from sqlalchemy.orm import Session, aliased

from showfloor.domain.errors import CancelledError, RefusedError
from showfloor.domain.person import PERSON_FIELDS, PersonFields
from showfloor.services.events import find_staff
from showfloor.services.export_profiles import PROFILES, ExportLead, Profile
from showfloor.services.leads import LeadFilter, lead_query
from showfloor.store.database import Database
from showfloor.store.models import Event, Lead, Staff, Visit

ProgressCallback = Callable[[int, int], None]

BATCH = 2000
PROGRESS_EVERY = 1000

# First characters that make a spreadsheet evaluate a cell, full-width forms included
# (some East Asian Excel builds read them as formulas too).
FORMULA_TRIGGERS = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")
# What may stand before a trigger and still let it count: every character Python
# calls white space, plus the invisible ones a pasted name can carry.
BLANKS = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004"
    "\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u200c\u200d\u2028\u2029\u202f\u205f"
    "\u2060\u3000\ufeff"
)
_SUSPECT_FIRST = FORMULA_TRIGGERS | frozenset(BLANKS)
# One regex scan of a whole row (cells joined by NUL) finds the rows where some cell
# starts with a trigger or a blank; only those rows are checked cell by cell. Cells
# never hold NUL (clean_text drops control characters); if one did, it would only
# cost an extra check.
_SEP = "\x00"
_SUSPECT_CELL = re.compile(_SEP + "[" + re.escape("".join(sorted(_SUSPECT_FIRST))) + "]")


def is_formula_like(cell: str) -> bool:
    """True when a spreadsheet could run ``cell`` as a formula."""
    if not cell:
        return False
    if cell[0] in "\t\r":
        return True
    return cell.lstrip(BLANKS)[:1] in FORMULA_TRIGGERS


def neutralise(cell: str) -> str:
    """The cell with a leading ``'`` when a spreadsheet could run it, else unchanged."""
    return "'" + cell if is_formula_like(cell) else cell


def neutralise_row(cells: list[str]) -> int:
    """Neutralise the risky cells of a row in place; returns how many there were."""
    if not _SUSPECT_CELL.search(_SEP + _SEP.join(cells)):
        return 0
    risky = [i for i, c in enumerate(cells) if c[:1] in _SUSPECT_FIRST and is_formula_like(c)]
    for i in risky:
        cells[i] = "'" + cells[i]
    return len(risky)


class ExportCancelledError(CancelledError):
    """Raised by a progress callback to stop an export; no file is left behind."""


@dataclass(frozen=True)
class ExportFilter:
    """Which leads to export. Empty fields filter nothing.

    ``consented_only`` None lets the profile decide: CRM profiles export only people
    who agreed to be contacted, the generic sheet exports everyone.
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


def get_profile(name: str) -> Profile:
    profile = PROFILES.get(name.strip().lower())
    if profile is None:
        raise RefusedError(f"Unknown export profile '{name}'; use one of: {', '.join(PROFILES)}.")
    return profile


def default_file_name(event_name: str, profile: str, day: date | None = None) -> str:
    """``<event>-<profile>-<date>.csv`` with only characters every file system accepts."""
    ascii_name = unicodedata.normalize("NFKD", event_name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9]+", "-", ascii_name).strip("-").lower() or "event"
    return f"{slug[:60]}-{profile}-{(day or date.today()).isoformat()}.csv"


def export_leads(
    db: Database,
    event_id: str,
    out: TextIO | str | os.PathLike[str],
    profile: str = "generic",
    *,
    raw: bool = False,
    bom: bool = False,
    filters: ExportFilter | None = None,
    progress: ProgressCallback | None = None,
) -> ExportSummary:
    """Write the event's leads as CSV to ``out`` (an open text stream or a file path).

    A stream must be opened with ``newline=""``; a path is written atomically.

    Raises:
        RefusedError: unknown profile, class, rating or staff, or a file that cannot
            be written (one line saying what to do).
        ExportCancelledError: the progress callback asked to stop.
    """
    chosen = get_profile(profile)
    flt = filters or ExportFilter()
    if isinstance(out, str | os.PathLike):
        path = Path(out)
        with atomic_text_file(path) as stream:
            summary = _export(db, event_id, stream, chosen, raw, bom, flt, progress)
        return replace(summary, path=path)
    return _export(db, event_id, out, chosen, raw, bom, flt, progress)


def _export(
    db: Database,
    event_id: str,
    stream: TextIO,
    profile: Profile,
    raw: bool,
    bom: bool,
    flt: ExportFilter,
    progress: ProgressCallback | None,
) -> ExportSummary:
    consented_only = profile.crm if flt.consented_only is None else flt.consented_only
    with db.session() as session:
        event = session.get(Event, event_id)
        if event is None:
            raise RefusedError("That event no longer exists; choose another with 'event use'.")
        where = _lead_conditions(session, event_id, flt)
        consent_cond: ColumnElement[bool] = Lead.consent.is_(True) if consented_only else true()
        total = _count(session, where, consent_cond)
        skipped = _count(session, where, Lead.consent.is_not(True)) if consented_only else 0
        if progress is not None:
            progress(0, total)
        if bom:
            stream.write("\ufeff")
        writer = csv.writer(stream, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(profile.headers)
        rows = neutralised = 0
        for lead in iter_export_leads(session, where, consent_cond):
            cells = profile.row(lead, event.name)
            if not raw:
                neutralised += neutralise_row(cells)
            writer.writerow(cells)
            rows += 1
            if progress is not None and rows % PROGRESS_EVERY == 0:
                progress(rows, total)
        if progress is not None:
            progress(rows, max(rows, total))
    stream.flush()
    return ExportSummary(rows, skipped, None, profile.name, neutralised)


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
    return json.loads(value) if isinstance(value, str | bytes) else value


def _remember(earlier: dict[str, list[str]], key: str, value: str) -> None:
    values = earlier.setdefault(key, [])
    if value not in values:
        values.append(value)


def iter_export_leads(
    session: Session, where: ColumnElement[bool], consent: ColumnElement[bool]
) -> Iterator[ExportLead]:
    """Fold the joined rows into one ExportLead per lead, reading ``BATCH`` rows at a time."""
    result = session.connection().execute(
        _export_select(where, consent), execution_options={"yield_per": BATCH}
    )
    current: ExportLead | None = None
    for row in result:
        lead_id, cls, rating, *person, badge_format, badge_id, consent_given, consent_at, \
            consent_version, tags, visit_count, first_seen, last_seen, at, notes, answers, \
            staff_name = row  # fmt: skip
        if current is None or current.id != lead_id:
            if current is not None:
                yield current
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
            current.staff.append(staff_name)
    if current is not None:
        yield current


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary file next to ``path`` that replaces ``path`` only if the block succeeds.

    The temporary file exists (empty) when the block starts, so a folder that cannot
    be written is reported before any work is done. Used for the CSV and the PDFs.

    Raises:
        RefusedError: the file cannot be written; the message says what to do.
    """
    _check_target(path)
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    try:
        temp.open("x").close()
    except OSError as exc:
        raise RefusedError(describe_write_error(exc, path)) from exc
    try:
        yield temp
        os.replace(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise RefusedError(describe_write_error(exc, path)) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


@contextmanager
def atomic_text_file(path: Path) -> Iterator[TextIO]:
    """A UTF-8 text stream (``newline=""``, for csv) that becomes ``path`` on success."""
    with atomic_path(path) as temp:
        try:
            stream = temp.open("w", encoding="utf-8", newline="")
        except OSError as exc:
            raise RefusedError(describe_write_error(exc, path)) from exc
        with stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())


def _check_target(path: Path) -> None:
    if path.is_dir():
        raise RefusedError(f"{path} is a folder; give a file name such as leads.csv.")
    if not path.parent.is_dir():
        raise RefusedError(f"The folder {path.parent} does not exist; create it or choose another.")


def describe_write_error(exc: OSError, path: Path) -> str:
    """One line a booth lead can act on, for a file that could not be written."""
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (
            f"Cannot write {path}: permission denied (is it open in another program?). "
            "Close it or choose another folder."
        )
    if exc.errno == errno.ENOSPC:
        return f"Cannot write {path}: the disk is full. Free some space or choose another disk."
    if exc.errno == errno.ENOENT:
        return f"Cannot write {path}: the folder does not exist. Create it or choose another."
    return f"Cannot write {path}: {exc.strerror or exc}."
