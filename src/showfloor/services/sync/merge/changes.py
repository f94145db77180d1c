"""Per lead, what a merge did: the list the booth lead checks after merging."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import Connection

from showfloor.services.sync.clock import FIELD_GROUPS
from showfloor.services.sync.merge.plan import LeadPlan, display_name
from showfloor.services.sync.merge.summary import Change, LeadChange
from showfloor.services.sync.merge.visits import VisitPlan
from showfloor.services.sync.rows import read_rows_in
from showfloor.services.sync.snapshot import TABLES

_COMPARED = tuple(c for columns in FIELD_GROUPS.values() for c in columns)
_ORDER = list(Change)


def names_of_removed(conn: Connection, plan: LeadPlan) -> dict[str, str]:
    """Names of the local leads this merge removes as tombstoned elsewhere (read
    before they go); joined copies and erased people are named by the plan."""
    wanted = [
        i
        for i in plan.removed_local
        if i not in plan.new_aliases and i not in plan.erased_names and i in plan.gone
    ]
    columns = ["id", "first_name", "last_name", "full_name", "email"]
    rows = read_rows_in(conn, TABLES["leads"], "id", wanted, columns)
    return {r["id"]: display_name(r) for r in rows}


def lead_changes(plan: LeadPlan, placed: VisitPlan, removed: dict[str, str]) -> list[LeadChange]:
    """Joined, deleted or restored elsewhere, erased elsewhere, updated, then new."""
    changes: list[LeadChange] = []
    visits_to = Counter(row["lead_id"] for row in placed.new_live.values())
    for survivor, count in plan.joined.items():
        if survivor in plan.final:
            name = display_name(plan.final[survivor])
            changes.append(LeadChange(survivor, name, Change.JOINED, f"{count} copies into one"))
    for lead_id, name in {**plan.erased_names, **removed}.items():
        changes.append(LeadChange(lead_id, name, Change.ERASED))
    for lead_id in plan.touched:
        now, before = plan.final.get(lead_id), plan.local.get(lead_id)
        if now is None or lead_id in plan.joined:
            continue
        if before is None:
            if lead_id not in plan.replaced_local and now.get("deleted_at") is None:
                changes.append(LeadChange(lead_id, display_name(now), Change.NEW))
            continue
        was_live, is_live = before.get("deleted_at") is None, now.get("deleted_at") is None
        if was_live and not is_live:
            changes.append(LeadChange(lead_id, display_name(now), Change.DELETED))
        elif is_live and not was_live:
            changes.append(LeadChange(lead_id, display_name(now), Change.RESTORED))
        elif is_live:
            visits = visits_to.get(lead_id, 0)
            fields = [c for c in _COMPARED if now.get(c) != before.get(c)]
            if visits or fields:
                detail = ", ".join(
                    ([f"{visits} new visit" + ("s" if visits > 1 else "")] if visits else [])
                    + ([", ".join(c.replace("_", " ") for c in fields)] if fields else [])
                )
                changes.append(
                    LeadChange(
                        lead_id, display_name(now), Change.UPDATED, detail, tuple(fields)
                    )
                )
    changes.sort(key=lambda c: (_ORDER.index(c.change), c.name.casefold(), c.lead_id))
    return changes
