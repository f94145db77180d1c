"""Putting a backup in place of the database, so that a crash at any moment leaves
either the old database or the restored one, never none.

Why this order: the backup is copied to a temporary file in the same folder and
flushed to disk; the current file gets a second name (``…before-restore-…``, a
hard link, or a flushed copy where the file system has no links) while it stays
where it is; then one ``rename`` swaps the new file in. ``rename`` within a folder
is atomic on every platform the booth runs on, so the database name always points
at a whole file. A leftover temporary file is only ever an unfinished copy, and is
removed by the next restore.

A database that was lost by an older version (moved aside, then the copy never
finished) is pointed out at start-up: see ``services/recovery.py``.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from showfloor.domain.errors import RefusedError
from showfloor.services.backup import (
    BackupInfo,
    count_leads_in,
    fsync_dir,
    fsync_file,
    is_busy,
)

log = logging.getLogger(__name__)

ASIDE = ".before-restore-"
RESTORING = ".restoring"
_STAMP = "%Y%m%dT%H%M%SZ"
_SIDE_FILES = ("-wal", "-shm", "-journal")


def restore_backup(database: Path, backup: BackupInfo, now: datetime | None = None) -> Path | None:
    """Put ``backup`` in place of ``database``; the current file is kept beside it.

    Refuses while another program (a running Showfloor) has the database open:
    swapping the file under it would lose what it saves next.

    Returns:
        The name the previous database is kept under, or None when there was none.
    """
    if count_leads_in(backup.path) is None:
        raise RefusedError(f"Backup {backup.id} is damaged; choose another one.")
    database.parent.mkdir(parents=True, exist_ok=True)
    present = database.exists() and database.stat().st_size > 0
    if present:
        _refuse_if_in_use(database)
    temp = database.with_name(database.name + RESTORING)
    try:
        _copy_whole(backup.path, temp)
        fsync_file(temp)
        aside = _keep_aside(database, now) if present else None
        _move_side_files(database, aside)
        os.replace(temp, database)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise RefusedError(
            f"The backup could not be put in place: {exc.strerror or exc}. "
            "Your database is unchanged."
        ) from exc
    fsync_dir(database.parent)
    log.info("restored backup %s", backup.id)
    return aside


def backup_from_file(path: Path) -> BackupInfo:
    """A file given by its path (a database kept aside, a copied backup) as a backup.

    Raises:
        RefusedError: the file is missing or not a sound Showfloor database.
    """
    if not path.is_file():
        raise RefusedError(f"There is no file {path}. See the backups with: showfloor backup list")
    leads = count_leads_in(path, with_wal=True)
    if leads is None:
        raise RefusedError(f"{path} is not a sound Showfloor database; choose another one.")
    stat = path.stat()
    created = datetime.fromtimestamp(stat.st_mtime, UTC)
    return BackupInfo(path.name, path, created, stat.st_size, leads)


def aside_files(database: Path) -> list[Path]:
    """Databases kept aside by restores, newest last."""
    return sorted(
        p
        for p in database.parent.glob(f"{database.name}{ASIDE}*")
        if not p.name.endswith(_SIDE_FILES)
    )


def _copy_whole(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target`` as one self-contained file.

    A plain backup is copied byte for byte. A database kept aside by an older
    version may still have its write-ahead log beside it: SQLite's backup API reads
    the two together, so nothing in the log is left behind.
    """
    target.unlink(missing_ok=True)
    wal = source.with_name(source.name + "-wal")
    if not wal.exists():
        shutil.copyfile(source, target)
        return
    src = sqlite3.connect(source, timeout=5)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    except sqlite3.Error as exc:
        raise OSError(str(exc)) from exc
    finally:
        src.close()


def _keep_aside(database: Path, now: datetime | None) -> Path:
    """A second name for the current file, which stays in place until the rename."""
    stamp = (now or datetime.now(UTC)).strftime(_STAMP)
    aside = database.with_name(f"{database.name}{ASIDE}{stamp}")
    n = 1
    while aside.exists():
        aside = database.with_name(f"{database.name}{ASIDE}{stamp}-{n}")
        n += 1
    try:
        os.link(database, aside)
    except OSError:  # no hard links here (FAT, some network shares): a flushed copy
        partial = aside.with_name(aside.name + RESTORING)
        shutil.copyfile(database, partial)
        fsync_file(partial)
        os.replace(partial, aside)
    fsync_dir(database.parent)
    return aside


def _move_side_files(database: Path, aside: Path | None) -> None:
    """A log left beside the database belongs to the old file, never to the new one:
    SQLite would replay it into the restored database. It goes with the old file."""
    for extra in _SIDE_FILES:
        side = database.with_name(database.name + extra)
        if not side.exists():
            continue
        if aside is None:
            side.unlink()
        else:
            os.replace(side, aside.with_name(aside.name + extra))


def _refuse_if_in_use(database: Path) -> None:
    """Leaving WAL mode needs the only connection to the file: a running Showfloor
    (or any program holding the file) makes it fail. It also folds the WAL into the
    main file, so the copy kept aside is one self-contained file."""
    try:
        conn = sqlite3.connect(database, timeout=0.5)
        try:
            mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if is_busy(exc):
            raise RefusedError(_IN_USE) from exc
        return  # damaged: nothing can be using it sensibly; keep it aside as is
    if mode is None or str(mode[0]).lower() == "wal":
        raise RefusedError(_IN_USE)


_IN_USE = (
    "The database is in use: close Showfloor (every window) and any program using it, "
    "then restore again."
)
