"""Rolling backups of the lead store, made while the booth keeps capturing.

Why SQLite's online backup API and not a file copy: a copy of a WAL database taken
mid-write can miss the WAL or catch half a checkpoint. ``Connection.backup`` copies
one consistent snapshot, and in WAL mode it never blocks the capture that is
saving at the same moment.

Why verify before rotating: a backup that cannot be read is worse than none if it
pushed the last good one out. Each new file is written under a temporary name,
checked with ``PRAGMA quick_check``, and only then renamed into place and allowed
to rotate older files out.

File names sort by time: ``showfloor-20261122T104200123Z-a1b2c3.db``; the part
after ``showfloor-`` is the backup's id, the same in every folder it was copied to.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import shutil
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from showfloor.domain.errors import RefusedError, StorageError
from showfloor.domain.settings_registry import BACKUP_INTERVAL, BACKUP_KEEP, BACKUP_SECOND_DIR
from showfloor.store.settings import get_setting, set_setting

log = logging.getLogger(__name__)

PREFIX = "showfloor-"
SUFFIX = ".db"
PARTIAL = ".partial"
DEFAULT_KEEP = int(BACKUP_KEEP.default)
DEFAULT_INTERVAL_MINUTES = float(BACKUP_INTERVAL.default)
SECOND_DIR = BACKUP_SECOND_DIR.key
KEEP = BACKUP_KEEP.key
INTERVAL = BACKUP_INTERVAL.key
_STAMP = "%Y%m%dT%H%M%S"


@dataclass(frozen=True)
class BackupSettings:
    """Where and how often; stored in the data dir's settings table."""

    second_dir: Path | None = None
    keep: int = DEFAULT_KEEP
    interval_minutes: float = DEFAULT_INTERVAL_MINUTES


@dataclass(frozen=True)
class BackupInfo:
    id: str
    path: Path
    created_at: datetime
    size: int
    leads: int | None  # None: the file could not be read (not a good backup)

    @property
    def where(self) -> Path:
        return self.path.parent

    @property
    def good(self) -> bool:
        return self.leads is not None

    def to_json_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "time": self.created_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "size": self.size,
            "leads": self.leads,
            "where": str(self.where),
        }


@dataclass
class BackupReport:
    """What one backup run made, and what failed (a USB stick pulled out...)."""

    made: list[BackupInfo] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return bool(self.made) and not self.errors


# -- settings ---------------------------------------------------------------------


def load_backup_settings(session: Session) -> BackupSettings:
    second = get_setting(session, SECOND_DIR)
    return BackupSettings(
        second_dir=Path(second) if second else None,
        keep=_positive_int(get_setting(session, KEEP), DEFAULT_KEEP),
        interval_minutes=_positive_float(get_setting(session, INTERVAL), DEFAULT_INTERVAL_MINUTES),
    )


def save_backup_settings(session: Session, settings: BackupSettings) -> None:
    if settings.keep < 1:
        raise RefusedError("Keep at least 1 backup.")
    if settings.interval_minutes <= 0:
        raise RefusedError("The backup interval must be more than 0 minutes.")
    set_setting(session, SECOND_DIR, str(settings.second_dir) if settings.second_dir else None)
    set_setting(session, KEEP, settings.keep)
    set_setting(session, INTERVAL, settings.interval_minutes)


def read_backup_settings(database: Path) -> BackupSettings:
    """The settings read straight from the file, without opening (or creating,
    or migrating) the database: used by ``backup restore`` and the recovery path,
    where the database may be missing or damaged. Defaults when unreadable."""
    if not database.exists():
        return BackupSettings()
    try:
        conn = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True, timeout=1)
        try:
            rows = conn.execute(
                "SELECT key, value FROM settings WHERE key IN (?, ?, ?)",
                (SECOND_DIR, KEEP, INTERVAL),
            ).fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return BackupSettings()
    values: dict[str, Any] = {}
    for key, raw in rows:
        try:
            values[key] = json.loads(raw) if isinstance(raw, str) else raw
        except ValueError:
            continue
    second = values.get(SECOND_DIR)
    return BackupSettings(
        second_dir=Path(second) if second else None,
        keep=_positive_int(values.get(KEEP), DEFAULT_KEEP),
        interval_minutes=_positive_float(values.get(INTERVAL), DEFAULT_INTERVAL_MINUTES),
    )


