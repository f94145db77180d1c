"""Opening the lead store: a crash-safe SQLite file, migrated to the current schema.

WAL with ``synchronous=FULL``: a booth laptop whose battery dies is a power loss,
and FULL keeps every commit we acknowledged to staff (architecture.md).
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from showfloor.domain.errors import StorageError
from showfloor.store.migrate import KNOWN_REVISIONS, SCHEMA_HEAD, current_revision, upgrade
from showfloor.store.turns import WriteTurns

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
    finally:
        cursor.close()


@dataclass(frozen=True)
class FileIdentity:
    """Which file a path named when it was opened: device, inode and link count."""

    device: int
    inode: int
    links: int

    @classmethod
    def of(cls, path: Path) -> FileIdentity | None:
        try:
            st = os.stat(path)
        except OSError:
            return None
        return cls(st.st_dev, st.st_ino, st.st_nlink)


_WROTE = "showfloor_wrote"
_READS = ("SELECT", "PRAGMA", "EXPLAIN", "BEGIN", "SAVEPOINT", "RELEASE")


def _note_writes(
    conn: Connection, _cursor: Any, statement: str, *_args: Any, **_kwargs: Any
) -> None:
    """Mark a transaction that changed something: only those check where the file is
    before committing, so reading still works after the folder is gone."""
    if not statement.lstrip()[:9].upper().startswith(_READS):
        conn.info[_WROTE] = True


class StoreGoneError(StorageError):
    """The database file opened is no longer at its path (folder deleted, drive
    pulled): nothing more is acknowledged until it is saved somewhere else."""


class Database:
    """An engine and its session factory; services receive this, never a path.

    ``read_only``: why nothing can be written (a read-only mount, a locked USB stick,
    a full disk), or "" when writing works. Everything that only reads still works.
    """

    def __init__(self, engine: Engine, path: Path | None, *, read_only: str = "") -> None:
        self.path = path
        self.read_only = read_only
        self._anchor: sqlite3.Connection | None = None
        self._anchor_fd: int | None = None
        # Background bulk writers step aside for sessions (store/turns.py).
        self.turns = WriteTurns()
        self._bind(engine, path)

    def _bind(self, engine: Engine, path: Path | None) -> None:
        self.engine = engine
        self.path = path
        self.identity = FileIdentity.of(path) if path is not None else None
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        if path is not None and not self.read_only:
            event.listen(engine, "before_cursor_execute", _note_writes)
            event.listen(engine, "commit", self._before_commit)
            event.listen(engine, "rollback", lambda conn: conn.info.pop(_WROTE, None))

    def _before_commit(self, conn: Connection) -> None:
        if conn.info.pop(_WROTE, False):
            self.check_still_there()

    def hold_open(self) -> None:
        """Keep the file itself open for the window's lifetime, so that what it holds
        can still be copied out if its folder is deleted (``save_elsewhere``)."""
        if self.path is None or self._anchor is not None:
            return
        self._anchor_fd = os.open(self.path, os.O_RDONLY)
        self._anchor = sqlite3.connect(
            f"{self.path.as_uri()}?mode=ro", uri=True, check_same_thread=False
        )
        self._anchor.execute("SELECT count(*) FROM sqlite_master").fetchone()

    def check_still_there(self) -> None:
        """Refuse to acknowledge a write when the file opened is no longer the one at
        ``path``: the data folder was deleted, or the USB stick holding it pulled out.

        SQLite keeps writing happily into a deleted file (its inode lives on while
        open), so a commit succeeds and vanishes at exit. Called before every commit:
        the device and inode at ``path`` must be those opened, and the open file must
        still have a name (link count above 0).

        Raises:
            StoreGoneError: one line saying where the database went, and what to do.
        """
        if self.path is None or self.identity is None:
            return
        now = FileIdentity.of(self.path)
        same = now is not None and (now.device, now.inode) == (
            self.identity.device,
            self.identity.inode,
        )
        if same and (self._anchor_fd is None or os.fstat(self._anchor_fd).st_nlink > 0):
            return
        folder = self.path.parent
        if not folder.exists():
            why = f"The data folder {folder} is gone (deleted, or its drive unplugged)"
        elif now is None:
            why = f"The database {self.path} was deleted"
        else:
            why = f"The database {self.path} was replaced by another file"
        raise StoreGoneError(
            f"{why}: nothing more can be saved there. Your form is kept; "
            "save to another folder (File > Save to another folder…)."
        )

    def save_elsewhere(self, target: Path) -> None:
        """Copy everything the open file holds (including what was saved after its
        folder vanished) to ``target``, and write there from now on.

        Raises:
            StorageError: the target exists already, or cannot be written.
        """
        if self._anchor is None:
            raise StorageError("The database was not kept open; restart with --data-dir.")
        if target.exists():
            raise StorageError(f"{target} exists already; choose an empty folder.")
        try:
            target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            copy = sqlite3.connect(target)
            try:
                self._anchor.backup(copy)
            finally:
                copy.close()
            with open(target, "rb+") as handle:
                os.fsync(handle.fileno())
        except (OSError, sqlite3.Error) as exc:
            target.unlink(missing_ok=True)
            raise StorageError(f"Cannot save to {target.parent}: {exc}.") from exc
        self.close()
        self._bind(sqlite_engine(target), target)
        self.hold_open()
        log.info("the database now lives in another folder")

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits on success and rolls back on any error.

        Background batches wait while it is open (a save goes first: store/turns.py).
        """
        with self.turns.foreground(), self._sessions() as session:
            try:
                yield session
                session.commit()
            except Exception:
                session.rollback()
                raise

    def close(self) -> None:
        self.engine.dispose()
        if self._anchor is not None:
            self._anchor.close()
            self._anchor = None
        if self._anchor_fd is not None:
            os.close(self._anchor_fd)
            self._anchor_fd = None


