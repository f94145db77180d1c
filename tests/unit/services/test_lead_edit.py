"""Editing, deleting and restoring a lead: visits never change, search follows."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from showfloor.domain.errors import RefusedError
from showfloor.domain.person import PersonFields
from showfloor.services.lead_edit import LeadEdit, delete_lead, restore_lead, update_lead
from showfloor.services.leads import LeadFilter, count_leads, get_lead, page_rows
from showfloor.store.database import Database

from helpers.builders import capture, make_event

T0 = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


def two_visits(db: Database) -> str:
    make_event(db)
    first = capture(
        db,
        "customer",
        first_name="Ada",
        last_name="Lovelace",
        company="Analytical",
        email="ada@analytical.example",
        rating="warm",
        note="wants a demo",
        answers={"pain_1": "manual data entry"},
        staff_name="Anna",
        at=T0,
    )
    again = T0 + timedelta(hours=2)
    capture(db, "customer", email="ada@analytical.example", note="came back", at=again)
    return first.lead.id


def search(db: Database, lead_event: str, text: str) -> list[str]:
    with db.session() as session:
        return [r.name for r in page_rows(session, LeadFilter(lead_event, search=text))]


def test_edit_changes_the_lead_and_never_its_visits(db: Database) -> None:
    lead_id = two_visits(db)
    with db.session() as session:
        before = get_lead(session, lead_id)
        edit = LeadEdit.of(before)
        changed = replace(
            edit,
            person=replace(edit.person, company="Babbage & Co", phone="+44 20 7946 0000"),
            visitor_class="kol",
            rating="hot",
            tags=("speaker", "pilot"),
            consent=True,
        )
        after = update_lead(session, lead_id, changed, base=edit)
    assert (after.company, after.visitor_class, after.rating) == ("Babbage & Co", "kol", "hot")
    assert after.tags == ("speaker", "pilot") and after.consent
    assert after.history == before.history  # every visit exactly as recorded
    assert [v.visitor_class for v in after.history] == ["customer", "customer"]
    assert search(db, after.event_id, "babbage") == ["Ada Lovelace"]
    assert search(db, after.event_id, "analytical") == ["Ada Lovelace"]  # the email still


def test_edit_is_checked_like_a_capture(db: Database) -> None:
    lead_id = two_visits(db)
    with db.session() as session:
        edit = LeadEdit.of(get_lead(session, lead_id))
    bad = [
        replace(edit, person=replace(edit.person, email="ada@")),
        replace(edit, visitor_class="vip"),
        replace(edit, rating="lukewarm"),
        replace(edit, person=replace(edit.person, company="x" * 301)),
        replace(edit, person=PersonFields()),
    ]
    for value in bad:
        with pytest.raises(RefusedError), db.session() as session:
            update_lead(session, lead_id, value, base=edit)
    with db.session() as session:
        assert get_lead(session, lead_id).company == "Analytical"  # nothing half-saved


def test_edit_cleans_like_a_capture_and_empty_clears(db: Database) -> None:
    lead_id = two_visits(db)
    with db.session() as session:
        edit = LeadEdit.of(get_lead(session, lead_id))
        person = replace(edit.person, email="  ADA@Example.ORG ", company="  ", title="CTO")
        saved = update_lead(session, lead_id, replace(edit, person=person), base=edit)
    assert (saved.email, saved.company, saved.title) == ("ada@example.org", None, "CTO")


def test_correcting_the_first_name_corrects_the_name_shown(db: Database) -> None:
    lead_id = two_visits(db)
    with db.session() as session:
        edit = LeadEdit.of(get_lead(session, lead_id))
        fixed = replace(edit, person=replace(edit.person, first_name="Augusta Ada"))
        assert update_lead(session, lead_id, fixed, base=edit).display_name == (
            "Augusta Ada Lovelace"
        )


def test_only_changed_fields_are_written(db: Database) -> None:
    """A colleague's capture while the form was open is not undone by saving it."""
    lead_id = two_visits(db)
    with db.session() as session:
        form = LeadEdit.of(get_lead(session, lead_id))
    capture(db, "customer", email="ada@analytical.example", phone="+44 1", rating="hot")
    with db.session() as session:
        saved = update_lead(
            session, lead_id, replace(form, person=replace(form.person, title="CTO")), base=form
        )
    assert (saved.title, saved.phone, saved.rating) == ("CTO", "+44 1", "hot")


def test_an_email_another_lead_has_is_refused(db: Database) -> None:
    lead_id = two_visits(db)
    capture(db, "mentor", first_name="Grace", email="grace@navy.example")
    with db.session() as session:
        edit = LeadEdit.of(get_lead(session, lead_id))
        taken = replace(edit, person=replace(edit.person, email="grace@navy.example"))
        with pytest.raises(RefusedError, match="Grace already has the email"):
            update_lead(session, lead_id, taken, base=edit)


def test_consent_records_when_and_which_text(db: Database) -> None:
    lead_id = two_visits(db)
    with db.session() as session:
        edit = LeadEdit.of(get_lead(session, lead_id))
        assert update_lead(session, lead_id, replace(edit, consent=True)).consent
        assert not update_lead(session, lead_id, replace(edit, consent=False)).consent


def test_delete_hides_the_lead_and_restore_brings_it_back(db: Database) -> None:
    lead_id = two_visits(db)
    with db.session() as session:
        event_id = get_lead(session, lead_id).event_id
        history = get_lead(session, lead_id).history
        assert delete_lead(session, lead_id).display_name == "Ada Lovelace"
    with db.session() as session:
        assert count_leads(session, LeadFilter(event_id)) == 0
    assert search(db, event_id, "lovelace") == []
    with db.session() as session, pytest.raises(RefusedError, match="deleted"):
        update_lead(session, lead_id, LeadEdit(PersonFields(first_name="X"), "mentor"))
    with db.session() as session:
        restore_lead(session, lead_id)
    with db.session() as session:
        assert count_leads(session, LeadFilter(event_id)) == 1
        assert get_lead(session, lead_id).history == history
    assert search(db, event_id, "came back") == ["Ada Lovelace"]  # notes searchable again


def test_deleting_twice_or_a_missing_lead_is_refused(db: Database) -> None:
    lead_id = two_visits(db)
    with db.session() as session:
        delete_lead(session, lead_id)
    with db.session() as session, pytest.raises(RefusedError):
        delete_lead(session, lead_id)
    with db.session() as session, pytest.raises(RefusedError):
        restore_lead(session, "no-such-id")
