"""Small hot statements compiled once and run through the driver.

On the statements of one capture (a lookup by index, a one-row INSERT) SQLAlchemy's
execution work costs several times the statement itself: a Core ``execute`` took
160 us where ``exec_driver_sql`` of the same SQL took 30 us (benchmarks/capture_search.py
says what that does to a capture). A ``Prepared`` statement is written as Core, so
its tables, columns and conditions are the model's own, compiled once per dialect,
and its values go through the same type processors SQLAlchemy would apply, so what
is stored and read back is exactly what the ORM stores and reads.

It runs through ``Connection.exec_driver_sql``: the engine's events still see every
statement (the check that the database file is still there before a commit relies
on them).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Connection, Dialect
from sqlalchemy.sql import ClauseElement
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.selectable import Select

Processor = Callable[[Any], Any] | None


@dataclass(frozen=True)
class _Compiled:
    sql: str
    names: tuple[str, ...]
    binders: tuple[Processor, ...]
    readers: tuple[Processor, ...]
    positional: bool
    defaults: dict[str, Any]


class Prepared:
    """A Core statement to run many times with different values.

    Args:
        statement: a Core ``select``/``insert``/``update``/``delete`` whose values are
            ``bindparam``s; no ``IN`` lists (they compile per call).
    """

    def __init__(self, statement: ClauseElement) -> None:
        self._statement = statement
        self._by_dialect: dict[str, _Compiled] = {}

    def _compiled(self, dialect: Dialect) -> _Compiled:
        done = self._by_dialect.get(dialect.name)
        if done is not None:
            return done
        compiled = cast(SQLCompiler, self._statement.compile(dialect=dialect))
        positional = bool(compiled.positional)
        names = tuple(compiled.positiontup or ()) if positional else tuple(compiled.binds)
        binders = tuple(
            compiled.binds[name].type._cached_bind_processor(dialect) for name in names
        )
        readers: tuple[Processor, ...] = ()
        if isinstance(self._statement, Select):
            readers = tuple(
                column.type._cached_result_processor(dialect, None)
                for column in self._statement.selected_columns
            )
        defaults = {name: compiled.binds[name].value for name in names}
        done = _Compiled(str(compiled), names, binders, readers, positional, defaults)
        self._by_dialect[dialect.name] = done
        return done

    def _parameters(self, compiled: _Compiled, values: dict[str, Any]) -> Any:
        out = []
        for name, binder in zip(compiled.names, compiled.binders, strict=True):
            value = values[name] if name in values else compiled.defaults[name]
            out.append(value if binder is None else binder(value))
        return tuple(out) if compiled.positional else dict(zip(compiled.names, out, strict=True))

    def execute(self, conn: Connection, **values: Any) -> None:
        """Run a write (or a read whose rows are not wanted)."""
        compiled = self._compiled(conn.dialect)
        conn.exec_driver_sql(compiled.sql, self._parameters(compiled, values))

    def rows(self, conn: Connection, **values: Any) -> list[tuple[Any, ...]]:
        """The rows of a ``select``, each value as its column's type reads it."""
        compiled = self._compiled(conn.dialect)
        raw: Sequence[Any] = conn.exec_driver_sql(
            compiled.sql, self._parameters(compiled, values)
        ).all()
        # Only the columns whose type reads the driver's value are touched (a text
        # column has no reader): the debrief reads 100,000 rows of fourteen columns.
        reading = [(i, r) for i, r in enumerate(compiled.readers) if r is not None]
        if not reading:  # text only, or a textual statement: the values as they come
            return [tuple(row) for row in raw]
        out = []
        for row in raw:
            read = list(row)
            for i, reader in reading:
                read[i] = reader(read[i])
            out.append(tuple(read))
        return out

    def first(self, conn: Connection, **values: Any) -> tuple[Any, ...] | None:
        found = self.rows(conn, **values)
        return found[0] if found else None

    def scalar(self, conn: Connection, **values: Any) -> Any:
        row = self.first(conn, **values)
        return None if row is None else row[0]
