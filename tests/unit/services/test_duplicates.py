"""Possible duplicates and "Combine these two leads" (issue 22)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from showfloor.domain.person import PersonFields
from showfloor.services.combine_leads import combine_leads
from showfloor.services.duplicates import company_key, possible_duplicates
from showfloor.services.sync.files import create_bundle, merge_bundle
from showfloor.store.database import Database
from showfloor.store.models import Lead, LeadAlias, Visit

from helpers.builders import OpenDb, capture, make_event


def hints(db: Database, event_id: str, **person: str) -> list[tuple[str, str]]:
    with db.session() as session:
        found = possible_duplicates(session, event_id, PersonFields(**person))
    return [(p.who, p.reason) for p in found]


def test_a_misspelt_name_at_the_same_company_is_a_possible_duplicate(db: Database) -> None:
    event_id = make_event(db)
    capture(db, first_name="John", last_name="Smith", company="ACME Corp")
    capture(db, first_name="John", last_name="Smithers", company="Globex")
    capture(db, first_name="Joan", last_name="Smith", company="Initech")
    assert hints(db, event_id, first_name="Jon", last_name="Smith", company="Acme") == [
        ("John Smith (ACME Corp)", "similar name, same company")
    ]
    assert hints(db, event_id, first_name="Jon", last_name="Smith", company="Umbrella") == []
    # typed twice, no email, no company the second time
    assert hints(db, event_id, first_name="John", last_name="Smith") == [
        ("John Smith (ACME Corp)", "same name")
    ]


def test_the_same_phone_is_a_possible_duplicate(db: Database) -> None:
    event_id = make_event(db)
    capture(db, first_name="Mei", last_name="Tanaka", phone="+4930123456")
    found = hints(db, event_id, first_name="M.", last_name="T", phone="+4930123456")
    assert found == [("Mei Tanaka", "same phone +4930123456")]


def test_two_different_emails_are_two_people(db: Database) -> None:
    event_id = make_event(db)
    capture(db, first_name="Ana", last_name="Silva", company="Iberia", email="ana@iberia.example")
    assert hints(
        db, event_id, first_name="Ana", last_name="Silva", company="Iberia",
        email="ana.silva@other.example",
    ) == []  # fmt: skip


def test_company_key_ignores_legal_forms_and_case() -> None:
    assert company_key("ACME Corp.") == company_key("Acme") == "acme"
    assert company_key("Weber & Söhne GmbH") == "weber sohne"


def test_combining_keeps_every_visit_and_travels_to_other_laptops(
    db: Database, paths: object, tmp_path: Path, open_db: OpenDb
) -> None:
    event_id = make_event(db)
    a = capture(db, "customer", first_name="Jon", last_name="Smith", company="Acme", note="first")
    b = capture(
        db, "customer", first_name="John", last_name="Smith", company="ACME Corp",
        email="john@acme.example", note="second",
    )  # fmt: skip
    bundle = tmp_path / "before.sfb"
    create_bundle(db, bundle)  # another laptop got both leads before the combine
    other = open_db(tmp_path / "other" / "showfloor.db")
    merge_bundle(other, bundle, trust=True)  # a laptop set up on its own: trusted once

    assert db.path is not None  # a database on disk: combining backs it up first
    result = combine_leads(
        db, db.path, [tmp_path / "backups"], a.lead.id, b.lead.id
    )
    assert result.backup_id
    assert result.lead.visits == 2
    assert {v.notes for v in result.lead.history} == {"first", "second"}
    assert result.lead.email == "john@acme.example"
    with db.session() as session:
        live = session.scalars(
            select(Lead).where(Lead.event_id == event_id, Lead.deleted_at.is_(None))
        ).all()
        assert [lead.id for lead in live] == [result.lead.id]

    after = tmp_path / "after.sfb"
    create_bundle(db, after)
    merge_bundle(other, after, trust=True)
    with other.session() as session:
        leads = session.scalars(select(Lead).where(Lead.deleted_at.is_(None))).all()
        assert [lead.id for lead in leads] == [result.lead.id]
        assert len(session.scalars(select(Visit)).all()) == 2
        assert session.scalars(select(LeadAlias.lead_id)).all() == [result.lead.id]
