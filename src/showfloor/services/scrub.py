"""Erasure that really erases (issue 19): the person out of every copy this laptop keeps.

After ``leads erase`` the live database is rewritten (``VACUUM``: no old copy of a
row survives in free space, as earlier edits leave them) and its write-ahead log is
folded in and truncated; every kept copy (the rolling backups in each backup folder,
the copy made before a migration, a database kept aside by a restore) that still
holds the person is rewritten without them: copied aside, their rows deleted with
``secure_delete``, the search index optimised, vacuumed, checked, then renamed over
the old file. A copy is judged by its rows *and* by its raw bytes, so a free page
holding an old version of the lead counts too.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from showfloor.services.backup import fsync_dir, fsync_file

log = logging.getLogger(__name__)

CHECKPOINT_TRIES = 50  # with a 0.1 s pause: readers get 5 s to let go of the log
PENDING_CHECKPOINT = "erase_checkpoint_pending"


@dataclass(frozen=True)
class Trace:
    """What identifies an erased person in a copy of the database (never stored)."""

    lead_ids: frozenset[str]
    emails: frozenset[str]  # lower case, as stored
    badges: frozenset[tuple[str, str]]  # (event id, badge id)
    attendee_ids: frozenset[str] = frozenset()

    def needles(self) -> list[bytes]:
        """Byte strings whose presence in a file means it may still hold the person."""
        out = [e.encode() for e in self.emails]
        out += [b.encode() for _e, b in self.badges if len(b) >= 6]
        return [n.lower() for n in out if n]


@dataclass
class ScrubReport:
    rewritten: list[Path] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    log_truncated: bool = True


def holds_bytes(path: Path, needles: Sequence[bytes], chunk: int = 8 * 1024 * 1024) -> bool:
    """Whether the file holds any needle (case-insensitive), read a chunk at a time."""
    if not needles:
        return False
    overlap = max(len(n) for n in needles)
    tail = b""
    try:
        with path.open("rb") as src:
            while block := src.read(chunk):
                text = (tail + block).lower()
                if any(n in text for n in needles):
                    return True
                tail = text[-overlap:]
    except OSError:
        return False
    return False


def compact_live(database: Path) -> bool:
    """Rewrite the live database and truncate its log; False when a reader kept the log
    (it is then truncated at the next start: ``finish_pending``)."""
    conn = sqlite3.connect(database, timeout=30)
    try:
        conn.execute("PRAGMA secure_delete = ON")
        if _has_table(conn, "lead_search"):
            conn.execute("INSERT INTO lead_search(lead_search) VALUES ('optimize')")
            conn.commit()
        conn.execute("VACUUM")
        return _truncate_log(conn)
    finally:
        conn.close()


def _truncate_log(conn: sqlite3.Connection) -> bool:
    for _ in range(CHECKPOINT_TRIES):
        busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if not busy:
            return True
        time.sleep(0.1)
    return False


def finish_pending(database: Path) -> bool:
    """At start-up, after an erase whose log a reader kept: truncate it now."""
    conn = sqlite3.connect(database, timeout=5)
    try:
        return _truncate_log(conn)
    finally:
        conn.close()


def kept_copies(folders: Iterable[Path], database: Path) -> list[Path]:
    """Every copy of the database this laptop keeps: backups, pre-migration copies,
    databases kept aside by a restore."""
    from showfloor.services.backup import PREFIX, SUFFIX
    from showfloor.services.restore import aside_files

    found: dict[str, Path] = {}
    for folder in folders:
        if folder.is_dir():
            for path in sorted(folder.glob(f"{PREFIX}*{SUFFIX}")):
                found.setdefault(str(path.resolve()), path)
    extra = [*database.parent.glob(f"{database.name}.before-migration-*"), *aside_files(database)]
    for path in extra:
        if not path.name.endswith(("-wal", "-shm", "-journal")):
            found.setdefault(str(path.resolve()), path)
    return list(found.values())


def scrub_copies(copies: Iterable[Path], trace: Trace) -> ScrubReport:
    """Rewrite each copy that still holds the person, without them."""
    report = ScrubReport()
    needles = trace.needles()
    for path in copies:
        try:
            if not (_holds_rows(path, trace) or holds_bytes(path, needles)):
                continue
            _rewrite(path, trace)
            report.rewritten.append(path)
        except (OSError, sqlite3.Error) as exc:
            report.failed.append(f"{path}: {exc}")
            log.warning("could not rewrite a kept copy after an erase: %s", type(exc).__name__)
    return report


def _holds_rows(path: Path, trace: Trace) -> bool:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return bool(_lead_ids(conn, trace) or _attendee_ids(conn, trace))
    except sqlite3.Error:
        return True  # unreadable as it is: rewriting will say what is wrong
    finally:
        conn.close()


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    row = conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone()
    return row is not None


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}


def _lead_ids(conn: sqlite3.Connection, trace: Trace) -> set[str]:
    if not _has_table(conn, "leads"):
        return set()
    ids = set()
    for lead_id, email, event_id, badge in conn.execute(
        "SELECT id, lower(email), event_id, badge_id FROM leads"
    ):
        if lead_id in trace.lead_ids or email in trace.emails or (event_id, badge) in trace.badges:
            ids.add(lead_id)
    return ids


def _attendee_ids(conn: sqlite3.Connection, trace: Trace) -> set[str]:
    if not _has_table(conn, "attendees"):
        return set()
    ids = set()
    for row_id, email, event_id, badge, ticket in conn.execute(
        "SELECT id, lower(email), event_id, badge_id, ticket_code FROM attendees"
    ):
        if (
            row_id in trace.attendee_ids
            or email in trace.emails
            or (event_id, badge) in trace.badges
            or (event_id, ticket) in trace.badges
        ):
            ids.add(row_id)
    return ids


def _rewrite(path: Path, trace: Trace) -> None:
    work = path.with_name(path.name + ".scrub")
    for side in (work, *(work.with_name(work.name + s) for s in ("-wal", "-shm", "-journal"))):
        side.unlink(missing_ok=True)
    shutil.copyfile(path, work)
    try:
        conn = sqlite3.connect(work)
        try:
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute("PRAGMA secure_delete = ON")
            _delete_person(conn, trace)
            conn.commit()
            conn.execute("VACUUM")
            check = conn.execute("PRAGMA quick_check").fetchone()
            if check is None or check[0] != "ok":
                raise sqlite3.DatabaseError("the rewritten copy failed its check")
        finally:
            conn.close()
        fsync_file(work)
        os.replace(work, path)
        fsync_dir(path.parent)
    except BaseException:
        work.unlink(missing_ok=True)
        raise


def _delete_person(conn: sqlite3.Connection, trace: Trace) -> None:
    leads = sorted(_lead_ids(conn, trace))
    attendees = sorted(_attendee_ids(conn, trace))
    has_fts = _has_table(conn, "lead_search") and "search_key" in _columns(conn, "leads")
    for start in range(0, len(leads), 500):
        part = leads[start : start + 500]
        marks = ",".join("?" for _ in part)
        if has_fts:
            keys = [r[0] for r in conn.execute(
                f"SELECT search_key FROM leads WHERE id IN ({marks}) AND search_key IS NOT NULL",
                part,
            )]  # fmt: skip
            for key in keys:
                conn.execute("DELETE FROM lead_search WHERE rowid = ?", (key,))
        for table in ("visits", "visit_trash"):
            if _has_table(conn, table):
                conn.execute(f"DELETE FROM {table} WHERE lead_id IN ({marks})", part)
        conn.execute(f"DELETE FROM leads WHERE id IN ({marks})", part)
    for start in range(0, len(attendees), 500):
        part = attendees[start : start + 500]
        marks = ",".join("?" for _ in part)
        conn.execute(f"DELETE FROM attendees WHERE id IN ({marks})", part)
    if _has_table(conn, "lead_search"):
        conn.execute("INSERT INTO lead_search(lead_search) VALUES ('optimize')")
