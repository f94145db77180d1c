"""A merge that carries an erasure clears this laptop's own copies too (issue 19).

Erasing a person on another laptop travels as tombstones; the merge removes the
person here. What this laptop keeps besides its database (the rolling backups, the
copy made before a migration, a database kept aside by a restore) still holds
them: each such copy is rewritten without them, as ``leads erase`` does here
(services/scrub.py), and the bundles this laptop wrote since it first met them are
named, as they are out of its reach.

Who was erased is read before the merge commits, from the database as it still is
for any other reader (the write-ahead log keeps the merge's changes apart until
then): the merge itself has already deleted the rows it would be read from.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from showfloor.services.backup import backup_folders
from showfloor.services.scrub import Trace, compact_live, kept_copies, scrub_copies
from showfloor.services.sync.merge.summary import Change, MergeSummary
from showfloor.services.sync.written import WrittenBundle, bundles_written_since
from showfloor.store.database import Database, storage_errors

_CHUNK = 500
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ErasedPeople:
    """The people a merge erased here, as they were before it."""

    trace: Trace
    first_met: datetime | None


@dataclass(frozen=True)
class CopiesCleared:
    """What clearing this laptop's copies did, for the booth lead."""

    rewritten: int = 0
    failed: tuple[str, ...] = ()
    bundles: tuple[WrittenBundle, ...] = ()  # written here before: still hold them


def either(one: ErasedPeople | None, other: ErasedPeople | None) -> ErasedPeople | None:
    """The people of both (a pull merged in parts erases some in each)."""
    if one is None or other is None:
        return one or other
    a, b = one.trace, other.trace
    trace = Trace(
        a.lead_ids | b.lead_ids,
        a.emails | b.emails,
        a.badges | b.badges,
        a.attendee_ids | b.attendee_ids,
    )
    met = [m for m in (one.first_met, other.first_met) if m is not None]
    return ErasedPeople(trace, min(met, default=None))


def people_before_merge(database: Path, lead_ids: Collection[str]) -> ErasedPeople:
    """The erased leads' ids, emails and badges, read on a connection of its own:
    it sees the last committed state, from before the merge's open transaction."""
    ids = sorted(set(lead_ids))
    emails: set[str] = set()
    badges: set[tuple[str, str]] = set()
    created: list[datetime] = []
    conn = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True, timeout=10)
    try:
        for start in range(0, len(ids), _CHUNK):
            part = ids[start : start + _CHUNK]
            marks = ",".join("?" for _ in part)
            query = (
                "SELECT lower(email), event_id, badge_id, created_at FROM leads "
                f"WHERE id IN ({marks})"
            )
            for email, event_id, badge, at in conn.execute(query, part):
                if email:
                    emails.add(email)
                if badge:
                    badges.add((event_id, badge))
                if isinstance(at, str):
                    when = datetime.fromisoformat(at)
                    created.append(when if when.tzinfo else when.replace(tzinfo=UTC))
    finally:
        conn.close()
    trace = Trace(frozenset(ids), frozenset(emails), frozenset(badges))
    return ErasedPeople(trace, min(created, default=None))


def clear_copies(db: Database, people: ErasedPeople) -> CopiesCleared:
    """Rewrite every copy this laptop keeps without the erased people, and name the
    bundles written since the first of them was met here."""
    assert db.path is not None
    copies = kept_copies(backup_folders(db.path), db.path)
    scrubbed = scrub_copies(copies, people.trace)
    bundles: tuple[WrittenBundle, ...] = ()
    if people.first_met is not None:
        with storage_errors(db.path), db.session() as session:
            bundles = tuple(bundles_written_since(session, people.first_met))
    return CopiesCleared(len(scrubbed.rewritten), tuple(scrubbed.failed), bundles)


def erased_here(db: Database, summary: MergeSummary) -> ErasedPeople | None:
    """Inside the merge's transaction, before it commits: who it erases, or None."""
    gone = [c.lead_id for c in summary.changes if c.change is Change.ERASED]
    if not gone or not db.is_sqlite or db.path is None:
        return None
    return people_before_merge(db.path, gone)


def after_erasing(db: Database, people: ErasedPeople, summary: MergeSummary) -> MergeSummary:
    """After the merge committed: the database compacted (no trace in free pages or
    the log), the kept copies cleared; ``summary`` with what was done and what not."""
    assert db.path is not None
    db.engine.dispose()
    try:
        compact_live(db.path)
    except sqlite3.Error as exc:  # busy for long (a window writing): the copies still go
        log.warning("could not compact the database after a merged erase: %s", exc)
    cleared = clear_copies(db, people)
    return replace(
        summary,
        backups_rewritten=cleared.rewritten,
        backup_errors=cleared.failed,
        bundles_holding_erased=cleared.bundles,
    )
