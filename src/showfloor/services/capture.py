"""Saving a visitor: the one write path for the window, the CLI and the demo.

A capture returns only after the commit, so what staff see as saved is on disk.
The same person again (same badge id, else same email, within the event) adds a
Visit to their lead; an earlier visit is never modified.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from showfloor.badges import parse_payload
from showfloor.badges.phones import format_phone
from showfloor.domain.errors import RefusedError
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
from showfloor.services.capture_rows import (
    Context,
    Row,
    add_live_visit,
    history,
    last_visit_number,
    live_visits,
    new_lead_row,
    new_visit_row,
    read_lead,
    same_person,
    search_row,
    write,
)
from showfloor.services.card_images import drop_card_images, keep_card_image
from showfloor.services.consent import current_consent
from showfloor.services.events import staff_id
from showfloor.services.leads import LeadRecord, record_of
from showfloor.services.lookup import ResolvedBadge, resolve_badge
from showfloor.services.preferences import load_preferences
from showfloor.services.search_index import (
    INDEXED_FIELDS,
    extended_body,
    next_search_key,
    reindex_lead,
    search_body,
)
from showfloor.services.tombstones import erased_on
from showfloor.services.trash import refresh_timeline, trash_visit
from showfloor.store.database import Database
from showfloor.store.models import Lead
from showfloor.store.types import new_id, utcnow

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


GONE = "That lead no longer exists; capture the visitor again."


@dataclass(frozen=True)
class ScanPreview:
    """What the form shows the moment a badge is read, before anything is saved."""

    resolved: ResolvedBadge
    known: LeadRecord | None  # with history: a repeat visitor

    @property
    def next_visit(self) -> int:
        return 1 if self.known is None else self.known.visits + 1


def _start_afresh(lead: Row) -> None:
    """A deleted or undone lead captured again: what staff judged last time (rating,
    tags, consent) was taken back with it; the person's details stay, and what the
    new capture says overlays them."""
    lead["rating"] = None
    lead["tags"] = []
    lead["consent"], lead["consent_at"], lead["consent_text_version"] = False, None, None


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
            context = Context(session)
            conn = session.connection()
            resolved = request.resolved or self._resolve_badge(
                session, context.event_id, request.badge_payload
            )
            person = (resolved.person if resolved else PersonFields()).overlay(typed)
            person = clean_person(person)
            if person.phone and (typed.phone or person.phone[0] != "+"):
                country = self.default_country or load_preferences(session).phone_country
                person = replace(person, phone=typed_phone(person.phone, country))
            badge_id = resolved.badge_id if resolved else None
            if person.is_empty() and badge_id is None and request.lead_id is None:
                raise RefusedError("Scan a badge or type at least a name or an email.")

            lead = self._lead_of(conn, context.event_id, request.lead_id, badge_id, person)
            created = lead is None
            revived = lead is not None and lead["deleted_at"] is not None
            is_new = created or revived
            if is_new and (erased := erased_on(session, context.event_id, badge_id, person.email)):
                # Any lead of theirs would be removed again by the next merge: say so now.
                raise RefusedError(
                    f"This visitor asked on {erased:%d %b %Y} to be erased from this event; "
                    "Showfloor does not record them again here. Nothing was saved."
                )
            staff = self._staff(session, context, request.staff_name)
            now = utcnow()
            at = request.at or now
            # What the search index holds for this lead now, to add this visit to it
            # without reading every earlier visit (issue 19: a lead's visit count must
            # not make a capture slower).
            indexed = None if lead is None or revived else {f: lead[f] for f in INDEXED_FIELDS}
            if lead is None:
                lead = new_lead_row()
                lead.update(
                    id=new_id(), created_at=now, event_id=context.event_id, consent=False,
                    tags=[], device_id=context.device_id, search_key=next_search_key(conn),
                )  # fmt: skip
            elif revived:
                _start_afresh(lead)
            self._apply_person(lead, person)
            if resolved is not None:
                lead["badge_payload"] = resolved.badge.raw or request.badge_payload
                lead["badge_format"] = resolved.badge.format
                lead["badge_id"] = lead["badge_id"] or badge_id
            lead["visitor_class"] = visitor_class.value
            if rating is not None:
                lead["rating"] = rating.value
            kept = lead["tags"] or []
            tags_before = tuple(kept)
            if TO_QUALIFY not in tags:  # staff chose the class this time: qualified
                kept = [t for t in kept if t != TO_QUALIFY]
            lead["tags"] = list(dict.fromkeys([*kept, *tags]))
            if request.consent and not lead["consent"]:
                version, _text = current_consent(session)
                lead["consent"], lead["consent_at"], lead["consent_text_version"] = (
                    True, at, version,
                )  # fmt: skip
            number = 1 if created else last_visit_number(conn, lead["id"]) + 1
            visit = new_visit_row()
            visit.update(
                id=new_id(), lead_id=lead["id"], number=number, at=at,
                visitor_class=visitor_class.value, rating=rating.value if rating else None,
                staff_id=staff, device_id=context.device_id, notes=note, answers=answers,
                created_at=now,
            )  # fmt: skip
            add_live_visit(lead, at)
            lead["updated_at"] = now
            body = self._search_body(conn, lead, indexed, visit, new=created)
            write(conn, lead, visit, body, new=created)
            record = record_of(lead)
            if request.card_image:
                keep_card_image(session, lead["id"], visit["id"], request.card_image, at)
        source = resolved.source if resolved else "typed"
        return CaptureResult(record, number, is_new, source, tags_before)

    def preview_scan(self, payload: str) -> ScanPreview:
        """Parse a scanned payload and find who it is, without writing anything.

        Raises:
            RefusedError: not a visitor badge (Wi-Fi, payment, empty...).
        """
        with self._db.session() as session:
            event_id = Context(session, device=False).event_id
            resolved = self._resolve_badge(session, event_id, payload)
            assert resolved is not None
            email = clean_person(resolved.person).email if resolved.person.email else None
            conn = session.connection()
            found = same_person(conn, event_id, resolved.badge_id, email)
            lead = None if found is None else read_lead(conn, found)
            known = (
                None
                if lead is None
                else record_of(lead, history(conn, lead["id"], HISTORY_SHOWN))
            )
        return ScanPreview(resolved, known)

    def undo(
        self, lead_id: str, visit_number: int, *, tags_before: Sequence[str] | None = None
    ) -> bool:
        """Take back a capture just made: its visit goes; a lead left with none goes too.

        Only the latest visit can be undone, so earlier visits stay untouched.

        Args:
            tags_before: the lead's tags before the capture (CaptureResult.tags_before):
                what the capture added goes, and a lead it qualified is to qualify again.

        Returns:
            Whether the lead went with it (it had no other live visit).
        """
        with self._db.session() as session:
            lead = session.get(Lead, lead_id)
            if lead is None:
                return False
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
            return lead.deleted_at is not None

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
    def _lead_of(
        conn: Connection,
        event_id: str,
        lead_id: str | None,
        badge_id: str | None,
        person: PersonFields,
    ) -> Row | None:
        """The row of the lead this capture adds to (the given id, else the same
        person, a deleted copy too), or None for a new lead."""
        if lead_id is not None:
            lead = read_lead(conn, lead_id)
            if lead is None or lead["deleted_at"] is not None:
                raise RefusedError(GONE)
            return lead
        found = same_person(conn, event_id, badge_id, person.email, deleted_too=True)
        return None if found is None else read_lead(conn, found)

    @staticmethod
    def _search_body(
        conn: Connection, lead: Row, indexed: Mapping[str, Any] | None, visit: Row, *, new: bool
    ) -> str:
        """The lead's index text with this visit: the stored one extended when it can
        be (a repeat reads none of the earlier visits), else made from every visit."""
        notes, answers = visit["notes"], visit["answers"]
        if conn.dialect.name != "sqlite":  # the search index is SQLite's FTS5
            return ""
        if new:
            return search_body(lead, ((notes, answers),))
        if indexed is not None:
            old = search_row(conn, lead["search_key"])
            body = extended_body(old, indexed, lead, notes, answers)
            if body is not None:
                return body
        earlier = [(v["notes"], v["answers"]) for v in live_visits(conn, lead["id"])]
        return search_body(lead, (*earlier, (notes, answers)))

    @staticmethod
    def _apply_person(lead: Row, person: PersonFields) -> None:
        """Newer non-empty values replace older ones; empty ones never erase."""
        for key in PERSON_FIELDS:
            value = getattr(person, key)
            if value:
                lead[key] = value

    @staticmethod
    def _staff(session: Session, context: Context, name: str | None) -> str | None:
        if name is None or not name.strip():
            return context.staff_on_duty(session)
        return staff_id(session, name)
