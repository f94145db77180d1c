"""A platform template's own rows under its header: examples, not attendees.

Whova's attendee template keeps two example people and a "Copy YOUR attendees
information below this line" row between its header and the organiser's rows
(badges/platforms/whova.py); an export made from it still has them. When the
platform's marker row is among the first rows under the header, every row down to
it is skipped; without the marker (an organiser who deleted them) nothing is.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from showfloor.services.attendees.columns import ColumnPlan

TEMPLATE_ROWS = 8  # how far under the header a template's marker row is looked for


def without_template_rows(
    records: Iterator[tuple[int, list[str]]], plan: ColumnPlan, skipped: list[int]
) -> Iterator[tuple[int, list[str]]]:
    """The data rows; the non-blank template rows dropped are added to ``skipped``."""
    is_end = plan.platform.template_end if plan.platform is not None else None
    if is_end is None:
        yield from records
        return
    head = list(itertools.islice(records, TEMPLATE_ROWS))
    marker = next((i for i, (_row, cells) in enumerate(head) if is_end(cells)), None)
    if marker is not None:
        skipped.extend(row for row, cells in head[: marker + 1] if "".join(cells).strip())
        head = head[marker + 1 :]
    yield from head
    yield from records


def skipped_note(plan: ColumnPlan, skipped: list[int]) -> str:
    name = plan.platform.name if plan.platform is not None else "platform"
    rows = f"row {skipped[0]}" if len(skipped) == 1 else f"rows {skipped[0]}-{skipped[-1]}"
    return f"the {name} template's example rows ({rows})"
