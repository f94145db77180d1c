"""One show, one event: joining the events of a merge (domain/shows.py).

Events are grouped like leads: ids already joined (``event_aliases``, ours and the
bundle's), an incoming event that is the same show as one here, and an incoming
event the booth lead chose to merge into one here (``into``). Each group keeps its
smallest id, so every merge order ends with the same event; its name and dates are
the group's newest row. Our rows of a joined-away event are moved to the survivor
before anything else is merged, and the bundle's rows are read as if written there.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import Connection, Table, bindparam, delete, insert, select, update

from showfloor.domain.identity import PersonIndex
from showfloor.domain.shows import same_show, show_key
from showfloor.services.sync.clock import Row, iso
from showfloor.services.sync.merge.joins import Joins
from showfloor.services.sync.rows import insert_rows, read_rows, update_rows
from showfloor.services.sync.snapshot import CHUNK, TABLES, Snapshot
from showfloor.store.models import Setting
from showfloor.store.settings import CURRENT_EVENT

# Tables whose rows name an event (and must follow it when it is joined).
_EVENT_ROWS = ("leads", "attendees")


@dataclass
class EventPlan:
    survivor: dict[str, str] = field(default_factory=dict)  # any event id -> its group's id
    classes: dict[str, frozenset[str]] = field(default_factory=dict)  # group id -> all ids
    joined: list[tuple[str, str]] = field(default_factory=list)  # (their name, our name)
    separate: list[str] = field(default_factory=list)  # theirs, kept apart though we have events
    renamed: list[tuple[str, str]] = field(default_factory=list)  # ours: (name before, after)

    def resolve(self, event_id: str) -> str:
        return self.survivor.get(event_id, event_id)

    def ids_of(self, event_id: str) -> frozenset[str]:
        """Every id the event has had (erasure keys were made under any of them)."""
        return self.classes.get(self.resolve(event_id), frozenset({event_id}))


def _newest(rows: list[Row]) -> Row:
    return max(rows, key=lambda r: (iso(r["updated_at"]), repr(sorted(r.items()))))


def merge_events(
    conn: Connection,
    snap: Snapshot,
    into: Mapping[str, str | None] | str | None = None,
    prefer: Collection[str] = (),
) -> EventPlan:
    """Join the bundle's events with ours, write the result, and rewrite the bundle's
    rows to the surviving ids (in place).

    Args:
        into: for an incoming event no rule matches, the local event to merge it into
            (one event id for all of them, or per incoming id; None keeps it apart).
        prefer: local events whose name and dates their group keeps (Combine events).
    """
    table, aliases_table = TABLES["events"], TABLES["event_aliases"]
    local = {r["id"]: r for r in read_rows(conn, table)}
    known_aliases = {
        r.alias_id: r.event_id
        for r in conn.execute(select(aliases_table.c.alias_id, aliases_table.c.event_id))
    }
    incoming = {r["id"]: r for r in snap["events"]}
    joins = Joins()
    find, union = joins.find, joins.union

    theirs = [(r["alias_id"], r["event_id"]) for r in snap["event_aliases"]]
    for alias, target in (*known_aliases.items(), *theirs):
        union(alias, target)
    plan = EventPlan()
    chosen: list[str] = [i for i in prefer if i in local]
    ours = {find(i) for i in local}
    pool = {**local, **incoming}
    for event_id, row in sorted(incoming.items()):
        known = find(event_id) in ours  # the same event, or one joined before
        joined_ours: list[str] = []
        for other in sorted(pool):  # every copy of the show, here or in the bundle
            if other != event_id and find(other) != find(event_id) and _same(row, pool[other]):
                if other in local and find(other) not in {find(j) for j in joined_ours}:
                    joined_ours.append(other)
                union(event_id, other)
        choice = into.get(event_id) if isinstance(into, Mapping) else into
        if (
            not known
            and not joined_ours
            and isinstance(choice, str)
            and choice in local
            and find(choice) != find(event_id)
        ):
            union(event_id, choice)
            chosen.append(choice)  # the booth lead's choice: its name and dates stay
            joined_ours.append(choice)
        if joined_ours:
            plan.joined.append((str(row["name"]), str(local[joined_ours[0]]["name"])))
        elif local and not known and find(event_id) not in ours:
            plan.separate.append(str(row["name"]))
    groups: dict[str, set[str]] = {}
    for event_id in {*local, *incoming, *known_aliases, *known_aliases.values(), *joins.joined()}:
        groups.setdefault(find(event_id), set()).add(event_id)
    for root, members in groups.items():
        plan.classes[root] = frozenset(members)
        for member in members:
            plan.survivor[member] = root
    now = datetime.now(UTC)
    for target in chosen:  # newest in its group, so every laptop ends with this name
        local[target] = {**local[target], "updated_at": max(now, local[target]["updated_at"])}
    _write(conn, plan, local, incoming, known_aliases)
    for name in _EVENT_ROWS:
        for row in snap[name]:
            row["event_id"] = plan.resolve(row["event_id"])
    snap.tables["events"] = []  # written above, as their groups
    return plan


def _same(a: Row, b: Row) -> bool:
    return same_show(
        str(a["name"]),
        a.get("starts_on"),
        a.get("ends_on"),
        str(b["name"]),
        b.get("starts_on"),
        b.get("ends_on"),
    )


def _write(
    conn: Connection,
    plan: EventPlan,
    local: dict[str, Row],
    incoming: dict[str, Row],
    known_aliases: dict[str, str],
) -> None:
    table, aliases_table = TABLES["events"], TABLES["event_aliases"]
    inserts, updates = [], []
    for root, members in plan.classes.items():
        rows = [r for i in members for r in (local.get(i), incoming.get(i)) if r is not None]
        if not rows:
            continue
        final = {**_newest(rows), "id": root}
        if root not in local:
            inserts.append(final)
        elif final != local[root]:
            updates.append(final)
            before, after = str(local[root]["name"]), str(final["name"])
            if show_key(before) != show_key(after):  # not just "Fair" and "FAIR"
                plan.renamed.append((before, after))
    insert_rows(conn, table, inserts)
    update_rows(conn, table, updates)
    moved = {i: plan.resolve(i) for i in local if plan.resolve(i) != i}
    for old, new in sorted(moved.items()):
        for name in _EVENT_ROWS:
            owners = TABLES[name]
            # updated_at kept as it is: a move is no edit (the column's onupdate would
            # restamp every field of every lead, and merge order would then show).
            move = update(owners).where(owners.c.event_id == old)
            conn.execute(move.values(event_id=new, updated_at=owners.c.updated_at))
        _move_current(conn, old, new)
        conn.execute(delete(table).where(table.c.id == old))
    for new in sorted(set(moved.values())):
        dedupe_attendees(conn, new)
    now = datetime.now(UTC)
    fresh = [
        {"alias_id": i, "event_id": root, "merged_at": now}
        for i, root in sorted(plan.survivor.items())
        if i != root and i not in known_aliases
    ]
    if fresh:
        conn.execute(insert(aliases_table), fresh)
    stale = [
        {"b_id": i, "v_event_id": plan.resolve(i)}
        for i, target in known_aliases.items()
        if plan.resolve(i) != target
    ]
    if stale:
        stmt = update(aliases_table).where(aliases_table.c.alias_id == bindparam("b_id"))
        conn.execute(stmt.values(event_id=bindparam("v_event_id")), stale)


def dedupe_attendees(conn: Connection, event_id: str) -> int:
    """Drop the second row of any attendee listed twice in the event (two laptops'
    copies of the organiser's list, now one event); returns how many went."""
    table = TABLES["attendees"]
    columns = ["id", "badge_id", "ticket_code", "email", "full_name", "company"]
    rows = read_rows(conn, table, columns, where=table.c.event_id == event_id)
    index = PersonIndex()
    doomed = []
    for row in sorted(rows, key=lambda r: str(r["id"])):
        if index.match(row) is not None:
            doomed.append(row["id"])
        else:
            index.add(row["id"], row)
    for start in range(0, len(doomed), CHUNK):
        conn.execute(delete(table).where(table.c.id.in_(doomed[start : start + CHUNK])))
    return len(doomed)


def _move_current(conn: Connection, old: str, new: str) -> None:
    """The event staff had chosen follows it into the group it joined."""
    settings: Table = Setting.__table__  # type: ignore[assignment]
    current = conn.execute(
        select(settings.c.value).where(settings.c.key == CURRENT_EVENT)
    ).scalar_one_or_none()
    if current == old:
        conn.execute(
            update(settings).where(settings.c.key == CURRENT_EVENT).values(value=new)
        )
