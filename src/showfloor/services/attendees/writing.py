"""Bulk writing of cleaned rows: inserts and merging updates, a chunk at a time."""

from __future__ import annotations

import json
import os
from datetime import datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection

from showfloor.services.attendees.columns import FIELDS
from showfloor.services.attendees.rows import CleanRow
from showfloor.store.models import Attendee


class Writer:
    """Bulk inserts and updates, a chunk at a time, inside the caller's transaction.

    Rows go to the driver's executemany as tuples: SQLAlchemy's per-row parameter
    processing alone would cost seconds of the 10 s budget for 200k rows. The only
    typed values, the timestamps, are converted once with the column type itself,
    and ``extra`` is written as JSON text, so what lands on disk is what the ORM
    writes and reads.

    (Writing each chunk from a helper thread while the next is cleaned was measured
    and dropped: the GIL hand-offs per row cost more CPU than the overlap saved.)
    """

    def __init__(
        self, conn: Connection, event_id: str, now: datetime, platform: str | None = None
    ) -> None:
        self.conn = conn
        self.event_id = event_id
        self.platform = platform  # badges/platforms/ key of the list's platform
        self.stamp = _bound_value(conn, "updated_at", now)
        self.inserts: list[tuple[Any, ...]] = []
        self.updates: list[tuple[str, CleanRow]] = []
        self.mark = mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
        self.insert_sql = (
            f"INSERT INTO {_TABLE} ({', '.join(_INSERT_COLUMNS)}) "
            f"VALUES ({', '.join([mark] * len(_INSERT_COLUMNS))})"
        )

    def insert(self, row: CleanRow) -> str:
        attendee_id = _bulk_id()
        self.inserts.append(
            (
                attendee_id,
                self.event_id,
                *_field_values(row.values),
                _json(row.extra),
                self.platform,
                self.stamp,
                self.stamp,
            )
        )
        return attendee_id

    def update(self, attendee_id: str, row: CleanRow) -> None:
        self.updates.append((attendee_id, row))

    def flush(self) -> None:
        if self.inserts:
            self.conn.exec_driver_sql(self.insert_sql, self.inserts)
            self.inserts = []
        if self.updates:
            self._apply_updates(self.updates)
            self.updates = []

    def _apply_updates(self, updates: list[tuple[str, CleanRow]]) -> None:
        """Merge into the stored rows; write only the rows whose values changed.

        Re-importing the same list is the common case, and it then writes nothing.
        """
        changed: dict[str, dict[str, Any]] = {}
        stored = self._stored(list(dict.fromkeys(attendee_id for attendee_id, _ in updates)))
        for attendee_id, row in updates:
            current = stored[attendee_id]
            changes = _changes(current, row)
            if self.platform and current["platform"] != self.platform:
                changes["platform"] = self.platform
            if changes:
                current.update(changes)
                changed.setdefault(attendee_id, {}).update(changes)
        # One statement per set of changed columns: SET-ting an unchanged indexed
        # column would still make SQLite rewrite that index entry.
        by_columns: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
        for attendee_id, changes in changed.items():
            columns = tuple(sorted(changes))
            params = (*[changes[c] for c in columns], self.stamp, attendee_id)
            by_columns.setdefault(columns, []).append(params)
        for columns, params_list in by_columns.items():
            assignments = ", ".join(f"{c} = {self.mark}" for c in (*columns, "updated_at"))
            sql = f"UPDATE {_TABLE} SET {assignments} WHERE id = {self.mark}"
            self.conn.exec_driver_sql(sql, params_list)

    def _stored(self, ids: list[str]) -> dict[str, dict[str, Any]]:
        """The stored fields of these attendees, ``extra`` as its JSON text."""
        stored: dict[str, dict[str, Any]] = {}
        names = (*FIELDS, "extra", "platform")
        for start in range(0, len(ids), 900):  # well under SQLite's bound-variable limit
            batch = ids[start : start + 900]
            sql = (
                f"SELECT id, {', '.join(names)} FROM {_TABLE} "
                f"WHERE id IN ({', '.join([self.mark] * len(batch))})"
            )
            for attendee_id, *values in self.conn.exec_driver_sql(sql, tuple(batch)):
                stored[attendee_id] = dict(zip(names, values, strict=True))
        return stored


_TABLE = Attendee.__tablename__
_INSERT_COLUMNS = ("id", "event_id", *FIELDS, "extra", "platform", "created_at", "updated_at")
_encode_json = json.JSONEncoder(ensure_ascii=False).encode  # one encoder, not one per row
_field_values = itemgetter(*FIELDS)


def _bound_value(conn: Connection, column: str, value: Any) -> Any:
    """``value`` as the column's type hands it to the driver (UTC, naive, dialect format)."""
    processor = Attendee.__table__.c[column].type.bind_processor(conn.dialect)
    return value if processor is None else processor(value)


def _bulk_id() -> str:
    """new_id(), the same random UUID4 text, at a fraction of uuid.uuid4()'s cost."""
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40
    raw[8] = (raw[8] & 0x3F) | 0x80
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _json(extra: dict[str, Any] | None) -> str | None:
    """``extra`` as stored; an empty one is SQL NULL (the JSON type would write 'null')."""
    return _encode_json(extra) if extra else None


def _changes(current: dict[str, Any], row: CleanRow) -> dict[str, Any]:
    """The columns the row changes: its non-empty values that differ from the stored ones.

    Empty cells never erase: a second, thinner export must not wipe the first's names.
    ``extra`` is JSON text; it is decoded only when it differs from the row's.
    """
    changes: dict[str, Any] = {n: v for n, v in row.values.items() if v and v != current[n]}
    extra = current["extra"]
    if row.extra:
        encoded = _json(row.extra)
        if encoded != extra:
            old = json.loads(extra) if extra else {}
            combined = {**old, **row.extra}
            if combined != old:
                changes["extra"] = _json(combined)
    return changes
