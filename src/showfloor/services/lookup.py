"""Resolve a parsed badge against the organiser's attendee list.

Id-only badges (ticket secrets, order codes, URL ids) carry no name: the attendee
list imported before the show turns them into a person. Lookups hit indexes on
(event, badge id), (event, ticket code) and (event, email).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from showfloor.badges import BadgeResult
from showfloor.domain.person import PersonFields
from showfloor.store.models import Attendee


@dataclass(frozen=True)
class ResolvedBadge:
    """A badge after the attendee list had its say."""

    badge: BadgeResult
    person: PersonFields
    badge_id: str | None
    source: str  # "badge" or "attendee_list"
    attendee_id: str | None = None

    @property
    def unidentified(self) -> bool:
        """An id badge nobody on the list matches: staff complete it by hand."""
        return self.person.is_empty()


def attendee_person(attendee: Attendee) -> PersonFields:
    return PersonFields(
        first_name=attendee.first_name,
        last_name=attendee.last_name,
        full_name=attendee.full_name,
        company=attendee.company,
        title=attendee.title,
        email=attendee.email,
        phone=attendee.phone,
    )


def find_attendee(session: Session, event_id: str, badge: BadgeResult) -> Attendee | None:
    keys = [k for k in (*badge.lookup_keys, badge.badge_id) if k]
    for key in dict.fromkeys(keys):
        attendee = session.scalars(
            select(Attendee)
            .where(Attendee.event_id == event_id)
            .where(or_(Attendee.badge_id == key, Attendee.ticket_code == key))
            .limit(1)
        ).first()
        if attendee is not None:
            return attendee
    if badge.person.email:
        return session.scalars(
            select(Attendee)
            .where(Attendee.event_id == event_id, Attendee.email == badge.person.email)
            .limit(1)
        ).first()
    return None


def resolve_badge(session: Session, event_id: str, badge: BadgeResult) -> ResolvedBadge:
    """The person a badge stands for; the badge's own fields win over the list's."""
    attendee = find_attendee(session, event_id, badge)
    if attendee is None:
        return ResolvedBadge(badge, badge.person, badge.badge_id, "badge")
    person = attendee_person(attendee).overlay(badge.person)
    badge_id = badge.badge_id or attendee.badge_id or attendee.ticket_code
    source = (
        "attendee_list" if badge.person.is_empty() or badge.format in ("id", "url") else "badge"
    )
    return ResolvedBadge(badge, person, badge_id, source, attendee.id)
