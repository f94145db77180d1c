"""The merged lead set, decided in memory before anything is written."""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable, Iterable

from sqlalchemy import Connection

from showfloor.domain.identity import identity_keys
from showfloor.domain.person import PERSON_FIELDS, PersonFields, display_name_of
from showfloor.services.sync.clock import Row, merge_versions
from showfloor.services.sync.keys import connection_team_keys
from showfloor.services.sync.merge.joins import Joins
from showfloor.services.sync.rows import (
    read_rows,
    read_rows_in,
)
from showfloor.services.sync.snapshot import TABLES
from showfloor.services.tombstones import person_keys


class LeadPlan:
    """The merged lead set, computed in memory before anything is written.

    Every local lead's id and identity (event, badge id, email) is read; whole rows
    only for the leads this merge touches, so merging a small bundle into a big
    database reads little.
    """

    def __init__(
        self,
        conn: Connection,
        aliases: dict[str, str],
        gone: set[str],
        gone_people: set[str],
        event_ids: Callable[[str], Iterable[str]] = lambda event_id: (event_id,),
    ) -> None:
        self.conn = conn
        self.event_ids = event_ids  # every id a lead's event has had (joined events)
        self.team_keys = connection_team_keys(conn)  # erasure keys are keyed with them
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
        self.joined: dict[str, int] = {}  # survivor -> how many leads became it
        self.erased_names: dict[str, str] = {}  # local leads removed as erased elsewhere
        self.conflicts = 0

    def is_local(self, lead_id: str) -> bool:
        return lead_id in self.identity

    def exists(self, lead_id: str) -> bool:
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
        wanted = [i for i in ids if self.exists(i) and i not in self.final]
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
        self._absorb_aliased()

    def _absorb_aliased(self) -> None:
        """A local lead another laptop has joined into another one (the bundle's
        aliases say so) goes the same way here: its row merges into the lead it now
        resolves to, its visits follow, and the row goes (found by the property test:
        the row stayed beside its alias, and the next merge joined it twice)."""
        absorbed = [
            i
            for i in self.identity
            if i in self.aliases and self.resolve(i) != i and i not in self.removed_local
        ]
        if not absorbed:
            return
        self.load(absorbed)
        self.load(self.resolve(i) for i in absorbed)
        for lead_id in sorted(absorbed):
            row = self.final.pop(lead_id, None)
            self.removed_local.add(lead_id)
            self.touched.discard(lead_id)
            if row is not None:
                self._add(row)  # as one more version of the lead it resolves to
                target = self.resolve(lead_id)
                self.joined[target] = self.joined.get(target, 1) + 1
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

    def join_aliased(self, aliases: dict[str, str]) -> None:
        """Leads of ours that an incoming alias names (combined by hand on some laptop,
        "Combine these two leads"): joined into their survivor as ``dedupe`` joins."""
        mine = [a for a in sorted(aliases) if self.is_local(a) and a not in self.removed_local]
        targets = {a: self.resolve(a) for a in mine}
        self.load([*mine, *targets.values()])
        for alias in mine:
            survivor = targets[alias]
            if survivor == alias or alias not in self.final or survivor not in self.final:
                continue
            merged, conflicts = merge_versions([self.final[survivor], self.final.pop(alias)])
            merged["id"] = survivor
            self.conflicts += conflicts
            self.final[survivor] = merged
            self.removed_local.add(alias)
            self.joined[survivor] = self.joined.get(survivor, 1) + 1
            self.survivors.add(survivor)
            self.touched.add(survivor)
            self.touched.discard(alias)

    def dedupe(self) -> None:
        """Join the same person's leads: same badge id, else same email, in one event."""
        joins = Joins()
        find = joins.find
        owner: dict[tuple[str, str, str], str] = {}
        unread = [r for i, r in self.identity.items() if i not in self.final and self.exists(i)]
        for row in itertools.chain(self.final.values(), unread):
            lead_id = row["id"]
            for key in _identity_keys(row):
                other = owner.setdefault(key, lead_id)
                if other != lead_id:
                    joins.union(other, lead_id)
        groups: dict[str, list[str]] = defaultdict(list)
        for lead_id in joins.joined():
            groups[find(lead_id)].append(lead_id)
        # A person erased on some laptop goes whole, whichever of their leads the
        # tombstones name: joining first or erasing first must end the same.
        erased = {
            find(row["id"])
            for row in itertools.chain(self.final.values(), unread)
            if self.gone_people and self.person_keys(row) & self.gone_people
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
            self.joined[survivor] = len(ids)
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
            row = self.final.pop(lead_id, None)
            if row is not None and self.is_local(lead_id):
                self.erased_names[lead_id] = display_name(row)
            self.gone.add(lead_id)
            self.touched.discard(lead_id)
            if self.is_local(lead_id) and lead_id not in self.removed_local:
                self.removed_local.add(lead_id)
                self.erased += 1
            elif not self.is_local(lead_id):
                self.dropped += 1

    def person_keys(self, row: Row) -> set[str]:
        """Erasure keys of the lead's person, under every id its event has had."""
        keys: set[str] = set()
        for event_id in self.event_ids(row["event_id"]):
            keys |= person_keys(event_id, row.get("badge_id"), row.get("email"), self.team_keys)
        return keys

    def existing_joined(self, incoming: Iterable[str]) -> dict[str, set[str]]:
        """The leads already here that this plan changes with an incoming lead of
        another id (the same person, or an alias's target), each with the incoming
        leads that join it. Every such lead has been read whole (``local``)."""
        incoming_ids = set(incoming)
        groups: dict[str, set[str]] = defaultdict(set)
        for lead_id in incoming_ids:
            if lead_id not in self.gone:
                groups[self.resolve(lead_id)].add(lead_id)
        out: dict[str, set[str]] = {}
        for lead_id in self.local:
            if lead_id in incoming_ids or lead_id in self.gone:
                continue
            joining = groups.get(self.resolve(lead_id))
            if joining:
                out[lead_id] = joining
        return out

    def inserted_ids(self) -> list[str]:
        return [i for i in self.touched if i in self.final and not self.is_local(i)]

    def new_lead_count(self) -> int:
        """People here after the merge who were not before: leads from the bundle that
        did not join one of ours (a local lead joined under the bundle's id is no
        new person)."""
        return sum(
            1 for i in self.final if not self.is_local(i) and i not in self.replaced_local
        )


def display_name(row: Row) -> str:
    """The lead's name as the lists show it (its email when it has no name)."""
    return display_name_of(PersonFields(**{f: row.get(f) for f in PERSON_FIELDS}))




def _identity_keys(row: Row) -> Iterable[tuple[str, str, str]]:
    for kind, value in identity_keys(row.get("badge_id"), row.get("email")):
        yield (row["event_id"], kind, value)


