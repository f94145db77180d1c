"""Merging a pulled snapshot in short transactions, so a save never waits for a pull.

A first pull can bring thousands of leads; merged in one transaction it would hold
SQLite's write lock for seconds while staff save visitors. Here the snapshot is
cut into parts (the small tables first, the organiser's list in slices, then the
leads with their visits, a slice at a time) and each part is merged in a
transaction of its own. Before each part the batch waits while a window session is
open (store/turns.py).

A part's merge first reads a lot (every local lead's identity, to find the same
person) and then writes a little. Its transaction starts deferred: the reads see one
snapshot of the file without taking the write lock, so saves go on meanwhile; the
lock is taken at the first write. A save that committed in between makes that write
fail at once (SQLite will not let a transaction write over a snapshot that is no
longer the newest), and the part is merged again from the start; after
``OPTIMISTIC_TRIES`` such tries it takes the lock up front (``BEGIN IMMEDIATE``).

A part is itself a valid partial snapshot (what an incremental pull sends), and
merges are maxima and unions, so the result is that of one big merge; a pull stopped
between parts leaves what was merged, and the next round, starting from the same
watermark, merges the rest.
"""

from __future__ import annotations

import logging
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace

from sqlalchemy import Connection
from sqlalchemy.exc import OperationalError

from showfloor.services.sync.clock import Row
from showfloor.services.sync.merge import MergeSummary, merge_snapshot
from showfloor.services.sync.snapshot import Snapshot, log_top, row_log_top
from showfloor.store.database import Database, storage_errors

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
# Called inside each part's transaction, after its merge, with the change log tops
# (leads, small-table rows) as the part found them and what the part's merge did:
# the caller moves its marks (and reads what it must before the part commits).
AfterPart = Callable[[Connection, tuple[int, int], MergeSummary], None]
Group = tuple[list[Row], list[Row], list[Row]]  # leads, their visits, their trash

# Leads in a part. Each part reads every local lead's identity again, so a part
# holds at least LEADS_PER_PART leads and a pull at most about MOST_PARTS parts.
LEADS_PER_PART = 100
MOST_PARTS = 40
ATTENDEES_PER_PART = 500
OPTIMISTIC_TRIES = 3

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
    for start in range(0, max(len(attendees), 1), ATTENDEES_PER_PART):
        part = _part(snap, attendees=attendees[start : start + ATTENDEES_PER_PART])
        total = total + _merge_part(db, part, after_part)
    size = max(LEADS_PER_PART, -(-len(groups) // MOST_PARTS))
    for start in range(0, len(groups), size):
        part = _part(snap, groups=groups[start : start + size])
        total = total + _merge_part(db, part, after_part)
        if progress is not None:
            progress(min(start + size, len(groups)), len(groups))
    # Every part carries the events: each names a joined or renamed event once.
    return replace(
        total,
        joined_events=tuple(dict.fromkeys(total.joined_events)),
        separate_events=tuple(dict.fromkeys(total.separate_events)),
        renamed_events=tuple(dict.fromkeys(total.renamed_events)),
    )


def _merge_part(db: Database, part: Snapshot, after_part: AfterPart) -> MergeSummary:
    for attempt in range(OPTIMISTIC_TRIES + 1):
        db.turns.wait_for_foreground()
        with storage_errors(db.path), db.engine.connect() as conn:
            try:
                _begin(conn, up_front=attempt == OPTIMISTIC_TRIES)
                before = (log_top(conn), row_log_top(conn))
                summary = merge_snapshot(conn, part)
                after_part(conn, before, summary)
                conn.commit()
                _checkpoint(conn)
                return summary
            except OperationalError as exc:
                if attempt == OPTIMISTIC_TRIES or not _overtaken(exc):
                    raise
                conn.rollback()
        log.debug("a save came first; merging the part again")
    raise AssertionError("unreachable")


def _begin(conn: Connection, *, up_front: bool) -> None:
    """Start the part's transaction: deferred (the write lock at the first write) or,
    after saves kept overtaking it, with the write lock taken now."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("BEGIN IMMEDIATE" if up_front else "BEGIN")


def _checkpoint(conn: Connection) -> None:
    """Copy the part's pages from the WAL into the file now, on this thread: else the
    WAL grows past SQLite's auto-checkpoint size and the commit that crosses it, a
    save's as likely as ours, does the copying (and its fsync) while staff wait.
    PASSIVE never waits for, nor blocks, anyone writing."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")


def _overtaken(exc: OperationalError) -> bool:
    """Whether the part failed only because a save wrote first (SQLITE_BUSY, or
    SQLITE_BUSY_SNAPSHOT: our snapshot was no longer the newest)."""
    orig = exc.orig
    code = getattr(orig, "sqlite_errorcode", None)
    if code is not None:
        return bool(code & 0xFF == sqlite3.SQLITE_BUSY)
    return isinstance(orig, sqlite3.OperationalError) and "locked" in str(orig)


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
