"""`sync push` / `sync pull`: exchange changes with a team database (PostgreSQL).

Both directions use the same merge as bundle files. Push merges this laptop's
changes into the server in one SERIALIZABLE transaction that also holds an
advisory lock, so laptops pushing at once queue up instead of losing each other's
rows (and a serialization failure is retried). Each side's ``sync_log`` (filled by
triggers) says which leads changed; the last numbers exchanged with a server are
kept per server in the settings table, so only what is new travels.

Every push signs the rows it wrote there and every pull checks them first
(row_proofs.py): a row changed on the server by hand, or written by a laptop not
trusted here, is left out of the merge and reported, never merged quietly.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, Table, create_engine, insert, select, text, update
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.pool import NullPool

from showfloor.domain.errors import RefusedError
from showfloor.services.sync import push_merge
from showfloor.services.sync.batches import merge_in_parts
from showfloor.services.sync.driver import require_driver
from showfloor.services.sync.erased_elsewhere import (
    ErasedPeople,
    after_erasing,
    either,
    erased_here,
)
from showfloor.services.sync.incoming import check_snapshot
from showfloor.services.sync.keys import remember_laptop
from showfloor.services.sync.merge import MergeSummary
from showfloor.services.sync.refused_memory import Changed, RefusedMemory, trust_state
from showfloor.services.sync.row_proofs import (
    Refusal,
    check_rows,
    drop_refused,
    laptop_signer,
    refusals_line,
    untrusted,
)
from showfloor.services.sync.snapshot import (
    Snapshot,
    changed_rows_since,
    changed_since,
    log_top,
    read_snapshot,
    row_log_top,
)
from showfloor.services.sync.trust import Trust, local_identity
from showfloor.store.database import Database, storage_errors
from showfloor.store.migrate import KNOWN_REVISIONS, SCHEMA_HEAD, current_revision, upgrade
from showfloor.store.models import Setting
from showfloor.store.types import utcnow

Progress = Callable[[int, int], None]
CONNECT_TIMEOUT_S = 5
RETRIES = 5
_LOCK_KEY = 0x5F10_0F5C  # pg_advisory_xact_lock key shared by every Showfloor push
_SERVER_ID = "server_id"
_REFUSED = "refused_rows"  # in a pull's watermark: the rows refused (refused_memory.py)
# A booth's Wi-Fi can vanish with a transaction open: without these, a socket with no
# answer waits for the kernel's retransmission timeout (many minutes), and the
# background sync with it. libpq's names; tcp_user_timeout is in milliseconds.
_KEEPALIVE = {
    "keepalives": 1,
    "keepalives_idle": 10,
    "keepalives_interval": 5,
    "keepalives_count": 3,
    "tcp_user_timeout": 30_000,
}


_T = TypeVar("_T")


@dataclass(frozen=True)
class SyncResult:
    direction: str
    where: str
    leads_sent: int
    summary: MergeSummary
    # Rows of the small tables a pull changed here (a laptop's new name, a new staff
    # member): no lead changed, yet what the window shows may have.
    rows_changed: int = 0
    # Pull: the server's rows left out (changed by hand, unsigned, untrusted laptop).
    refused: tuple[Refusal, ...] = ()
    # Push: rows on the server that failed their check, so this push did not sign them.
    unsigned_left: int = 0
    # Pull with trust: laptops trusted from now on, as "'NAME' (key ...)".
    trusted_now: tuple[str, ...] = ()
    # Pull without trust: laptops whose rows were refused as not trusted yet.
    untrusted: tuple[str, ...] = ()

    def line(self) -> str:
        verb = "pushed to" if self.direction == "push" else "pulled from"
        out = f"{verb} {self.where}: {self.leads_sent} leads; {self.summary.line()}"
        if self.refused:
            out += f", refused rows {len(self.refused)}"
        if self.unsigned_left:
            out += f", rows failing their signature left unsigned {self.unsigned_left}"
        return out

    def problem(self) -> str | None:
        """One line on what the booth lead must know (refused or unvouched rows)."""
        if self.refused:
            return refusals_line(self.refused)
        if self.unsigned_left:
            n = self.unsigned_left
            rows = f"{n} rows on the team server fail their" if n > 1 else (
                "1 row on the team server fails its"
            )
            return f"{rows} signature check; this push did not sign over them (see sync pull)."
        return None

    def to_json_dict(self) -> dict[str, object]:
        head = {"direction": self.direction, "server": self.where, "leads_sent": self.leads_sent}
        signed = {
            "refused_rows": len(self.refused),
            "refused": [r.to_json_dict() for r in self.refused],
            "unsigned_left": self.unsigned_left,
            "trusted_laptops": list(self.trusted_now),
        }
        return {**head, **self.summary.to_json_dict(), **signed}


def server_address(url: URL) -> str:
    """HOST:PORT for messages; never the password."""
    port = url.port or (5432 if url.get_backend_name() == "postgresql" else None)
    return f"{url.host or 'localhost'}:{port}" if port else url.render_as_string()


_EXAMPLE = "postgresql://USER:PASSWORD@HOST/DB"
# How people write a PostgreSQL URL (libpq, Heroku, psql all accept "postgres://"):
# every spelling is PostgreSQL through psycopg 3, the driver Showfloor ships.
_POSTGRES_NAMES = {"postgres", "postgresql", "pgsql"}


def _parse(url_text: str) -> URL:
    """The team server's URL; a team database is PostgreSQL, refused otherwise before
    anything is sent (a SQLite file is no server: share a bundle instead)."""
    try:
        url = make_url(url_text.strip())
    except ArgumentError as exc:
        raise RefusedError(f"That is not a database URL; use {_EXAMPLE}.") from exc
    backend = url.drivername.split("+", 1)[0].lower()
    if backend not in _POSTGRES_NAMES:
        raise RefusedError(
            f"A team database must be PostgreSQL ({_EXAMPLE}), not {backend}. "
            "To move leads between laptops by file, use: showfloor sync bundle / sync merge."
        )
    return url.set(drivername="postgresql+psycopg")


def _server_failed(url: URL, exc: BaseException) -> RefusedError:
    """The server went away (or refused) in the middle: its transaction is rolled back,
    and nothing local was touched. Never worded as a local-database error."""
    reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc) else ""
    return RefusedError(
        f"The team server at {server_address(url)} stopped answering ({reason}). "
        "Nothing was changed there and your local leads are untouched; try again."
    )


def _server_error(url: URL, exc: DBAPIError) -> RefusedError:
    code = str(getattr(getattr(exc, "orig", None), "sqlstate", None) or "")
    # No code: the connection itself failed; 08 connection, 28 login, 3D no database.
    if isinstance(exc, OperationalError) and (not code or code[:2] in ("08", "28", "3D")):
        return _unreachable(url, exc)
    return _server_failed(url, exc)


@contextmanager
def _on_server(url: URL) -> Iterator[None]:
    """Any database error inside comes from the server, and says so."""
    try:
        yield
    except DBAPIError as exc:
        raise _server_error(url, exc) from exc


def _unreachable(url: URL, exc: BaseException) -> RefusedError:
    message = str(getattr(exc, "orig", exc)).lower()
    if "password" in message or "authentication" in message:
        why = "the user name or password was refused"
    elif "does not exist" in message:
        why = "the database or user does not exist"
    elif "refused" in message:
        why = "connection refused"
    elif "timeout" in message or "timed out" in message:
        why = "no answer (timed out)"
    elif "resolve" in message or "name or service" in message or "translate host" in message:
        why = "unknown host name"
    else:
        why = "the connection failed"
    return RefusedError(
        f"Cannot reach the server at {server_address(url)}: {why}. Your local leads are untouched."
    )


def open_server(url_text: str) -> tuple[Engine, URL]:
    """An engine on the team database, migrated to this version's schema.

    Raises:
        RefusedError: unreachable, refused, or a newer schema.
    """
    url = _parse(url_text)
    require_driver()  # the URL can be kept without the driver; using it cannot
    connect_args: dict[str, Any] = {"connect_timeout": CONNECT_TIMEOUT_S, **_KEEPALIVE}
    try:
        engine = create_engine(url, poolclass=NullPool, connect_args=connect_args)
    except Exception as exc:  # unknown dialect, missing driver
        raise RefusedError(f"Cannot use the database URL: {exc}.") from exc
    try:
        with engine.begin() as conn:
            _lock(conn)
            revision = current_revision(conn)
            if revision is not None and revision not in KNOWN_REVISIONS:
                raise RefusedError(
                    f"The server's database was written by a newer Showfloor (schema {revision}); "
                    "update Showfloor on this laptop. Your local leads are untouched."
                )
            if revision != SCHEMA_HEAD:
                upgrade(conn)
            if _get(conn, _SERVER_ID) is None:
                _put(conn, _SERVER_ID, str(uuid.uuid4()))
    except DBAPIError as exc:
        engine.dispose()
        raise _server_error(url, exc) from exc
    except BaseException:
        engine.dispose()
        raise
    return engine, url


def push(
    db: Database, url_text: str, progress: Progress | None = None, *, everything: bool = False
) -> SyncResult:
    """Merge this laptop's changes since the last push into the server.

    With ``everything``, every row this laptop holds goes, changed or not: a team
    server filled before rows were signed has only unsigned rows, which a pull
    refuses; this laptop's copy of each replaces them, signed (``sync push --all``).
    Rows only other laptops hold stay unsigned until they do the same.
    """
    engine, url = open_server(url_text)
    try:
        with _on_server(url):
            server_id = _server_id(engine)
        key = _mark_key(url)
        with storage_errors(db.path), db.session() as session:
            me, signer = local_identity(session, create_device=False), laptop_signer(session)
        with storage_errors(db.path), db.engine.connect() as local, local.begin():
            mark = _mark(local, key, server_id)
            top, rows_top = log_top(local), row_log_top(local)
            ids = None
            if mark.get("pushed") is not None and not everything:
                ids = changed_since(local, mark["pushed"])
            rows_since = None if ids is None else mark.get("rows_pushed")
            snap = read_snapshot(local, lead_ids=ids, rows_since=rows_since)
        with _on_server(url):
            merged = _with_retries(
                engine, lambda conn: push_merge.merge_signed(conn, snap, progress, me, signer)
            )
        with storage_errors(db.path), db.engine.begin() as local:
            mark = _mark(local, key, server_id)
            pushed: dict[str, Any] = {"pushed_at": _now()}
            if not merged.held:
                pushed.update(pushed=top, rows_pushed=rows_top)
            # else: the leads held back (joined_rows.py) stay waiting and go again
            # with the next push, with everything since this one's start.
            _put(local, key, {**mark, "server": server_id, **pushed})
    finally:
        engine.dispose()
    return SyncResult(
        "push",
        server_address(url),
        len(snap["leads"]) - len(merged.held),
        merged.summary,
        refused=tuple(merged.refused),
        unsigned_left=merged.unsigned_left,
    )


def pull(
    db: Database, url_text: str, progress: Progress | None = None, *, trust: bool = False
) -> SyncResult:
    """Merge the server's changes since the last pull into this laptop.

    Rows that fail their signature check are left out and returned as ``refused``.
    With ``trust``, rows signed by laptops not trusted yet are merged and those
    laptops are remembered (as ``sync merge --trust`` does for a bundle).
    """
    engine, url = open_server(url_text)
    try:
        with _on_server(url):
            server_id = _server_id(engine)
        key = _mark_key(url)
        with storage_errors(db.path), db.session() as session:
            me = local_identity(session, create_device=False)
        with storage_errors(db.path), db.engine.connect() as local:
            mark = _mark(local, key, server_id)
        memory = RefusedMemory.from_json(mark.get(_REFUSED))
        trust_now = trust_state(me)
        with _on_server(url), engine.connect() as conn:
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
            with conn.begin():
                top, rows_top = log_top(conn), row_log_top(conn)
                since, rows_since = mark.get("pulled"), mark.get("rows_pulled")
                changed = None
                if since is not None:
                    small = None if rows_since is None else changed_rows_since(conn, rows_since)
                    changed = Changed(changed_since(conn, since), small)
                snap = read_snapshot(
                    conn,
                    lead_ids=None if changed is None else changed.leads,
                    rows_since=None if changed is None else rows_since,
                )
                # Rows refused before are read again only when something about them
                # changed (refused_memory.py); the others are said again, unread.
                looked = memory.recall(conn, snap, changed, trust_now, trust)
                checked = check_rows(conn, snap, me, accept_new=trust)
        still = memory.carried(looked)
        refused = [*checked.refused, *(r.refusal for r in still)]
        laptops = {untrusted(t): t.laptop_label() for t in checked.new_laptops.values()}
        untrusted_now = {*laptops.values(), *(r.laptop for r in still if r.laptop)}
        read = Snapshot({t: list(rows) for t, rows in snap.tables.items()})
        held = drop_refused(snap, refused)
        remembered = memory.after(
            refused, checked.proofs, laptops, read, held, looked, trust_now
        )
        # The server is reachable by every laptop: its rows meet the capture's rules
        # and lose times from the future, as a bundle's do (issue 19).
        incoming = check_snapshot(f"The team server at {server_address(url)}", snap, utcnow())

        rows_changed = 0
        erased: ErasedPeople | None = None

        def after_part(local: Connection, before: tuple[int, int], part: MergeSummary) -> None:
            nonlocal rows_changed, erased
            rows_top_now = row_log_top(local)  # the part holds the write lock: all ours
            rows_changed += rows_top_now - before[1]
            # Who the part erases, read while it is not committed yet.
            erased = either(erased, erased_here(db, part))
            # Nothing of ours was waiting: what the part's merge just logged came
            # from the server, which has it, so it is no change waiting to be pushed.
            mark = _mark(local, key, server_id)
            moved: dict[str, Any] = {"server": server_id}
            if mark.get("pushed") == before[0]:
                moved["pushed"] = log_top(local)
            if mark.get("rows_pushed") == before[1]:
                moved["rows_pushed"] = rows_top_now
            _put(local, key, {**mark, **moved})

        # In short transactions: a save waits for one part, never for the whole pull.
        summary = merge_in_parts(db, snap, after_part, progress)
        summary = replace(summary, future_times=incoming.future_times)
        with storage_errors(db.path), db.engine.begin() as local:
            mark = _mark(local, key, server_id)
            # The refused rows and those held back with them are remembered, not read
            # again until they change, are signed again or their laptop is trusted
            # (--trust); they are reported again each time until then.
            pulled: dict[str, Any] = {"pulled_at": _now(), "pulled": top, "rows_pulled": rows_top}
            pulled[_REFUSED] = remembered.to_json()
            _put(local, key, {**mark, "server": server_id, **pulled})
        trusted_now = _remember(db, checked.new_laptops.values()) if trust else ()
        if erased is not None:  # erased on another laptop: gone from this one's copies too
            summary = after_erasing(db, erased, summary)
    finally:
        engine.dispose()
    return SyncResult(
        "pull",
        server_address(url),
        len(snap["leads"]),
        summary,
        rows_changed,
        refused=tuple(refused),
        trusted_now=trusted_now,
        untrusted=() if trust else tuple(sorted(untrusted_now)),
    )


def _remember(db: Database, laptops: Iterable[Trust]) -> tuple[str, ...]:
    """Trust these laptops from now on (their rows were just merged with --trust)."""
    named: list[str] = []
    with storage_errors(db.path), db.session() as session:
        for laptop in laptops:
            if laptop.signer.public is not None:
                remember_laptop(session, laptop.signer.public, laptop.signer.device_id, laptop.name)
                named.append(laptop.laptop_label())
    return tuple(named)


def _with_retries(engine: Engine, work: Callable[[Connection], _T]) -> _T:
    for attempt in range(RETRIES):
        try:
            with engine.connect() as conn:
                _hold_push_lock(conn)
                conn = conn.execution_options(isolation_level="SERIALIZABLE")
                with conn.begin():
                    return work(conn)
        except DBAPIError as exc:
            code = getattr(getattr(exc, "orig", None), "sqlstate", None)
            if code in ("40001", "40P01") and attempt < RETRIES - 1:
                time.sleep(0.05 * (attempt + 1))
                continue
            raise
    raise AssertionError("unreachable")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _hold_push_lock(conn: Connection) -> None:
    """Wait for the other laptops' pushes before this one's transaction starts.

    A lock taken inside a SERIALIZABLE transaction is taken after its snapshot (the
    first statement's), so a push that waited behind another one still read the
    world before it, and failed to serialize (found by three laptops pushing at once).
    A session lock, taken in autocommit, ends when the connection closes (NullPool).
    """
    if conn.dialect.name != "postgresql":
        return
    conn.execution_options(isolation_level="AUTOCOMMIT")
    conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": _LOCK_KEY})
    conn.commit()


def _lock(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _LOCK_KEY})


def _server_id(engine: Engine) -> str:
    with engine.connect() as conn:
        return str(_get(conn, _SERVER_ID))


def _mark_key(url: URL) -> str:
    """One watermark per server and database; user and password are not part of it."""
    return f"sync:{url.get_backend_name()}://{url.host or ''}:{url.port or ''}/{url.database or ''}"


def _mark(conn: Connection, key: str, server_id: str) -> dict[str, Any]:
    """The last exchange with this server; empty when the server was replaced."""
    mark = _get(conn, key)
    if not isinstance(mark, dict) or mark.get("server") != server_id:
        return {}
    return mark


def _get(conn: Connection, key: str) -> Any:
    table = Setting.__table__
    return conn.execute(select(table.c.value).where(table.c.key == key)).scalar()


def _put(conn: Connection, key: str, value: Any) -> None:
    table: Table = Setting.__table__  # type: ignore[assignment]
    if conn.execute(select(table.c.key).where(table.c.key == key)).first() is None:
        conn.execute(insert(table).values(key=key, value=value))
    else:
        conn.execute(update(table).where(table.c.key == key).values(value=value))
