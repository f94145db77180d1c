"""Resolve a parsed badge against the organiser's attendee list.

Id-only badges (ticket secrets, order codes, URL ids) carry no name: the attendee
list imported before the show turns them into a person. Each lookup is an equality
on an indexed column, (event, badge id), (event, ticket code) or (event, email), so
a scan resolves in well under a millisecond on a 200k list
(benchmarks/attendee_import.py). The queries are written one column at a time: an
``OR`` across the two id columns makes SQLite, without statistics, walk the whole
event through the event_id prefix of one index.

Matching is exact first: ticket secrets are case-sensitive and two of them may
differ only in case. Only when nothing matches exactly are a few cheap variants of
each key looked up, still by index: trimmed; upper and lower case (scanners set to
force a case); case swapped (a keyboard-wedge scanner typing with Caps Lock on);
without leading zeros (a spreadsheet drops them from numeric ids). A variant counts
only when the variants tried point at exactly one attendee: a wrong person is worse
than none. There is no case-insensitive index, so an id differing from the scan in
some other mix of cases is not seen; random ids make such near-twins very unlikely.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session

from showfloor.badges import BadgeResult
from showfloor.badges.platforms import ScanKeys, scan_rules
from showfloor.domain.person import PersonFields
from showfloor.domain.validation import normalize_email
from showfloor.store.models import Attendee

MAX_MATCHES = 20  # an id shared by more rows than this is not an id


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
    return PersonFields.of(attendee)


def lookup_keys(badge: BadgeResult) -> list[str]:
    """The ids worth looking up, most specific first, each once."""
    return list(dict.fromkeys(k for k in (*badge.lookup_keys, badge.badge_id) if k))


def key_variants(keys: Sequence[str]) -> list[str]:
    """Cheap second guesses for keys that matched nothing exactly, each still indexed."""
    variants: list[str] = []
    for key in keys:
        trimmed = key.strip()
        candidates = [trimmed, trimmed.upper(), trimmed.lower(), trimmed.swapcase()]
        if trimmed.isdigit():
            candidates.append(trimmed.lstrip("0"))
        variants.extend(c for c in candidates if c)
    return [v for v in dict.fromkeys(variants) if v not in keys]


def platform_keys(session: Session, event_id: str, badge: BadgeResult) -> ScanKeys:
    """What the badge rules of the platforms this event's list came from make of the code.

    A rule is tried only when the list holds rows of its platform (one indexed probe
    each), so one platform's habits (Eventbrite's barcode suffix, a Cvent vendor's
    prefix) never bend another list's ids.
    """
    code = (badge.raw or "").strip()
    if not code or badge.format not in ("id", "url", "fields"):
        return ScanKeys()
    strong: list[str] = []
    weak: list[str] = []
    for platform, keys in scan_rules(code):
        listed = session.scalar(
            select(Attendee.id)
            .where(Attendee.event_id == event_id, Attendee.platform == platform.key)
            .limit(1)
        )
        if listed is not None:
            strong += keys.strong
            weak += keys.weak
    return ScanKeys(tuple(strong), tuple(weak))


def find_attendee(session: Session, event_id: str, badge: BadgeResult) -> Attendee | None:
    """The attendee a badge stands for: by its ids and what its platform's rule makes of
    them, then their variants (and the rule's guesses), then its email."""
    keys = lookup_keys(badge)
    by_rule = platform_keys(session, event_id, badge) if keys else ScanKeys()
    keys = list(dict.fromkeys([*keys, *by_rule.strong]))
    if keys:
        found = _best_by_ids(session, event_id, keys)
        if found is not None:
            return found
        variants = key_variants(keys) + [k for k in by_rule.weak if k not in keys]
        if variants:
            matches = _by_ids(session, event_id, variants)
            if len({a.id for a in matches}) == 1:
                return matches[0]
    email = normalize_email(badge.person.email)
    if email:
        return session.scalars(
            select(Attendee).where(Attendee.event_id == event_id, Attendee.email == email).limit(1)
        ).first()
    return None


def _best_by_ids(session: Session, event_id: str, keys: Sequence[str]) -> Attendee | None:
    """The match of the most specific key; a badge id beats a ticket code for one key."""
    by_badge = _matching(session, event_id, Attendee.badge_id, keys)
    exact = next((a for a in by_badge if a.badge_id == keys[0]), None)
    if exact is not None:
        return exact  # the common case, in one query
    by_ticket = _matching(session, event_id, Attendee.ticket_code, keys)
    ranked = [(keys.index(a.badge_id or ""), 0, a) for a in by_badge]
    ranked += [(keys.index(a.ticket_code or ""), 1, a) for a in by_ticket]
    return min(ranked, key=lambda r: (r[0], r[1]))[2] if ranked else None


def _by_ids(session: Session, event_id: str, keys: Sequence[str]) -> list[Attendee]:
    return [
        *_matching(session, event_id, Attendee.badge_id, keys),
        *_matching(session, event_id, Attendee.ticket_code, keys),
    ]


def _matching(
    session: Session,
    event_id: str,
    column: InstrumentedAttribute[str | None],
    keys: Sequence[str],
) -> list[Attendee]:
    return list(
        session.scalars(
            select(Attendee)
            .where(Attendee.event_id == event_id, column.in_(keys))
            .limit(MAX_MATCHES)
        )
    )


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
