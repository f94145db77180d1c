"""The rows one capture reads and writes, as plain dicts through the driver.

Why not the ORM on this path: a capture is about ten small statements, and the
ORM's work per statement and per flush was three quarters of its cost (3.7 ms of
CPU where the INSERT + COMMIT of a row takes 0.15 ms; benchmarks/capture_search.py),
on the one write staff wait for at the booth. The statements are the model's
tables and columns (store/prepared.py), and every value goes through its column's
type, so a lead saved here is stored exactly as the ORM stores it
(tests/unit/services/test_capture_rows.py compares the two). Rare set-up (no event
yet, a new staff member, the consent text) still goes through the ORM services.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast

from sqlalchemy import Connection, Table, bindparam, func, insert, or_, select, text, update
from sqlalchemy.orm import Session

from showfloor.domain.identity import BADGE, EMAIL, Kind, identity_keys
from showfloor.domain.lifecycle import with_live_visit
from showfloor.services.events import current_staff, ensure_current_event, this_device
from showfloor.services.leads import VisitRecord
from showfloor.store.models import Device, Event, Lead, Setting, Staff, Visit
from showfloor.store.prepared import Prepared
from showfloor.store.settings import CURRENT_EVENT, CURRENT_STAFF, THIS_DEVICE

Row = dict[str, Any]
LEADS, VISITS = cast(Table, Lead.__table__), cast(Table, Visit.__table__)
# Every lead column but the merge's field stamps, which a capture leaves as they are
# (a new lead has none: NULL, as the ORM leaves a column it was given no value for).
LEAD_COLUMNS = tuple(c.name for c in LEADS.columns if c.name != "field_times")
# What a capture may change on a lead it adds a visit to.
CHANGED_BY_CAPTURE = (
    "visitor_class", "rating", "first_name", "last_name", "full_name", "company", "title",
    "email", "phone", "badge_payload", "badge_format", "badge_id", "consent", "consent_at",
    "consent_text_version", "tags", "visit_count", "first_seen_at", "last_seen_at",
    "deleted_at", "updated_at",
)  # fmt: skip


def _typed(table: Table, names: tuple[str, ...]) -> dict[str, Any]:
    """Each column's value as a parameter of its own type (named ``v_<column>``: the
    column's own name is SQLAlchemy's)."""
    return {name: bindparam(f"v_{name}", type_=table.c[name].type) for name in names}


def _values(row: Row, names: tuple[str, ...]) -> dict[str, Any]:
    return {f"v_{name}": row[name] for name in names}


_SETTINGS = Prepared(
    select(Setting.key, Setting.value).where(
        or_(*(Setting.key == key for key in (CURRENT_EVENT, THIS_DEVICE, CURRENT_STAFF)))
    )
)
_EVENT = Prepared(select(Event.id).where(Event.id == bindparam("id")))
_DEVICE = Prepared(select(Device.id).where(Device.id == bindparam("id")))
_STAFF = Prepared(select(Staff.id).where(Staff.id == bindparam("id")))
# Equality on (event, key) only, so SQLite always takes that key's own index: a
# deleted_at condition here made it walk every live lead of the event instead
# (capture cost grew with the event). The few leads found are sorted in Python.
_SAME_KEY: dict[Kind, Prepared] = {
    kind: Prepared(
        select(Lead.id, Lead.deleted_at, Lead.updated_at).where(
            Lead.event_id == bindparam("event"), column == bindparam("value")
        )
    )
    for kind, column in ((BADGE, Lead.badge_id), (EMAIL, Lead.email))
}
_LEAD = Prepared(select(*(LEADS.c[n] for n in LEAD_COLUMNS)).where(Lead.id == bindparam("id")))
_VISITS = Prepared(
    select(Visit.number, Visit.at, Visit.notes, Visit.answers)
    .where(Visit.lead_id == bindparam("lead"))
    .order_by(Visit.number)
)
_LAST_NUMBER = Prepared(select(func.max(Visit.number)).where(Visit.lead_id == bindparam("lead")))
_HISTORY = Prepared(
    select(
        Visit.number, Visit.at, Visit.visitor_class, Visit.rating, Staff.name, Visit.notes,
        Visit.answers, Visit.id, Visit.edited_at, Visit.device_id, Device.name,
    )
    .outerjoin(Staff, Staff.id == Visit.staff_id)
    .outerjoin(Device, Device.id == Visit.device_id)
    .where(Visit.lead_id == bindparam("lead"))
    .order_by(Visit.number.desc())
    .limit(bindparam("limit"))
)  # fmt: skip
_SEARCH_BODY = Prepared(text("SELECT body FROM lead_search WHERE rowid = :key"))
_INSERT_LEAD = Prepared(insert(LEADS).values(_typed(LEADS, LEAD_COLUMNS)))
_UPDATE_LEAD = Prepared(
    update(LEADS)
    .where(LEADS.c.id == bindparam("lead_id"))
    .values(_typed(LEADS, CHANGED_BY_CAPTURE))
)
VISIT_COLUMNS = tuple(c.name for c in VISITS.columns)
_INSERT_VISIT = Prepared(insert(VISITS).values(_typed(VISITS, VISIT_COLUMNS)))
_DELETE_SEARCH = Prepared(text("DELETE FROM lead_search WHERE rowid = :key"))
_INSERT_SEARCH = Prepared(text("INSERT INTO lead_search (rowid, body) VALUES (:key, :body)"))


class Context:
    """The event a capture goes to, this laptop, and the staff on duty.

    Args:
        device: find (or make) this laptop's row; a reading needs only the event.
    """

    def __init__(self, session: Session, *, device: bool = True) -> None:
        conn = session.connection()
        stored = dict(_SETTINGS.rows(conn))
        event_id, device_id = stored.get(CURRENT_EVENT), stored.get(THIS_DEVICE)
        # The usual case is three probes; a fresh or odd data dir is set up through
        # the services (an event named for today, this laptop's row).
        if event_id is None or _EVENT.scalar(conn, id=event_id) is None:
            event_id = ensure_current_event(session).id
        if device and (device_id is None or _DEVICE.scalar(conn, id=device_id) is None):
            device_id = this_device(session).id
        self.event_id: str = event_id
        self.device_id: str = device_id or ""
        self._current_staff: str | None = stored.get(CURRENT_STAFF)
        session.flush()  # anything set up is in the database before rows point at it

    def staff_on_duty(self, session: Session) -> str | None:
        """The current staff member's id (None: nobody chosen, or since removed)."""
        if self._current_staff is None:
            return None
        if _STAFF.scalar(session.connection(), id=self._current_staff) is not None:
            return self._current_staff
        staff = current_staff(session)
        return staff.id if staff else None


