"""Rows a pull refused, remembered so that later pulls do not read them again for nothing.

A refused row (row_proofs.py) stays refused until something about it changes: the
row itself (then the server's change log brings it back with the next pull, as
any change), its proof (a laptop signed it again: ``sync resign``, or its laptop's
push put its own copy back), or this laptop's trust (a laptop accepted with
``--trust``, the team setup file joined). So a pull moves its watermark past
refused rows and remembers each with the proof it had; the next pull looks up only
those proofs (one small query), says the same refusals again, and reads a
remembered row again only when its proof differs or the trust did change. The
rows held back with a refused one (its visits, a refused event's leads) are
remembered too and read again whenever a refused row is.

The memory is kept with the pull's watermark (per server, in the settings table).
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from showfloor.services.sync.row_proofs import Refusal, load_proofs, row_key
from showfloor.services.sync.snapshot import (
    SMALL_TABLES,
    TABLES,
    Snapshot,
    mergeable_rows,
    read_leads,
)
from showfloor.services.sync.trust import Me

Key = tuple[str, str]  # (table, row key)
_IN_CHUNK = 900


def trust_state(me: Me) -> str:
    """A digest of whom this laptop trusts: when it changes, every refusal is looked at
    again (a laptop trusted since, a team key joined)."""
    teams = sorted(hashlib.sha256(k).hexdigest() for k in me.team_keys)
    parts = [me.public, *sorted(me.known), *teams]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


@dataclass(frozen=True)
class Remembered:
    refusal: Refusal
    proof: tuple[str, int] | None  # the row's proof when it was refused
    lead: str | None = None  # a visit's lead (the change log names visits by lead)
    laptop: str | None = None  # signed by a laptop not trusted yet: its label


@dataclass
class RefusedMemory:
    refused: dict[Key, Remembered] = field(default_factory=dict)
    held: set[Key] = field(default_factory=set)
    trust: str = ""

    @classmethod
    def from_json(cls, value: object) -> RefusedMemory:
        """The memory kept in a watermark; anything unreadable is no memory (everything
        changed is then simply read again, as before the memory existed)."""
        if not isinstance(value, dict):
            return cls()
        out = cls(trust=str(value.get("trust") or ""))
        try:
            for row in value.get("refused") or []:
                table, key, label, reason, digest, batch, lead, laptop = row
                proof = None if digest is None else (str(digest), int(batch))
                refusal = Refusal(str(table), str(key), str(label), str(reason))
                out.refused[(refusal.table, refusal.key)] = Remembered(
                    refusal, proof, _text(lead), _text(laptop)
                )
            out.held = {(str(t), str(k)) for t, k in value.get("held") or []}
        except (TypeError, ValueError):
            return cls()
        if any(t not in TABLES for t, _k in (*out.refused, *out.held)):
            return cls()
        return out

    def to_json(self) -> dict[str, Any] | None:
        if not self.refused:
            return None
        refused = [
            [r.refusal.table, r.refusal.key, r.refusal.label, r.refusal.reason,
             *(r.proof if r.proof is not None else (None, None)), r.lead, r.laptop]
            for r in self.refused.values()
        ]  # fmt: skip
        return {"trust": self.trust, "refused": refused, "held": sorted(map(list, self.held))}

    def recall(
        self,
        conn: Connection,
        snap: Snapshot,
        changed: Changed | None,
        trust: str,
        accept_new: bool,
    ) -> set[Key]:
        """Read again, into ``snap``, the remembered rows that need a new look; returns
        every remembered row this pull has looked at (the others are refused unread).

        Args:
            changed: what the server's change log names since the last pull; None
                when this pull read everything (every row is looked at then).
        """
        everything = set(self.refused) | self.held
        if changed is None or not self.refused:
            return everything
        # A lead removed on the server leaves no log entry, only its tombstone.
        removed = {str(r["entity_id"]) for r in snap["tombstones"] if r.get("entity") == "lead"}
        again = self._to_look_at(conn, trust, accept_new) | {
            k
            for k, r in self.refused.items()
            if changed.names(k, r.lead)
            or r.lead in removed
            or (k[0] == "leads" and k[1] in removed)
        }
        if not again:
            return set()
        _read_again(conn, snap, everything)  # what a refused row held back comes too
        return everything

    def _to_look_at(self, conn: Connection, trust: str, accept_new: bool) -> set[Key]:
        """All refused rows when the trust changed (or laptops not trusted yet are
        accepted now), else those whose proof is not the one they were refused with."""
        if accept_new or trust != self.trust:
            return set(self.refused)
        wanted: dict[str, list[str]] = {}
        for table, key in self.refused:
            wanted.setdefault(table, []).append(key)
        proofs = load_proofs(conn, wanted)
        return {k for k, r in self.refused.items() if proofs.get(k) != r.proof}

    def carried(self, looked: Collection[Key]) -> list[Remembered]:
        """The remembered refusals of the rows this pull did not look at."""
        return [r for k, r in self.refused.items() if k not in looked]

    def after(
        self,
        refused: Iterable[Refusal],
        proofs: Mapping[Key, tuple[str, int]],
        laptops: Mapping[str, str],
        snap: Snapshot,
        held: set[Key],
        looked: Collection[Key],
        trust: str,
    ) -> RefusedMemory:
        """The memory after a pull: what it refused, with the proofs it read for the
        rows it read (``snap``, before the refused rows left it) or the remembered ones
        for refusals carried over unread; what it held back, and the held rows of
        before that it did not look at."""
        read = {(t, row_key(t, r)): r for t, rows in snap.tables.items() for r in rows}
        out = RefusedMemory(held=held | (self.held - set(looked)), trust=trust)
        for refusal in refused:
            key = (refusal.table, refusal.key)
            row, kept = read.get(key), self.refused.get(key)
            if row is not None or kept is None:
                lead = row.get("lead_id") if row is not None and key[0] in _BY_LEAD else None
                laptop = laptops.get(refusal.reason)
                out.refused[key] = Remembered(refusal, proofs.get(key), _text(lead), laptop)
            else:
                out.refused[key] = kept
        return out


_BY_LEAD = ("visits", "visit_trash")


def _text(value: object) -> str | None:
    return None if value is None else str(value)


@dataclass(frozen=True)
class Changed:
    """What the server's change log names since the last pull."""

    leads: Collection[str]  # lead ids (their visits are logged under them)
    rows: Mapping[str, Collection[str]] | None  # small-table rows; None: read whole

    def names(self, key: Key, lead: str | None) -> bool:
        table, name = key
        if table == "leads":
            return name in self.leads
        if table in _BY_LEAD:
            return lead is None or lead in self.leads
        if self.rows is None:
            return True
        # A tombstone's row key is "entity:entity_id"; the log names its entity id.
        logged = name.split(":", 1)[-1] if table == "tombstones" else name
        return logged in self.rows.get(table, ())


