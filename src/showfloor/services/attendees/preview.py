"""What an import would do, shown before anything is written: ``attendees import
--dry-run`` and the window's import dialog.

A list whose badges cannot resolve must say so before the show, not at the first
scan: the preview names the platform recognised, how each column is read, what
will resolve id-only badges, and warns when nothing can.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from showfloor.badges.platforms import header_key
from showfloor.services.attendees.decoding import Source, read_source
from showfloor.services.attendees.dialect import count_lines, delimiter_and_body, read_records
from showfloor.services.attendees.importer import find_header
from showfloor.services.attendees.rows import CleanRow, clean_row
from showfloor.services.attendees.template import skipped_note, without_template_rows

SAMPLE_ROWS = 3
SAMPLE_FIELDS = ("full_name", "company", "title", "email", "badge_id", "ticket_code")
NO_BADGE_COLUMN = (
    "No column holds a badge id, ticket code or barcode, so badges that carry only an id "
    "will not find anyone on this list (badges with the name on them still work). "
    "Name the id column with --map COLUMN=badge_id, or ask the organiser for an export "
    "with the badge or ticket number."
)


@dataclass
class ImportPreview:
    """How a list would be read; nothing of it is stored."""

    file: str
    encoding: str
    delimiter: str
    platform: str | None  # the platform recognised (badges/platforms/), by name
    platform_badge: str  # what that platform's badges carry, for people
    columns: dict[str, str]  # header -> field, mapped columns only, in file order
    extras: list[str]  # columns kept as extra data
    badge_columns: list[str]  # what resolves id-only badges, best first
    samples: list[dict[str, str | None]] = field(default_factory=list)
    rows: int = 0  # data lines (an upper bound when fields hold line breaks)
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # rows the import will skip, and why


def preview_attendees(source: Source, mapping: Mapping[str, str] | None = None) -> ImportPreview:
    """Read the header and the first rows the way import_attendees would.

    Raises:
        RefusedError: as import_attendees, for a file it would refuse.
    """
    text, encoding, name = read_source(source)
    delimiter, text = delimiter_and_body(text)
    records = read_records(text, delimiter)
    header_row, plan = find_header(records, mapping)
    samples: list[dict[str, str | None]] = []
    problems: list[str] = []
    skipped: list[int] = []
    for _row, cells in without_template_rows(records, plan, skipped):
        if len(samples) == SAMPLE_ROWS:
            break
        if not "".join(cells).strip():
            continue
        outcome = clean_row(plan, cells, problems)
        problems.clear()
        if isinstance(outcome, CleanRow):
            samples.append({f: outcome.values[f] for f in SAMPLE_FIELDS})
    platform = plan.platform
    preview = ImportPreview(
        file=name,
        encoding=encoding,
        delimiter=delimiter,
        platform=platform.name if platform is not None else None,
        platform_badge=platform.badge_note if platform is not None else "",
        columns=plan.mapped(),
        extras=[header for header, _ in plan.extras],
        badge_columns=plan.badge_columns(),
        samples=samples,
        rows=max(0, count_lines(text) - header_row - len(skipped)),
        notes=[f"{skipped_note(plan, skipped)} will not be imported"] if skipped else [],
    )
    resolvable = bool(preview.badge_columns)
    if not resolvable:
        preview.warnings.append(NO_BADGE_COLUMN)
    elif samples and not any(s["badge_id"] or s["ticket_code"] for s in samples):
        preview.warnings.append(
            f"The badge column ({preview.badge_columns[0]}) is empty in the first rows: "
            "check that this export includes the badge or ticket numbers."
        )
    if platform is not None and platform.caveat is not None:
        keys = frozenset(header_key(h) for h in plan.headers)
        caveat = platform.caveat(keys, resolvable)
        if caveat:
            preview.warnings.append(caveat)  # what this platform's export cannot resolve
    return preview
