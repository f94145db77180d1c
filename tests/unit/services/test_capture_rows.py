"""A capture writes its rows through the driver (services/capture_rows.py): they must
be stored byte for byte as the ORM stores the same values, or every reader (the ORM,
the merge's row reader, exports through sqlite3) could see something else."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TypeVar

from sqlalchemy import inspect
from sqlalchemy.orm.attributes import flag_modified

from showfloor.domain.person import PersonFields
from showfloor.services.capture import CaptureRequest, CaptureService
from showfloor.services.consent import set_consent_text
from showfloor.store.database import Database
from showfloor.store.models import Lead, Visit

from helpers.builders import make_event

VCARD = (
    "BEGIN:VCARD\nVERSION:3.0\nN:Lovelace;Ada\nFN:Ada Lovelace\nORG:Engines\n"
    "EMAIL:ada@example.org\nTEL:+49 30 1234567\nUID:B-77\nEND:VCARD"
)


def _raw(path: Path, table: str, row_id: str) -> dict[str, tuple[object, str]]:
    """The stored values, as SQLite holds them (text, numbers, NULL)."""
    conn = sqlite3.connect(path)
    try:
        cursor = conn.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,))
        names = [d[0] for d in cursor.description]
        row = cursor.fetchone()
        types = conn.execute(
            f"SELECT {', '.join(f'typeof({k})' for k in names)} FROM {table} WHERE id = ?",
            (row_id,),
        ).fetchone()
    finally:
        conn.close()
    return {k: (row[i], types[i]) for i, k in enumerate(names)}


Row = TypeVar("Row", Lead, Visit)


def _rewritten_by_orm(db: Database, model: type[Row], row_id: str) -> None:
    """Load the row and have the ORM write every column back with its own value."""
    with db.session() as session:
        obj = session.get(model, row_id)
        assert obj is not None
        for attr in inspect(model).column_attrs:
            setattr(obj, attr.key, getattr(obj, attr.key))
            flag_modified(obj, attr.key)


def test_a_captured_lead_and_visit_are_stored_as_the_orm_stores_them(db: Database) -> None:
    make_event(db)
    with db.session() as session:
        set_consent_text(session, "You may contact me.")
    service = CaptureService(db, default_country="DE")
    first = service.capture(
        CaptureRequest(
            "kol",
            person=PersonFields(title="CTO", phone="030 7654321"),
            badge_payload=VCARD,
            rating="hot",
            note="wants a demo",
            answers={"topics": "keynote"},
            tags=["vip", "berlin"],
            staff_name="Anna",
            consent=True,
        )
    )
    again = service.capture(CaptureRequest("customer", badge_payload=VCARD, note="back"))
    assert again.lead.id == first.lead.id and again.visit == 2
    with db.session() as session:
        lead = session.get(Lead, first.lead.id)
        assert lead is not None
        visit_ids = [v.id for v in lead.visits]

    assert db.path is not None
    stored = {("leads", first.lead.id): _raw(db.path, "leads", first.lead.id)}
    stored |= {("visits", v): _raw(db.path, "visits", v) for v in visit_ids}
    _rewritten_by_orm(db, Lead, first.lead.id)
    for visit_id in visit_ids:
        _rewritten_by_orm(db, Visit, visit_id)
    # A capture leaves the merge's field stamps unset: NULL, as an ORM insert leaves a
    # column it is given no value for (writing None back through the ORM would make it
    # JSON 'null', so it is compared apart).
    assert stored[("leads", first.lead.id)].pop("field_times") == (None, "null")
    for (table, row_id), ours in stored.items():
        theirs = _raw(db.path, table, row_id)
        # updated_at is the ORM's own onupdate stamp; everything else must be identical
        for own in ("updated_at", "field_times"):
            ours.pop(own, None)
            theirs.pop(own, None)
        assert ours == theirs, table


def test_a_capture_finds_the_lead_by_badge_before_email_and_shows_what_is_stored(
    db: Database,
) -> None:
    make_event(db)
    service = CaptureService(db)
    by_badge = service.capture(CaptureRequest("mentor", badge_payload=VCARD)).lead
    other = service.capture(
        CaptureRequest("mentor", person=PersonFields(first_name="Bo", email="bo@example.org"))
    ).lead
    # the badge's email is another lead's address now: the badge id still wins
    vcard = VCARD.replace("ada@example.org", "bo@example.org")
    result = service.capture(CaptureRequest("customer", badge_payload=vcard))
    assert result.lead.id == by_badge.id != other.id
    assert (result.visit, result.is_new) == (2, False)
    assert result.lead.email == "bo@example.org"  # the newer non-empty value
    assert result.lead.visitor_class == "customer"
    assert result.lead.badge_id == "B-77"
