"""Saving a visitor: the one write path for the window, the CLI and the demo.

A capture returns only after the commit, so what staff see as saved is on disk.
The same person again (same badge id, else same email, within the event) adds a
Visit to their lead; an earlier visit is never modified.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from showfloor.badges import parse_payload
from showfloor.badges.phones import format_phone
from showfloor.domain.errors import RefusedError
from showfloor.domain.identity import BADGE, EMAIL, identity_keys
from showfloor.domain.lifecycle import TrashReason
from showfloor.domain.person import PERSON_FIELDS, PersonFields
from showfloor.domain.questions import TO_QUALIFY
from showfloor.domain.validation import (
    MAX_NOTE,
    check_answers,
    check_length,
    check_tags,
    clean_person,
    clean_text,
    parse_class,
    parse_rating,
)
from showfloor.services.card_images import drop_card_images, keep_card_image
from showfloor.services.consent import current_consent
from showfloor.services.events import (
    add_staff,
    current_staff,
    ensure_current_event,
    this_device,
)
from showfloor.services.leads import LeadRecord, to_record
from showfloor.services.lookup import ResolvedBadge, resolve_badge
from showfloor.services.preferences import load_preferences
from showfloor.services.search_index import index_added_visit, reindex_lead, searched_fields
from showfloor.services.tombstones import erased_on
from showfloor.services.trash import add_live_visit, refresh_timeline, trash_visit
from showfloor.store.database import Database
from showfloor.store.models import Lead, Staff, Visit
from showfloor.store.types import utcnow

# The latest visits a scan's preview brings along (the form shows the last one, its
# "Earlier visits" list these): reading all of a lead's visits would make a scan's
# cost grow with the lead's visit count.
HISTORY_SHOWN = 50


@dataclass(frozen=True)
class CaptureRequest:
    """Everything staff entered for one visit. Typed person fields win over the badge.

    ``resolved`` is what ``preview_scan`` made of ``badge_payload``: passing it on
    saves parsing the badge and looking it up in the attendee list a second time.
    """

    visitor_class: str
    person: PersonFields = field(default_factory=PersonFields)
    badge_payload: str | None = None
    rating: str | None = None
    note: str | None = None
    answers: Mapping[str, str] = field(default_factory=dict)
    tags: Sequence[str] = ()
    staff_name: str | None = None
    consent: bool = False
    at: datetime | None = None
    lead_id: str | None = None
    resolved: ResolvedBadge | None = None  # the preview's reading of badge_payload
    card_image: bytes | None = None  # the visitor's card (JPEG), kept because they agreed


@dataclass(frozen=True)
class CaptureResult:
    """A saved visit. ``tags_before``: the lead's tags before it (an undo restores them)."""

    lead: LeadRecord
    visit: int
    is_new: bool
    source: str
    tags_before: tuple[str, ...] = ()

    def to_json_dict(self) -> dict[str, object]:
        return {**self.lead.to_json_dict(), "visit": self.visit, "source": self.source}


def typed_phone(value: str | None, country: str | None) -> str | None:
    """A phone typed by hand, in E.164 like badge phones when it parses, else as typed.

    ``country`` (the booth's phone country setting) is the region of a national
    number such as "030 1234567"; text that is no number ("ask at desk") is kept.
    """
    if not value:
        return value
    return format_phone(value, country) or value


def find_lead(
    session: Session,
    event_id: str,
    lead_id: str | None,
    badge_id: str | None,
    email: str | None,
    *,
    deleted_too: bool = False,
) -> Lead | None:
    """The lead a capture adds to: the given id, else same badge id, else same email
    (domain/identity.py). ``deleted_too``: when no live lead matches, a deleted or
    undone one of the same person, so capturing them again brings that lead back
    instead of leaving two of them (the newest first)."""
    if lead_id is not None:
        lead = session.get(Lead, lead_id)
        if lead is None or lead.deleted_at is not None:
            raise RefusedError("That lead no longer exists; capture the visitor again.")
        return lead
    # Equality on (event, key) only, so SQLite always takes that key's own index: a
    # deleted_at condition here made it walk every live lead of the event instead
    # (capture cost grew with the event). The few leads found are sorted in Python.
    columns = {BADGE: Lead.badge_id, EMAIL: Lead.email}
    found = {
        kind: list(
            session.scalars(select(Lead).where(Lead.event_id == event_id, columns[kind] == value))
        )
        for kind, value in identity_keys(badge_id, email)
    }
    for live in (True, False)[: 1 + deleted_too]:
        for leads in found.values():
            matching = [lead for lead in leads if (lead.deleted_at is None) == live]
            if matching:  # the newest first, as several can share an address
                return max(matching, key=lambda lead: (lead.updated_at, lead.id))
    return None


