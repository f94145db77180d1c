"""A copy of the mergeable part of a database: what a bundle holds and what push/pull send.

Rows are plain dicts keyed by column name with Python values (aware datetimes,
JSON as lists/dicts). ``search_key`` is local to each database and never leaves it;
nor does a staff member's PIN hash (a 4-digit PIN's scrypt hash falls to a few
minutes of guessing, so it must not travel in a file or to a server). Rows from
older bundles that still carry them are read without them. ``field_times`` always
leaves with explicit stamps (clock.py), so the receiver never has to guess when a
field changed.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import Connection, Table, func, select

from showfloor.services.sync.clock import Row, effective_stamps, iso, stored_stamps
from showfloor.services.sync.rows import read_rows
from showfloor.store.models import (
    Attendee,
    Device,
    Event,
    EventAlias,
    Lead,
    LeadAlias,
    RowLog,
    Staff,
    SyncLog,
    Tombstone,
    TrashedVisit,
    Visit,
)
from showfloor.store.types import UTCDateTime

# In the order they must be written (foreign keys first).
TABLES: dict[str, Table] = {
    "devices": Device.__table__,  # type: ignore[dict-item]
    "events": Event.__table__,  # type: ignore[dict-item]
    "staff": Staff.__table__,  # type: ignore[dict-item]
    "attendees": Attendee.__table__,  # type: ignore[dict-item]
    "leads": Lead.__table__,  # type: ignore[dict-item]
    "visits": Visit.__table__,  # type: ignore[dict-item]
    "visit_trash": TrashedVisit.__table__,  # type: ignore[dict-item]
    "tombstones": Tombstone.__table__,  # type: ignore[dict-item]
    "lead_aliases": LeadAlias.__table__,  # type: ignore[dict-item]
    "event_aliases": EventAlias.__table__,  # type: ignore[dict-item]
}
LOCAL_ONLY = {"leads": ("search_key",), "staff": ("pin_hash",)}
CHUNK = 900
# The small tables, and the column that names a row of each in the row log (a
# tombstone by its entity id; the migration 0009 has the same list).
SMALL_TABLES = {
    "devices": "id",
    "events": "id",
    "staff": "id",
    "attendees": "id",
    "tombstones": "entity_id",
    "lead_aliases": "alias_id",
    "event_aliases": "alias_id",
}


@dataclass
class Snapshot:
    """Rows per table name (see TABLES)."""

    tables: dict[str, list[Row]] = field(default_factory=lambda: {n: [] for n in TABLES})

    def counts(self) -> dict[str, int]:
        return {name: len(rows) for name, rows in self.tables.items()}

    def __getitem__(self, name: str) -> list[Row]:
        return self.tables[name]


def datetime_columns(table: Table) -> tuple[str, ...]:
    return tuple(c.name for c in table.columns if isinstance(c.type, UTCDateTime))


def to_json_row(table_name: str, row: Row) -> dict[str, Any]:
    """``row`` with its times as fixed-width UTC text (a copy)."""
    out = dict(row)
    for key in _json_columns(table_name)[0]:
        value = out.get(key)
        if value is not None:
            out[key] = iso(value)
    return out


@cache
def _json_columns(table_name: str) -> tuple[frozenset[str], frozenset[str]]:
    """The datetime columns and the allowed columns of a table, for ``from_json_row``."""
    table = TABLES[table_name]
    allowed = {c.name for c in table.columns} - set(LOCAL_ONLY.get(table_name, ()))
    return frozenset(datetime_columns(table)), frozenset(allowed)


def from_json_row(table_name: str, row: dict[str, Any]) -> Row:
    """``row`` (fresh from the JSON parser, changed in place) with its times parsed.

    Raises ValueError/KeyError/TypeError on a row that is not one of ours.
    """
    if not isinstance(row, dict):
        raise TypeError(f"a {table_name} row must be an object")
    dates, allowed = _json_columns(table_name)
    for local in LOCAL_ONLY.get(table_name, ()):
        row.pop(local, None)
    if not allowed.issuperset(row):
        raise ValueError(f"unknown columns {sorted(set(row) - allowed)} in {table_name}")
    for key in dates:
        value = row.get(key)
        if value is not None:
            parsed = datetime.fromisoformat(value)  # reads the trailing "Z" (Python 3.11+)
            if parsed.tzinfo is None:
                raise ValueError("naive time")
            row[key] = parsed
    return row


def mergeable_rows(conn: Connection, table: Table, where: Any = None) -> list[Row]:
    """The table's rows as they leave this database (local-only columns left out)."""
    local = LOCAL_ONLY.get(table.name, ())
    columns = [c.name for c in table.columns if c.name not in local] if local else None
    return read_rows(conn, table, columns, where=where)


def _export_lead(row: Row) -> Row:
    row["field_times"] = stored_stamps(effective_stamps(row))
    return row


