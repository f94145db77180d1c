"""Scan now, qualify later: a lead saved with its badge only is to qualify (its
class a guess) until staff choose a class, in the Leads view or at its next capture."""

from __future__ import annotations

from dataclasses import replace

from showfloor.domain.questions import TO_QUALIFY
from showfloor.services.capture import CaptureService
from showfloor.services.lead_edit import LeadEdit, update_lead
from showfloor.services.leads import LeadFilter, count_leads, get_lead, page_rows
from showfloor.store.database import Database

from helpers.builders import capture, make_event

GRACE = "MECARD:N:Hopper,Grace;EMAIL:grace@navy.example;;"


def badge_only(db: Database, payload: str = GRACE) -> str:
    """What F9 saves from the queue: the badge, the guessed class, the tag."""
    return capture(db, "customer", badge=payload, tags=[TO_QUALIFY]).lead.id


def names(db: Database, flt: LeadFilter) -> list[str]:
    with db.session() as session:
        return sorted(r.name for r in page_rows(session, flt))


def test_the_leads_to_qualify_are_found_and_marked(db: Database) -> None:
    event = make_event(db)
    badge_only(db)
    capture(db, "customer", first_name="Ada", last_name="Lovelace", tags=["pilot"])
    capture(db, "mentor", first_name="Linus", tags=["to-qualify-later-maybe"])
    assert names(db, LeadFilter(event, to_qualify=True)) == ["Grace Hopper"]
    assert names(db, LeadFilter(event, to_qualify=False)) == ["Ada Lovelace", "Linus"]
    customers = LeadFilter(event, visitor_class="customer", to_qualify=False)
    assert names(db, customers) == ["Ada Lovelace"]  # a guessed customer is no customer yet
    with db.session() as session:
        assert count_leads(session, LeadFilter(event, to_qualify=True)) == 1
        marks = {r.name: r.to_qualify for r in page_rows(session, LeadFilter(event))}
    assert marks == {"Grace Hopper": True, "Ada Lovelace": False, "Linus": False}


def test_choosing_the_class_in_the_edit_qualifies_the_lead(db: Database) -> None:
    make_event(db)
    lead_id = badge_only(db)
    with db.session() as session:
        start = LeadEdit.of(get_lead(session, lead_id))
        assert (start.visitor_class, start.tags) == (None, ())  # not classified yet
        # fixing the name only: still to qualify, the guess kept
        named = update_lead(
            session, lead_id, replace(start, person=replace(start.person, company="US Navy")),
            base=start,
        )  # fmt: skip
        assert (named.visitor_class, named.tags, named.company) == (
            "customer", (TO_QUALIFY,), "US Navy"
        )  # fmt: skip
        start = LeadEdit.of(named)
        done = update_lead(
            session, lead_id, replace(start, visitor_class="mentor", tags=("navy",)), base=start
        )
    assert (done.visitor_class, done.tags) == ("mentor", ("navy",))
    assert [v.answers for v in done.history] == [{}]  # the visit stays as recorded


def test_choosing_the_guessed_class_also_qualifies(db: Database) -> None:
    make_event(db)
    lead_id = badge_only(db)
    with db.session() as session:
        start = LeadEdit.of(get_lead(session, lead_id))
        done = update_lead(session, lead_id, replace(start, visitor_class="customer"), base=start)
    assert (done.visitor_class, done.tags) == ("customer", ())


def test_a_full_capture_at_the_next_visit_qualifies_and_its_undo_does_not(db: Database) -> None:
    make_event(db)
    lead_id = badge_only(db)
    again = capture(db, "kol", badge=GRACE, answers={"channels": "podcast"}, tags=["speaker"])
    assert again.lead.id == lead_id and again.visit == 2
    assert (again.lead.visitor_class, again.lead.tags) == ("kol", ("speaker",))
    CaptureService(db).undo(lead_id, 2, tags_before=again.tags_before)
    with db.session() as session:
        back = get_lead(session, lead_id)
    assert (back.visitor_class, back.tags, back.visits) == ("customer", (TO_QUALIFY,), 1)


def test_a_badge_only_save_of_a_qualified_visitor_marks_them_again(db: Database) -> None:
    make_event(db)
    first = capture(db, "mentor", badge=GRACE)
    again = capture(db, "mentor", badge=GRACE, tags=[TO_QUALIFY])
    assert again.lead.id == first.lead.id
    assert (again.lead.visitor_class, again.lead.tags) == ("mentor", (TO_QUALIFY,))
