"""Merging bundles: nothing lost, nothing doubled, the same in any order."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from showfloor.services.events import require_current_event
from showfloor.services.leads import LeadFilter, count_leads
from showfloor.store.database import Database
from showfloor.store.models import Lead, LeadAlias, Tombstone, Visit

from .conftest import MakeDir
from .laptops import capture, edit, erase, lead_ids, merge_from, merge_in_orders, state


def _three(make_dir: MakeDir) -> tuple[Database, Database, Database]:
    a, b, c = make_dir("a"), make_dir("b"), make_dir("c")
    capture(a, 0, "pains: export")
    capture(a, 1)
    capture(b, 0, "came back")  # Ada on a second laptop: a different UUID
    capture(b, 2)
    capture(c, 3)
    capture(c, 1, "grace again")
    return a, b, c


def test_three_laptops_merged_in_any_order_agree(make_dir: MakeDir, tmp_path: Path) -> None:
    a, b, c = _three(make_dir)
    first = merge_from(a, b, tmp_path)
    merge_from(a, c, tmp_path)
    merge_from(c, b, tmp_path)
    merge_from(c, a, tmp_path)
    target = make_dir("t")
    for source in (c, b, a):
        merge_from(target, source, tmp_path)
    assert state(a) == state(c) == state(target)
    assert first.merged_duplicates == 1 and first.new_visits == 2
    leads, visits = state(a)
    assert len(leads) == 4 and len(visits) == 6


def test_merging_again_changes_nothing(make_dir: MakeDir, tmp_path: Path) -> None:
    a, b, _c = _three(make_dir)
    merge_from(a, b, tmp_path)
    before = state(a)
    again = merge_from(a, b, tmp_path)
    assert state(a) == before
    assert (again.new_leads, again.new_visits, again.merged_duplicates) == (0, 0, 0)
    assert again.conflicts_resolved == 0


def test_duplicate_person_keeps_both_visits_renumbered_by_time(
    make_dir: MakeDir, tmp_path: Path
) -> None:
    a, b = make_dir("a"), make_dir("b")
    first = capture(a, 0, "first talk")
    second = capture(b, 0, "second talk")
    merge_from(a, b, tmp_path)
    with a.session() as session:
        lead = session.scalars(select(Lead)).one()
        assert lead.id == min(first, second)
        assert [(v.number, v.notes) for v in lead.visits] == [(1, "first talk"), (2, "second talk")]
        assert lead.first_seen_at is not None and lead.last_seen_at is not None
        assert lead.visit_count == 2 and lead.first_seen_at < lead.last_seen_at
        alias = session.scalars(select(LeadAlias)).one()
        assert (alias.alias_id, alias.lead_id) == (max(first, second), lead.id)


def test_both_laptops_wrote_visit_two(make_dir: MakeDir, tmp_path: Path) -> None:
    a, b = make_dir("a"), make_dir("b")
    capture(a, 2, "one")
    merge_from(b, a, tmp_path)
    capture(a, 2, "two on a")
    capture(b, 2, "two on b")
    merge_from(a, b, tmp_path)
    merge_from(b, a, tmp_path)
    assert state(a) == state(b)
    with a.session() as session:
        visits = session.scalars(select(Visit).order_by(Visit.number)).all()
        numbered = [(v.number, v.notes) for v in visits]
        assert numbered == [(1, "one"), (2, "two on a"), (3, "two on b")]


def test_field_edits_on_two_laptops_both_survive(make_dir: MakeDir, tmp_path: Path) -> None:
    a, b = make_dir("a"), make_dir("b")
    lead_id = capture(a, 1)
    merge_from(b, a, tmp_path)
    edit(a, lead_id, company="Acme")
    edit(b, lead_id, phone="+44 20 7946 0000")
    edit(b, lead_id, company="Globex")  # newer than a's edit: wins
    summary = merge_from(a, b, tmp_path)
    merge_from(b, a, tmp_path)
    assert state(a) == state(b)
    with a.session() as session:
        lead = session.get(Lead, lead_id)
        assert lead is not None and (lead.company, lead.phone) == ("Globex", "+44 20 7946 0000")
    assert summary.conflicts_resolved >= 1


def test_a_tombstoned_lead_stays_gone_everywhere(make_dir: MakeDir, tmp_path: Path) -> None:
    a, b = make_dir("a"), make_dir("b")
    lead_id = capture(a, 3)
    merge_from(b, a, tmp_path)
    erase(a, lead_id)
    capture(b, 3, "b still has a visit")  # a new visit of the erased lead on b
    merge_from(a, b, tmp_path)
    merge_from(b, a, tmp_path)
    assert lead_id not in lead_ids(a) and lead_id not in lead_ids(b)
    assert state(a) == state(b)


def test_merged_leads_are_found_by_search(make_dir: MakeDir, tmp_path: Path) -> None:
    a, b = make_dir("a"), make_dir("b")
    capture(b, 2, "wants quantum widgets")
    merge_from(a, b, tmp_path)
    with a.session() as session:
        event_id = require_current_event(session).id
        assert count_leads(session, LeadFilter(event_id, search="quantum")) == 1
        assert count_leads(session, LeadFilter(event_id, search="alan")) == 1


def test_soft_delete_travels_and_restore_wins_when_newer(make_dir: MakeDir, tmp_path: Path) -> None:
    from showfloor.services.lead_edit import delete_lead, restore_lead

    a, b = make_dir("a"), make_dir("b")
    lead_id = capture(a, 1)
    merge_from(b, a, tmp_path)
    with a.session() as session:
        delete_lead(session, lead_id)
    merge_from(b, a, tmp_path)
    with b.session() as session:
        assert session.get(Lead, lead_id).deleted_at is not None  # type: ignore[union-attr]
        restore_lead(session, lead_id)
    merge_from(a, b, tmp_path)
    with a.session() as session:
        assert session.get(Lead, lead_id).deleted_at is None  # type: ignore[union-attr]


def test_an_erased_person_captured_elsewhere_goes_in_any_order(
    make_dir: MakeDir, tmp_path: Path
) -> None:
    """Found by the property test: joining first, then erasing, kept nothing, while
    erasing first kept the other laptop's lead. Now the person goes either way."""
    a, b, c = make_dir("a"), make_dir("b"), make_dir("c")
    ada = capture(a, 0, "first talk")
    merge_from(b, a, tmp_path)  # b has Ada under a's id
    erase(a, ada)  # Ada asks a to erase her
    capture(c, 0, "talked to c")  # c met Ada too: another id, same badge and email
    capture(c, 1, "grace on c")
    results = []
    for target in merge_in_orders(make_dir, tmp_path, ((a, b, c), (b, c, a), (c, b, a))):
        results.append(state(target))
        with target.session() as session:
            assert [lead.email for lead in session.scalars(select(Lead))] == ["grace@example.org"]
            tombstones = [t.entity_id for t in session.scalars(select(Tombstone))]
            # no readable data (a random hex id may well contain "ada" itself)
            assert not any("ada@" in t or "B-1" in t for t in tombstones)
    assert results[0] == results[1] == results[2]


