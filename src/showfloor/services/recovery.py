"""Opening a data dir's store without ever starting empty while its leads are elsewhere.

Why refuse rather than open: SQLite creates an empty database where none is, so a
database lost by a crash (a restore interrupted by an older version, a file
deleted or truncated to zero bytes) would quietly become a new, empty one, and the
booth would start capturing into it. When a database kept aside by a restore or a
good backup is next to the missing file, the start stops with the exact command
that brings the leads back.
"""

from __future__ import annotations

import os
import shlex
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from showfloor.config import Paths
from showfloor.domain.errors import RefusedError, StorageError
from showfloor.services.backup import BackupInfo, newest_good_backup
from showfloor.services.restore import RESTORING, aside_files, backup_from_file
from showfloor.store.database import Database, open_database


class LostDatabaseError(StorageError):
    """The database is missing or empty, and a way to bring it back exists."""

    def __init__(self, lost: LostDatabase) -> None:
        super().__init__(lost.message())
        self.lost = lost


@dataclass(frozen=True)
class LostDatabase:
    database: Path
    source: BackupInfo  # what to put back: the file kept aside, or the newest backup
    kept_aside: bool

    @property
    def command(self) -> str:
        target = str(self.source.path) if self.kept_aside else self.source.id
        return f"showfloor backup restore {quote(target)}"

    def message(self) -> str:
        state = "is empty (0 bytes)" if self.database.exists() else "is missing"
        leads = f"{self.source.leads} leads"
        if self.kept_aside:
            found = f"the database kept aside by an interrupted restore ({leads}) is still there"
        else:
            when = self.source.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
            found = f"backups exist (the newest: {when}, {leads})"
        return (
            f"The database {self.database} {state}, but {found}. Nothing was opened, "
            f"so nothing is lost: bring it back with: {self.command}"
        )


def quote(text: str) -> str:
    """``text`` as one argument on this platform's command line."""
    if os.name == "nt":
        return f'"{text}"' if " " in text else text
    return shlex.quote(text)


def find_lost_database(paths: Paths) -> LostDatabase | None:
    """A missing or zero-length database next to a database kept aside or a good
    backup; None when the database is there (or nothing could bring one back)."""
    database = paths.database
    try:
        if database.stat().st_size > 0:
            return None
    except FileNotFoundError:
        pass
    except OSError:
        return None  # cannot even look: opening will say why
    for aside in reversed(aside_files(database)):
        try:
            return LostDatabase(database, backup_from_file(aside), kept_aside=True)
        except RefusedError:
            continue  # damaged: try the next one, then the backups
    newest = newest_good_backup([paths.backups])
    if newest is None:
        return None
    return LostDatabase(database, newest, kept_aside=False)


def open_store(paths: Paths) -> Database:
    """Open the data dir's database: refused when it was lost (see the module
    docstring), read-only when its folder cannot be written.

    Raises:
        LostDatabaseError: with the command that brings the leads back.
        StorageError: the database cannot be opened; the message says what to do.
    """
    lost = find_lost_database(paths)
    if lost is not None:
        raise LostDatabaseError(lost)
    _remove_unfinished_restore(paths.database)
    db = open_database(paths.database)
    if not db.read_only:
        make_private(paths)
        _finish_erase(db)
    return db


def _finish_erase(db: Database) -> None:
    """An erase whose log another reader held: truncate it now (services/scrub.py)."""
    from showfloor.services.scrub import PENDING_CHECKPOINT, finish_pending
    from showfloor.store.settings import get_setting, set_setting

    with db.session() as session:
        if not get_setting(session, PENDING_CHECKPOINT):
            return
    assert db.path is not None
    db.engine.dispose()
    if finish_pending(db.path):
        with db.session() as session:
            set_setting(session, PENDING_CHECKPOINT, None)


def make_private(paths: Paths) -> None:
    """Files an older version left readable by everyone (0644) become the user's alone;
    new ones are created that way (``__main__.private_files``). POSIX only."""
    if os.name != "posix":
        return
    database = paths.database
    files = [database.with_name(database.name + side) for side in ("", "-wal", "-shm")]
    for folder in (paths.backups, paths.logs):
        if folder.is_dir():
            _tighten(folder, 0o700)
            files.extend(p for p in folder.iterdir() if p.is_file())
    for path in files:
        _tighten(path, 0o600)


def _tighten(path: Path, mode: int) -> None:
    with suppress(OSError):  # not ours, or gone meanwhile: leave it
        if path.stat().st_mode & 0o077:
            path.chmod(mode)


def _remove_unfinished_restore(database: Path) -> None:
    """A restore's temporary copy never renamed into place is only an unfinished copy."""
    leftover = database.with_name(database.name + RESTORING)
    with suppress(OSError):  # a read-only folder: harmless, the next restore replaces it
        leftover.unlink(missing_ok=True)
