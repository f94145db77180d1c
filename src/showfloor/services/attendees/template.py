"""A platform template's own rows under its header: examples, not attendees.

Whova's attendee template keeps two example people and a "Copy YOUR attendees
information below this line" row between its header and the organiser's rows
(badges/platforms/whova.py), and an export made from it still has them. Those rows,
when the platform's rule recognises them among the first rows under the header, are
skipped and reported; any other row there is an attendee like the rest.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from showfloor.services.attendees.columns import ColumnPlan

TEMPLATE_ROWS = 8  # how far under the header a template's own rows are looked for


def without_template_rows(
    records: Iterator[tuple[int, list[str]]], plan: ColumnPlan, skipped: list[int]
) -> Iterator[tuple[int, list[str]]]:
    """The data rows; the template rows dropped are added to ``skipped``."""
    is_template = plan.platform.template_row if plan.platform is not None else None
    if is_template is None:
        yield from records
        return
    for row, cells in itertools.islice(records, TEMPLATE_ROWS):
        if is_template(cells):
            skipped.append(row)
        else:
            yield row, cells
    yield from records


def skipped_note(plan: ColumnPlan, skipped: list[int]) -> str:
    name = plan.platform.name if plan.platform is not None else "platform"
    rows = ", ".join(str(row) for row in skipped)
    return f"the {name} template's own rows ({'row' if len(skipped) == 1 else 'rows'} {rows})"
