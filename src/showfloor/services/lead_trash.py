"""The show's deleted leads, kept to be brought back (``lead_edit.restore_lead``).

A delete is soft: the lead leaves lists, search, counts and exports but keeps every
visit. Undo lasts 10 seconds in the Leads view; this list is the Trash behind it, for
a delete noticed later (a banner moved the table under the pointer, the wrong row
was selected).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from showfloor.store.models import Lead


@dataclass(frozen=True)
class DeletedLead:
    id: str
    name: str
    company: str
    deleted_at: datetime


def deleted_leads(session: Session, event_id: str) -> list[DeletedLead]:
    """The event's deleted leads, the latest deleted first."""
    leads = session.scalars(
        select(Lead)
        .where(Lead.event_id == event_id, Lead.deleted_at.is_not(None))
        .order_by(Lead.deleted_at.desc())
    )
    found = []
    for lead in leads:
        assert lead.deleted_at is not None
        name = lead.full_name or " ".join(p for p in (lead.first_name, lead.last_name) if p)
        found.append(DeletedLead(lead.id, name or lead.email or "", lead.company or "",
                                 lead.deleted_at))  # fmt: skip
    return found
