"""Bundles written before the visit trash (format 1 and 2) or before visit edits
(format 3) read as a newer one would.

Before format 3 a delete was one stamped field of the lead (``deleted_at``); now it
is a state of each visit (domain/lifecycle.py). A deleted lead's visits arrive in
the trash as of that stamp, and a lead restored after a merge gives its visits the
restore's stamp, so that the restore still beats the older delete elsewhere. The
database migration 0005 does the same to a data dir's own rows.
"""

from __future__ import annotations

from datetime import datetime

from showfloor.domain.lifecycle import TrashReason
from showfloor.services.sync.clock import SHARED, Row, value_hash
from showfloor.services.sync.snapshot import Snapshot


def deleted_stamp(lead: Row) -> tuple[datetime, str] | None:
    """The (time, device) of the lead's last delete or restore as format 2 stamped it;
    None for a lead never deleted."""
    stored = lead.get("field_times") or {}
    value = lead.get("deleted_at")
    saved = stored.get("deleted_at")
    shared = stored.get(SHARED)
    if isinstance(saved, str) and isinstance(shared, list) and len(shared) == 2:
        saved = [shared[0], shared[1], saved]
    if isinstance(saved, list) and len(saved) == 3 and saved[0] and saved[2] == value_hash([value]):
        return datetime.fromisoformat(saved[0]), str(saved[1] or "")
    if saved is None and value is None:
        return None
    return lead["updated_at"], str(lead.get("device_id") or "")


def upgrade_snapshot(snap: Snapshot) -> None:
    """Move a format-2 snapshot's deletes onto its visits, in place."""
    stamps = {lead["id"]: (lead, stamp) for lead in snap["leads"] if (stamp := deleted_stamp(lead))}
    if not stamps:
        return
    kept: list[Row] = []
    for visit in snap["visits"]:
        found = stamps.get(visit["lead_id"])
        if found is None:
            kept.append(visit)
            continue
        lead, (when, device) = found
        if lead.get("deleted_at") is None:
            kept.append({**visit, "state_at": when, "state_device": device})
            continue
        moved = {k: v for k, v in visit.items() if k != "number"}
        moved.update(reason=TrashReason.DELETE.value, state_at=when, state_device=device)
        snap["visit_trash"].append(moved)
    snap.tables["visits"] = kept


# Columns format 4 added (issue 22): absent from older rows, read as never set.
EDIT_COLUMNS = {
    "visits": ("edited_at", "edited_device"),
    "visit_trash": ("edited_at", "edited_device"),
    "leads": ("follow_up_owner", "follow_up_done_at"),
}


def add_edit_columns(snap: Snapshot) -> None:
    """A format-3 snapshot's rows with the columns of format 4, empty, in place: never
    edited, no follow-up set (so every row of a table has the same columns)."""
    for table, columns in EDIT_COLUMNS.items():
        for row in snap[table]:
            for column in columns:
                row.setdefault(column, None)
