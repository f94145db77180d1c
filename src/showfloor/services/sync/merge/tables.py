"""The small tables of a merge: devices, events, staff, attendees, tombstones, aliases."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime

from sqlalchemy import Connection, bindparam, delete, insert, select, update

from showfloor.domain.identity import PersonIndex
from showfloor.services.attendees.matching import load_attendee_index
from showfloor.services.sync.clock import Row, iso
from showfloor.services.sync.keys import connection_team_keys
from showfloor.services.sync.rows import (
    insert_rows,
    read_rows,
    update_rows,
)
from showfloor.services.sync.snapshot import CHUNK, TABLES
from showfloor.services.tombstones import PERSON, person_keys
from showfloor.store.models import Setting
from showfloor.store.settings import CURRENT_EVENT


def adopt_event_if_none(conn: Connection, events: list[Row]) -> None:
    """A fresh laptop that merges a bundle shows its newest event, not an empty list."""
    current = conn.execute(
        select(Setting.value).where(Setting.key == CURRENT_EVENT)
    ).scalar_one_or_none()
    if current or not events:
        return
    newest = max(events, key=lambda row: (iso(row["created_at"]), str(row["id"])))
    conn.execute(delete(Setting).where(Setting.key == CURRENT_EVENT))
    conn.execute(insert(Setting).values(key=CURRENT_EVENT, value=newest["id"]))


def _row_key(row: Row) -> tuple[str, str]:
    return iso(row["updated_at"]), repr(sorted(row.items()))


def merge_newest(conn: Connection, name: str, rows: list[Row]) -> None:
    """Whole-row last-writer-wins by ``updated_at`` (ties: the row's text)."""
    if not rows:
        return
    table = TABLES[name]
    local = {r._mapping["id"]: dict(r._mapping) for r in conn.execute(select(table))}
    inserts = [r for r in rows if r["id"] not in local]
    updates = [r for r in rows if r["id"] in local and _row_key(r) > _row_key(local[r["id"]])]
    insert_rows(conn, table, inserts)
    update_rows(conn, table, updates)


def merge_attendees(
    conn: Connection,
    rows: list[Row],
    gone_people: set[str],
    event_ids: Callable[[str], Iterable[str]],
) -> None:
    """The organiser's list, minus anyone erased (by id, or as a person on any laptop)."""
    table = TABLES["attendees"]
    query = select(TABLES["tombstones"].c.entity_id).where(
        TABLES["tombstones"].c.entity == "attendee"
    )
    gone = set(conn.execute(query).scalars())
    held = connection_team_keys(conn)

    def erased(row: Row) -> bool:
        if row["id"] in gone:
            return True
        keys: set[str] = set()
        for event_id in event_ids(row["event_id"]):  # erased under any id the show had
            keys |= person_keys(event_id, row.get("badge_id"), row.get("email"), held)
            if row.get("ticket_code"):
                keys |= person_keys(event_id, row["ticket_code"], None, held)
        return bool(keys & gone_people)

    merge_newest(conn, "attendees", _unmatched_attendees(conn, [r for r in rows if not erased(r)]))
    if gone or gone_people:
        local = read_rows(conn, table, ["id", "event_id", "badge_id", "ticket_code", "email"])
        doomed = sorted(r["id"] for r in local if erased(r))
        for start in range(0, len(doomed), CHUNK):
            conn.execute(delete(table).where(table.c.id.in_(doomed[start : start + CHUNK])))


def _unmatched_attendees(conn: Connection, rows: list[Row]) -> list[Row]:
    """Drop incoming rows that are a local attendee under another id.

    Every laptop imports the organiser's list itself, so one attendee has a different
    id on each; they are matched as a re-import matches them (badge, ticket, email).
    """
    table = TABLES["attendees"]
    local_ids = set(conn.execute(select(table.c.id)).scalars())
    indexes: dict[str, PersonIndex] = {}
    out = []
    for row in rows:
        if row["id"] in local_ids:
            out.append(row)  # the same row: newest version wins in merge_newest
            continue
        index = indexes.get(row["event_id"])
        if index is None:
            index = indexes[row["event_id"]] = load_attendee_index(conn, row["event_id"])
        values = {k: row.get(k) for k in ("badge_id", "ticket_code", "email", "full_name")}
        values["company"] = row.get("company")
        if index.match(values) is None:
            index.add(row["id"], values)
            out.append(row)
    return out


def merge_staff(conn: Connection, rows: list[Row]) -> dict[str, str]:
    """Staff names are unique: another laptop's "Anna" is our "Anna". Returns id map."""
    table = TABLES["staff"]
    local = {r.id: r.name for r in conn.execute(select(table.c.id, table.c.name))}
    by_name = {name: sid for sid, name in local.items()}
    mapping: dict[str, str] = {}
    for row in rows:
        if row["id"] in local:
            continue
        if row["name"] in by_name:
            mapping[row["id"]] = by_name[row["name"]]
            continue
        conn.execute(insert(table), [row])
        local[row["id"]] = row["name"]
        by_name[row["name"]] = row["id"]
    return mapping


def merge_tombstones(conn: Connection, rows: list[Row]) -> tuple[set[str], set[str]]:
    """Union the tombstones; returns the lead ids and the person keys gone."""
    table = TABLES["tombstones"]
    local = {
        (r.entity, r.entity_id) for r in conn.execute(select(table.c.entity, table.c.entity_id))
    }
    fresh = {
        (r["entity"], r["entity_id"]): r for r in rows if (r["entity"], r["entity_id"]) not in local
    }
    if fresh:
        conn.execute(insert(table), list(fresh.values()))
    every = local | set(fresh)
    return {e for kind, e in every if kind == "lead"}, {e for kind, e in every if kind == PERSON}


def load_aliases(conn: Connection) -> dict[str, str]:
    table = TABLES["lead_aliases"]
    return {r.alias_id: r.lead_id for r in conn.execute(select(table.c.alias_id, table.c.lead_id))}


def insert_aliases(
    conn: Connection, loaded: dict[str, str], new: dict[str, str], resolved: dict[str, str]
) -> None:
    table = TABLES["lead_aliases"]
    if new:
        now = datetime.now(UTC)
        rows = [
            {"alias_id": a, "lead_id": resolved.get(a, s), "merged_at": now} for a, s in new.items()
        ]
        conn.execute(insert(table), rows)
    # Keep chains one step long: every alias points at the current survivor.
    stale = [
        {"b_id": a, "v_lead_id": resolved[a]}
        for a, s in loaded.items()
        if a in resolved and resolved[a] != s
    ]
    if stale:
        stmt = update(table).where(table.c.alias_id == bindparam("b_id"))
        conn.execute(stmt.values(lead_id=bindparam("v_lead_id")), stale)


