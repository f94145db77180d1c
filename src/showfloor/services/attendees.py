"""Loading the organiser's attendee list (CSV) into an event.

Id-only badges carry no name; this list, imported before the doors open, is what
turns them into people (services/lookup.py). Organisers export it from Eventbrite,
pretix, Luma, Cvent, Swapcard or a spreadsheet, so the reader accepts what those
tools and Excel really write: any of a dozen header spellings, UTF-8 with or without
BOM, UTF-16, Windows-1252, `,` `;` or tab, quoted newlines.

Decisions worth knowing:
- One transaction: a refused file (or a progress callback that raises, which is how
  a worker cancels) leaves the list exactly as it was.
- A row is rejected only when it has no identity at all (no badge id, ticket code,
  email or name) or a field is absurdly long. A malformed email is *not* a reject:
  the row is kept without the email (the raw value stays in ``extra``) and a warning
  names the row, because a visitor who cannot be resolved at the booth costs more
  than a missing address.
- A re-import updates instead of doubling: a row matches an attendee of the event by
  badge id, else ticket code, else email (email only when no id contradicts it, so
  two ticket holders sharing one address stay two people). Non-empty values replace
  stored ones; empty cells never erase. A row repeating an earlier row of the same
  file updates it too, so imported + updated + rejected = non-blank data rows.
- Ids that a spreadsheet turned into scientific notation (``1.23457E+21``) are
  dropped with a warning: Excel rounds them, so many people would share one id.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from operator import itemgetter
from pathlib import Path
from typing import IO, Any, NamedTuple

from sqlalchemy import Connection, select

from showfloor.badges.names import split_full_name
from showfloor.domain.errors import RefusedError
from showfloor.domain.person import PERSON_FIELDS
from showfloor.domain.validation import (
    MAX_FIELD,
    MAX_NAME,
    clean_text,
    is_valid_email,
    normalize_email,
)
from showfloor.store.database import Database, large_page_cache
from showfloor.store.models import Attendee
from showfloor.store.types import utcnow

Source = str | os.PathLike[str] | IO[bytes] | IO[str]
ProgressCallback = Callable[[int, int], None]

ID_FIELDS = ("badge_id", "ticket_code")
FIELDS = (*ID_FIELDS, *PERSON_FIELDS)
IGNORE = "ignore"
EXTRA = "extra"
MAP_TARGETS = (*FIELDS, IGNORE, EXTRA)

# The synonyms table: the header spellings of real organiser exports, per field,
# best first. When two columns claim one field the better-ranked one wins; a losing
# id column takes the other id field if it is free (Eventbrite: Barcode # and
# Attendee #; Swapcard: Badge ID and ID), any other loser is kept in `extra`.
# Headers compare after normalize_header (case, accents, spaces, punctuation, `#`).
# Order-level ids (Eventbrite "Order #", pretix "Order code") are deliberately
# absent: several attendees share them, so matching on them would merge people.
# fmt: off
HEADER_SYNONYMS: dict[str, tuple[str, ...]] = {
    "badge_id": (
        "Badge ID", "Badge number", "Badge no", "Badge code", "Barcode #", "Barcode number",
        "Ticket barcode", "Badge barcode", "QR code", "Scan code", "Registration ID",
        "Attendee ID", "Attendee #", "Attendee number", "api_id", "Guest ID",
        "Participant ID", "Delegate ID", "Registrant ID", "Person ID", "Contact ID",
        "User ID", "ID",
    ),
    "ticket_code": (
        "Ticket secret", "Secret", "Ticket code", "Ticket number", "Ticket no", "Ticket ID",
        "Confirmation Number", "Confirmation code", "Confirmation no", "Confirmation ID",
        "Registration code", "Registration number",
    ),
    "first_name": (
        "First Name", "Attendee first name", "Attendee name: Given name", "Given name",
        "Forename", "First", "Vorname", "Prénom", "Nombre",
    ),
    "last_name": (
        "Last Name", "Attendee last name", "Attendee name: Family name", "Family name",
        "Surname", "Last", "Nachname", "Nom de famille", "Nom", "Apellido", "Apellidos",
    ),
    "full_name": (
        "Full name", "Attendee name", "Name", "Guest name", "Participant name",
        "Delegate name", "Contact name", "Visitor name", "Display name", "Attendee full name",
    ),
    "company": (
        "Company", "Company Name", "Attendee company", "Organization", "Organisation",
        "Organization name", "Organisation name", "Employer", "Affiliation", "Institution",
        "Account name", "Firma", "Unternehmen", "Entreprise", "Société", "Empresa",
    ),
    "title": (
        "Job Title", "Title", "Attendee job title", "Position", "Role", "Job role",
        "Job function", "Function", "Designation", "Jobtitel", "Funktion", "Poste", "Cargo",
    ),
    "email": (
        "Attendee email", "Email", "Email Address", "E-mail", "E-mail address", "Mail",
        "Work email", "Business email", "Primary email", "Attendee email address",
        "Courriel", "Correo",
    ),
    "phone": (
        "Cell Phone", "Mobile Phone", "Mobile", "Mobile number", "phone_number", "Phone",
        "Phone number", "Attendee phone", "Work Phone", "Business phone", "Telephone", "Tel",
        "Cell", "Handy", "Telefon", "Téléphone", "Teléfono",
    ),
}
# fmt: on

MAX_LENGTH = {
    "badge_id": 200,
    "ticket_code": 200,
    "first_name": MAX_NAME,
    "last_name": MAX_NAME,
    "full_name": MAX_FIELD,
    "company": MAX_FIELD,
    "title": MAX_FIELD,
    "email": MAX_FIELD,
    "phone": 50,
}
IDENTITY_FIELDS = ("badge_id", "ticket_code", "email", "first_name", "last_name", "full_name")
NO_IDENTITY = "no name, email or id"

SAMPLE_BYTES = 64 * 1024
HEADER_SEARCH_ROWS = 3  # title lines tolerated above the header
CHUNK_ROWS = 5000  # rows per bulk write and per progress report
_SCIENTIFIC = re.compile(r"^\d(?:[.,]\d+)?E\+\d+$", re.IGNORECASE)
_SEP_LINE = re.compile(r"^sep=(.)\r?\n", re.IGNORECASE)


def normalize_header(name: str) -> str:
    """A header reduced to what tells columns apart: letters and digits, case-folded.

    "Barcode #", "barcode", "BARCODE_" and "Bar-code" are the same column to a person.
    """
    decomposed = unicodedata.normalize("NFKD", name).casefold()
    return "".join(ch for ch in decomposed if ch.isalnum() and not unicodedata.combining(ch))


def _build_synonym_index() -> dict[str, tuple[str, int]]:
    index: dict[str, tuple[str, int]] = {}
    for target, spellings in HEADER_SYNONYMS.items():
        for rank, spelling in enumerate(spellings):
            index.setdefault(normalize_header(spelling), (target, rank))
    return index


SYNONYM_INDEX = _build_synonym_index()


class RowIssue(NamedTuple):
    """A row as a spreadsheet numbers it (the header is row 1) and what is wrong with it."""

    row: int
    reason: str


@dataclass
class ImportReport:
    """What an import did; ``rejects`` and ``warnings`` are in file order."""

    imported: int = 0
    updated: int = 0
    rejected: int = 0
    rejects: list[RowIssue] = field(default_factory=list)
    warnings: list[RowIssue] = field(default_factory=list)
    columns: dict[str, str] = field(default_factory=dict)  # header -> field, mapped only
    encoding: str = ""
    delimiter: str = ""


# --------------------------------------------------------------------------- reading


def read_source(source: Source) -> tuple[str, str, str]:
    """The whole text of a file or stream, the encoding found, and a name for messages.

    Raises:
        RefusedError: missing or unreadable file, or one that is not text at all.
    """
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        data: bytes | str = _read_file(path)
        name = path.name
    else:
        data = source.read()
        name = str(getattr(source, "name", "the attendee list"))
    if isinstance(data, str):
        return data, "text", name
    text, encoding = decode_bytes(data, name)
    return text, encoding, name


def _read_file(path: Path) -> bytes:
    """Read the head first, so a video chosen by mistake is refused unread."""
    try:
        with path.open("rb") as fh:
            head = fh.read(SAMPLE_BYTES)
            _refuse_binary(head, _bom_encoding(head) or _utf16_without_bom(head), path.name)
            return head + fh.read()
    except FileNotFoundError:
        raise RefusedError(f"There is no file {path}; check the name and folder.") from None
    except IsADirectoryError:
        raise RefusedError(f"{path} is a folder; give the attendee list's CSV file.") from None
    except PermissionError:
        raise RefusedError(f"Cannot read {path}: permission denied.") from None
    except OSError as exc:
        raise RefusedError(f"Cannot read {path}: {exc.strerror or exc}.") from None


def decode_bytes(data: bytes, name: str = "the file") -> tuple[str, str]:
    """Text and encoding: a BOM decides; else strict UTF-8; else Windows-1252.

    Windows-1252 is what Excel on Western-European Windows writes for "CSV"; a file
    that is not valid UTF-8 is almost always that. Almost: a UTF-8 file with a few
    stray bytes (two exports pasted together) would turn every accent into mojibake
    as cp1252, so when valid UTF-8 sequences outnumber the invalid ones it stays
    UTF-8, with U+FFFD where the bytes were bad.
    """
    encoding = _bom_encoding(data) or _utf16_without_bom(data[:SAMPLE_BYTES])
    _refuse_binary(data[:SAMPLE_BYTES], encoding, name)
    if encoding is None:
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            return _utf8_or_cp1252(data)
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError as exc:
        raise RefusedError(
            f"{name} says it is {encoding.upper()} but byte {exc.start} is not; "
            "export the attendee list again as CSV (UTF-8)."
        ) from None


def _utf8_or_cp1252(data: bytes) -> tuple[str, str]:
    as_utf8 = data.decode("utf-8", errors="replace")
    invalid = as_utf8.count("\ufffd")
    valid = len(as_utf8) - len(as_utf8.encode("ascii", "ignore")) - invalid
    if valid > invalid:
        return as_utf8, "utf-8 (some bytes invalid)"
    # cp1252 leaves five bytes undefined; they become U+FFFD rather than a refusal.
    return data.decode("cp1252", errors="replace"), "cp1252"


def _bom_encoding(head: bytes) -> str | None:
    # UTF-32 first: its little-endian BOM starts with UTF-16's.
    boms = (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    )
    return next((enc for bom, enc in boms if head.startswith(bom)), None)


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 text of Latin script has a NUL in every other byte; binary data does not."""
    sample = head[:4096]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return None