def backup_folders(database: Path) -> list[Path]:
    """Where the backups of ``database`` go: its data dir's own folder, and the second
    one (a USB stick, a synced folder) when one is set."""
    from showfloor.config import Paths

    second = read_backup_settings(database).second_dir
    own = Paths(database.parent).backups
    return [own, second] if second is not None else [own]


def _positive_int(value: object, default: int) -> int:
    return value if isinstance(value, int) and value > 0 else default


def _positive_float(value: object, default: float) -> float:
    ok = isinstance(value, int | float) and not isinstance(value, bool) and value > 0
    return float(value) if ok else default  # type: ignore[arg-type]


# -- making backups ----------------------------------------------------------------


def new_backup_id(now: datetime | None = None) -> str:
    now = now or datetime.now(UTC)
    return f"{now.strftime(_STAMP)}{now.microsecond // 1000:03d}Z-{secrets.token_hex(3)}"


def backup_before_combining(database: Path, folders: Sequence[Path]) -> str:
    """A backup made first, its id returned; refused (nothing combined) when none could
    be made, so the undo command always has something to restore."""
    report = make_backup(database, folders)
    if not report.made:
        raise RefusedError(
            "No backup could be made, so nothing was combined: "
            + ("; ".join(report.errors) or "no backup folder.")
        )
    return report.made[0].id


def make_backup(
    database: Path,
    folders: Sequence[Path],
    *,
    keep: int = DEFAULT_KEEP,
    now: datetime | None = None,
) -> BackupReport:
    """Back ``database`` up into each folder, keeping the newest ``keep`` in each.

    The snapshot is taken once (into the first folder that works) and copied to
    the others, so every folder holds the same backup under the same id. A folder
    that fails (stick pulled out, full) is reported, and the others still get it.
    """
    if not database.exists():
        raise StorageError(f"There is no database at {database} to back up yet.")
    backup_id = new_backup_id(now)
    report = BackupReport()
    first: BackupInfo | None = None
    for folder in _unique(folders):
        try:
            if first is None:
                first = _snapshot_into(database, folder, backup_id)
                info = first
            else:
                info = _copy_into(first.path, folder, backup_id)
        except (OSError, sqlite3.Error, StorageError) as exc:
            report.errors.append(f"Backup to {folder} failed: {_reason(exc)}")
            log.warning("backup to a folder failed: %s", type(exc).__name__)
            continue
        report.made.append(info)
        rotate(folder, keep)
    log.info("backup %s made in %d folder(s)", backup_id, len(report.made))
    return report


def _snapshot_into(database: Path, folder: Path, backup_id: str) -> BackupInfo:
    folder.mkdir(parents=True, exist_ok=True)
    final = folder / f"{PREFIX}{backup_id}{SUFFIX}"
    partial = final.with_name(final.name + PARTIAL)
    with _cleaned_on_failure(partial):
        source = _open_source(database)
        try:
            target = sqlite3.connect(partial)
            try:
                source.backup(target)  # one step: a single consistent snapshot
            finally:
                target.close()
        finally:
            source.close()
        return _verify_and_publish(partial, final, backup_id)


def _copy_into(source: Path, folder: Path, backup_id: str) -> BackupInfo:
    folder.mkdir(parents=True, exist_ok=True)
    final = folder / source.name
    partial = final.with_name(final.name + PARTIAL)
    with _cleaned_on_failure(partial):
        shutil.copyfile(source, partial)
        return _verify_and_publish(partial, final, backup_id)


def _open_source(database: Path) -> sqlite3.Connection:
    """The database, read-only: a backup never writes to it. In a folder that cannot
    be written (a read-only mount) SQLite cannot make a WAL database's shared-memory
    file, and nothing can change the file there: it is then read as immutable."""
    uri = database.as_uri()
    try:
        conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=30)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        if os.access(database.parent, os.W_OK):
            raise
    return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True)


@contextmanager
def _cleaned_on_failure(partial: Path) -> Iterator[None]:
    """A backup that fails (disk full, stick pulled) leaves nothing half-written:
    neither the partial file nor the rollback journal SQLite wrote beside it."""
    try:
        yield
    except BaseException:
        for leftover in (partial, *(partial.with_name(partial.name + s) for s in _SIDES)):
            with suppress(OSError):
                leftover.unlink(missing_ok=True)
        raise


_SIDES = ("-journal", "-wal", "-shm")