def test_an_erased_person_leaves_every_laptops_attendee_list(
    make_dir: MakeDir, tmp_path: Path
) -> None:
    """Each laptop imported the organiser's list itself (its own row ids)."""
    from showfloor.services.attendees import import_attendees
    from showfloor.store.models import Attendee

    csv = tmp_path / "list.csv"
    csv.write_text(
        "First Name,Last Name,Email,Badge ID\n"
        "Ada,Lovelace,ada@example.org,B-1\n"
        "Grace,Hopper,grace@example.org,B-2\n"
    )
    a, b = make_dir("a"), make_dir("b")
    for db in (a, b):
        with db.session() as session:
            event_id = require_current_event(session).id
        import_attendees(db, event_id, csv)
    erase(a, capture(a, 0))
    merge_from(b, a, tmp_path)
    merge_from(a, b, tmp_path)
    for db in (a, b):
        with db.session() as session:
            assert [x.email for x in session.scalars(select(Attendee))] == ["grace@example.org"]


def test_an_email_fixed_elsewhere_and_an_erasure_agree_in_any_order(
    make_dir: MakeDir, tmp_path: Path
) -> None:
    """Found in review: a copy carrying the erased person's mistyped email was
    tombstoned, so the corrected lead never came back in one of the orders."""
    a, b, c = make_dir("a"), make_dir("b"), make_dir("c")
    grace = capture(b, 1, "grace talk")
    edit(b, grace, email="ada@example.org")  # typed Ada's address by mistake
    merge_from(c, b, tmp_path)  # c got the mistyped version
    edit(b, grace, email="grace@example.org")  # corrected on b
    erase(a, capture(a, 0, "ada talk"))  # Ada asks to be erased
    results = []
    for target in merge_in_orders(make_dir, tmp_path, ((b, c, a), (c, a, b), (a, c, b))):
        results.append(state(target))
        assert lead_ids(target) == [grace]
    assert results[0] == results[1] == results[2]


def test_erased_people_are_not_captured_again_at_that_event_but_are_at_the_next(
    make_dir: MakeDir, tmp_path: Path
) -> None:
    """Found in review: a re-capture was quietly removed by the next merge."""
    import pytest

    from showfloor.domain.errors import RefusedError
    from showfloor.services.events import create_event

    a, b = make_dir("a"), make_dir("b")
    erase(a, capture(a, 0, "ada talk"))
    with pytest.raises(RefusedError, match="asked on .* to be erased from this event"):
        capture(a, 0, "ada again")
    capture(b, 0, "b never heard of the erasure")
    summary = merge_from(a, b, tmp_path)  # b's copy goes, and the summary says so
    assert summary.removed == 1 and summary.new_leads == 0 and lead_ids(a) == []
    with a.session() as session:
        create_event(session, "Next year")  # becomes the current event
    again = capture(a, 0, "next year")
    merge_from(b, a, tmp_path)
    merge_from(a, b, tmp_path)
    assert again in lead_ids(a) and again in lead_ids(b)


def test_joining_two_of_our_own_leads_is_no_new_lead(make_dir: MakeDir, tmp_path: Path) -> None:
    a, b = make_dir("a"), make_dir("b")
    capture(a, 0)
    grace = capture(a, 1)
    merge_from(b, a, tmp_path)
    edit(b, grace, email="ada@example.org")  # now the same person as Ada
    summary = merge_from(a, b, tmp_path)
    assert (summary.new_leads, summary.merged_duplicates) == (0, 1)


def test_a_website_read_from_a_card_travels_to_the_other_laptop(
    make_dir: MakeDir, tmp_path: Path
) -> None:
    a, b = make_dir("a"), make_dir("b")
    lead_id = capture(a, 1)
    merge_from(b, a, tmp_path)
    edit(a, lead_id, website="www.acme.de")
    merge_from(b, a, tmp_path)
    with b.session() as session:
        lead = session.get(Lead, lead_id)
        assert lead is not None and lead.website == "www.acme.de"
    assert state(a) == state(b)
