"""Correcting a lead after the fact, deleting it, and taking a delete back.

An edit changes the person and how we judge them (class, rating, tags, consent);
it never changes a visit: what was said at the booth stays as it was recorded.
Input goes through the same checks as a capture. A delete moves the lead's
visits to the trash (services/trash.py) so that Undo can bring the lead back with
every visit; a deleted lead leaves the search index, the lists, the counts and the
exports.
"""

from __future__ import annotations

from dataclasses import fields, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from showfloor.domain.errors import RefusedError
from showfloor.domain.person import PersonFields
from showfloor.domain.records import LeadEdit as LeadEdit  # the form's values
from showfloor.domain.records import LeadRecord
from showfloor.domain.validation import check_tags, clean_person, parse_class, parse_rating
from showfloor.services.capture import typed_phone
from showfloor.services.consent import current_consent
from showfloor.services.leads import get_lead, to_record
from showfloor.services.preferences import load_preferences
from showfloor.services.search_index import reindex_lead
from showfloor.services.trash import restore_visits, trash_lead
from showfloor.store.models import Lead
from showfloor.store.types import utcnow


def update_lead(
    session: Session, lead_id: str, edit: LeadEdit, *, base: LeadEdit | None = None
) -> LeadRecord:
    """Apply an edit to a lead; its visits are left exactly as they were.

    Args:
        edit: the values to save.
        base: the values the form started from. Only the fields that differ from it
            are written, so a visit saved by a colleague while the form was open
            (which may have added a company or a phone) is not undone.

    Returns:
        The lead as saved, with its visit history.

    Raises:
        RefusedError: the input is refused (same checks as a capture), the lead is
            gone, or another lead of the event already has the email.
    """
    visitor_class = parse_class(edit.visitor_class) if edit.visitor_class else None
    rating = parse_rating(edit.rating)
    tags = check_tags(edit.all_tags())
    person = clean_person(edit.person)
    start = _clean_base(base)
    if person.phone and (start is None or person.phone != start.person.phone):
        # A phone typed in the editor becomes E.164 like one typed at capture.
        country = load_preferences(session).phone_country
        person = replace(person, phone=typed_phone(person.phone, country))

    lead = _live_lead(session, lead_id)
    old = PersonFields.of(lead)
    for f in fields(PersonFields):
        value = getattr(person, f.name)
        if start is not None and value == getattr(start.person, f.name):
            continue
        setattr(lead, f.name, value)
    _follow_full_name(lead, old, person, start)
    if lead.email and lead.email != old.email:
        _refuse_duplicate_email(session, lead)
    if not (lead.first_name or lead.last_name or lead.full_name or lead.email or lead.badge_id):
        raise RefusedError("A lead needs at least a name or an email; type one before saving.")

    # No class chosen: the lead keeps the class it was saved with (a guess).
    if visitor_class is not None and (start is None or visitor_class.value != start.visitor_class):
        lead.visitor_class = visitor_class.value
    new_rating = rating.value if rating else None
    if start is None or new_rating != start.rating:
        lead.rating = new_rating
    if start is None or tags != start.all_tags():
        lead.tags = tags
    if start is None or edit.consent != start.consent:
        _set_consent(session, lead, edit.consent)
    lead.updated_at = utcnow()
    session.flush()
    reindex_lead(session, lead)
    return get_lead(session, lead.id)


def delete_lead(session: Session, lead_id: str) -> LeadRecord:
    """Soft-delete a lead: it leaves lists, search, counts and exports until restored.

    Raises:
        RefusedError: there is no such lead (or it is deleted already).
    """
    lead = _live_lead(session, lead_id)
    now = utcnow()
    trash_lead(session, lead, now)
    lead.deleted_at = now  # also for a lead with no visit at all
    lead.updated_at = now
    session.flush()
    reindex_lead(session, lead)
    return to_record(lead)


def restore_lead(session: Session, lead_id: str) -> LeadRecord:
    """Undo a delete: the lead comes back with every visit, searchable again.

    Raises:
        RefusedError: there is no such lead.
    """
    lead = session.get(Lead, lead_id)
    if lead is None:
        raise RefusedError("That lead no longer exists; it cannot be brought back.")
    if lead.deleted_at is not None or any(t.reason == "delete" for t in lead.trashed):
        now = utcnow()
        restore_visits(session, lead, now)  # also once captured again since the delete
        lead.deleted_at = None
        lead.updated_at = now
        session.flush()
        reindex_lead(session, lead)
    return to_record(lead)


def _live_lead(session: Session, lead_id: str) -> Lead:
    lead = session.get(Lead, lead_id)
    if lead is None or lead.deleted_at is not None:
        raise RefusedError("That lead was deleted meanwhile; nothing was changed.")
    return lead


def _clean_base(base: LeadEdit | None) -> LeadEdit | None:
    """The base cleaned like the edit, so untouched fields compare equal."""
    if base is None:
        return None
    rating = parse_rating(base.rating)
    return LeadEdit(
        clean_person(base.person),
        parse_class(base.visitor_class).value if base.visitor_class else None,
        rating.value if rating else None,
        tuple(check_tags(list(base.tags))),
        base.consent,
    )


def _composed(person: PersonFields) -> str | None:
    return " ".join(p for p in (person.first_name, person.last_name) if p) or None


def _follow_full_name(
    lead: Lead, old: PersonFields, new: PersonFields, start: LeadEdit | None
) -> None:
    """Keep the full name in step when only the first or last name was corrected.

    A full name that was just "first last" would otherwise keep the old spelling,
    and it is the name every list shows.
    """
    before = start.person if start is not None else old
    if new.full_name != before.full_name:
        return  # typed by hand: it wins
    if (new.first_name, new.last_name) == (before.first_name, before.last_name):
        return
    if before.full_name in (None, _composed(before)):
        lead.full_name = _composed(PersonFields(lead.first_name, lead.last_name))


def _refuse_duplicate_email(session: Session, lead: Lead) -> None:
    other = session.scalars(
        select(Lead).where(
            Lead.event_id == lead.event_id,
            Lead.deleted_at.is_(None),
            Lead.email == lead.email,
            Lead.id != lead.id,
        )
    ).first()
    if other is not None:
        name = to_record(other).display_name
        raise RefusedError(
            f"{name} already has the email {lead.email} at this event; "
            "check the address or edit that lead instead."
        )


def _set_consent(session: Session, lead: Lead, consent: bool) -> None:
    if consent and not lead.consent:
        version, _text = current_consent(session)
        lead.consent, lead.consent_at, lead.consent_text_version = True, utcnow(), version
    elif not consent and lead.consent:
        lead.consent, lead.consent_at, lead.consent_text_version = False, None, None
