"""Writing the plan: leads, visits placed and numbered (visits.py), removed copies."""

from __future__ import annotations

from sqlalchemy import Connection, Table, delete, update

from showfloor.services.sync.clock import Row
from showfloor.services.sync.merge.plan import LeadPlan
from showfloor.services.sync.merge.reindex import bodies_in_hand, last_search_key
from showfloor.services.sync.merge.visits import (
    EDITABLE,
    LIVE_STATE,
    TRASH_STATE,
    VisitPlan,
    plan_visits,
)
from showfloor.services.sync.rows import (
    insert_prepared,
    insert_rows,
    inserting,
    prepare_insert,
    read_rows_in,
    update_rows,
)
from showfloor.services.sync.snapshot import CHUNK, TABLES
from showfloor.store.models import CardImage


def write_leads_and_visits(
    conn: Connection,
    plan: LeadPlan,
    incoming: list[Row],
    incoming_trash: list[Row],
    staff_map: dict[str, str],
) -> VisitPlan:
    """Write the plan's leads and every visit's new place; returns the visit plan."""
    leads, visits, trash = TABLES["leads"], TABLES["visits"], TABLES["visit_trash"]
    # The leads whose visits may change: those the bundle sends visits for, and every
    # lead touched or joined (a join moves the loser's visits to the survivor).
    for row in (*incoming, *incoming_trash):
        if plan.exists(target := plan.resolve(row["lead_id"])):
            plan.touched.add(target)
    for lead_id in plan.removed_local:
        if (target := plan.resolve(lead_id)) != lead_id and plan.exists(target):
            plan.touched.add(target)
    plan.load(plan.touched)
    owners = [i for i in plan.touched | plan.removed_local if plan.is_local(i)]
    ids = [r["id"] for r in (*incoming, *incoming_trash)]
    local_live = _local(conn, visits, LIVE_STATE, owners, ids)
    local_trash = _local(conn, trash, TRASH_STATE, owners, ids)
    for row in (*local_live.values(), *local_trash.values()):
        if plan.exists(target := plan.resolve(row["lead_id"])):
            plan.touched.add(target)
    plan.load(plan.touched)
    placed = plan_visits(
        incoming,
        incoming_trash,
        local_live,
        local_trash,
        plan.resolve,
        plan.exists,
        staff_map,
        lambda ids: _local_content(conn, ids),
    )
    for lead_id, line in placed.timelines.items():
        row = plan.final[lead_id]
        row["visit_count"] = line.visit_count
        row["first_seen_at"] = line.first_seen_at
        row["last_seen_at"] = line.last_seen_at
        row["deleted_at"] = line.deleted_at

    # New leads get their search key as they are written: one write per row, not two.
    new_ids = sorted(plan.inserted_ids())  # keys ascend with ids: both indexes fill in order
    first_key = last_search_key(conn) + 1
    inserts = [plan.final[i] for i in new_ids]  # rows of this merge's own: set in place
    for key, row in enumerate(inserts, start=first_key):
        plan.search_keys[row["id"]] = row["search_key"] = key
    new_leads = prepare_insert(conn, leads, inserts)
    for row in inserts:
        del row["search_key"]  # local to the database, like every lead row in the plan
    with inserting(conn, new_leads):  # while SQLite copies the leads in: Python only
        more_visits = prepare_insert(conn, visits, placed.insert_live)
        plan.bodies = bodies_in_hand(plan, placed.new_live)
    updates = [
        plan.final[i]
        for i in plan.touched
        if i in plan.final and i in plan.local and plan.final[i] != plan.local[i]
    ]
    update_rows(conn, leads, updates)

    _delete_ids(conn, visits, placed.delete_live)
    _delete_ids(conn, trash, placed.delete_trash)
    # two steps, so no (lead, number) pair is ever held twice
    update_rows(conn, visits, [{**c, "number": -c["number"]} for c in placed.renumber])
    insert_prepared(conn, more_visits)
    update_rows(conn, visits, placed.renumber)
    update_rows(conn, visits, placed.restamp_live)
    insert_rows(conn, trash, placed.insert_trash)
    update_rows(conn, trash, placed.update_trash)
    update_rows(conn, visits, placed.edit_live)
    update_rows(conn, trash, placed.edit_trash)

    dead = sorted(plan.removed_local)
    _move_card_images(conn, plan, dead)
    for start in range(0, len(dead), CHUNK):
        part = dead[start : start + CHUNK]
        conn.execute(delete(visits).where(visits.c.lead_id.in_(part)))
        conn.execute(delete(trash).where(trash.c.lead_id.in_(part)))
        conn.execute(delete(leads).where(leads.c.id.in_(part)))
    return placed


def _move_card_images(conn: Connection, plan: LeadPlan, dead: list[str]) -> None:
    """Card pictures are local (they never travel), so a lead of ours joined into
    another takes its pictures along; an erased one loses them with its row."""
    cards: Table = CardImage.__table__  # type: ignore[assignment]
    for lead_id in dead:
        target = plan.resolve(lead_id)
        if target != lead_id and plan.exists(target):
            conn.execute(
                update(cards).where(cards.c.lead_id == lead_id).values(lead_id=target)
            )


def _local(
    conn: Connection,
    table: Table,
    columns: tuple[str, ...],
    owners: list[str],
    ids: list[str],
) -> dict[str, Row]:
    """This database's rows of ``table`` for the given leads, and for the given visit
    ids wherever they are (a visit sent again may now belong to a joined lead)."""
    found = {r["id"]: r for r in read_rows_in(conn, table, "lead_id", owners, list(columns))}
    for row in read_rows_in(conn, table, "id", [i for i in ids if i not in found], list(columns)):
        found[row["id"]] = row
    return found


def _local_content(conn: Connection, ids: list[str]) -> dict[str, Row]:
    """The answers, notes and edit stamp of these visits, live or in the trash."""
    found: dict[str, Row] = {}
    for table in (TABLES["visits"], TABLES["visit_trash"]):
        for row in read_rows_in(conn, table, "id", ids, ["id", *EDITABLE]):
            found[row.pop("id")] = row
    return found


def _delete_ids(conn: Connection, table: Table, ids: list[str]) -> None:
    for start in range(0, len(ids), CHUNK):
        part = ids[start : start + CHUNK]
        conn.execute(delete(table).where(table.c.id.in_(part)))
