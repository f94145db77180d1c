"""Bulk row reads and writes for sync: plain dicts in and out, fast on SQLite.

On SQLite, big batches skip SQLAlchemy's per-row processing: each value is converted
once, exactly as the column type would bind or read it (``UTCDateTime``: naive UTC
text in SQLite's DATETIME format; others: the type's own processor), and rows go to
and from the driver as tuples. Anything unusual (rows with differing keys, a column
left to its Python default or onupdate) takes the generic SQLAlchemy path, as does
every other database. Results are the same either way; tests/unit/sync checks both.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import JSON, Connection, Table, bindparam, insert, select, update
from sqlalchemy.sql.elements import ColumnElement

from showfloor.services.sync.clock import Row
from showfloor.store.types import UTCDateTime

Converter = Callable[[Any], Any] | None
STAGE_FROM = 500  # rows; below this a staging table costs more than it saves
UPDATE_BATCH = 5000
IN_CHUNK = 900  # values per IN (...): under SQLite's old 999-variable limit


def _datetime_out(value: datetime | None) -> str | None:
    """``UTCDateTime`` + SQLite ``DATETIME`` binding of one value, in one step."""
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError("naive datetime given to a UTC column")
    if value.tzinfo is UTC:  # the usual case: text with "+00:00" (6 characters) cut off
        return value.isoformat(" ", "microseconds")[:-6]
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def _datetime_in(value: str | None) -> datetime | None:
    """SQLite ``DATETIME`` text back to an aware UTC datetime, as ``UTCDateTime`` reads it."""
    if value is None:
        return None
    parsed = datetime.fromisoformat(value)
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def _binders(conn: Connection, table: Table, columns: list[str]) -> list[Converter]:
    out: list[Converter] = []
    for name in columns:
        column_type = table.c[name].type
        if isinstance(column_type, UTCDateTime):
            out.append(_datetime_out)
        elif isinstance(column_type, JSON) and not column_type.none_as_null:
            out.append(conn.dialect._json_serializer or json.dumps)  # what JSON's binding calls
        else:
            out.append(column_type._cached_bind_processor(conn.dialect))
    return out


def _readers(conn: Connection, table: Table, columns: list[str]) -> list[Converter]:
    out: list[Converter] = []
    for name in columns:
        column_type = table.c[name].type
        if isinstance(column_type, UTCDateTime):
            out.append(_datetime_in)
        else:
            out.append(column_type._cached_result_processor(conn.dialect, None))
    return out


def _tuples(rows: list[Row], columns: list[str], binders: list[Converter]) -> list[tuple[Any, ...]]:
    # Column by column: one map() per column beats a branch per value. A row's times
    # are mostly one moment (created, updated, first and last seen), so each distinct
    # time is formatted once.
    times: dict[datetime, str | None] = {}

    def time_text(value: datetime | None) -> str | None:
        if value is None:
            return None
        text = times.get(value)
        if text is None:
            text = times[value] = _datetime_out(value)
        return text

    values: list[Iterable[Any]] = []
    for column, binder in zip(columns, binders, strict=True):
        raw = map(itemgetter(column), rows)  # C-level loop: no bytecode per value
        if binder is None:
            values.append(raw)
        else:
            values.append(map(time_text if binder is _datetime_out else binder, raw))
    return list(zip(*values, strict=True))


def _fast_columns(conn: Connection, table: Table, rows: list[Row], *, update: bool) -> bool:
    """Whether ``rows`` can skip SQLAlchemy: SQLite, one key set, no defaults to fill in."""
    if conn.dialect.name != "sqlite":
        return False
    keys = rows[0].keys()
    if any(r.keys() != keys for r in rows):
        return False
    if any(name not in table.c for name in keys):
        return False
    for column in table.columns:
        if column.name in keys:
            continue
        if (column.onupdate if update else column.default) is not None:
            return False
        if not update and column.server_default is not None:
            return False
    return True


def _quote(conn: Connection, name: str) -> str:
    return conn.dialect.identifier_preparer.quote(name)


def _marks(columns: list[str]) -> str:
    return ", ".join("?" for _ in columns)


def read_rows(
    conn: Connection,
    table: Table,
    columns: list[str] | None = None,
    where: ColumnElement[bool] | None = None,
) -> list[Row]:
    """``[dict(r._mapping) for r in conn.execute(select(...).where(where))]``, faster."""
    names = columns or [c.name for c in table.columns]
    query = select(*(table.c[n] for n in names))
    if where is not None:
        query = query.where(where)
    if conn.dialect.name != "sqlite":
        return [dict(r._mapping) for r in conn.execute(query)]
    compiled = query.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    params = compiled.construct_params()
    args = tuple(params[name] for name in compiled.positiontup or ())
    driver = conn.connection.driver_connection
    assert driver is not None  # an open Connection always has one
    cursor = driver.cursor()  # same transaction, no per-row wrappers
    try:
        raw = cursor.execute(str(compiled), args).fetchall()
    finally:
        cursor.close()
    if not raw:
        return []
    by_column: list[Sequence[Any]] = [
        column if r is None else [None if v is None else r(v) for v in column]
        for column, r in zip(zip(*raw, strict=True), _readers(conn, table, names), strict=True)
    ]
    return [dict(zip(names, values, strict=True)) for values in zip(*by_column, strict=True)]


@dataclass
class PreparedRows:
    """Rows to insert, converted for the driver (fast lane) or left as dicts."""

    table: Table
    rows: list[Row]
    columns: list[str] = field(default_factory=list)
    tuples: list[tuple[Any, ...]] | None = None  # None: the generic lane


def prepare_insert(conn: Connection, table: Table, rows: list[Row]) -> PreparedRows:
    """Convert ``rows`` for the driver. Pure Python: safe while SQLite works elsewhere."""
    if rows and _fast_columns(conn, table, rows, update=False):
        columns = list(rows[0])
        return PreparedRows(
            table, rows, columns, _tuples(rows, columns, _binders(conn, table, columns))
        )
    return PreparedRows(table, rows)


@contextmanager
def inserting(conn: Connection, prepared: PreparedRows) -> Iterator[None]:
    """Insert ``prepared``; a big batch's final copy runs while the ``with`` body runs.

    Many rows go into a bare temporary table first, then across in one statement: row
    by row, each INSERT on a table with triggers opens its own statement journal, one
    INSERT ... SELECT does that once (measured: 50k leads 1.5 s -> 0.6 s). The driver
    lets go of the GIL while SQLite copies, so the body's Python work overlaps it.
    The body must not use ``conn``. A failure rolls everything back with the caller's
    transaction, staging table included.
    """
    table, rows = prepared.table, prepared.rows
    if not rows:
        yield
        return
    if prepared.tuples is None:
        conn.execute(insert(table), rows)
        yield
        return
    names = ", ".join(_quote(conn, c) for c in prepared.columns)
    marks = _marks(prepared.columns)
    if len(rows) < STAGE_FROM:
        sql = f"INSERT INTO {_quote(conn, table.name)} ({names}) VALUES ({marks})"
        conn.exec_driver_sql(sql, prepared.tuples)
        yield
        return
    stage = _quote(conn, f"sf_stage_{table.name}")
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{stage}")
    conn.exec_driver_sql(f"CREATE TEMP TABLE {stage} ({names})")
    conn.exec_driver_sql(f"INSERT INTO temp.{stage} VALUES ({marks})", prepared.tuples)
    copy = f"INSERT INTO main.{_quote(conn, table.name)} ({names}) SELECT {names} FROM temp.{stage}"
    driver = conn.connection.driver_connection
    assert driver is not None  # an open Connection always has one
    errors: list[BaseException] = []

    def run() -> None:
        cursor = driver.cursor()
        try:
            cursor.execute(copy)
            cursor.execute(f"DROP TABLE temp.{stage}")
        except BaseException as exc:  # handed to the caller's thread below
            errors.append(exc)
        finally:
            cursor.close()

    worker = threading.Thread(target=run, name=f"showfloor-copy-{table.name}")
    worker.start()
    try:
        yield
    finally:
        _join_even_if_interrupted(worker)
    if errors:
        raise errors[0]


def _join_even_if_interrupted(worker: threading.Thread) -> None:
    """Wait for the copy even through Ctrl+C: rolling back while SQLite still copies
    on the same connection would fail. The interrupt is raised once it is done."""
    interrupted = False
    while worker.is_alive():
        try:
            worker.join()
        except KeyboardInterrupt:
            interrupted = True
    if interrupted:
        raise KeyboardInterrupt


def insert_prepared(conn: Connection, prepared: PreparedRows) -> None:
    """Insert ``prepared`` and wait for it (``inserting`` with nothing to overlap)."""
    with inserting(conn, prepared):
        pass


def insert_rows(conn: Connection, table: Table, rows: list[Row]) -> None:
    """``conn.execute(insert(table), rows)``, faster (see ``inserting``)."""
    insert_prepared(conn, prepare_insert(conn, table, rows))


def update_rows(conn: Connection, table: Table, rows: list[Row], key: str = "id") -> None:
    """Set each row's other columns on the row whose ``key`` matches."""
    if not rows:
        return
    columns = [c for c in rows[0] if c != key]
    if _fast_columns(conn, table, rows, update=True) and key in rows[0]:
        sql = (
            f"UPDATE {_quote(conn, table.name)} "
            f"SET {', '.join(f'{_quote(conn, c)} = ?' for c in columns)} "
            f"WHERE {_quote(conn, key)} = ?"
        )
        binders = _binders(conn, table, [*columns, key])
        for start in range(0, len(rows), UPDATE_BATCH):
            part = rows[start : start + UPDATE_BATCH]
            conn.exec_driver_sql(sql, _tuples(part, [*columns, key], binders))
        return
    stmt = (
        update(table)
        .where(table.c[key] == bindparam(f"b_{key}"))
        .values({c: bindparam(f"v_{c}") for c in columns})
    )
    params = [{f"b_{key}": r[key], **{f"v_{c}": r[c] for c in columns}} for r in rows]
    for start in range(0, len(params), UPDATE_BATCH):
        conn.execute(stmt, params[start : start + UPDATE_BATCH])


def read_rows_in(
    conn: Connection,
    table: Table,
    key: str,
    values: Iterable[Any],
    columns: list[str] | None = None,
) -> list[Row]:
    """``read_rows`` of the rows whose ``key`` is one of ``values``, a chunk at a time."""
    wanted = sorted(set(values))
    out: list[Row] = []
    for start in range(0, len(wanted), IN_CHUNK):
        part = wanted[start : start + IN_CHUNK]
        out.extend(read_rows(conn, table, columns, table.c[key].in_(part)))
    return out
