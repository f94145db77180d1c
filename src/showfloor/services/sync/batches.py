"""Merging a pulled snapshot in short transactions, so a save never waits for a pull.

A first pull can bring thousands of leads; merged in one transaction it would hold
SQLite's write lock for seconds while staff save visitors. Here the snapshot is
cut into parts (the small tables first, the organiser's list in slices, then the
leads with their visits, a slice at a time) and each part is merged in a
transaction of its own that aims at ``TARGET_S``; before each one the batch waits
while a window session is open (store/turns.py). A part is itself a valid partial
snapshot (what an incremental pull sends), and merges are maxima and unions, so the
result is that of one big merge; a pull stopped between parts leaves what was
merged, and the next round, starting from the same watermark, merges the rest.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace

from sqlalchemy import Connection

from showfloor.services.sync.clock import Row
from showfloor.services.sync.merge import MergeSummary, merge_snapshot
from showfloor.services.sync.snapshot import Snapshot, log_top, row_log_top
from showfloor.store.database import Database, storage_errors

Progress = Callable[[int, int], None]
# Called inside each part's transaction, after its merge, with the change log tops
# (leads, small-table rows) as the part found them: the caller moves its marks.
AfterPart = Callable[[Connection, tuple[int, int]], None]
Group = tuple[list[Row], list[Row], list[Row]]  # leads, their visits, their trash

TARGET_S = 0.02  # a save waits at most about this long for a part
FIRST_LEADS = 25  # leads in the first lead part; the next ones are sized from it
MOST_LEADS = 2000
ATTENDEES_PER_PART = 500

# Tables every part carries: what lets the receiver resolve the leads' references
# (its own "Anna" for ours, a joined event). They are small, and merging a row twice
# changes nothing.
_SHARED = ("devices", "events", "staff", "tombstones", "lead_aliases", "event_aliases")


def merge_in_parts(
    db: Database,
    snap: Snapshot,
    after_part: AfterPart,
    progress: Progress | None = None,
) -> MergeSummary:
    """Merge ``snap`` into ``db``, part by part (see the module's docstring)."""
    total = MergeSummary()
    attendees = snap["attendees"]
    groups = _lead_groups(snap)
    done, size = 0, FIRST_LEADS
    for start in range(0, max(len(attendees), 1), ATTENDEES_PER_PART):
        part = _part(snap, attendees=attendees[start : start + ATTENDEES_PER_PART])
        total = total + _merge_part(db, part, after_part)
    while done < len(groups):
        part = _part(snap, groups=groups[done : done + size])
        began = time.perf_counter()
        total = total + _merge_part(db, part, after_part)
        done += size
        size = _next_size(size, time.perf_counter() - began)
        if progress is not None:
            progress(min(done, len(groups)), len(groups))
    # Every part carries the events: each names a joined or renamed event once.
    return replace(
        total,
        joined_events=tuple(dict.fromkeys(total.joined_events)),
        separate_events=tuple(dict.fromkeys(total.separate_events)),
        renamed_events=tuple(dict.fromkeys(total.renamed_events)),
    )


def _next_size(size: int, took: float) -> int:
    """Leads in the next part: as many as fit in TARGET_S at this part's pace."""
    if took <= 0:
        return min(MOST_LEADS, size * 2)
    return max(1, min(MOST_LEADS, size * 2, int(size * TARGET_S / took)))


def _merge_part(db: Database, part: Snapshot, after_part: AfterPart) -> MergeSummary:
    db.turns.wait_for_foreground()
    with storage_errors(db.path), db.engine.connect() as conn:
        _begin_writing(conn)
        before = (log_top(conn), row_log_top(conn))
        summary = merge_snapshot(conn, part)
        after_part(conn, before)
        conn.commit()
    return summary


def _begin_writing(conn: Connection) -> None:
    """Take SQLite's write lock first: what the part reads and writes is one moment
    (a save cannot slip in between its reads and its writes)."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def _lead_groups(snap: Snapshot) -> list[Group]:
    """Each lead with its visits and trashed visits: they travel in the same part."""
    visits: dict[str, list[Row]] = defaultdict(list)
    trash: dict[str, list[Row]] = defaultdict(list)
    for row in snap["visits"]:
        visits[row["lead_id"]].append(row)
    for row in snap["visit_trash"]:
        trash[row["lead_id"]].append(row)
    groups: list[Group] = [
        ([lead], visits.pop(lead["id"], []), trash.pop(lead["id"], [])) for lead in snap["leads"]
    ]
    # Visits whose lead did not come (a snapshot edited by hand): one last part, as
    # one big merge would have them.
    orphans = [r for rows in visits.values() for r in rows]
    orphan_trash = [r for rows in trash.values() for r in rows]
    if orphans or orphan_trash:
        groups.append(([], orphans, orphan_trash))
    return groups


def _part(
    snap: Snapshot, *, attendees: list[Row] | None = None, groups: Sequence[Group] = ()
) -> Snapshot:
    part = Snapshot()
    for name in _SHARED:
        part.tables[name] = [dict(r) for r in snap[name]]  # merges rewrite rows in place
    part.tables["attendees"] = [dict(r) for r in attendees or []]
    for leads, visits, trash in groups:
        part["leads"].extend(dict(r) for r in leads)
        part["visits"].extend(dict(r) for r in visits)
        part["visit_trash"].extend(dict(r) for r in trash)
    return part
