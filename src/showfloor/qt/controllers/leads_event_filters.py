"""What the Leads view's staff and day filters offer, read off the GUI thread.

The days are counted again only after an event switch, an import or a merge (at
100k leads that takes a fifth of a second); a saved lead only adds the day of its
last visit (a capture is today).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from sqlalchemy.orm import Session

from showfloor.domain.errors import RefusedError
from showfloor.qt import locale_text
from showfloor.services.events import list_staff
from showfloor.services.leads import LeadFilter, count_leads, get_lead
from showfloor.services.stats import visit_days
from showfloor.store.database import Database, storage_errors


@dataclass(frozen=True)
class EventFilters:
    """What the staff and day filters offer."""

    staff: list[tuple[str, str]]
    days: set[date]
    saved: set[str]  # the saved leads whose days were added
    recounted: bool
    to_qualify: int  # leads saved with their badge only (the class filter's count)


def read_event_filters(
    db: Database,
    event_id: str,
    zone: tzinfo | None,
    *,
    recount: bool,
    saved: set[str],
    days: set[date],
) -> EventFilters:
    """The event's staff and days with visits: all days counted when ``recount``,
    else ``days`` and the last-visit days of the leads ``saved`` since."""
    with storage_errors(db.path, "leads view"), db.session() as session:
        staff = [(s.name, s.id) for s in list_staff(session)]
        to_qualify = count_leads(session, LeadFilter(event_id, to_qualify=True))
        if recount:
            all_days = set(visit_days(session, event_id, zone))
            return EventFilters(staff, all_days, saved, True, to_qualify)
        seen = [_last_seen(session, i) for i in saved]
        more = {locale_text.local(t).date() for t in seen if t}
        return EventFilters(staff, days | more, saved, False, to_qualify)


def _last_seen(session: Session, lead_id: str) -> datetime | None:
    try:
        return get_lead(session, lead_id).last_seen
    except RefusedError:  # erased or purged since it was saved
        return None
