"""Opening the lead store: a crash-safe SQLite file, migrated to the current schema.

WAL with ``synchronous=FULL``: a booth laptop whose battery dies is a power loss,
and FULL keeps every commit we acknowledged to staff (architecture.md).
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from showfloor.domain.errors import StorageError
from showfloor.store.migrate import KNOWN_REVISIONS, SCHEMA_HEAD, current_revision, upgrade

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


class Database:
    """An engine and its session factory; services receive this, never a path."""

    def __init__(self, engine: Engine, path: Path | None) -> None:
        self.engine = engine
        self.path = path
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits on success and rolls back on any error."""
        with self._sessions() as session:
            try:
                yield session
                session.commit()
            except Exception:
                session.rollback()
                raise

    def close(self) -> None:
        self.engine.dispose()


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

    Raises:
        StorageError: with one line saying what is wrong and what to do.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
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
        raise StorageError(describe_db_error(exc, path)) from exc
    return Database(engine, path)


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
    if "readonly" in message or "read-only" in message:
        return (
            f"Showfloor cannot write to its data folder{where}: it is read-only. "
            "Make it writable, or start Showfloor with another folder (--data-dir)."
        )
    if "disk is full" in message or "no space" in message:
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