def _read_again(conn: Connection, snap: Snapshot, keys: Collection[Key]) -> None:
    """Add these rows, as the server has them now, to ``snap`` (those it lacks)."""
    have = {(t, row_key(t, r)) for t, rows in snap.tables.items() for r in rows}
    by_table: dict[str, set[str]] = {}
    for table, key in keys:
        if (table, key) not in have:
            by_table.setdefault(table, set()).add(key)
    leads = by_table.pop("leads", set())
    if leads:  # with their visits: held back with the lead, they come back with it
        for table, rows in read_leads(conn, leads).tables.items():
            _add(snap, table, rows, have)
    for table, wanted in by_table.items():
        _add(snap, table, _rows_keyed(conn, table, wanted), have)


def _add(snap: Snapshot, table: str, rows: Iterable[dict[str, Any]], have: set[Key]) -> None:
    for row in rows:
        key = (table, row_key(table, row))
        if key not in have:
            have.add(key)
            snap.tables[table].append(row)


def _rows_keyed(conn: Connection, table: str, keys: set[str]) -> list[dict[str, Any]]:
    """The rows of ``table`` with these row keys (row_proofs.row_key)."""
    target = TABLES[table]
    column_name = SMALL_TABLES.get(table, "id")
    # A tombstone's key is "entity:entity_id": look it up by its entity id.
    values = sorted({k.split(":", 1)[-1] for k in keys} if table == "tombstones" else keys)
    out: list[dict[str, Any]] = []
    for start in range(0, len(values), _IN_CHUNK):
        part = values[start : start + _IN_CHUNK]
        rows = mergeable_rows(conn, target, target.c[column_name].in_(part))
        out.extend(r for r in rows if row_key(table, r) in keys)
    return out
