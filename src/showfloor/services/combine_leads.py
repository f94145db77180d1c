""""Combine these two leads": one visitor saved twice becomes one lead, by hand.

Never automatic (two people can share a name: services/duplicates.py only hints).
Done as a merge does it, so that every laptop agrees later: the two leads become one
(the smaller id survives, as when a merge joins the same person), every visit of
both is kept and numbered by time, each field keeps its newest value, and the other
id becomes an alias that travels in bundles; a laptop that still has both leads
joins them too when it merges ours. A backup is made first, so it can be undone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from showfloor.domain.errors import RefusedError
from showfloor.services.backup import backup_before_combining
from showfloor.services.leads import LeadRecord, get_lead
from showfloor.services.sync.merge import MergeSummary, merge_snapshot
from showfloor.services.sync.snapshot import Snapshot, read_snapshot
from showfloor.store.database import Database, storage_errors
from showfloor.store.types import utcnow


@dataclass(frozen=True)
class CombinedLeads:
    lead: LeadRecord  # the one lead now, with every visit
    summary: MergeSummary
    backup_id: str | None


def combine_leads(
    db: Database, database: Path, backups: Sequence[Path], first: str, second: str
) -> CombinedLeads:
    """Join lead ``second`` and lead ``first`` into one, after a backup.

    Raises:
        RefusedError: the same lead twice, a lead that is gone, leads of two events,
            or no backup could be made.
    """
    if first == second:
        raise RefusedError("That is the same lead; choose two different leads.")
    with storage_errors(db.path), db.session() as session:
        a, b = get_lead(session, first), get_lead(session, second)
    if a.event_id != b.event_id:
        raise RefusedError("These leads belong to two events; combine the events first.")
    survivor, other = sorted((first, second))
    backup_id = backup_before_combining(database, backups)
    with storage_errors(db.path), db.engine.begin() as conn:
        found = read_snapshot(conn, lead_ids=[other])
        snap = Snapshot()  # only the lead that joins, its visits, and the alias
        for table in ("leads", "visits", "visit_trash"):
            snap.tables[table] = found[table]
        snap["lead_aliases"].append({"alias_id": other, "lead_id": survivor, "merged_at": utcnow()})
        summary = merge_snapshot(conn, snap)
    with storage_errors(db.path), db.session() as session:
        lead = get_lead(session, survivor)
    return CombinedLeads(lead, summary, backup_id)
