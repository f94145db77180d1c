"""Merging a snapshot into a database, in one transaction, the same in any order.

Rules (each is a max or a union, so order and repetition do not matter):

- rows are matched by UUID; events, devices and attendees keep the newest version;
  staff are matched by name (the names are unique);
- leads merge per field group, newest stamp wins (clock.py);
- visits are a union by UUID, renumbered per lead by (time, id);
- a tombstoned lead is removed everywhere and never comes back;
- the same person (same badge id, or same email, in one event) becomes one lead:
  the smallest UUID survives, the others become aliases that later merges follow.

The caller owns the transaction: a failure anywhere leaves the database as it was.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any, cast

from sqlalchemy import Connection, Table, bindparam, delete, func, insert, select, text, update

from showfloor.services.search_index import lead_search_body
from showfloor.services.sync.clock import Row, iso, merge_versions
from showfloor.services.sync.snapshot import CHUNK, TABLES, Snapshot, paused_gc
from showfloor.store.database import large_page_cache
from showfloor.store.models import Lead, Setting
from showfloor.store.settings import CURRENT_EVENT
from showfloor.store.types import UTCDateTime

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class MergeSummary:
    new_leads: int = 0
    new_visits: int = 0
    merged_duplicates: int = 0
    conflicts_resolved: int = 0
    removed: int = 0

    def line(self) -> str:
        return (
            f"new leads {self.new_leads}, new visits {self.new_visits}, "
            f"merged duplicates {self.merged_duplicates}, "
            f"conflicts resolved {self.conflicts_resolved}"
            + (f", deleted by tombstone {self.removed}" if self.removed else "")
        )

    def to_json_dict(self) -> dict[str, int]:
        return {
            "new_leads": self.new_leads,
            "new_visits": self.new_visits,
            "merged_duplicates": self.merged_duplicates,
            "conflicts_resolved": self.conflicts_resolved,
            "removed": self.removed,
        }


def _noop(_done: int, _total: int) -> None:
    return None


def merge_snapshot(
    conn: Connection, snap: Snapshot, progress: Progress | None = None
) -> MergeSummary:
    """Merge ``snap`` into the database behind ``conn`` (inside the caller's transaction)."""
    with paused_gc(), large_page_cache(conn):
        return _merge_snapshot(conn, snap, progress)


def _merge_snapshot(conn: Connection, snap: Snapshot, progress: Progress | None) -> MergeSummary:
    report = progress or _noop
    _merge_newest(conn, "devices", snap["devices"])
    _merge_newest(conn, "events", snap["events"])
    _adopt_event_if_none(conn, snap["events"])
    staff_map = _merge_staff(conn, snap["staff"])
    _merge_newest(conn, "attendees", snap["attendees"])
    report(1, 10)
    gone = _merge_tombstones(conn, snap["tombstones"])
    loaded = _load_aliases(conn)
    aliases = dict(loaded)
    new_aliases: dict[str, str] = {}
    for row in snap["lead_aliases"]:
        if row["alias_id"] not in aliases:
            aliases[row["alias_id"]] = row["lead_id"]
            new_aliases[row["alias_id"]] = row["lead_id"]
    plan = _LeadPlan(conn, aliases, gone)
    report(3, 10)
    for row in snap["leads"]:
        plan.add(row)
    plan.dedupe()
    new_aliases.update(plan.new_aliases)
    report(5, 10)
    new_visits = _write_leads_and_visits(conn, plan, snap["visits"], staff_map)
    report(8, 10)
    _insert_aliases(conn, loaded, new_aliases, plan.aliases)
    _reindex(conn, plan)
    report(10, 10)
    return MergeSummary(
        new_leads=len(plan.final) - (len(plan.local) - plan.erased),
        new_visits=new_visits,
        merged_duplicates=len(plan.new_aliases),
        conflicts_resolved=plan.conflicts,
        removed=plan.erased,
    )


# --- small tables ----------------------------------------------------------------------


def _adopt_event_if_none(conn: Connection, events: list[Row]) -> None:
    """A fresh laptop that merges a bundle shows its newest event, not an empty list."""
    current = conn.execute(
        select(Setting.value).where(Setting.key == CURRENT_EVENT)
    ).scalar_one_or_none()
    if current or not events:
        return
    newest = max(events, key=lambda row: (iso(row["created_at"]), str(row["id"])))
    conn.execute(delete(Setting).where(Setting.key == CURRENT_EVENT))
    conn.execute(insert(Setting).values(key=CURRENT_EVENT, value=newest["id"]))


def _row_key(row: Row) -> tuple[str, str]:
    return iso(row["updated_at"]), repr(sorted(row.items()))


def _merge_newest(conn: Connection, name: str, rows: list[Row]) -> None:
    """Whole-row last-writer-wins by ``updated_at`` (ties: the row's text)."""
    if not rows:
        return
    table = TABLES[name]
    local = {r._mapping["id"]: dict(r._mapping) for r in conn.execute(select(table))}
    inserts = [r for r in rows if r["id"] not in local]
    updates = [r for r in rows if r["id"] in local and _row_key(r) > _row_key(local[r["id"]])]
    _insert_rows(conn, table, inserts)
    _update_rows(conn, table, updates)


def _merge_staff(conn: Connection, rows: list[Row]) -> dict[str, str]:
    """Staff names are unique: another laptop's "Anna" is our "Anna". Returns id map."""
    table = TABLES["staff"]
    local = {r.id: r.name for r in conn.execute(select(table.c.id, table.c.name))}
    by_name = {name: sid for sid, name in local.items()}
    mapping: dict[str, str] = {}
    for row in rows:
        if row["id"] in local:
            continue
        if row["name"] in by_name:
            mapping[row["id"]] = by_name[row["name"]]
            continue
        conn.execute(insert(table), [row])
        local[row["id"]] = row["name"]
        by_name[row["name"]] = row["id"]
    return mapping


def _merge_tombstones(conn: Connection, rows: list[Row]) -> set[str]:
    table = TABLES["tombstones"]
    local = {
        (r.entity, r.entity_id) for r in conn.execute(select(table.c.entity, table.c.entity_id))
    }
    fresh = {
        (r["entity"], r["entity_id"]): r for r in rows if (r["entity"], r["entity_id"]) not in local
    }
    if fresh:
        conn.execute(insert(table), list(fresh.values()))
    return {eid for ent, eid in local | set(fresh) if ent == "lead"}


def _load_aliases(conn: Connection) -> dict[str, str]:
    table = TABLES["lead_aliases"]
    return {r.alias_id: r.lead_id for r in conn.execute(select(table.c.alias_id, table.c.lead_id))}


def _insert_aliases(
    conn: Connection, loaded: dict[str, str], new: dict[str, str], resolved: dict[str, str]
) -> None:
    table = TABLES["lead_aliases"]
    if new:
        now = datetime.now(UTC)
        rows = [
            {"alias_id": a, "lead_id": resolved.get(a, s), "merged_at": now} for a, s in new.items()
        ]
        conn.execute(insert(table), rows)
    # Keep chains one step long: every alias points at the current survivor.
    stale = [
        {"b_id": a, "v_lead_id": resolved[a]}
        for a, s in loaded.items()
        if a in resolved and resolved[a] != s
    ]
    if stale:
        stmt = update(table).where(table.c.alias_id == bindparam("b_id"))
        conn.execute(stmt.values(lead_id=bindparam("v_lead_id")), stale)


# --- bulk writes ---------------------------------------------------------------------
#
# On SQLite, big executemany batches skip SQLAlchemy's per-row parameter processing:
# each value is converted once, exactly as the column type would bind it (UTCDateTime:
# naive UTC text in the SQLite DATETIME format; others: the type's own bind processor),
# and the rows go to the driver as tuples. Anything unusual (rows with differing keys, a
# column left to its Python default or onupdate) takes the generic path, as does every
# other database.

Binder = Callable[[Any], Any] | None


def _sqlite_datetime(value: datetime | None) -> str | None:
    """``UTCDateTime`` + SQLite ``DATETIME`` binding of one value, in one step."""
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError("naive datetime given to a UTC column")
    if value.tzinfo is UTC:  # the usual case: text with "+00:00" (6 characters) cut off
        return value.isoformat(" ", "microseconds")[:-6]
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def _binders(conn: Connection, table: Table, columns: list[str]) -> list[Binder]:
    out: list[Binder] = []
    for name in columns:
        column_type = table.c[name].type
        if isinstance(column_type, UTCDateTime):
            out.append(_sqlite_datetime)
        else:
            out.append(column_type._cached_bind_processor(conn.dialect))
    return out


def _tuples(rows: list[Row], columns: list[str], binders: list[Binder]) -> list[tuple[Any, ...]]:
    pairs = list(zip(columns, binders, strict=True))
    return [tuple([r[c] if b is None else b(r[c]) for c, b in pairs]) for r in rows]


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


def _insert_rows(conn: Connection, table: Table, rows: list[Row], batch: int = 0) -> None:
    """``conn.execute(insert(table), rows)``, in batches of ``batch`` rows (0: one)."""
    if not rows:
        return
    size = batch or len(rows)
    if not _fast_columns(conn, table, rows, update=False):
        for start in range(0, len(rows), size):
            conn.execute(insert(table), rows[start : start + size])
        return
    columns = list(rows[0])
    sql = (
        f"INSERT INTO {_quote(conn, table.name)} ({', '.join(_quote(conn, c) for c in columns)}) "
        f"VALUES ({', '.join('?' for _ in columns)})"
    )
    binders = _binders(conn, table, columns)
    for start in range(0, len(rows), size):
        conn.exec_driver_sql(sql, _tuples(rows[start : start + size], columns, binders))


def _update_rows(conn: Connection, table: Table, rows: list[Row], key: str = "id") -> None:
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
        for start in range(0, len(rows), 5000):
            part = rows[start : start + 5000]
            conn.exec_driver_sql(sql, _tuples(part, [*columns, key], binders))
        return
    stmt = (
        update(table)
        .where(table.c[key] == bindparam(f"b_{key}"))
        .values({c: bindparam(f"v_{c}") for c in columns})
    )
    params = [{f"b_{key}": r[key], **{f"v_{c}": r[c] for c in columns}} for r in rows]
    for start in range(0, len(params), 5000):
        conn.execute(stmt, params[start : start + 5000])


# --- leads -------------------------------------------------------------------------------


class _LeadPlan:
    """The merged lead set, computed in memory before anything is written."""

    def __init__(self, conn: Connection, aliases: dict[str, str], gone: set[str]) -> None:
        leads = TABLES["leads"]
        self.local: dict[str, Row] = {}
        self.search_keys: dict[str, int | None] = {}
        for r in conn.execute(select(leads)):
            row = dict(r._mapping)
            self.search_keys[row["id"]] = row.pop("search_key")
            self.local[row["id"]] = row
        self.aliases = aliases
        self.gone = gone
        self.final: dict[str, Row] = {k: v for k, v in self.local.items() if k not in gone}
        self.removed_local = {k for k in self.local if k in gone}
        self.erased = len(self.removed_local)
        self.touched: set[str] = set()
        self.new_aliases: dict[str, str] = {}
        self.conflicts = 0

    def resolve(self, lead_id: str) -> str:
        seen = set()
        while lead_id in self.aliases and lead_id not in seen:
            seen.add(lead_id)
            lead_id = self.aliases[lead_id]
        return lead_id

    def add(self, row: Row) -> None:
        if row["id"] in self.gone:
            return
        target = self.resolve(row["id"])
        if target in self.gone:
            return
        incoming = {**row, "id": target}
        current = self.final.get(target)
        if current is None:
            self.final[target] = incoming
        elif incoming != current:
            merged, conflicts = merge_versions([current, incoming])
            merged["id"] = target
            if merged == current:
                return  # nothing newer: leave the lead (and its index row) alone
            self.conflicts += conflicts
            self.final[target] = merged
        else:
            return
        self.touched.add(target)

    def dedupe(self) -> None:
        """Join the same person's leads: same badge id, else same email, in one event."""
        parent: dict[str, str] = {}

        def find(x: str) -> str:
            while parent.get(x, x) != x:
                parent[x] = parent.get(parent[x], parent[x])
                x = parent[x]
            return x

        owner: dict[tuple[str, str, str], str] = {}
        for lead_id, row in self.final.items():
            for key in _identity_keys(row):
                other = owner.setdefault(key, lead_id)
                if other != lead_id:
                    a, b = find(other), find(lead_id)
                    if a != b:
                        parent[max(a, b)] = min(a, b)
        groups: dict[str, list[str]] = defaultdict(list)
        for lead_id in parent:
            groups[find(lead_id)].append(lead_id)
        for root, members in groups.items():
            ids = sorted({root, *members})
            survivor = ids[0]
            merged, conflicts = merge_versions([self.final[i] for i in ids])
            self.conflicts += conflicts
            for loser in ids[1:]:
                del self.final[loser]
                self.new_aliases[loser] = survivor
                self.aliases[loser] = survivor
                if loser in self.local:
                    self.removed_local.add(loser)
            self.final[survivor] = merged
            self.touched.add(survivor)
        for alias in list(self.aliases):
            self.aliases[alias] = self.resolve(alias)

    def inserted_ids(self) -> list[str]:
        return [i for i in self.touched if i in self.final and i not in self.local]


def _identity_keys(row: Row) -> Iterable[tuple[str, str, str]]:
    if row.get("badge_id"):
        yield (row["event_id"], "b", str(row["badge_id"]))
    email = (row.get("email") or "").strip().lower()
    if email:
        yield (row["event_id"], "e", email)


def _write_leads_and_visits(
    conn: Connection, plan: _LeadPlan, incoming: list[Row], staff_map: dict[str, str]
) -> int:
    leads, visits = TABLES["leads"], TABLES["visits"]
    local_visits: dict[str, tuple[str, datetime, int]] = {
        r.id: (r.lead_id, r.at, r.number)
        for r in conn.execute(select(visits.c.id, visits.c.lead_id, visits.c.at, visits.c.number))
    }
    new_visits: dict[str, Row] = {}
    for row in incoming:
        if row["id"] in local_visits or row["id"] in new_visits:
            continue
        lead_id = plan.resolve(row["lead_id"])
        if lead_id not in plan.final:
            continue  # its lead is tombstoned (or was never sent)
        staff_id = row.get("staff_id")
        new_visits[row["id"]] = {
            **row,
            "lead_id": lead_id,
            "staff_id": staff_map.get(staff_id, staff_id) if staff_id else None,
        }
        plan.touched.add(lead_id)
    moved = {
        vid for vid, (lead_id, _at, _n) in local_visits.items() if lead_id in plan.removed_local
    }
    for vid in moved:
        target = plan.resolve(local_visits[vid][0])
        if target in plan.final:
            plan.touched.add(target)

    # Final numbering per touched lead: by time, then id.
    per_lead: dict[str, list[tuple[datetime, str]]] = defaultdict(list)
    for vid, (lead_id, at, _n) in local_visits.items():
        target = plan.resolve(lead_id)
        if target in plan.touched and target in plan.final:
            per_lead[target].append((at, vid))
    for vid, row in new_visits.items():
        per_lead[row["lead_id"]].append((row["at"], vid))
    numbers: dict[str, tuple[str, int]] = {}
    for lead_id, items in per_lead.items():
        items.sort(key=lambda it: (iso(it[0]), it[1]))
        for n, (_at, vid) in enumerate(items, start=1):
            numbers[vid] = (lead_id, n)
        row = plan.final[lead_id]
        row["visit_count"] = len(items)
        row["first_seen_at"] = items[0][0]
        row["last_seen_at"] = items[-1][0]

    inserts = [
        {k: v for k, v in plan.final[i].items()} | {"search_key": None} for i in plan.inserted_ids()
    ]
    _insert_rows(conn, leads, inserts, 5000)
    updates = [
        plan.final[i]
        for i in plan.touched
        if i in plan.final and i in plan.local and plan.final[i] != plan.local[i]
    ]
    _update_rows(conn, leads, updates)

    changed: list[Row] = [
        {"id": vid, "lead_id": lead_id, "number": n}
        for vid, (lead_id, n) in numbers.items()
        if vid in local_visits and local_visits[vid][::2] != (lead_id, n)
    ]
    # two steps, so no (lead, number) pair is ever held twice
    _update_rows(conn, visits, [{**c, "number": -c["number"]} for c in changed])
    rows = [{**r, "number": numbers[vid][1]} for vid, r in new_visits.items()]
    _insert_rows(conn, visits, rows, 5000)
    _update_rows(conn, visits, changed)

    dead = sorted(plan.removed_local)
    for start in range(0, len(dead), CHUNK):
        part = dead[start : start + CHUNK]
        conn.execute(delete(visits).where(visits.c.lead_id.in_(part)))
        conn.execute(delete(leads).where(leads.c.id.in_(part)))
    return len(new_visits)


# --- search ------------------------------------------------------------------------------


def _reindex(conn: Connection, plan: _LeadPlan) -> None:
    """Give new leads a search key and rewrite the index rows of every lead touched.

    Does in bulk what ``search_index.reindex_lead`` does one lead at a time, with the
    same body (``lead_search_body``), so search finds merged leads exactly alike.
    """
    leads, visits = TABLES["leads"], TABLES["visits"]
    fts = conn.dialect.name == "sqlite"
    dead_keys = [k for i in plan.removed_local if (k := plan.search_keys.get(i)) is not None]
    touched = sorted(i for i in plan.touched if i in plan.final)
    if not touched and not dead_keys:
        return
    top = int(conn.execute(select(func.max(leads.c.search_key))).scalar() or 0)
    if fts:  # an index row left by a hard delete must not be reused
        top = max(top, int(conn.execute(text("SELECT max(rowid) FROM lead_search")).scalar() or 0))
    keys: dict[str, int] = {}
    fresh: list[Row] = []
    for lead_id in touched:
        key = plan.search_keys.get(lead_id)
        if key is None:
            top += 1
            key = top
            # updated_at given explicitly: the column's onupdate must not bump it.
            updated = plan.final[lead_id]["updated_at"]
            fresh.append({"id": lead_id, "search_key": key, "updated_at": updated})
        keys[lead_id] = key
    _update_rows(conn, leads, fresh)
    if not fts:
        return
    old = dead_keys + [keys[i] for i in touched if i in plan.local]
    for start in range(0, len(old), CHUNK):
        rowids = ",".join(map(str, old[start : start + CHUNK]))
        conn.execute(text(f"DELETE FROM lead_search WHERE rowid IN ({rowids})"))
    notes: dict[str, list[SimpleNamespace]] = defaultdict(list)
    for start in range(0, len(touched), CHUNK):
        part = touched[start : start + CHUNK]
        query = select(visits.c.lead_id, visits.c.notes, visits.c.answers).where(
            visits.c.lead_id.in_(part)
        )
        for v in conn.execute(query):
            notes[v.lead_id].append(SimpleNamespace(notes=v.notes, answers=v.answers))
    bodies = [
        {"key": keys[i], "body": lead_search_body(_as_lead(plan.final[i], notes[i]))}
        for i in touched
        if plan.final[i].get("deleted_at") is None
    ]
    if bodies:
        conn.execute(
            text("INSERT OR REPLACE INTO lead_search (rowid, body) VALUES (:key, :body)"), bodies
        )


def _as_lead(row: Row, visits: list[SimpleNamespace]) -> Lead:
    return cast(Lead, SimpleNamespace(**row, visits=visits))