def _refuse_binary(head: bytes, encoding: str | None, name: str) -> None:
    if head.startswith(b"PK\x03\x04"):
        raise RefusedError(
            f"{name} is an Excel workbook (.xlsx) or a zip file, not CSV: open it and "
            "save it as 'CSV UTF-8'."
        )
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise RefusedError(
            f"{name} is an old Excel workbook (.xls), not CSV: open it and save it as 'CSV UTF-8'."
        )
    if encoding is None or not encoding.startswith(("utf-16", "utf-32")):
        nul = head.find(b"\x00")
        if nul >= 0:
            raise RefusedError(
                f"{name} is not a CSV file: it holds binary data (byte {nul}). "
                "Export the attendee list as CSV."
            )


# --------------------------------------------------------------------------- dialect


def sniff_delimiter(text: str) -> str:
    """`,` `;` or tab: the one under which the header names the most known fields.

    csv.Sniffer alone is easily fooled (commas inside a `;` file's notes); it only
    breaks ties here, and a comma is the fallback when nothing is recognised.
    """
    sample = text[:SAMPLE_BYTES]
    if len(text) > len(sample) and "\n" in sample:
        sample = sample[: sample.rindex("\n") + 1]
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        sniffed = ","
    candidates = list(dict.fromkeys([sniffed, ",", ";", "\t"]))

    def score(delimiter: str) -> tuple[int, int]:
        header = _first_record(sample, delimiter)
        known = sum(normalize_header(cell) in SYNONYM_INDEX for cell in header)
        return known, len(header)

    scores = {d: score(d) for d in candidates}
    best = max(candidates, key=lambda d: scores[d])  # max keeps the first on ties
    if scores[best][0] == 0 and scores[sniffed][1] > 1:
        return sniffed
    return best


