"""A push checks the server's leads that its own leads join before signing over them.

When the server already holds the person a pushed lead is (same badge id or email,
or an alias's target, under another id), the merge joins the laptop's copy into the
server's row and the push then signs the merged row. Were that server row changed
by hand, unsigned, or written by a laptop not trusted here, the honest laptop's
signature would vouch for it. So the merge asks first (``merge_snapshot``'s
``hold_back``): the server's leads it would join, with their visits, are checked
as a pull checks them (row_proofs.check_rows), and a pushed lead that would join a
failing one stays out of this push, said in the pull's one line. It stays waiting
here and goes with a later push, once the server's row is repaired (its laptop
pushes it again) or its laptop is trusted (``sync pull --trust``).
"""

from __future__ import annotations

from collections.abc import Mapping, Set
from dataclasses import dataclass, field

from sqlalchemy import Connection

from showfloor.services.sync.row_proofs import Refusal, check_rows, row_key
from showfloor.services.sync.snapshot import read_leads
from showfloor.services.sync.trust import Me


@dataclass
class JoinedRows:
    """The ``hold_back`` of a push's merge: collects what it refused."""

    conn: Connection
    me: Me
    refused: list[Refusal] = field(default_factory=list)
    held: set[str] = field(default_factory=set)  # the pushed leads left out
    _checked: dict[str, bool] = field(default_factory=dict)  # server lead -> passes
    # Every server row read to check: the merge may remove them (proof_pruning.py).
    looked: dict[str, set[str]] = field(default_factory=dict)

    def __call__(self, joined: Mapping[str, Set[str]]) -> set[str]:
        """The pushed leads to leave out: those that join a server lead failing its check."""
        unread = [lead_id for lead_id in joined if lead_id not in self._checked]
        if unread:
            self._check(unread)
        out: set[str] = set()
        for lead_id, joining in joined.items():
            if not self._checked[lead_id]:
                out |= joining
        self.held |= out
        return out

    def _check(self, lead_ids: list[str]) -> None:
        snap = read_leads(self.conn, lead_ids)
        for table, rows in snap.tables.items():
            self.looked.setdefault(table, set()).update(row_key(table, r) for r in rows)
        owner = {
            (table, row_key(table, row)): str(row["id"] if table == "leads" else row["lead_id"])
            for table, rows in snap.tables.items()
            for row in rows
        }
        failing: set[str] = set()
        for refusal in check_rows(self.conn, snap, self.me).refused:
            failing.add(owner[(refusal.table, refusal.key)])
            self.refused.append(refusal)
        for lead_id in lead_ids:
            self._checked[lead_id] = lead_id not in failing
