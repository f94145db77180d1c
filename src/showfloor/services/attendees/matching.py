"""Who each row is: the event's list indexed by person (domain/identity.py), and
each cleaned row matched to a stored attendee (update) or written as a new one."""

from __future__ import annotations

from sqlalchemy import Connection, select

from showfloor.domain.identity import PersonIndex
from showfloor.services.attendees.report import ImportReport, RowIssue
from showfloor.services.attendees.rows import CleanRow
from showfloor.services.attendees.writing import Writer
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


def store_row(
    outcome: CleanRow | str, row: int, keys: PersonIndex, writer: Writer, report: ImportReport
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