LARGE_CACHE_KIB = 64 * 1024


@contextmanager
def large_page_cache(conn: Connection) -> Iterator[None]:
    """A 64 MiB SQLite page cache on this connection for one bulk write (import, merge).

    With SQLite's default 2 MB, filling indexes of 100k+ rows in random-UUID order
    spills and re-reads pages over and over (measured: a fifth of an import's CPU).
    The connection goes back to the pool with its own setting.
    """
    if conn.dialect.name != "sqlite":
        yield
        return
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size = -{LARGE_CACHE_KIB}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(before or -2000)}")


def json_text(value: Any) -> str:
    """JSON column text: compact UTF-8, keys as given (what ``json.dumps`` accepts, faster).

    What orjson refuses (text with lone surrogates, as a mangled command-line argument
    can carry; numbers beyond 64 bits) is written by ``json.dumps``, as before.
    """
    try:
        return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS).decode()
    except orjson.JSONEncodeError:
        return json.dumps(value)


def json_value(text: Any) -> Any:
    """JSON column text back to a value. A column of JSON type has numeric affinity in
    SQLite, so ``5`` comes back as the number 5; TypeError lets SQLAlchemy's SQLite
    JSON type return it as is, exactly as with ``json.loads``."""
    if not isinstance(text, str | bytes):
        raise TypeError(f"JSON text expected, got {type(text).__name__}")
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:  # NaN, escaped lone surrogates: json.dumps wrote those
        return json.loads(text)


def sqlite_engine(path: Path) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        hide_parameters=True,  # SQL errors are logged; their parameters are visitors' data
        json_serializer=json_text,
        json_deserializer=json_value,
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )
    event.listen(engine, "connect", _set_sqlite_pragmas)
    return engine


