"""Writing the plan: leads, visits renumbered per lead, removed copies."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from sqlalchemy import Connection, delete

from showfloor.services.sync.clock import Row
from showfloor.services.sync.merge.plan import LeadPlan
from showfloor.services.sync.merge.reindex import bodies_in_hand, last_search_key
from showfloor.services.sync.rows import (
    insert_prepared,
    inserting,
    prepare_insert,
    read_rows_in,
    update_rows,
)
from showfloor.services.sync.snapshot import CHUNK, TABLES


def write_leads_and_visits(
    conn: Connection, plan: LeadPlan, incoming: list[Row], staff_map: dict[str, str]
) -> dict[str, Row]:
    """Write the plan's leads and the new visits; returns the new visits by id."""
    leads, visits = TABLES["leads"], TABLES["visits"]
    known = {r["id"] for r in read_rows_in(conn, visits, "id", (r["id"] for r in incoming), ["id"])}
    new_visits: dict[str, Row] = {}
    for row in incoming:
        if row["id"] in known or row["id"] in new_visits:
            continue
        lead_id = plan.resolve(row["lead_id"])
        if not plan.is_live(lead_id):
            continue  # its lead is tombstoned (or was never sent)
        staff_id = row.get("staff_id")
        new_visits[row["id"]] = {
            **row,
            "lead_id": lead_id,
            "staff_id": staff_map.get(staff_id, staff_id) if staff_id else None,
        }
        plan.touched.add(lead_id)
    # A removed local lead's visits move to the lead it now resolves to (a join): that
    # lead is renumbered too, so its own visits are read with the moved ones.
    for lead_id in plan.removed_local:
        if (target := plan.resolve(lead_id)) != lead_id and plan.is_live(target):
            plan.touched.add(target)
    plan.load(plan.touched)
    # The local visits that may be renumbered or moved: those of touched or joined leads.
    local_visits: dict[str, tuple[str, datetime, int]] = {
        r["id"]: (r["lead_id"], r["at"], r["number"])
        for r in read_rows_in(
            conn,
            visits,
            "lead_id",
            [i for i in plan.touched | plan.removed_local if plan.is_local(i)],
            ["id", "lead_id", "at", "number"],
        )
    }
    for lead_id, _at, _n in local_visits.values():
        if lead_id in plan.removed_local and (target := plan.resolve(lead_id)) in plan.final:
            plan.touched.add(target)

    # Final numbering per touched lead: by time, then id.
    per_lead: dict[str, list[tuple[datetime, str]]] = defaultdict(list)
    for vid, (lead_id, at, _n) in local_visits.items():
        target = plan.resolve(lead_id)
        if target in plan.touched and target in plan.final:
            per_lead[target].append((at, vid))
    for vid, row in new_visits.items():
        per_lead[row["lead_id"]].append((row["at"], vid))
    numbers: dict[str, tuple[str, int]] = {}
    for lead_id, items in per_lead.items():
        if len(items) > 1:
            items.sort()  # (aware time, id): time order, ties by id
        for n, (_at, vid) in enumerate(items, start=1):
            numbers[vid] = (lead_id, n)
        row = plan.final[lead_id]
        row["visit_count"] = len(items)
        row["first_seen_at"] = items[0][0]
        row["last_seen_at"] = items[-1][0]

    # New leads get their search key as they are written: one write per row, not two.
    new_ids = sorted(plan.inserted_ids())  # keys ascend with ids: both indexes fill in order
    first_key = last_search_key(conn) + 1
    inserts = [plan.final[i] for i in new_ids]  # rows of this merge's own: set in place
    for key, row in enumerate(inserts, start=first_key):
        plan.search_keys[row["id"]] = row["search_key"] = key
    new_leads = prepare_insert(conn, leads, inserts)
    for row in inserts:
        del row["search_key"]  # local to the database, like every lead row in the plan
    for vid, row in new_visits.items():
        row["number"] = numbers[vid][1]
    with inserting(conn, new_leads):  # while SQLite copies the leads in: Python only
        more_visits = prepare_insert(conn, visits, list(new_visits.values()))
        plan.bodies = bodies_in_hand(plan, new_visits)
    updates = [
        plan.final[i]
        for i in plan.touched
        if i in plan.final and i in plan.local and plan.final[i] != plan.local[i]
    ]
    update_rows(conn, leads, updates)

    changed: list[Row] = [
        {"id": vid, "lead_id": lead_id, "number": n}
        for vid, (lead_id, n) in numbers.items()
        if vid in local_visits and local_visits[vid][::2] != (lead_id, n)
    ]
    # two steps, so no (lead, number) pair is ever held twice
    update_rows(conn, visits, [{**c, "number": -c["number"]} for c in changed])
    insert_prepared(conn, more_visits)
    update_rows(conn, visits, changed)

    dead = sorted(plan.removed_local)
    for start in range(0, len(dead), CHUNK):
        part = dead[start : start + CHUNK]
        conn.execute(delete(visits).where(visits.c.lead_id.in_(part)))
        conn.execute(delete(leads).where(leads.c.id.in_(part)))
    return new_visits


