"""The week after the show: who to contact, about what, by when, and who does it.

One definition of a lead's follow-up, used by the debrief's follow-up list and the
window's Follow-ups view alike: the next step (a customer's, or the plan to delight
a key opinion leader), its due date, its owner (chosen in the lead dialog, else the
KOL's owner answer, else whoever met them last) and whether it is done (a field
group of the lead, so "done" on one laptop is done on all after a merge). Hot first,
then warm, cold and unrated; within a rating the earliest due first, undated last.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from showfloor.domain.person import PersonFields, display_name_of
from showfloor.domain.questions import Rating, VisitorClass
from showfloor.store.models import Lead, Staff, Visit

RATING_ORDER = {Rating.HOT.value: 0, Rating.WARM.value: 1, Rating.COLD.value: 2}
_KOL = VisitorClass.KOL.value  # (an enum's .value is a property: 100,000 leads ask it)


class Answered(Protocol):
    """A visit as a follow-up reads it: its answers and who met them."""

    @property
    def answers(self) -> Mapping[str, str]: ...

    @property
    def staff(self) -> str | None: ...


@dataclass(frozen=True)
class Said:
    """What one visit contributes: its answers, who met them, and the note."""

    answers: dict[str, str]
    staff: str | None
    notes: str | None = None


@dataclass(frozen=True)
class Step:
    """A lead's follow-up: what to do, by when, who does it, done or not."""

    action: str | None
    due: str | None
    owner: str | None
    done: bool = False


def follow_up_step(
    visitor_class: str,
    visits: Sequence[Answered],
    owner: str | None = None,
    done_at: datetime | None = None,
) -> Step:
    """The follow-up of one lead from its visits, oldest first (the latest answer wins)."""
    if visitor_class == _KOL:
        action, answered_owner = latest(visits, "delight_plan"), latest(visits, "owner")
    else:
        action, answered_owner = latest(visits, "next_step"), None
    who = owner or answered_owner or _last_staff(visits)
    return Step(action, latest(visits, "next_step_due"), who, done_at is not None)


def _last_staff(visits: Sequence[Answered]) -> str | None:
    for visit in reversed(visits):
        if visit.staff:
            return visit.staff
    return None


def latest(visits: Sequence[Answered], key: str) -> str | None:
    if len(visits) == 1:  # most people came once (a debrief asks 100,000 of them)
        return visits[0].answers.get(key) or None
    for visit in reversed(visits):
        if visit.answers.get(key):
            return visit.answers[key]
    return None


def rating_rank(rating: str | None) -> int:
    return RATING_ORDER.get(rating or "", len(RATING_ORDER))


def priority(rating: str | None, step: Step, name: str) -> tuple[object, ...]:
    """The follow-up list's order (module docstring)."""
    return (
        rating_rank(rating),
        step.due is None,
        step.due or "",
        step.action is None,
        name.casefold(),
    )


@dataclass(frozen=True)
class FollowUpItem:
    """One row of the Follow-ups view."""

    lead_id: str
    name: str
    first_name: str | None
    company: str | None
    email: str | None
    phone: str | None
    visitor_class: str
    rating: str | None
    consent: bool
    step: Step
    note: str | None  # the latest note staff typed

    @property
    def who(self) -> str:
        return f"{self.name} ({self.company})" if self.company else self.name


def list_follow_ups(
    session: Session, event_id: str, *, owner: str | None = None, show_done: bool = True
) -> list[FollowUpItem]:
    """Every live lead of the event as a follow-up, in priority order.

    Args:
        owner: only this owner's (None: everyone's).
        show_done: also those already done.
    """
    leads = session.scalars(
        select(Lead).where(Lead.event_id == event_id, Lead.deleted_at.is_(None))
    ).all()
    visits: dict[str, list[Said]] = {}
    rows = session.execute(
        select(Visit.lead_id, Visit.answers, Staff.name, Visit.notes)
        .join(Lead, Lead.id == Visit.lead_id)
        .outerjoin(Staff, Staff.id == Visit.staff_id)
        .where(Lead.event_id == event_id, Lead.deleted_at.is_(None))
        .order_by(Visit.lead_id, Visit.at, Visit.number)
    )
    for lead_id, answers, staff, notes in rows:
        visits.setdefault(lead_id, []).append(Said(dict(answers or {}), staff, notes))
    items = []
    for lead in leads:
        said = visits.get(lead.id, [])
        step = follow_up_step(
            lead.visitor_class, said, lead.follow_up_owner, lead.follow_up_done_at
        )
        if owner is not None and step.owner != owner:
            continue
        if step.done and not show_done:
            continue
        name = display_name_of(PersonFields.of(lead), lead.badge_id)
        note = next((v.notes for v in reversed(said) if v.notes), None)
        items.append(
            FollowUpItem(
                lead.id, name, lead.first_name, lead.company, lead.email, lead.phone,
                lead.visitor_class, lead.rating, bool(lead.consent), step, note,
            )
        )  # fmt: skip
    return sorted(items, key=lambda i: priority(i.rating, i.step, i.name))


def follow_up_owners(items: Sequence[FollowUpItem]) -> list[str]:
    """The owners named in ``items``, for the view's filter."""
    return sorted({i.step.owner for i in items if i.step.owner}, key=str.casefold)
