"""The use case: an organiser's list file into an event, in one transaction."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from showfloor.domain.errors import RefusedError
from showfloor.domain.identity import PersonIndex
from showfloor.services.attendees.columns import ColumnPlan, plan_columns
from showfloor.services.attendees.decoding import Source, read_source
from showfloor.services.attendees.dialect import count_lines, delimiter_and_body, read_records
from showfloor.services.attendees.matching import load_attendee_index, store_row
from showfloor.services.attendees.report import ImportReport, ProgressCallback, RowIssue
from showfloor.services.attendees.rows import clean_row
from showfloor.services.attendees.template import skipped_note, without_template_rows
from showfloor.services.attendees.writing import Writer
from showfloor.store.database import Database, large_page_cache
from showfloor.store.types import utcnow

HEADER_SEARCH_ROWS = 3  # rows tried as the header, title lines not counted
PREAMBLE_ROWS = 12  # title and instruction lines (two cells or fewer) tolerated above it
CHUNK_ROWS = 5000  # rows per bulk write and per progress report


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
    delimiter, text = delimiter_and_body(text)
    records = read_records(text, delimiter)
    header_row, plan = find_header(records, mapping)
    report = ImportReport(
        columns=plan.mapped(),
        encoding=encoding,
        delimiter=delimiter,
        platform=plan.platform.name if plan.platform is not None else None,
        badge_columns=plan.badge_columns(),
    )
    total = max(0, count_lines(text) - header_row)
    skipped: list[int] = []
    records = without_template_rows(records, plan, skipped)
    with db.session() as session:
        conn = session.connection()
        keys = load_attendee_index(conn, event_id)
        platform = plan.platform.key if plan.platform is not None else None
        writer = Writer(conn, event_id, utcnow(), platform)
        with large_page_cache(conn):
            _load_rows(records, plan, keys, writer, report, _Progress(progress, total, header_row))
    if skipped:
        note = f"{skipped_note(plan, skipped)}, not imported"
        report.warnings.insert(0, RowIssue(skipped[0], note))
    return report


def find_header(
    records: Iterator[tuple[int, list[str]]], mapping: Mapping[str, str] | None
) -> tuple[int, ColumnPlan]:
    """The header row and its plan: the first non-blank row that names a field.

    Some exports put a title line or two above the header ("Attendee report, ..."),
    templates a block of instructions (Whova's: six lines of one or two cells). Up to
    HEADER_SEARCH_ROWS rows of three cells or more, and PREAMBLE_ROWS shorter ones,
    are tried before the first one's refusal is raised.
    """
    first_refusal: RefusedError | None = None
    tried = short = 0
    for row, cells in records:
        filled = sum(1 for cell in cells if cell.strip())
        if not filled:
            continue
        try:
            return row, plan_columns(cells, mapping, row)
        except RefusedError as refusal:
            first_refusal = first_refusal or refusal
        if filled <= 2:
            short += 1
        else:
            tried += 1
        if tried == HEADER_SEARCH_ROWS or short == PREAMBLE_ROWS:
            break
    raise first_refusal or RefusedError(
        "The attendee list is empty: there is no header and no row."
    )


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
    keys: PersonIndex,
    writer: Writer,
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
        store_row(outcome, row, keys, writer, report)
        pending += 1
        if pending >= CHUNK_ROWS:
            writer.flush()
            pending = 0
            progress.report(row)
    writer.flush()
    progress.report(progress.offset + progress.total)
