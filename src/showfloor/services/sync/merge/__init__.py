"""Merging a snapshot into a database, in one transaction, the same in any order.

Rules (each is a max or a union, so order and repetition do not matter):

- rows are matched by UUID; events, devices and attendees keep the newest version;
  staff are matched by name (the names are unique);
- leads merge per field group, newest stamp wins (clock.py);
- visits are a union by UUID, renumbered per lead by (time, id);
- a tombstoned lead is removed everywhere and never comes back;
- the same person (same badge id, or same email, in one event) becomes one lead:
  the smallest UUID survives, the others become aliases that later merges follow.

The caller owns the transaction: a failure anywhere leaves the database as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping

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

def _noop(_done: int, _total: int) -> None:
    return None


def merge_snapshot(
    conn: Connection,
    snap: Snapshot,
    progress: Progress | None = None,
    *,
    into: Mapping[str, str | None] | str | None = None,
    prefer: Collection[str] = (),
) -> MergeSummary:
    """Merge ``snap`` into the database behind ``conn`` (inside the caller's transaction).

    Args:
        into: where an incoming event that is no known show goes (events.py).
        prefer: local events whose name and dates survive a join (Combine events).
    """
    with paused_gc(), large_page_cache(conn):
        return _merge_snapshot(conn, snap, progress, into, prefer)


def _merge_snapshot(
    conn: Connection,
    snap: Snapshot,
    progress: Progress | None,
    into: Mapping[str, str | None] | str | None,
    prefer: Collection[str],
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
    aliases = dict(loaded)
    new_aliases: dict[str, str] = {}
    for row in snap["lead_aliases"]:
        if row["alias_id"] not in aliases:
            aliases[row["alias_id"]] = row["lead_id"]
            new_aliases[row["alias_id"]] = row["lead_id"]
    plan = LeadPlan(conn, aliases, gone, gone_people, events.ids_of)
    report(3, 10)
    plan.add_all(snap["leads"])
    plan.join_aliased(new_aliases)
    plan.dedupe()
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
