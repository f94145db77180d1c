"""The search index rows of the leads a merge touched."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, func, select, text

from showfloor.services.search_index import search_body
from showfloor.services.sync.clock import Row
from showfloor.services.sync.merge.plan import LeadPlan
from showfloor.services.sync.rows import (
    read_rows_in,
    update_rows,
)
from showfloor.services.sync.snapshot import CHUNK, TABLES


def last_search_key(conn: Connection) -> int:
    """The highest search key in use, counting index rows left by hard deletes."""
    top = int(conn.execute(select(func.max(TABLES["leads"].c.search_key))).scalar() or 0)
    if conn.dialect.name == "sqlite":  # an index row left by a hard delete must not be reused
        top = max(top, int(conn.execute(text("SELECT max(rowid) FROM lead_search")).scalar() or 0))
    return top


def reindex(conn: Connection, plan: LeadPlan, new_visits: dict[str, Row]) -> None:
    """Rewrite the index rows of every lead touched (and key any local lead without one).

    Does in bulk what ``search_index.reindex_lead`` does one lead at a time, with the
    same body (``search_body``), so search finds merged leads exactly alike.
    """
    leads, visits = TABLES["leads"], TABLES["visits"]
    fts = conn.dialect.name == "sqlite"
    dead_keys = [k for i in plan.removed_local if (k := plan.search_keys.get(i)) is not None]
    touched = sorted(i for i in plan.touched if i in plan.final)
    if not touched and not dead_keys:
        return
    keys: dict[str, int] = {}
    fresh: list[Row] = []
    top: int | None = None
    for lead_id in touched:
        key = plan.search_keys.get(lead_id)
        if key is None:  # a local lead written before search keys existed
            top = (last_search_key(conn) if top is None else top) + 1
            key = top
            # updated_at given explicitly: the column's onupdate must not bump it.
            updated = plan.final[lead_id]["updated_at"]
            fresh.append({"id": lead_id, "search_key": key, "updated_at": updated})
        keys[lead_id] = key
    update_rows(conn, leads, fresh)
    if not fts:
        return
    old = dead_keys + [keys[i] for i in touched if plan.is_local(i)]
    for start in range(0, len(old), CHUNK):
        rowids = ",".join(map(str, old[start : start + CHUNK]))
        conn.execute(text(f"DELETE FROM lead_search WHERE rowid IN ({rowids})"))
    # Visit notes are searchable too: read back the visits of local and joined leads
    # (after this merge's writes); the others' bodies were made from the bundle.
    notes: dict[str, list[tuple[str | None, dict[str, Any] | None]]] = defaultdict(list)
    stored = [i for i in touched if plan.is_local(i) or i in plan.survivors]
    for v in read_rows_in(conn, visits, "lead_id", stored, ["lead_id", "notes", "answers"]):
        notes[v["lead_id"]].append((v["notes"], v["answers"]))
    bodies = plan.bodies | {
        i: search_body(plan.final[i], notes[i])
        for i in stored
        if plan.final[i].get("deleted_at") is None
    }
    # In rowid order: FTS5 flushes its pending terms whenever a rowid goes backwards.
    rows = sorted((keys[i], body) for i, body in bodies.items())
    if rows:
        conn.exec_driver_sql("INSERT OR REPLACE INTO lead_search (rowid, body) VALUES (?, ?)", rows)


def bodies_in_hand(plan: LeadPlan, new_visits: dict[str, Row]) -> dict[str, str]:
    """Index text of the touched leads whose every visit is in this bundle (new leads)."""
    own = {
        i
        for i in plan.touched
        if i in plan.final and not plan.is_local(i) and i not in plan.survivors
    }
    notes: dict[str, list[tuple[str | None, dict[str, Any] | None]]] = defaultdict(list)
    for v in new_visits.values():
        if v["lead_id"] in own:
            notes[v["lead_id"]].append((v["notes"], v["answers"]))
    return {
        i: search_body(plan.final[i], notes[i])
        for i in own
        if plan.final[i].get("deleted_at") is None
    }