@dataclass(frozen=True)
class ScanPreview:
    """What the form shows the moment a badge is read, before anything is saved."""

    resolved: ResolvedBadge
    known: LeadRecord | None  # with history: a repeat visitor

    @property
    def next_visit(self) -> int:
        return 1 if self.known is None else self.known.visits + 1


def _start_afresh(lead: Lead) -> None:
    """A deleted or undone lead captured again: what staff judged last time (rating,
    tags, consent) was taken back with it; the person's details stay, and what the
    new capture says overlays them."""
    lead.rating = None
    lead.tags = []
    lead.consent, lead.consent_at, lead.consent_text_version = False, None, None


class CaptureService:
    def __init__(self, db: Database, *, default_country: str | None = None) -> None:
        self._db = db
        self.default_country = default_country

    def capture(self, request: CaptureRequest) -> CaptureResult:
        """Validate, then save one visit in one transaction.

        Raises:
            RefusedError: the request was refused; the message says why and what to do.
        """
        visitor_class = parse_class(request.visitor_class)
        rating = parse_rating(request.rating)
        answers = check_answers(visitor_class, request.answers)
        tags = check_tags(list(request.tags))
        note = check_length("The note", clean_text(request.note, multiline=True), MAX_NOTE)
        typed = clean_person(request.person)

        with self._db.session() as session:
            event = ensure_current_event(session)
            resolved = request.resolved or self._resolve_badge(
                session, event.id, request.badge_payload
            )
            person = (resolved.person if resolved else PersonFields()).overlay(typed)
            person = clean_person(person)
            if person.phone and (typed.phone or person.phone[0] != "+"):
                country = self.default_country or load_preferences(session).phone_country
                person = replace(person, phone=typed_phone(person.phone, country))
            badge_id = resolved.badge_id if resolved else None
            if person.is_empty() and badge_id is None and request.lead_id is None:
                raise RefusedError("Scan a badge or type at least a name or an email.")

            lead = find_lead(
                session, event.id, request.lead_id, badge_id, person.email, deleted_too=True
            )
            revived = False
            if lead is not None and lead.deleted_at is not None:
                revived = True
                _start_afresh(lead)
            is_new = lead is None or revived
            if is_new and (erased := erased_on(session, event.id, badge_id, person.email)):
                # Any lead of theirs would be removed again by the next merge: say so now.
                raise RefusedError(
                    f"This visitor asked on {erased:%d %b %Y} to be erased from this event; "
                    "Showfloor does not record them again here. Nothing was saved."
                )
            now = utcnow()
            at = request.at or now
            # What the search index holds for this lead now, to add this visit to it
            # without reading every earlier visit (issue 19: a lead's visit count must
            # not make a capture slower).
            indexed = None if lead is None or revived else searched_fields(lead)
            if lead is None:
                lead = Lead(
                    event_id=event.id,
                    visitor_class=visitor_class.value,
                    tags=[],
                    visit_count=0,
                    consent=False,
                    device_id=this_device(session).id,
                    first_seen_at=at,
                )
                session.add(lead)
            self._apply_person(lead, person)
            if resolved is not None:
                lead.badge_payload = resolved.badge.raw or request.badge_payload
                lead.badge_format = resolved.badge.format
                lead.badge_id = lead.badge_id or badge_id
            lead.visitor_class = visitor_class.value
            if rating is not None:
                lead.rating = rating.value
            kept = lead.tags or []
            tags_before = tuple(kept)
            if TO_QUALIFY not in tags:  # staff chose the class this time: qualified
                kept = [t for t in kept if t != TO_QUALIFY]
            lead.tags = list(dict.fromkeys([*kept, *tags]))
            if request.consent and not lead.consent:
                version, _text = current_consent(session)
                lead.consent, lead.consent_at, lead.consent_text_version = True, at, version

            staff = self._staff(session, request.staff_name)
            if lead.id is None:
                session.flush()  # the new lead's id, for its first visit
            number = self._next_visit_number(session, lead)
            visit = Visit(
                lead_id=lead.id,
                number=number,
                at=at,
                visitor_class=visitor_class.value,
                rating=rating.value if rating else None,
                staff_id=staff.id if staff else None,
                device_id=this_device(session).id,
                notes=note,
                answers=answers,
            )
            session.add(visit)  # not lead.visits.append: that reads every earlier visit
            add_live_visit(lead, at)
            lead.updated_at = now
            session.flush()
            session.expire(lead, ["visits"])
            if request.card_image:
                keep_card_image(session, lead.id, visit.id, request.card_image, at)
            index_added_visit(session, lead, indexed, note, answers)
            record = to_record(lead)
        source = resolved.source if resolved else "typed"
        return CaptureResult(record, number, is_new, source, tags_before)

    def preview_scan(self, payload: str) -> ScanPreview:
        """Parse a scanned payload and find who it is, without writing anything.

        Raises:
            RefusedError: not a visitor badge (Wi-Fi, payment, empty...).
        """
        with self._db.session() as session:
            event = ensure_current_event(session)
            resolved = self._resolve_badge(session, event.id, payload)
            assert resolved is not None
            email = clean_person(resolved.person).email if resolved.person.email else None
            lead = find_lead(session, event.id, None, resolved.badge_id, email)
            known = (
                to_record(lead, with_history=True, history_limit=HISTORY_SHOWN)
                if lead is not None
                else None
            )
        return ScanPreview(resolved, known)

    def undo(
        self, lead_id: str, visit_number: int, *, tags_before: Sequence[str] | None = None
    ) -> None:
        """Take back a capture just made: its visit goes; a lead left with none goes too.

        Only the latest visit can be undone, so earlier visits stay untouched.

        Args:
            tags_before: the lead's tags before the capture (CaptureResult.tags_before):
                what the capture added goes, and a lead it qualified is to qualify again.
        """
        with self._db.session() as session:
            lead = session.get(Lead, lead_id)
            if lead is None:
                return
            visit = next((v for v in lead.visits if v.number == visit_number), None)
            if visit is None or visit_number != max(v.number for v in lead.visits):
                raise RefusedError("Only the latest visit can be undone.")
            now = utcnow()
            drop_card_images(session, visit.id)  # the picture came with the capture undone
            trash_visit(session, lead, visit, TrashReason.UNDO, now)
            refresh_timeline(lead)
            if lead.visits:
                lead.visitor_class = lead.visits[-1].visitor_class
                if tags_before is not None:
                    lead.tags = list(tags_before)
            lead.updated_at = now
            reindex_lead(session, lead)

    def _resolve_badge(
        self, session: Session, event_id: str, payload: str | None
    ) -> ResolvedBadge | None:
        if payload is None or not payload.strip():
            return None
        badge = parse_payload(payload, default_country=self.default_country)
        if badge.refused:
            raise RefusedError(badge.refused)
        return resolve_badge(session, event_id, badge)

    @staticmethod
    def _apply_person(lead: Lead, person: PersonFields) -> None:
        """Newer non-empty values replace older ones; empty ones never erase."""
        for key in PERSON_FIELDS:
            value = getattr(person, key)
            if value:
                setattr(lead, key, value)

    @staticmethod
    def _staff(session: Session, name: str | None) -> Staff | None:
        if name is None or not name.strip():
            return current_staff(session)
        return add_staff(session, name)

    @staticmethod
    def _next_visit_number(session: Session, lead: Lead) -> int:
        if lead.id is None:
            return 1
        latest = session.scalar(select(func.max(Visit.number)).where(Visit.lead_id == lead.id))
        return int(latest or 0) + 1
