"""`sync status` and the window's status bar: where this laptop stands with a server.

What is known here (the last push and pull, the leads changed since the last push)
comes from this data dir alone, so it can be told with no network; the server's
version needs the server, and a server that cannot be reached is said in one line.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import create_engine, func, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from showfloor.domain.errors import RefusedError
from showfloor.services.sync.driver import require_driver
from showfloor.services.sync.remote import (  # the mark and the URL rules are remote's
    _KEEPALIVE,
    _SERVER_ID,
    CONNECT_TIMEOUT_S,
    _get,
    _mark_key,
    _parse,
    _server_error,
    server_address,
)
from showfloor.services.sync.snapshot import changed_rows_since, changed_since, row_log_top
from showfloor.store.database import Database, storage_errors
from showfloor.store.migrate import current_revision
from showfloor.store.models import Lead


@dataclass(frozen=True)
class ServerInfo:
    version: str  # PostgreSQL's own, e.g. "15.8"
    schema: str | None  # the Showfloor schema revision there (None: never pushed to)
    server_id: str | None


def probe_server(url_text: str) -> ServerInfo:
    """Ask the server its version, changing nothing there.

    Raises:
        RefusedError: unreachable, or the sign-in was refused (one line, no password).
    """
    url = _parse(url_text)
    require_driver()
    connect_args: dict[str, Any] = {"connect_timeout": CONNECT_TIMEOUT_S, **_KEEPALIVE}
    engine = create_engine(url, poolclass=NullPool, connect_args=connect_args)
    try:
        with engine.connect() as conn:
            version = str(conn.execute(text("SHOW server_version")).scalar())
            schema = current_revision(conn)
            server_id = None if schema is None else _get(conn, _SERVER_ID)
    except DBAPIError as exc:
        raise _server_error(url, exc) from exc
    finally:
        engine.dispose()
    found = None if server_id is None else str(server_id)
    return ServerInfo(version.split(" ", 1)[0], schema, found)


@dataclass(frozen=True)
class LocalMarks:
    """What this data dir remembers of a server: the last exchanges, what waits."""

    last_push: datetime | None
    last_pull: datetime | None
    waiting: int  # leads changed here since the last push (all of them before one)
    server_id: str | None
    # Rows of the small tables changed since (a renamed laptop, a new staff member).
    rows_waiting: int = 0


def local_marks(db: Database, url_text: str, server_id: str | None = None) -> LocalMarks:
    """``server_id``: the server's, when known; a mark of another server counts as none
    (the server was replaced: everything will be pushed again)."""
    key = _mark_key(_parse(url_text))
    with storage_errors(db.path), db.engine.connect() as conn:
        mark = _get(conn, key)
        if not isinstance(mark, dict) or (server_id and mark.get("server") != server_id):
            mark = {}
        pushed = mark.get("pushed")
        if isinstance(pushed, int):
            waiting = len(changed_since(conn, pushed))
        else:
            waiting = int(conn.execute(select(func.count()).select_from(Lead)).scalar() or 0)
        rows_pushed = mark.get("rows_pushed")
        if isinstance(rows_pushed, int):
            rows_waiting = sum(map(len, changed_rows_since(conn, rows_pushed).values()))
        else:
            rows_waiting = row_log_top(conn)
    return LocalMarks(
        _time(mark.get("pushed_at")),
        _time(mark.get("pulled_at")),
        waiting,
        mark.get("server"),
        rows_waiting,
    )


def _time(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


@dataclass(frozen=True)
class SyncStatus:
    server: str  # HOST:PORT, never the password
    marks: LocalMarks
    info: ServerInfo | None  # None: the server could not be reached
    problem: str | None  # why not, in one line

    @property
    def reachable(self) -> bool:
        return self.info is not None

    def to_json_dict(self) -> dict[str, object]:
        return {
            "server": self.server,
            "reachable": self.reachable,
            "server_version": None if self.info is None else self.info.version,
            "server_schema": None if self.info is None else self.info.schema,
            "last_push": _stamp(self.marks.last_push),
            "last_pull": _stamp(self.marks.last_pull),
            "waiting": self.marks.waiting,
            "error": self.problem,
        }

    def lines(self) -> list[str]:
        if self.info is None:
            server = "cannot be reached"
        else:
            schema = f", Showfloor schema {self.info.schema}" if self.info.schema else ", empty"
            server = f"PostgreSQL {self.info.version}{schema}"
        return [
            f"team server: {self.server} ({server})",
            f"last push: {_when(self.marks.last_push)}",
            f"last pull: {_when(self.marks.last_pull)}",
            f"waiting changes: {self.marks.waiting}",
        ]


def _stamp(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat(timespec="seconds")


def _when(value: datetime | None) -> str:
    return "never" if value is None else value.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def sync_status(db: Database, url_text: str) -> SyncStatus:
    """The status against ``url_text`` (with its password, if it needs one)."""
    url = _parse(url_text)
    try:
        info: ServerInfo | None = probe_server(url_text)
        problem = None
    except RefusedError as exc:
        info, problem = None, str(exc)
    marks = local_marks(db, url_text, info.server_id if info else None)
    return SyncStatus(server_address(url), marks, info, problem)