def same_person(
    conn: Connection,
    event_id: str,
    badge_id: str | None,
    email: str | None,
    *,
    deleted_too: bool = False,
) -> str | None:
    """The id of the lead of this person at this event: same badge id, else same email
    (domain/identity.py); among several, the newest. ``deleted_too``: when no live lead
    matches, a deleted or undone one of the same person (capturing them again brings
    that lead back instead of leaving two of them)."""
    found = [
        _SAME_KEY[kind].rows(conn, event=event_id, value=value)
        for kind, value in identity_keys(badge_id, email)
    ]
    for live in (True, False)[: 1 + deleted_too]:
        for rows in found:
            matching = [r for r in rows if (r[1] is None) == live]
            if matching:  # the newest first, as several can share an address
                return str(max(matching, key=lambda r: (r[2], r[0]))[0])
    return None


def read_lead(conn: Connection, lead_id: str) -> Row | None:
    row = _LEAD.first(conn, id=lead_id)
    return None if row is None else dict(zip(LEAD_COLUMNS, row, strict=True))


def live_visits(conn: Connection, lead_id: str) -> list[Row]:
    """The lead's visits (number, at, notes, answers), in order."""
    names = ("number", "at", "notes", "answers")
    return [dict(zip(names, r, strict=True)) for r in _VISITS.rows(conn, lead=lead_id)]


def last_visit_number(conn: Connection, lead_id: str) -> int:
    """The number of the lead's latest live visit (0: none); the trashed ones live in
    visit_trash."""
    return int(_LAST_NUMBER.scalar(conn, lead=lead_id) or 0)


def history(conn: Connection, lead_id: str, limit: int) -> tuple[VisitRecord, ...]:
    """The lead's latest ``limit`` visits as staff read them (who saw them, on which
    laptop, what was said), in order; the others are not read."""
    rows = _HISTORY.rows(conn, lead=lead_id, limit=limit)
    return tuple(
        VisitRecord(number, at, cls, rating, staff, notes, dict(answers or {}), *rest)
        for number, at, cls, rating, staff, notes, answers, *rest in reversed(rows)
    )


def search_row(conn: Connection, search_key: int) -> str | None:
    """The lead's index text as stored (None: no row, or no FTS index here)."""
    if conn.dialect.name != "sqlite":
        return None
    body = _SEARCH_BODY.scalar(conn, key=search_key)
    return body if isinstance(body, str) else None


def new_lead_row() -> Row:
    return dict.fromkeys(LEAD_COLUMNS)


def new_visit_row() -> Row:
    """Every visit column, None until set (as the ORM leaves a column given no value)."""
    return dict.fromkeys(VISIT_COLUMNS)


def add_live_visit(lead: Row, at: datetime) -> None:
    """Counts and dates after one new live visit (domain/lifecycle.with_live_visit)."""
    line = with_live_visit(
        lead["visit_count"], lead["first_seen_at"], lead["last_seen_at"], lead["deleted_at"], at
    )
    lead["visit_count"] = line.visit_count
    lead["first_seen_at"] = line.first_seen_at
    lead["last_seen_at"] = line.last_seen_at
    lead["deleted_at"] = None


def write(conn: Connection, lead: Row, visit: Row, body: str, *, new: bool) -> None:
    """The lead (inserted when ``new``, else its capture columns updated), the visit,
    and the lead's search index row."""
    if new:
        _INSERT_LEAD.execute(conn, **_values(lead, LEAD_COLUMNS))
    else:
        _UPDATE_LEAD.execute(conn, lead_id=lead["id"], **_values(lead, CHANGED_BY_CAPTURE))
    _INSERT_VISIT.execute(conn, **_values(visit, VISIT_COLUMNS))
    if conn.dialect.name != "sqlite":  # the search index is SQLite's FTS5
        return
    if not new:
        _DELETE_SEARCH.execute(conn, key=lead["search_key"])
    _INSERT_SEARCH.execute(conn, key=lead["search_key"], body=body)

