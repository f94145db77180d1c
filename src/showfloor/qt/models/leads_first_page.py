"""What a filter change of the leads table reads: the count when it is cheap, the
event's total when asked, and the first page of rows.

One function for both ways the table reads it: on the GUI thread (a sort, a filter
chosen from a list, Enter in the search box, a refresh after a capture) and off it
(``LeadsModel.search_in_background``: each pause in typing a search, so a keystroke
never waits for the database at a show's size, issue 20).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from showfloor.services.leads import (
    FEW,
    MANY,
    LeadFilter,
    LeadRow,
    count_leads,
    many_matches,
    page_rows,
)


@dataclass(frozen=True)
class FirstPage:
    """The first page of ``flt``, and what was counted with it.

    ``count`` is None for a filtered view (its exact count follows off the GUI
    thread); ``total`` is None when the event's total was not asked for.
    """

    flt: LeadFilter
    count: int | None
    total: int | None
    plan: int | None
    rows: list[LeadRow]


def read_first_page(
    session: Session,
    flt: LeadFilter,
    *,
    sort: str,
    descending: bool,
    limit: int,
    recount_total: bool,
) -> FirstPage:
    everything = LeadFilter(flt.event_id)
    count = None if flt != everything else count_leads(session, flt)
    total = None
    if recount_total:
        total = count if count is not None else count_leads(session, everything)
    plan = None
    if flt.search and sort == "last_seen":
        plan = MANY if many_matches(session, flt) else FEW
    rows = page_rows(session, flt, sort=sort, descending=descending, limit=limit, matches=plan)
    return FirstPage(flt, count, total, plan, rows)
