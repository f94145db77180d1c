"""Opening a database that cannot be written: a read-only mount, a locked USB stick,
a full disk. Every command that only reads (list, export, report, bundle, a backup
to another folder) must still work there: the leads are what matter.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError

from showfloor.domain.errors import StorageError
from showfloor.store.database import (
    BUSY_TIMEOUT_MS,
    Database,
    describe_db_error,
    json_text,
    json_value,
)
from showfloor.store.migrate import SCHEMA_HEAD, current_revision

log = logging.getLogger(__name__)


def can_write(path: Path) -> bool:
    """False for a read-only mount or a file or folder we may not write (``access``
    knows both, for root too)."""
    return os.access(path.parent, os.W_OK | os.X_OK) and os.access(path, os.R_OK | os.W_OK)


def open_read_only(path: Path, why: str) -> Database:
    """``path`` opened for reading only; ``why`` says why (one line for the user).

    Raises:
        StorageError: it cannot be read either, or it needs a schema upgrade.
    """
    engine = read_only_engine(path)
    try:
        with engine.connect() as conn:
            revision = current_revision(conn)
    except (DBAPIError, sqlite3.Error) as exc:
        engine.dispose()
        raise StorageError(describe_db_error(exc, path)) from exc
    if revision != SCHEMA_HEAD:
        engine.dispose()
        raise StorageError(
            f"The database {path} needs an upgrade, but {why}. "
            "Copy the folder somewhere writable and use --data-dir there."
        )
    log.info("opened the database read-only")
    return Database(engine, path, read_only=why)


def _set_read_only_pragmas(dbapi_connection: object, _record: object) -> None:
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA query_only = ON")
    finally:
        cursor.close()


def read_only_engine(path: Path) -> Engine:
    """An engine that reads ``path`` and can never write it (nor beside it).

    A WAL database in a folder that cannot be written opens only as ``immutable``
    (SQLite cannot make its shared-memory file there); a log left by a crash is
    then read where SQLite can still do so (``mode=ro``), else it is skipped.
    """
    uri = path.as_uri()
    try:
        probe = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=1)
        try:
            probe.execute("SELECT count(*) FROM sqlite_master").fetchone()
            mode = "mode=ro"
        finally:
            probe.close()
    except sqlite3.Error:
        mode = "mode=ro&immutable=1"

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(
            f"{uri}?{mode}", uri=True, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000
        )

    engine = create_engine(
        "sqlite://",
        creator=connect,
        hide_parameters=True,
        json_serializer=json_text,
        json_deserializer=json_value,
    )
    event.listen(engine, "connect", _set_read_only_pragmas)
    return engine


def folder_is_writable(folder: Path) -> bool:
    """False for a read-only mount or a folder we may not write (``access`` knows both)."""
    return os.access(folder, os.W_OK | os.X_OK)
