"""Moving visits to and from the trash, on this laptop (domain/lifecycle.py).

Undo, Delete and Restore all come through here, so a lead's counts, dates and
``deleted_at`` always follow from its visits, exactly as a merge derives them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from showfloor.domain.lifecycle import TrashReason, timeline, with_live_visit
from showfloor.services.events import this_device
from showfloor.store.models import Lead, TrashedVisit, Visit


def trash_visit(
    session: Session, lead: Lead, visit: Visit, reason: TrashReason, now: datetime
) -> None:
    """Put one live visit of ``lead`` in the trash (same id, so it travels as a move)."""
    lead.trashed.append(
        TrashedVisit(
            **_what_was_said(visit),
            reason=reason.value,
            state_at=now,
            state_device=this_device(session).id,
            edited_at=visit.edited_at,
            edited_device=visit.edited_device,
        )
    )
    lead.visits.remove(visit)
    session.flush()  # the visit row goes before its id is used again in the trash


def trash_lead(session: Session, lead: Lead, now: datetime) -> None:
    """Delete: every live visit goes to the trash, at one instant."""
    for visit in list(lead.visits):
        trash_visit(session, lead, visit, TrashReason.DELETE, now)
    refresh_timeline(lead)


def restore_visits(session: Session, lead: Lead, now: datetime) -> int:
    """Restore: the visits Delete put in the trash come back, numbered by time.

    Visits taken back by Undo stay in the trash. Returns how many came back.
    """
    back = [t for t in lead.trashed if t.reason == TrashReason.DELETE.value]
    device = this_device(session).id
    for trashed in back:
        lead.trashed.remove(trashed)
    session.flush()
    for trashed in back:
        lead.visits.append(
            Visit(
                **_what_was_said(trashed),
                number=-1 - len(lead.visits),  # placeholder, unique until renumbered
                state_at=now,
                state_device=device,
                edited_at=trashed.edited_at,
                edited_device=trashed.edited_device,
            )
        )
    session.flush()
    renumber(session, lead)
    refresh_timeline(lead)
    return len(back)


# What a visit holds wherever it is, live or in the trash (same id, same content).
_CONTENT = ("id", "at", "visitor_class", "rating", "staff_id", "device_id", "notes", "created_at")


def _what_was_said(visit: Visit | TrashedVisit) -> dict[str, Any]:
    return {key: getattr(visit, key) for key in _CONTENT} | {"answers": dict(visit.answers or {})}


def renumber(session: Session, lead: Lead) -> None:
    """Number the live visits 1..n by time (ties by id), as a merge numbers them."""
    ordered = sorted(lead.visits, key=lambda v: (v.at, v.id))
    if [v.number for v in ordered] == list(range(1, len(ordered) + 1)):
        return
    for visit in ordered:  # two steps, so no (lead, number) pair is ever held twice
        visit.number = -visit.number - 1_000_000
    session.flush()
    for n, visit in enumerate(ordered, start=1):
        visit.number = n
    session.flush()


def refresh_timeline(lead: Lead) -> None:
    """Counts, dates and ``deleted_at`` from the visits (domain/lifecycle.timeline)."""
    line = timeline([v.at for v in lead.visits], [(t.at, t.state_at) for t in lead.trashed])
    if line is None:
        return
    lead.visit_count = line.visit_count
    lead.first_seen_at = line.first_seen_at
    lead.last_seen_at = line.last_seen_at
    lead.deleted_at = line.deleted_at


def add_live_visit(lead: Lead, at: datetime) -> None:
    """One new live visit at ``at``: the counts and dates ``refresh_timeline`` would
    give, from the lead's own (derived) counts, without reading its visits."""
    line = with_live_visit(
        lead.visit_count, lead.first_seen_at, lead.last_seen_at, lead.deleted_at, at
    )
    lead.visit_count = line.visit_count
    lead.first_seen_at = line.first_seen_at
    lead.last_seen_at = line.last_seen_at
    lead.deleted_at = None
