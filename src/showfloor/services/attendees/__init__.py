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

from showfloor.badges.names import split_full_name
from showfloor.services.attendees.columns import (
    EXTRA,
    FIELDS,
    HEADER_SYNONYMS,
    IGNORE,
    MAP_TARGETS,
    ColumnPlan,
    normalize_header,
    plan_columns,
)
from showfloor.services.attendees.decoding import Source, decode_bytes, read_source
from showfloor.services.attendees.importer import import_attendees
from showfloor.services.attendees.preview import ImportPreview, preview_attendees
from showfloor.services.attendees.report import ImportReport, ProgressCallback, RowIssue
from showfloor.services.attendees.rows import CleanRow, clean_row, tidy

__all__ = [
    "EXTRA",
    "FIELDS",
    "HEADER_SYNONYMS",
    "IGNORE",
    "MAP_TARGETS",
    "CleanRow",
    "ColumnPlan",
    "ImportPreview",
    "ImportReport",
    "ProgressCallback",
    "RowIssue",
    "Source",
    "clean_row",
    "decode_bytes",
    "import_attendees",
    "normalize_header",
    "plan_columns",
    "preview_attendees",
    "read_source",
    "split_full_name",
    "tidy",
]