def open_database(path: Path) -> Database:
    """Open (creating if needed) and migrate the database at ``path``.

    A database in a folder that cannot be written opens read-only (no migration).

    Raises:
        StorageError: with one line saying what is wrong and what to do.
    """
    from showfloor.store.read_only import can_write, open_read_only

    if path.is_file() and not can_write(path):
        return open_read_only(path, f"the data folder {path.parent} is read-only")
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise StorageError(
            f"Cannot create the data folder {path.parent}: {exc.strerror}. "
            "Choose another folder with --data-dir."
        ) from exc
    engine = sqlite_engine(path)
    try:
        _migrate_if_needed(engine, path)
    except StorageError:
        engine.dispose()
        raise
    except (DBAPIError, sqlite3.Error) as exc:
        engine.dispose()
        if path.is_file() and disk_is_full(path.parent):
            # Nothing can be written, but every lead can still be read and exported.
            return open_read_only(path, f"the disk holding {path.parent} is full")
        raise StorageError(describe_db_error(exc, path)) from exc
    return Database(engine, path)


FULL_BELOW_BYTES = 256 * 1024


def disk_is_full(folder: Path) -> bool:
    """SQLite often says "disk I/O error" where the truth is a full disk."""
    try:
        return shutil.disk_usage(folder).free < FULL_BELOW_BYTES
    except OSError:
        return False


@contextmanager
def storage_errors(path: Path | None, doing: str = "database work") -> Iterator[None]:
    """Turn a database error inside into a StorageError with one line to act on.

    The one place that does it: the command line's services and every window
    controller open their sessions inside this. The log keeps the full error
    (SQL without its parameters: ``hide_parameters``), as "<doing> failed".
    """
    try:
        yield
    except (SQLAlchemyError, sqlite3.Error) as exc:
        log.error("%s failed", doing, exc_info=True)
        raise StorageError(describe_db_error(exc, path)) from exc


def describe_db_error(exc: BaseException, path: Path | None) -> str:
    """One line a booth worker can act on, for a low-level database error."""
    message = str(getattr(exc, "orig", exc)).lower()
    where = f" ({path})" if path else ""
    if "locked" in message or "busy" in message:
        return (
            f"The database{where} is in use by another program (another Showfloor window?). "
            "Close it, then try again."
        )
    if "not a database" in message or "malformed" in message or "corrupt" in message:
        return (
            f"The database file{where} is damaged. Restore the newest backup "
            "(showfloor backup list / backup restore ID)."
        )
    if "readonly" in message or "read-only" in message or "query_only" in message:
        return (
            f"Showfloor cannot write to its data folder{where}: it is read-only. "
            "Make it writable, or start Showfloor with another folder (--data-dir)."
        )
    if (
        "disk is full" in message
        or "no space" in message
        or ("disk i/o" in message and path is not None and disk_is_full(path.parent))
    ):
        return f"The disk is full{where}. Free some space (delete old files), then save again."
    if "disk i/o" in message:
        return (
            f"The disk could not be written{where}. Check the drive is still plugged in, "
            "then try again."
        )
    if "unable to open" in message:
        return f"Cannot open the database{where}. Check the folder exists and is writable."
    return f"Database error{where}: {getattr(exc, 'orig', exc)}."


def _migrate_if_needed(engine: Engine, path: Path) -> None:
    with engine.connect() as conn:
        revision = current_revision(conn)
        has_tables = bool(
            conn.execute(text("SELECT count(*) FROM sqlite_master WHERE type='table'")).scalar()
        )
    if revision == SCHEMA_HEAD:
        return
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise StorageError(
            f"This database was written by a newer version of Showfloor (schema {revision}). "
            "Install the newer version, or choose another data folder with --data-dir."
        )
    if has_tables:
        _copy_before_migration(engine, path, revision)
    try:
        with engine.begin() as conn:
            upgrade(conn)
    except OperationalError as exc:
        raise StorageError(describe_db_error(exc, path)) from exc


def _copy_before_migration(engine: Engine, path: Path, revision: str | None) -> Path:
    """A consistent copy of the file (WAL included) before its schema changes."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.before-migration-{revision or 'none'}-{stamp}")
    with engine.connect() as conn:
        conn.exec_driver_sql("VACUUM INTO ?", (str(target),))
    log.info("copied the database before migrating from schema %s", revision)
    return target
