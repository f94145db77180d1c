"""The organiser's list of one event, indexed by who each row is (domain/identity.py)."""

from __future__ import annotations

from sqlalchemy import Connection, select

from showfloor.domain.identity import PersonIndex
from showfloor.store.models import Attendee

_COLUMNS = ("badge_id", "ticket_code", "email", "full_name", "company")


def load_attendee_index(conn: Connection, event_id: str) -> PersonIndex:
    """Every attendee row of the event, in one query (an import or a merge adds more)."""
    index = PersonIndex()
    table = Attendee.__table__.c
    rows = conn.execute(
        select(table.id, *(table[c] for c in _COLUMNS)).where(table.event_id == event_id)
    )
    for attendee_id, *values in rows:
        index.add(attendee_id, dict(zip(_COLUMNS, values, strict=True)))
    return index