def read_snapshot(
    conn: Connection,
    *,
    lead_ids: Collection[str] | None = None,
    rows_since: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Snapshot:
    """Everything mergeable, or, with ``lead_ids``, only those leads and their visits.

    The small tables (events, staff, devices, attendees, tombstones, aliases) travel
    whole, or, with ``rows_since`` (a row log number), only their rows changed after
    it plus every row the leads, visits and attendees sent refer to: the receiver
    resolves references (its own "Anna" for ours) from the rows that come with them.
    """
    snap = Snapshot()
    leads, visits, trash = TABLES["leads"], TABLES["visits"], TABLES["visit_trash"]
    if lead_ids is None:
        snap.tables["leads"] = [_export_lead(r) for r in mergeable_rows(conn, leads)]
        snap.tables["visits"] = mergeable_rows(conn, visits)
        snap.tables["visit_trash"] = mergeable_rows(conn, trash)
    else:
        _read_leads(conn, snap, lead_ids, progress)
    if rows_since is None:
        for name in SMALL_TABLES:
            snap.tables[name] = mergeable_rows(conn, TABLES[name])
    else:
        _read_changed_rows(conn, snap, rows_since)
    return snap


def read_leads(conn: Connection, lead_ids: Collection[str]) -> Snapshot:
    """Only these leads, their visits and their deleted visits (as ``read_snapshot``
    reads them), no other table."""
    snap = Snapshot()
    _read_leads(conn, snap, lead_ids, None)
    return snap


def _read_leads(
    conn: Connection,
    snap: Snapshot,
    lead_ids: Collection[str],
    progress: Callable[[int, int], None] | None,
) -> None:
    leads, visits, trash = TABLES["leads"], TABLES["visits"], TABLES["visit_trash"]
    ids = sorted(lead_ids)
    for start in range(0, len(ids), CHUNK):
        part = ids[start : start + CHUNK]
        rows = mergeable_rows(conn, leads, leads.c.id.in_(part))
        snap["leads"].extend(_export_lead(r) for r in rows)
        snap["visits"].extend(mergeable_rows(conn, visits, visits.c.lead_id.in_(part)))
        snap["visit_trash"].extend(mergeable_rows(conn, trash, trash.c.lead_id.in_(part)))
        if progress is not None:
            progress(start + len(part), len(ids))


def _read_changed_rows(conn: Connection, snap: Snapshot, since: int) -> None:
    wanted = changed_rows_since(conn, since)
    for name in ("attendees", "tombstones", "lead_aliases", "event_aliases"):
        snap.tables[name] = _rows_named(conn, name, wanted.get(name, set()))
    # What the rows sent refer to travels with them.
    people = [*snap["leads"], *snap["visits"], *snap["visit_trash"]]
    devices = wanted.setdefault("devices", set())
    devices.update(str(r["device_id"]) for r in people if r.get("device_id"))
    staff = wanted.setdefault("staff", set())
    staff.update(str(r["staff_id"]) for r in people if r.get("staff_id"))
    events = wanted.setdefault("events", set())
    for name in ("leads", "attendees", "event_aliases"):
        events.update(str(r["event_id"]) for r in snap[name] if r.get("event_id"))
    for name in ("devices", "staff", "events"):
        snap.tables[name] = _rows_named(conn, name, wanted[name])


def _rows_named(conn: Connection, name: str, keys: Collection[str]) -> list[Row]:
    table, out = TABLES[name], []
    column = table.c[SMALL_TABLES[name]]
    ordered = sorted(keys)
    for start in range(0, len(ordered), CHUNK):
        out.extend(mergeable_rows(conn, table, column.in_(ordered[start : start + CHUNK])))
    return out


def row_log_top(conn: Connection) -> int:
    """The newest row log number (0 when no small-table row changed yet)."""
    table: Table = RowLog.__table__  # type: ignore[assignment]
    return int(conn.execute(select(func.max(table.c.seq))).scalar() or 0)


def changed_rows_since(conn: Connection, seq: int) -> dict[str, set[str]]:
    """The small-table rows changed after ``seq``: row keys by table name."""
    table: Table = RowLog.__table__  # type: ignore[assignment]
    query = select(table.c.tbl, table.c.row_id).where(table.c.seq > seq).distinct()
    out: dict[str, set[str]] = {}
    for tbl, row_id in conn.execute(query):
        if tbl in SMALL_TABLES:
            out.setdefault(str(tbl), set()).add(str(row_id))
    return out


def log_top(conn: Connection) -> int:
    """The newest change number of the database (0 when nothing changed yet)."""
    table: Table = SyncLog.__table__  # type: ignore[assignment]
    return int(conn.execute(select(func.max(table.c.seq))).scalar() or 0)


def changed_since(conn: Connection, seq: int) -> set[str]:
    table: Table = SyncLog.__table__  # type: ignore[assignment]
    query = select(table.c.lead_id).where(table.c.seq > seq).distinct()
    return {str(v) for v in conn.execute(query).scalars()}