def _first_record(sample: str, delimiter: str) -> list[str]:
    reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
    try:
        for record in reader:
            if any(cell.strip() for cell in record):
                return record
    except csv.Error:
        pass
    return []


def _records(text: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """(spreadsheet row number, cells); a csv error becomes a refusal naming the row."""
    reader = csv.reader(
        io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"', strict=True
    )
    row = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise RefusedError(
                f"Row {row + 1} is not valid CSV ({exc}); an unclosed quote is the usual "
                "cause. Fix that row or export the list again."
            ) from None
        row += 1
        yield row, cells


# --------------------------------------------------------------------------- columns


_TEXT, _ID, _EMAIL = 0, 1, 2


@dataclass(frozen=True)
class ColumnPlan:
    """Which cell of a row feeds which field; everything else is kept in ``extra``."""

    headers: tuple[str, ...]
    fields: dict[str, int]
    extras: tuple[tuple[str, int], ...]

    @cached_property
    def steps(self) -> tuple[tuple[str, int, int, int], ...]:
        """(field, cell, length limit, kind) per mapped column: the row loop's program."""
        kinds = {"badge_id": _ID, "ticket_code": _ID, "email": _EMAIL}
        return tuple(
            (name, pos, MAX_LENGTH[name], kinds.get(name, _TEXT))
            for name, pos in sorted(self.fields.items(), key=_by_pos)
        )

    def mapped(self) -> dict[str, str]:
        return {self.headers[i]: name for name, i in sorted(self.fields.items(), key=_by_pos)}


def _by_pos(item: tuple[str, int]) -> int:
    return item[1]


def plan_columns(
    header: Sequence[str], mapping: Mapping[str, str] | None = None, header_row: int = 1
) -> ColumnPlan:
    """Map a header row to fields: explicit mapping first, then the synonyms table.

    Raises:
        RefusedError: a mapping names an unknown field or a column the file lacks, or
            no column names any field.
    """
    headers = _header_names(header)
    assigned: dict[int, str] = _explicit(headers, mapping or {})
    claimed = {target for target in assigned.values() if target in FIELDS}
    candidates = sorted(
        (SYNONYM_INDEX[key][1], pos, SYNONYM_INDEX[key][0])
        for pos, key in enumerate(normalize_header(h) for h in headers)
        if pos not in assigned and key in SYNONYM_INDEX
    )
    losers: list[tuple[int, str]] = []
    for _rank, pos, target in candidates:
        if target in claimed:
            losers.append((pos, target))
        else:
            assigned[pos] = target
            claimed.add(target)
    for pos, target in losers:  # still best-ranked first
        other = _other_id_field(target)
        if other is not None and other not in claimed:
            assigned[pos] = other
            claimed.add(other)
    fields_ = {target: pos for pos, target in assigned.items() if target in FIELDS}
    if not fields_:
        raise RefusedError(_no_header_message(headers, header_row))
    extras = tuple(
        (headers[pos], pos) for pos in range(len(headers)) if assigned.get(pos, EXTRA) == EXTRA
    )
    return ColumnPlan(tuple(headers), fields_, extras)


def _other_id_field(target: str) -> str | None:
    if target not in ID_FIELDS:
        return None
    return ID_FIELDS[1 - ID_FIELDS.index(target)]


def _header_names(header: Sequence[str]) -> list[str]:
    """Cleaned header cells; blank ones become "column N", repeats get " (2)"."""
    names: list[str] = []
    for pos, cell in enumerate(header):
        base = clean_text(cell) or f"column {pos + 1}"
        name, n = base, 1
        while name in names:
            n += 1
            name = f"{base} ({n})"
        names.append(name)
    return names


def _explicit(headers: list[str], mapping: Mapping[str, str]) -> dict[int, str]:
    exact: dict[str, int] = {}
    loose: dict[str, int] = {}
    for pos, header in enumerate(headers):
        exact.setdefault(header, pos)
        loose.setdefault(normalize_header(header), pos)
    assigned: dict[int, str] = {}
    for column, target in mapping.items():
        wanted = target.strip().lower()
        if wanted not in MAP_TARGETS:
            raise RefusedError(
                f"Mapping '{column}={target}': '{target}' is not a field; use one of: "
                f"{', '.join(MAP_TARGETS)}."
            )
        found = exact.get(column.strip(), loose.get(normalize_header(column)))
        if found is None:
            raise RefusedError(
                f"Mapping '{column}={target}': the file has no column '{column}'; its "
                f"columns are: {_quoted(headers)}."
            )
        if wanted in FIELDS and wanted in assigned.values():
            other = headers[next(p for p, t in assigned.items() if t == wanted)]
            raise RefusedError(
                f"Two columns are mapped to {wanted}: '{other}' and '{headers[found]}'; "
                "map only one."
            )
        assigned[found] = wanted
    return assigned


def _quoted(headers: Sequence[str], limit: int = 8) -> str:
    shown = ", ".join(f"'{h[:40]}'" for h in headers[:limit])
    return shown + (f" and {len(headers) - limit} more" if len(headers) > limit else "")


def _no_header_message(headers: Sequence[str], row: int) -> str:
    return (
        f"No column of the header (row {row}: {_quoted(headers, 6)}) names an attendee field, "
        "so this is not an attendee list this program can read. Name the columns with "
        f"--map COLUMN=FIELD (fields: {', '.join(FIELDS)})."
    )


# --------------------------------------------------------------------------- rows


def tidy(value: str, *, multiline: bool = False) -> str | None:
    """clean_text with a fast path for plain ASCII, which is nearly every cell.

    Printable ASCII has no control, invisible or composed characters and no whitespace
    but spaces, so trimming and collapsing spaces is all clean_text would do; this
    keeps the 200k-row import within its time bound.
    """
    if value.isascii() and value.isprintable():
        text = value.strip()
        if "  " in text:
            text = " ".join(text.split())
        return text or None
    return clean_text(value, multiline=multiline)


@dataclass
class CleanRow:
    values: dict[str, str | None]
    extra: dict[str, str]


def clean_row(plan: ColumnPlan, cells: Sequence[str], problems: list[str]) -> CleanRow | str:
    """One row's fields cleaned and checked, or the reason it is rejected.

    A value left out (a malformed email, a rounded id) is added to ``problems``; the
    row is still imported when something else identifies the person.
    """
    # This runs for every cell of every row: tidy() is inlined for plain ASCII cells.
    width = len(cells)
    values: dict[str, str | None] = dict.fromkeys(FIELDS)
    extra: dict[str, str] = {}
    for name, pos, limit, kind in plan.steps:
        raw = cells[pos] if pos < width else ""
        if not raw:
            continue
        value: str | None = raw.strip() if raw.isascii() and raw.isprintable() else tidy(raw)
        if not value:
            continue
        if "  " in value:
            value = " ".join(value.split())
        if kind == _ID and (value[0] == "=" or "+" in value):
            value = _clean_id(name, value, plan.headers[pos], extra, problems)
        elif kind == _EMAIL:
            value = _clean_email(value, plan.headers[pos], extra, problems)
        if value is not None and len(value) > limit:
            label = name.replace("_", " ")
            return f"{label} is too long ({len(value)} characters, at most {limit})"
        values[name] = value
    for header, pos in plan.extras:
        raw = cells[pos] if pos < width else ""
        if raw:
            text = raw.strip() if raw.isascii() and raw.isprintable() else tidy(raw, multiline=True)
            if text:
                extra[header] = " ".join(text.split()) if "  " in text else text
    if width > len(plan.headers):
        _overflow(plan, cells, extra)
    if not any(values[name] for name in IDENTITY_FIELDS):
        return f"{NO_IDENTITY} ({'; '.join(problems)})" if problems else NO_IDENTITY
    _complete_names(values)
    return CleanRow(values, extra)


def _clean_id(
    name: str, value: str, header: str, extra: dict[str, str], problems: list[str]
) -> str | None:
    if value.startswith('="') and value.endswith('"') and len(value) > 3:
        value = value[2:-1]  # Excel's way of keeping leading zeros: ="00123"
    if _SCIENTIFIC.match(value):
        extra[header] = value
        problems.append(
            f"{name.replace('_', ' ')} '{value}' was rounded by a spreadsheet (export the "
            "list again without opening it in Excel)"
        )
        return None
    return value


def _clean_email(value: str, header: str, extra: dict[str, str], problems: list[str]) -> str | None:
    email = normalize_email(value) if "mailto" in value.lower() else value.lower()
    if email is not None and is_valid_email(email):
        return email
    extra[header] = value
    problems.append(f"'{value}' is not an email address")
    return None


def _overflow(plan: ColumnPlan, cells: Sequence[str], extra: dict[str, str]) -> None:
    """Cells beyond the header (an unquoted delimiter in a field) are kept, not lost."""
    for pos in range(len(plan.headers), len(cells)):
        text = tidy(cells[pos])
        if text is not None:
            extra[f"column {pos + 1}"] = text


def _complete_names(values: dict[str, str | None]) -> None:
    """Fill first/last from a lone full name, or full from first and last.

    A "Doe, Jane" full name becomes "Jane Doe": that is how the CRM will show it.
    """
    full, first, last = values["full_name"], values["first_name"], values["last_name"]
    if full and not (first or last):
        first, last = values["first_name"], values["last_name"] = split_full_name(full)
        if "," in full and first and last and not full.startswith(first):
            values["full_name"] = f"{first} {last}"
    elif not full and (first or last):
        values["full_name"] = " ".join(p for p in (first, last) if p)


# --------------------------------------------------------------------------- matching


class KeyIndex:
    """The event's attendees by badge id, ticket code and email, for re-import matching.

    Loaded with one query before the import; kept in step with every row written so
    a row repeated later in the same file updates the earlier one. Attendees with no
    id and no email are indexed by name and company, so that re-importing a list of
    names does not double it.
    """

    def __init__(self) -> None:
        self.by_badge: dict[str, str] = {}
        self.by_ticket: dict[str, str] = {}
        self.by_email: dict[str, str] = {}
        self.by_name: dict[tuple[str, str], str] = {}
        self.ids: dict[str, tuple[str | None, str | None]] = {}

    def load(self, conn: Connection, event_id: str) -> None:
        table = Attendee.__table__.c
        columns = ("badge_id", "ticket_code", "email", "full_name", "company")
        rows = conn.execute(
            select(table.id, *(table[c] for c in columns)).where(table.event_id == event_id)
        )
        for attendee_id, *values in rows:
            self.add(attendee_id, dict(zip(columns, values, strict=True)))

    def match(self, values: Mapping[str, str | None]) -> str | None:
        badge, ticket, email = values["badge_id"], values["ticket_code"], values["email"]
        if badge and badge in self.by_badge:
            return self.by_badge[badge]
        if ticket and ticket in self.by_ticket:
            return self.by_ticket[ticket]
        if email and email in self.by_email:
            found = self.by_email[email]
            known_badge, known_ticket = self.ids[found]
            if (badge and known_badge and badge != known_badge) or (
                ticket and known_ticket and ticket != known_ticket
            ):
                return None  # same address, different ticket: two people
            return found
        name = _name_key(values)
        return None if name is None else self.by_name.get(name)

    def add(self, attendee_id: str, values: Mapping[str, str | None]) -> None:
        """Index what this attendee now holds (a matched row's keys merge into it)."""
        badge, ticket, email = values["badge_id"], values["ticket_code"], values["email"]
        known_badge, known_ticket = self.ids.get(attendee_id, (None, None))
        if known_badge and badge and badge != known_badge:
            self._forget(self.by_badge, known_badge, attendee_id)
        if known_ticket and ticket and ticket != known_ticket:
            self._forget(self.by_ticket, known_ticket, attendee_id)
        if badge:
            self.by_badge.setdefault(badge, attendee_id)
        if ticket:
            self.by_ticket.setdefault(ticket, attendee_id)
        if email:
            self.by_email.setdefault(email, attendee_id)
        name = _name_key(values)
        if name is not None:
            self.by_name.setdefault(name, attendee_id)
        self.ids[attendee_id] = (badge or known_badge, ticket or known_ticket)

    @staticmethod
    def _forget(index: dict[str, str], key: str, attendee_id: str) -> None:
        """Drop a key the attendee no longer holds (its id changed on re-import)."""
        if index.get(key) == attendee_id:
            del index[key]


def _name_key(values: Mapping[str, str | None]) -> tuple[str, str] | None:
    """Name and company, for a row with nothing better to match on; else None."""
    full = values["full_name"]
    if not full or values["badge_id"] or values["ticket_code"] or values["email"]:
        return None
    return full.casefold(), (values["company"] or "").casefold()


# --------------------------------------------------------------------------- writing


class _Writer:
    """Bulk inserts and updates, a chunk at a time, inside the caller's transaction.

    Rows go to the driver's executemany as tuples: SQLAlchemy's per-row parameter
    processing alone would cost seconds of the 10 s budget for 200k rows. The only
    typed values, the timestamps, are converted once with the column type itself,
    and ``extra`` is written as JSON text, so what lands on disk is what the ORM
    writes and reads.

    (Writing each chunk from a helper thread while the next is cleaned was measured
    and dropped: the GIL hand-offs per row cost more CPU than the overlap saved.)
    """

    def __init__(self, conn: Connection, event_id: str, now: datetime) -> None:
        self.conn = conn
        self.event_id = event_id
        self.stamp = _bound_value(conn, "updated_at", now)
        self.inserts: list[tuple[Any, ...]] = []
        self.updates: list[tuple[str, CleanRow]] = []
        self.mark = mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
        self.insert_sql = (
            f"INSERT INTO {_TABLE} ({', '.join(_INSERT_COLUMNS)}) "
            f"VALUES ({', '.join([mark] * len(_INSERT_COLUMNS))})"
        )

    def insert(self, row: CleanRow) -> str:
        attendee_id = _bulk_id()
        self.inserts.append(
            (
                attendee_id,
                self.event_id,
                *_field_values(row.values),
                _json(row.extra),
                self.stamp,
                self.stamp,
            )
        )
        return attendee_id

    def update(self, attendee_id: str, row: CleanRow) -> None:
        self.updates.append((attendee_id, row))

    def flush(self) -> None:
        if self.inserts:
            self.conn.exec_driver_sql(self.insert_sql, self.inserts)
            self.inserts = []
        if self.updates:
            self._apply_updates(self.updates)
            self.updates = []

    def _apply_updates(self, updates: list[tuple[str, CleanRow]]) -> None:
        """Merge into the stored rows; write only the rows whose values changed.

        Re-importing the same list is the common case, and it then writes nothing.
        """
        changed: dict[str, dict[str, Any]] = {}
        stored = self._stored(list(dict.fromkeys(attendee_id for attendee_id, _ in updates)))
        for attendee_id, row in updates:
            current = stored[attendee_id]
            changes = _changes(current, row)
            if changes:
                current.update(changes)
                changed.setdefault(attendee_id, {}).update(changes)
        # One statement per set of changed columns: SET-ting an unchanged indexed
        # column would still make SQLite rewrite that index entry.
        by_columns: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
        for attendee_id, changes in changed.items():
            columns = tuple(sorted(changes))
            params = (*[changes[c] for c in columns], self.stamp, attendee_id)
            by_columns.setdefault(columns, []).append(params)
        for columns, params_list in by_columns.items():
            assignments = ", ".join(f"{c} = {self.mark}" for c in (*columns, "updated_at"))
            sql = f"UPDATE {_TABLE} SET {assignments} WHERE id = {self.mark}"
            self.conn.exec_driver_sql(sql, params_list)

    def _stored(self, ids: list[str]) -> dict[str, dict[str, Any]]:
        """The stored fields of these attendees, ``extra`` as its JSON text."""
        stored: dict[str, dict[str, Any]] = {}
        names = (*FIELDS, "extra")
        for start in range(0, len(ids), 900):  # well under SQLite's bound-variable limit
            batch = ids[start : start + 900]
            sql = (
                f"SELECT id, {', '.join(names)} FROM {_TABLE} "
                f"WHERE id IN ({', '.join([self.mark] * len(batch))})"
            )
            for attendee_id, *values in self.conn.exec_driver_sql(sql, tuple(batch)):
                stored[attendee_id] = dict(zip(names, values, strict=True))
        return stored


_TABLE = Attendee.__tablename__
_INSERT_COLUMNS = ("id", "event_id", *FIELDS, "extra", "created_at", "updated_at")
_encode_json = json.JSONEncoder(ensure_ascii=False).encode  # one encoder, not one per row
_field_values = itemgetter(*FIELDS)


def _bound_value(conn: Connection, column: str, value: Any) -> Any:
    """``value`` as the column's type hands it to the driver (UTC, naive, dialect format)."""
    processor = Attendee.__table__.c[column].type.bind_processor(conn.dialect)
    return value if processor is None else processor(value)


def _bulk_id() -> str:
    """new_id(), the same random UUID4 text, at a fraction of uuid.uuid4()'s cost."""
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40
    raw[8] = (raw[8] & 0x3F) | 0x80
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _json(extra: dict[str, Any] | None) -> str | None:
    """``extra`` as stored; an empty one is SQL NULL (the JSON type would write 'null')."""
    return _encode_json(extra) if extra else None


def _changes(current: dict[str, Any], row: CleanRow) -> dict[str, Any]:
    """The columns the row changes: its non-empty values that differ from the stored ones.

    Empty cells never erase: a second, thinner export must not wipe the first's names.
    ``extra`` is JSON text; it is decoded only when it differs from the row's.
    """
    changes: dict[str, Any] = {n: v for n, v in row.values.items() if v and v != current[n]}
    extra = current["extra"]
    if row.extra:
        encoded = _json(row.extra)
        if encoded != extra:
            old = json.loads(extra) if extra else {}
            combined = {**old, **row.extra}
            if combined != old:
                changes["extra"] = _json(combined)
    return changes


# --------------------------------------------------------------------------- the use case


def import_attendees(
    db: Database,
    event_id: str,
    path_or_stream: Source,
    mapping: dict[str, str] | None = None,
    progress: ProgressCallback | None = None,
) -> ImportReport:
    """Load an organiser's attendee list into an event, in one transaction.

    Args:
        db: the store.
        event_id: the event the list belongs to.
        path_or_stream: a CSV file path, or a binary or text stream.
        mapping: header -> field overrides (a field name, "ignore" or "extra"); the
            synonyms table maps the rest.
        progress: called with (rows done, rows total) every CHUNK_ROWS rows and at
            the end. The total is counted in lines, so it is an upper bound when
            fields hold newlines. Raising from it cancels the import.

    Returns:
        Counts, rejected rows with reasons, warnings, and how columns were mapped.

    Raises:
        RefusedError: the file is missing, not text, not CSV, or has no header naming
            an attendee field; the message names the row or column at fault.
    """
    text, encoding, _name = read_source(path_or_stream)
    delimiter, text = _delimiter_and_body(text)
    records = _records(text, delimiter)
    header_row, plan = _find_header(records, mapping)
    report = ImportReport(columns=plan.mapped(), encoding=encoding, delimiter=delimiter)
    total = max(0, _count_lines(text) - header_row)
    with db.session() as session:
        conn = session.connection()
        keys = KeyIndex()
        keys.load(conn, event_id)
        writer = _Writer(conn, event_id, utcnow())
        with large_page_cache(conn):
            _load_rows(records, plan, keys, writer, report, _Progress(progress, total, header_row))
    return report


def _delimiter_and_body(text: str) -> tuple[str, str]:
    """Honour Excel's "sep=;" first line (and drop it: Excel does not show it as a row)."""
    if text.startswith("\ufeff"):
        text = text[1:]
    hint = _SEP_LINE.match(text[:16])
    if hint and hint.group(1) in ",;\t|":
        return hint.group(1), text[hint.end() :]
    if not text.strip():
        raise RefusedError("The attendee list is empty: there is no header and no row.")
    return sniff_delimiter(text), text


def _find_header(
    records: Iterator[tuple[int, list[str]]], mapping: Mapping[str, str] | None
) -> tuple[int, ColumnPlan]:
    """The header row and its plan: the first non-blank row that names a field.

    Some exports put a title line or two above the header ("Attendee report, ...");
    up to HEADER_SEARCH_ROWS non-blank rows are tried before the first one's
    refusal is raised.
    """
    first_refusal: RefusedError | None = None
    tried = 0
    for row, cells in records:
        if not any(cell.strip() for cell in cells):
            continue
        try:
            return row, plan_columns(cells, mapping, row)
        except RefusedError as refusal:
            first_refusal = first_refusal or refusal
        tried += 1
        if tried == HEADER_SEARCH_ROWS:
            break
    raise first_refusal or RefusedError(
        "The attendee list is empty: there is no header and no row."
    )


def _count_lines(text: str) -> int:
    return text.count("\n") + (0 if text.endswith("\n") else 1)


@dataclass
class _Progress:
    callback: ProgressCallback | None
    total: int
    offset: int

    def report(self, row: int) -> None:
        if self.callback is not None:
            self.callback(min(row - self.offset, self.total), self.total)


def _load_rows(
    records: Iterable[tuple[int, list[str]]],
    plan: ColumnPlan,
    keys: KeyIndex,
    writer: _Writer,
    report: ImportReport,
    progress: _Progress,
) -> None:
    """Clean, match and write every data row; flush and report progress per chunk."""
    progress.report(progress.offset)
    row = progress.offset
    pending = 0
    problems: list[str] = []
    for row, cells in records:
        if not "".join(cells).strip():
            continue  # spreadsheets leave blank rows at the end; not worth a reject
        outcome = clean_row(plan, cells, problems)
        if problems:
            if not isinstance(outcome, str):
                report.warnings.extend(RowIssue(row, f"{p}; imported without it") for p in problems)
            problems.clear()
        _store(outcome, row, keys, writer, report)
        pending += 1
        if pending >= CHUNK_ROWS:
            writer.flush()
            pending = 0
            progress.report(row)
    writer.flush()
    progress.report(progress.offset + progress.total)


def _store(
    outcome: CleanRow | str, row: int, keys: KeyIndex, writer: _Writer, report: ImportReport
) -> None:
    if isinstance(outcome, str):
        report.rejected += 1
        report.rejects.append(RowIssue(row, outcome))
        return
    values = outcome.values
    attendee_id = keys.match(values)
    if attendee_id is None:
        attendee_id = writer.insert(outcome)
        report.imported += 1
    else:
        writer.update(attendee_id, outcome)
        report.updated += 1
    keys.add(attendee_id, values)
