"""Merging a snapshot into a database, in one transaction, the same in any order.

Rules (each is a max or a union, so order and repetition do not matter):

- rows are matched by UUID; events, devices and attendees keep the newest version;
  staff are matched by name (the names are unique);
- leads merge per field group, newest stamp wins (clock.py);
- visits are a union by UUID, renumbered per lead by (time, id);
- a tombstoned lead is removed everywhere and never comes back;
- the same person (same badge id, or same email, in one event) becomes one lead:
  the smallest UUID survives, the others become aliases that later merges follow.

A caller may look at the leads already here that incoming leads would change
(``hold_back``) before anything of the leads is written, and leave incoming leads
out: a push does not sign over a server row it could not check (row_proofs.py).

The caller owns the transaction: a failure anywhere leaves the database as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Set

from sqlalchemy import Connection

from showfloor.services.paused_gc import paused_gc
from showfloor.services.sync.merge.changes import lead_changes, names_of_removed
from showfloor.services.sync.merge.events import merge_events
from showfloor.services.sync.merge.plan import LeadPlan
from showfloor.services.sync.merge.reindex import reindex
from showfloor.services.sync.merge.summary import Change, LeadChange, MergeSummary
from showfloor.services.sync.merge.tables import (
    adopt_event_if_none,
    insert_aliases,
    load_aliases,
    merge_attendees,
    merge_newest,
    merge_staff,
    merge_tombstones,
)
from showfloor.services.sync.merge.write import write_leads_and_visits
from showfloor.services.sync.snapshot import Snapshot
from showfloor.store.database import large_page_cache

__all__ = ["Change", "LeadChange", "MergeSummary", "merge_snapshot"]

Progress = Callable[[int, int], None]
# Leads already here that the merge would change -> the incoming leads joined into
# them; returns the incoming leads to leave out of the merge.
HoldBack = Callable[[Mapping[str, Set[str]]], Collection[str]]

def _noop(_done: int, _total: int) -> None:
    return None


def merge_snapshot(
    conn: Connection,
    snap: Snapshot,
    progress: Progress | None = None,
    *,
    into: Mapping[str, str | None] | str | None = None,
    prefer: Collection[str] = (),
    hold_back: HoldBack | None = None,
) -> MergeSummary:
    """Merge ``snap`` into the database behind ``conn`` (inside the caller's transaction).

    Args:
        into: where an incoming event that is no known show goes (events.py).
        prefer: local events whose name and dates survive a join (Combine events).
        hold_back: asked once the leads are planned, before they are written, with
            the leads already here that incoming ones change; the incoming leads it
            returns stay out (with their visits and aliases) and the rest is planned
            again. The events, staff and tombstones of ``snap`` are merged either way.
    """
    with paused_gc(), large_page_cache(conn):
        return _merge_snapshot(conn, snap, progress, into, prefer, hold_back)


def _merge_snapshot(
    conn: Connection,
    snap: Snapshot,
    progress: Progress | None,
    into: Mapping[str, str | None] | str | None,
    prefer: Collection[str],
    hold_back: HoldBack | None,
) -> MergeSummary:
    report = progress or _noop
    merge_newest(conn, "devices", snap["devices"])
    incoming_events = list(snap["events"])
    events = merge_events(conn, snap, into, prefer)
    adopt_event_if_none(conn, [{**r, "id": events.resolve(r["id"])} for r in incoming_events])
    staff_map = merge_staff(conn, snap["staff"])
    gone, gone_people = merge_tombstones(conn, snap["tombstones"])
    merge_attendees(conn, snap["attendees"], gone_people, events.ids_of)
    report(1, 10)
    loaded = load_aliases(conn)
    plan, new_aliases = _plan(conn, snap, loaded, gone, gone_people, events.ids_of)
    held: set[str] = set()
    while hold_back is not None:
        more = set(hold_back(plan.existing_joined(r["id"] for r in snap["leads"]))) - held
        if not more:
            break
        # Leaving leads out only splits groups, so this ends (mostly after one round).
        held |= more
        snap = without_leads(snap, held)
        plan, new_aliases = _plan(conn, snap, loaded, gone, gone_people, events.ids_of)
    report(3, 10)
    new_aliases.update(plan.new_aliases)
    report(5, 10)
    removed_names = names_of_removed(conn, plan)
    placed = write_leads_and_visits(
        conn, plan, snap["visits"], snap["visit_trash"], staff_map
    )
    new_visits = placed.new_live
    report(8, 10)
    insert_aliases(conn, loaded, new_aliases, plan.aliases)
    reindex(conn, plan, new_visits)
    report(10, 10)
    return MergeSummary(
        new_leads=plan.new_lead_count(),
        new_visits=len(new_visits),
        merged_duplicates=len(plan.new_aliases),
        conflicts_resolved=plan.conflicts,
        removed=plan.erased + plan.dropped,
        joined_events=tuple(events.joined),
        separate_events=tuple(events.separate),
        renamed_events=tuple(events.renamed),
        changes=tuple(lead_changes(plan, placed, removed_names)),
    )


def _plan(
    conn: Connection,
    snap: Snapshot,
    loaded: Mapping[str, str],
    gone: set[str],
    gone_people: set[str],
    event_ids: Callable[[str], Iterable[str]],
) -> tuple[LeadPlan, dict[str, str]]:
    """The merged lead set (nothing written yet) and the incoming aliases new here."""
    aliases = dict(loaded)
    new_aliases: dict[str, str] = {}
    for row in snap["lead_aliases"]:
        if row["alias_id"] not in aliases:
            aliases[row["alias_id"]] = row["lead_id"]
            new_aliases[row["alias_id"]] = row["lead_id"]
    plan = LeadPlan(conn, aliases, set(gone), gone_people, event_ids)
    plan.add_all(snap["leads"])
    plan.join_aliased(new_aliases)
    plan.dedupe()
    return plan, new_aliases


def without_leads(snap: Snapshot, lead_ids: Set[str]) -> Snapshot:
    """A copy of ``snap`` without these leads, their visits and their aliases."""
    out = Snapshot({name: list(rows) for name, rows in snap.tables.items()})
    out.tables["leads"] = [r for r in snap["leads"] if r["id"] not in lead_ids]
    for name in ("visits", "visit_trash", "lead_aliases"):
        out.tables[name] = [r for r in snap[name] if r["lead_id"] not in lead_ids]
    return out
