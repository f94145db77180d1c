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

import itertools
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, bindparam, delete, func, insert, select, text, update

from showfloor.domain.identity import PersonIndex, identity_keys
from showfloor.services.attendees.matching import load_attendee_index
from showfloor.services.search_index import search_body
from showfloor.services.sync.clock import Row, iso, merge_versions
from showfloor.services.sync.rows import (
    insert_prepared,
    insert_rows,
    inserting,
    prepare_insert,
    read_rows,
    read_rows_in,
    update_rows,
)
from showfloor.services.sync.snapshot import CHUNK, TABLES, Snapshot, paused_gc
from showfloor.services.tombstones import PERSON, person_keys
from showfloor.store.database import large_page_cache
from showfloor.store.models import Setting
from showfloor.store.settings import CURRENT_EVENT

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class MergeSummary:
    new_leads: int = 0
    new_visits: int = 0
    merged_duplicates: int = 0
    conflicts_resolved: int = 0
    removed: int = 0
    # Events of the bundle that share a name with one here but not its id: set up
    # separately on two laptops, so their leads stay apart (told to the user).
    twin_events: tuple[str, ...] = ()

    def line(self) -> str:
        return (
            f"new leads {self.new_leads}, new visits {self.new_visits}, "
            f"merged duplicates {self.merged_duplicates}, "
            f"conflicts resolved {self.conflicts_resolved}"
            + (f", removed as erased or deleted elsewhere {self.removed}" if self.removed else "")
        )

    def __add__(self, other: MergeSummary) -> MergeSummary:
        return MergeSummary(
            new_leads=self.new_leads + other.new_leads,
            new_visits=self.new_visits + other.new_visits,
            merged_duplicates=self.merged_duplicates + other.merged_duplicates,
            conflicts_resolved=self.conflicts_resolved + other.conflicts_resolved,
            removed=self.removed + other.removed,
            twin_events=tuple(dict.fromkeys(self.twin_events + other.twin_events)),
        )

    def twin_note(self) -> str | None:
        """What to tell the booth lead about events set up twice, or None."""
        if not self.twin_events:
            return None
        names = ", ".join(f"'{name}'" for name in self.twin_events)
        return (
            f"{names} was set up separately on another laptop, so its leads are kept "
            "under a second event of that name (Event > Switch event). Next time, set up "
            "one laptop and merge its bundle into the others before the show."
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
    twins = _twin_events(conn, snap["events"])
    _merge_newest(conn, "events", snap["events"])
    _adopt_event_if_none(conn, snap["events"])
    staff_map = _merge_staff(conn, snap["staff"])
    gone, gone_people = _merge_tombstones(conn, snap["tombstones"])
    _merge_attendees(conn, snap["attendees"], gone_people)
    report(1, 10)
    loaded = _load_aliases(conn)
    aliases = dict(loaded)
    new_aliases: dict[str, str] = {}
    for row in snap["lead_aliases"]:
        if row["alias_id"] not in aliases:
            aliases[row["alias_id"]] = row["lead_id"]
            new_aliases[row["alias_id"]] = row["lead_id"]
    plan = _LeadPlan(conn, aliases, gone, gone_people)
    report(3, 10)
    plan.add_all(snap["leads"])
    plan.dedupe()
    new_aliases.update(plan.new_aliases)
    report(5, 10)
    new_visits = _write_leads_and_visits(conn, plan, snap["visits"], staff_map)
    report(8, 10)
    _insert_aliases(conn, loaded, new_aliases, plan.aliases)
    _reindex(conn, plan, new_visits)
    report(10, 10)
    return MergeSummary(
        new_leads=plan.new_lead_count(),
        new_visits=len(new_visits),
        merged_duplicates=len(plan.new_aliases),
        conflicts_resolved=plan.conflicts,
        removed=plan.erased + plan.dropped,
        twin_events=twins,
    )


# --- small tables ----------------------------------------------------------------------


def _twin_events(conn: Connection, events: list[Row]) -> tuple[str, ...]:
    table = TABLES["events"]
    local = {r.id: r.name for r in conn.execute(select(table.c.id, table.c.name))}
    names = {name.casefold() for name in local.values()}
    return tuple(
        sorted(
            {
                row["name"]
                for row in events
                if row["id"] not in local and str(row["name"]).casefold() in names
            }
        )
    )


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
    insert_rows(conn, table, inserts)
    update_rows(conn, table, updates)


def _merge_attendees(conn: Connection, rows: list[Row], gone_people: set[str]) -> None:
    """The organiser's list, minus anyone erased (by id, or as a person on any laptop)."""
    table = TABLES["attendees"]
    query = select(TABLES["tombstones"].c.entity_id).where(
        TABLES["tombstones"].c.entity == "attendee"
    )
    gone = set(conn.execute(query).scalars())

    def erased(row: Row) -> bool:
        if row["id"] in gone:
            return True
        keys = person_keys(row["event_id"], row.get("badge_id"), row.get("email"))
        if row.get("ticket_code"):
            keys |= person_keys(row["event_id"], row["ticket_code"], None)
        return bool(keys & gone_people)

    _merge_newest(conn, "attendees", _unmatched_attendees(conn, [r for r in rows if not erased(r)]))
    if gone or gone_people:
        local = read_rows(conn, table, ["id", "event_id", "badge_id", "ticket_code", "email"])
        doomed = sorted(r["id"] for r in local if erased(r))
        for start in range(0, len(doomed), CHUNK):
            conn.execute(delete(table).where(table.c.id.in_(doomed[start : start + CHUNK])))


def _unmatched_attendees(conn: Connection, rows: list[Row]) -> list[Row]:
    """Drop incoming rows that are a local attendee under another id.

    Every laptop imports the organiser's list itself, so one attendee has a different
    id on each; they are matched as a re-import matches them (badge, ticket, email).
    """
    table = TABLES["attendees"]
    local_ids = set(conn.execute(select(table.c.id)).scalars())
    indexes: dict[str, PersonIndex] = {}
    out = []
    for row in rows:
        if row["id"] in local_ids:
            out.append(row)  # the same row: newest version wins in _merge_newest
            continue
        index = indexes.get(row["event_id"])
        if index is None:
            index = indexes[row["event_id"]] = load_attendee_index(conn, row["event_id"])
        values = {k: row.get(k) for k in ("badge_id", "ticket_code", "email", "full_name")}
        values["company"] = row.get("company")
        if index.match(values) is None:
            index.add(row["id"], values)
            out.append(row)
    return out


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


def _merge_tombstones(conn: Connection, rows: list[Row]) -> tuple[set[str], set[str]]:
    """Union the tombstones; returns the lead ids and the person keys gone."""
    table = TABLES["tombstones"]
    local = {
        (r.entity, r.entity_id) for r in conn.execute(select(table.c.entity, table.c.entity_id))
    }
    fresh = {
        (r["entity"], r["entity_id"]): r for r in rows if (r["entity"], r["entity_id"]) not in local
    }
    if fresh:
        conn.execute(insert(table), list(fresh.values()))
    every = local | set(fresh)
    return {e for kind, e in every if kind == "lead"}, {e for kind, e in every if kind == PERSON}


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


# --- leads -------------------------------------------------------------------------------


class _LeadPlan:
    """The merged lead set, computed in memory before anything is written.

    Every local lead's id and identity (event, badge id, email) is read; whole rows
    only for the leads this merge touches, so merging a small bundle into a big
    database reads little.
    """

    def __init__(
        self, conn: Connection, aliases: dict[str, str], gone: set[str], gone_people: set[str]
    ) -> None:
        self.conn = conn
        light = read_rows(
            conn, TABLES["leads"], ["id", "event_id", "badge_id", "email", "search_key"]
        )
        self.identity: dict[str, Row] = {r["id"]: r for r in light}
        self.search_keys: dict[str, int | None] = {r["id"]: r["search_key"] for r in light}
        self.local: dict[str, Row] = {}  # whole local rows read so far, as stored
        self.final: dict[str, Row] = {}  # the merged rows of every lead read or received
        self.aliases = aliases
        self.gone = gone
        self.gone_people = gone_people
        self.dropped = 0  # incoming leads of an erased person, not written
        self.removed_local = {k for k in self.identity if k in gone}
        self.erased = len(self.removed_local)
        self.survivors: set[str] = set()
        self.replaced_local: set[str] = set()  # bundle ids that took over a local lead
        self.bodies: dict[str, str] = {}  # search text of new leads, made while writing
        self.touched: set[str] = set()
        self.new_aliases: dict[str, str] = {}
        self.conflicts = 0

    def is_local(self, lead_id: str) -> bool:
        return lead_id in self.identity

    def is_live(self, lead_id: str) -> bool:
        """Whether the lead exists after this merge (read yet or not)."""
        if lead_id in self.final:
            return True
        return (
            lead_id in self.identity
            and lead_id not in self.local
            and (lead_id not in self.removed_local)
        )

    def load(self, ids: Iterable[str]) -> None:
        """Read the whole rows of the live local leads among ``ids`` not read yet."""
        wanted = [i for i in ids if self.is_live(i) and i not in self.final]
        for row in read_rows_in(self.conn, TABLES["leads"], "id", wanted):
            del row["search_key"]
            self.local[row["id"]] = row
            self.final[row["id"]] = dict(row)

    def resolve(self, lead_id: str) -> str:
        seen = set()
        while lead_id in self.aliases and lead_id not in seen:
            seen.add(lead_id)
            lead_id = self.aliases[lead_id]
        return lead_id

    def add_all(self, rows: list[Row]) -> None:
        self.load(self.resolve(r["id"]) for r in rows)
        for row in rows:
            self._add(row)

    def _add(self, row: Row) -> None:
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
        unread = [r for i, r in self.identity.items() if i not in self.final and self.is_live(i)]
        for row in itertools.chain(self.final.values(), unread):
            lead_id = row["id"]
            for key in _identity_keys(row):
                other = owner.setdefault(key, lead_id)
                if other != lead_id:
                    a, b = find(other), find(lead_id)
                    if a != b:
                        parent[max(a, b)] = min(a, b)
        groups: dict[str, list[str]] = defaultdict(list)
        for lead_id in parent:
            groups[find(lead_id)].append(lead_id)
        # A person erased on some laptop goes whole, whichever of their leads the
        # tombstones name: joining first or erasing first must end the same.
        erased = {
            find(row["id"])
            for row in itertools.chain(self.final.values(), unread)
            if self.gone_people and _person_keys(row) & self.gone_people
        }
        self.load(itertools.chain(groups, *groups.values()))
        for root in erased:
            self._erase(sorted({root, *groups.pop(root, [])}))
        for root, members in groups.items():
            ids = sorted({root, *members})
            survivor = ids[0]
            merged, conflicts = merge_versions([self.final[i] for i in ids])
            self.conflicts += conflicts
            for loser in ids[1:]:
                del self.final[loser]
                self.new_aliases[loser] = survivor
                self.aliases[loser] = survivor
                if self.is_local(loser):
                    self.removed_local.add(loser)
            self.final[survivor] = merged
            self.survivors.add(survivor)
            if not self.is_local(survivor) and any(self.is_local(i) for i in ids):
                self.replaced_local.add(survivor)
            self.touched.add(survivor)
        for alias in list(self.aliases):
            self.aliases[alias] = self.resolve(alias)

    def _erase(self, ids: list[str]) -> None:
        """Remove these leads of an erased person.

        No tombstone is added for them: the keys matched what the leads hold now. If
        another laptop corrects a mistyped email, its newer version must come back
        whichever bundle arrives first (found in review).
        """
        for lead_id in ids:
            self.final.pop(lead_id, None)
            self.gone.add(lead_id)
            self.touched.discard(lead_id)
            if self.is_local(lead_id) and lead_id not in self.removed_local:
                self.removed_local.add(lead_id)
                self.erased += 1
            elif not self.is_local(lead_id):
                self.dropped += 1

    def inserted_ids(self) -> list[str]:
        return [i for i in self.touched if i in self.final and not self.is_local(i)]

    def new_lead_count(self) -> int:
        """People here after the merge who were not before: leads from the bundle that
        did not join one of ours (a local lead joined under the bundle's id is no
        new person)."""
        return sum(
            1 for i in self.final if not self.is_local(i) and i not in self.replaced_local
        )


def _person_keys(row: Row) -> set[str]:
    return person_keys(row["event_id"], row.get("badge_id"), row.get("email"))


def _identity_keys(row: Row) -> Iterable[tuple[str, str, str]]:
    for kind, value in identity_keys(row.get("badge_id"), row.get("email")):
        yield (row["event_id"], kind, value)


def _write_leads_and_visits(
    conn: Connection, plan: _LeadPlan, incoming: list[Row], staff_map: dict[str, str]
) -> dict[str, Row]:
    """Write the plan's leads and the new visits; returns the new visits by id."""
    leads, visits = TABLES["leads"], TABLES["visits"]
    known = {r["id"] for r in read_rows_in(conn, visits, "id", (r["id"] for r in incoming), ["id"])}
    new_visits: dict[str, Row] = {}
    for row in incoming:
        if row["id"] in known or row["id"] in new_visits:
            continue
        lead_id = plan.resolve(row["lead_id"])
        if not plan.is_live(lead_id):
            continue  # its lead is tombstoned (or was never sent)
        staff_id = row.get("staff_id")
        new_visits[row["id"]] = {
            **row,
            "lead_id": lead_id,
            "staff_id": staff_map.get(staff_id, staff_id) if staff_id else None,
        }
        plan.touched.add(lead_id)
    # A removed local lead's visits move to the lead it now resolves to (a join): that
    # lead is renumbered too, so its own visits are read with the moved ones.
    for lead_id in plan.removed_local:
        if (target := plan.resolve(lead_id)) != lead_id and plan.is_live(target):
            plan.touched.add(target)
    plan.load(plan.touched)
    # The local visits that may be renumbered or moved: those of touched or joined leads.
    local_visits: dict[str, tuple[str, datetime, int]] = {
        r["id"]: (r["lead_id"], r["at"], r["number"])
        for r in read_rows_in(
            conn,
            visits,
            "lead_id",
            [i for i in plan.touched | plan.removed_local if plan.is_local(i)],
            ["id", "lead_id", "at", "number"],
        )
    }
    for lead_id, _at, _n in local_visits.values():
        if lead_id in plan.removed_local and (target := plan.resolve(lead_id)) in plan.final:
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
        if len(items) > 1:
            items.sort()  # (aware time, id): time order, ties by id
        for n, (_at, vid) in enumerate(items, start=1):
            numbers[vid] = (lead_id, n)
        row = plan.final[lead_id]
        row["visit_count"] = len(items)
        row["first_seen_at"] = items[0][0]
        row["last_seen_at"] = items[-1][0]

    # New leads get their search key as they are written: one write per row, not two.
    new_ids = sorted(plan.inserted_ids())  # keys ascend with ids: both indexes fill in order
    first_key = _last_search_key(conn) + 1
    inserts = [plan.final[i] for i in new_ids]  # rows of this merge's own: set in place
    for key, row in enumerate(inserts, start=first_key):
        plan.search_keys[row["id"]] = row["search_key"] = key
    new_leads = prepare_insert(conn, leads, inserts)
    for row in inserts:
        del row["search_key"]  # local to the database, like every lead row in the plan
    for vid, row in new_visits.items():
        row["number"] = numbers[vid][1]
    with inserting(conn, new_leads):  # while SQLite copies the leads in: Python only
        more_visits = prepare_insert(conn, visits, list(new_visits.values()))
        plan.bodies = _bodies_in_hand(plan, new_visits)
    updates = [
        plan.final[i]
        for i in plan.touched
        if i in plan.final and i in plan.local and plan.final[i] != plan.local[i]
    ]
    update_rows(conn, leads, updates)

    changed: list[Row] = [
        {"id": vid, "lead_id": lead_id, "number": n}
        for vid, (lead_id, n) in numbers.items()
        if vid in local_visits and local_visits[vid][::2] != (lead_id, n)
    ]
    # two steps, so no (lead, number) pair is ever held twice
    update_rows(conn, visits, [{**c, "number": -c["number"]} for c in changed])
    insert_prepared(conn, more_visits)
    update_rows(conn, visits, changed)

    dead = sorted(plan.removed_local)
    for start in range(0, len(dead), CHUNK):
        part = dead[start : start + CHUNK]
        conn.execute(delete(visits).where(visits.c.lead_id.in_(part)))
        conn.execute(delete(leads).where(leads.c.id.in_(part)))
    return new_visits


# --- search ------------------------------------------------------------------------------


def _last_search_key(conn: Connection) -> int:
    """The highest search key in use, counting index rows left by hard deletes."""
    top = int(conn.execute(select(func.max(TABLES["leads"].c.search_key))).scalar() or 0)
    if conn.dialect.name == "sqlite":  # an index row left by a hard delete must not be reused
        top = max(top, int(conn.execute(text("SELECT max(rowid) FROM lead_search")).scalar() or 0))
    return top


def _reindex(conn: Connection, plan: _LeadPlan, new_visits: dict[str, Row]) -> None:
    """Rewrite the index rows of every lead touched (and key any local lead without one).

    Does in bulk what ``search_index.reindex_lead`` does one lead at a time, with the
    same body (``search_body``), so search finds merged leads exactly alike.
    """
    leads, visits = TABLES["leads"], TABLES["visits"]
    fts = conn.dialect.name == "sqlite"
    dead_keys = [k for i in plan.removed_local if (k := plan.search_keys.get(i)) is not None]
    touched = sorted(i for i in plan.touched if i in plan.final)
    if not touched and not dead_keys:
        return
    keys: dict[str, int] = {}
    fresh: list[Row] = []
    top: int | None = None
    for lead_id in touched:
        key = plan.search_keys.get(lead_id)
        if key is None:  # a local lead written before search keys existed
            top = (_last_search_key(conn) if top is None else top) + 1
            key = top
            # updated_at given explicitly: the column's onupdate must not bump it.
            updated = plan.final[lead_id]["updated_at"]
            fresh.append({"id": lead_id, "search_key": key, "updated_at": updated})
        keys[lead_id] = key
    update_rows(conn, leads, fresh)
    if not fts:
        return
    old = dead_keys + [keys[i] for i in touched if plan.is_local(i)]
    for start in range(0, len(old), CHUNK):
        rowids = ",".join(map(str, old[start : start + CHUNK]))
        conn.execute(text(f"DELETE FROM lead_search WHERE rowid IN ({rowids})"))
    # Visit notes are searchable too: read back the visits of local and joined leads
    # (after this merge's writes); the others' bodies were made from the bundle.
    notes: dict[str, list[tuple[str | None, dict[str, Any] | None]]] = defaultdict(list)
    stored = [i for i in touched if plan.is_local(i) or i in plan.survivors]
    for v in read_rows_in(conn, visits, "lead_id", stored, ["lead_id", "notes", "answers"]):
        notes[v["lead_id"]].append((v["notes"], v["answers"]))
    bodies = plan.bodies | {
        i: search_body(plan.final[i], notes[i])
        for i in stored
        if plan.final[i].get("deleted_at") is None
    }
    # In rowid order: FTS5 flushes its pending terms whenever a rowid goes backwards.
    rows = sorted((keys[i], body) for i, body in bodies.items())
    if rows:
        conn.exec_driver_sql("INSERT OR REPLACE INTO lead_search (rowid, body) VALUES (?, ?)", rows)


def _bodies_in_hand(plan: _LeadPlan, new_visits: dict[str, Row]) -> dict[str, str]:
    """Index text of the touched leads whose every visit is in this bundle (new leads)."""
    own = {
        i
        for i in plan.touched
        if i in plan.final and not plan.is_local(i) and i not in plan.survivors
    }
    notes: dict[str, list[tuple[str | None, dict[str, Any] | None]]] = defaultdict(list)
    for v in new_visits.values():
        if v["lead_id"] in own:
            notes[v["lead_id"]].append((v["notes"], v["answers"]))
    return {
        i: search_body(plan.final[i], notes[i])
        for i in own
        if plan.final[i].get("deleted_at") is None
    }