def _verify_and_publish(partial: Path, final: Path, backup_id: str) -> BackupInfo:
    fsync_file(partial)
    leads = count_leads_in(partial)
    if leads is None:
        raise StorageError("the new backup failed its check")
    os.replace(partial, final)
    fsync_dir(final.parent)
    return BackupInfo(backup_id, final, _time_of(backup_id), final.stat().st_size, leads)


def rotate(folder: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` good backups; unreadable ones go first.

    Leftover ``.partial`` files (a crash mid-backup) are removed too.
    """
    for stale in folder.glob(f"{PREFIX}*{SUFFIX}{PARTIAL}*"):
        stale.unlink(missing_ok=True)
    infos = scan_folder(folder)
    bad = [b for b in infos if not b.good]
    good = [b for b in infos if b.good]
    doomed = bad + good[:-keep] if keep > 0 else bad
    for info in doomed:
        info.path.unlink(missing_ok=True)
    return [info.path for info in doomed]


# -- finding backups ---------------------------------------------------------------


def scan_folder(folder: Path) -> list[BackupInfo]:
    """The backups in one folder, oldest first."""
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.glob(f"{PREFIX}*{SUFFIX}")):
        backup_id = path.name[len(PREFIX) : -len(SUFFIX)]
        try:
            created = _time_of(backup_id)
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(BackupInfo(backup_id, path, created, size, count_leads_in(path)))
    return found


def list_backups(folders: Iterable[Path]) -> list[BackupInfo]:
    """Every backup in every folder, oldest first."""
    infos = [info for folder in _unique(folders) for info in scan_folder(folder)]
    return sorted(infos, key=lambda b: (b.id, str(b.path)))


def find_backup(folders: Iterable[Path], backup_id: str) -> BackupInfo:
    """The good copy of backup ``backup_id`` (a unique prefix of the id is enough)."""
    wanted = backup_id.strip().removeprefix(PREFIX).removesuffix(SUFFIX)
    matches = [b for b in list_backups(folders) if b.id.startswith(wanted) and wanted]
    ids = {b.id for b in matches}
    if not ids:
        raise RefusedError(f"No backup {backup_id!r}. See the ids with: showfloor backup list")
    if len(ids) > 1:
        raise RefusedError(f"{backup_id!r} matches several backups; give more of the id.")
    good = [b for b in matches if b.good]
    if not good:
        raise RefusedError(f"Backup {backup_id} is damaged in every folder; choose another one.")
    return good[0]


def newest_good_backup(folders: Iterable[Path]) -> BackupInfo | None:
    good = [b for b in list_backups(folders) if b.good]
    return good[-1] if good else None


def count_leads_in(path: Path, *, with_wal: bool = False) -> int | None:
    """Leads in a backup file, or None when it fails ``quick_check`` or is unreadable.

    ``with_wal`` reads a write-ahead log beside the file too (a live database, or
    one kept aside); a backup is one self-contained file and is read as immutable.
    """
    mode = "mode=ro" if with_wal else "mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?{mode}", uri=True)
        try:
            check = conn.execute("PRAGMA quick_check").fetchone()
            if check is None or check[0] != "ok":
                return None
            row = conn.execute("SELECT count(*) FROM leads WHERE deleted_at IS NULL").fetchone()
            return int(row[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return None


# -- helpers -----------------------------------------------------------------------


def _time_of(backup_id: str) -> datetime:
    stamp = backup_id.split("-", 1)[0]  # 20261122T104200123Z
    base = datetime.strptime(stamp[:15], _STAMP).replace(tzinfo=UTC)
    return base.replace(microsecond=int(stamp[15:18]) * 1000)


def _unique(folders: Iterable[Path]) -> list[Path]:
    seen: dict[str, Path] = {}
    for folder in folders:
        key = os.path.normcase(os.path.abspath(folder))
        seen.setdefault(key, folder)
    return list(seen.values())


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc)


def database_is_damaged(database: Path) -> bool:
    """True when the file exists and SQLite says it is not a sound database.

    A locked or missing file is not damaged: restoring a backup over those would
    throw away good leads, so the recovery dialog is only offered for this case.
    """
    if not database.exists():
        return False
    try:
        conn = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True, timeout=1)
        try:
            row = conn.execute("PRAGMA quick_check").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return not (is_busy(exc) or "unable to open" in str(exc).lower())
    return row is None or row[0] != "ok"


def is_busy(exc: sqlite3.Error) -> bool:
    """Another connection holds the file (a running Showfloor): not a damaged file."""
    text = str(exc).lower()
    return "locked" in text or "busy" in text
