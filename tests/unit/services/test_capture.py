import sqlite3
from datetime import UTC, datetime

import pytest
from sqlalchemy import select, text

from showfloor.domain.errors import RefusedError
from showfloor.services.capture import CaptureService
from showfloor.services.consent import current_consent, set_consent_text
from showfloor.services.leads import get_lead
from showfloor.store.database import Database
from showfloor.store.models import Attendee, Lead, Visit

from helpers.builders import capture, make_event


def test_a_new_person_is_visit_one_and_on_disk_when_capture_returns(db: Database) -> None:
    make_event(db)
    result = capture(
        db,
        "mentor",
        first_name="Ada",
        last_name="Lovelace",
        answers={"barriers": "no budget"},
        staff_name="Anna",
    )
    assert (result.visit, result.is_new) == (1, True)
    # a second, independent connection sees the committed row
    with sqlite3.connect(db.path) as conn:  # type: ignore[arg-type]
        row = conn.execute("SELECT first_name, visit_count FROM leads").fetchone()
    assert tuple(row) == ("Ada", 1)
    assert result.lead.full_name == "Ada Lovelace"


def test_the_same_email_again_adds_a_visit_and_keeps_the_first(db: Database) -> None:
    make_event(db)
    first = capture(
        db,
        "mentor",
        first_name="Ada",
        email="Ada@Example.org",
        note="first talk",
        answers={"barriers": "no budget"},
    )
    second = capture(
        db,
        "mentor",
        first_name="Ada",
        email="ada@example.org ",
        note="second talk",
        answers={"pitch_gaps": "no references"},
    )
    assert second.lead.id == first.lead.id
    assert second.visit == 2 and not second.is_new
    with db.session() as session:
        lead = get_lead(session, first.lead.id)
    assert [v.notes for v in lead.history] == ["first talk", "second talk"]
    assert lead.history[0].answers == {"barriers": "no budget"}
    assert lead.history[1].answers == {"pitch_gaps": "no references"}
    assert lead.visits == 2


def test_the_same_badge_id_matches_before_the_email(db: Database) -> None:
    make_event(db)
    a = capture(db, "customer", badge="X7K2-9QPL", first_name="Mei", email="mei@a.example")
    b = capture(db, "customer", badge="X7K2-9QPL", email="other@b.example")
    assert a.lead.id == b.lead.id and b.visit == 2


def test_people_are_matched_within_the_event_only(db: Database) -> None:
    make_event(db, "Fair A")
    a = capture(db, first_name="Ada", email="ada@example.org")
    make_event(db, "Fair B")
    b = capture(db, first_name="Ada", email="ada@example.org")
    assert a.lead.id != b.lead.id and b.visit == 1


def test_typed_fields_override_the_badge(db: Database) -> None:
    make_event(db)
    vcard = "BEGIN:VCARD\nVERSION:3.0\nN:Doe;Jane\nFN:Jane Doe\nORG:Example U\nEND:VCARD"
    result = capture(db, "customer", badge=vcard, company="Example University")
    assert result.lead.first_name == "Jane" and result.lead.company == "Example University"
    assert result.lead.badge_format == "vcard"


def test_an_id_badge_resolves_through_the_attendee_list(db: Database) -> None:
    event_id = make_event(db)
    with db.session() as session:
        session.add(
            Attendee(
                event_id=event_id,
                badge_id="A-1",
                ticket_code="TK-9",
                first_name="Priya",
                last_name="Raman",
                email="priya@n.example",
            )
        )
    result = capture(db, "customer", badge="TK-9")
    assert result.lead.first_name == "Priya" and result.source == "attendee_list"


def test_an_unknown_id_badge_is_kept_for_staff_to_complete(db: Database) -> None:
    make_event(db)
    result = capture(db, "mentor", badge="ZZ-404-UNKNOWN")
    assert result.lead.badge_id == "ZZ-404-UNKNOWN" and result.lead.first_name is None
    assert result.lead.display_name == "Badge ZZ-404-UNKNOWN"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"visitor_class": "nope", "first_name": "A"}, "Unknown visitor class"),
        ({"first_name": "A", "answers": {"pain_1": "x"}}, "not a question for a mentor"),
        ({"first_name": "A", "email": "not-an-email"}, "not an email address"),
        ({"first_name": "A" * 500}, "First name is too long"),
        ({"first_name": "A", "note": "x" * 20_000}, "The note is too long"),
        ({}, "Scan a badge or type at least a name"),
        ({"badge": "WIFI:S:booth;T:WPA;P:secret;;"}, "Wi-Fi"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(
    db: Database, kwargs: dict[str, object], message: str
) -> None:
    make_event(db)
    kwargs = dict(kwargs)
    visitor_class = str(kwargs.pop("visitor_class", "mentor"))
    with pytest.raises(RefusedError, match=message):
        capture(db, visitor_class, **kwargs)
    with db.session() as session:
        assert session.scalars(select(Lead)).all() == []
        assert session.scalars(select(Visit)).all() == []


def test_consent_records_the_time_and_the_text_version(db: Database) -> None:
    make_event(db)
    with db.session() as session:
        assert current_consent(session)[0] == 1
        set_consent_text(session, "New wording v2")
    at = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)
    result = capture(db, first_name="Ada", consent=True, at=at)
    with db.session() as session:
        lead = session.get(Lead, result.lead.id)
        assert lead is not None
        assert (lead.consent, lead.consent_at, lead.consent_text_version) == (True, at, 2)


def test_a_capture_without_any_event_creates_one_instead_of_losing_the_lead(
    db: Database,
) -> None:
    result = capture(db, first_name="Ada")
    assert result.visit == 1


def test_preview_recognises_a_repeat_visitor_without_writing(db: Database) -> None:
    make_event(db)
    service = CaptureService(db)
    first = capture(db, "mentor", badge="X7K2-9QPL", first_name="Mei", staff_name="Anna")
    preview = service.preview_scan("X7K2-9QPL")
    assert preview.known is not None and preview.known.id == first.lead.id
    assert preview.next_visit == 2
    assert preview.known.history[0].staff == "Anna"
    assert service.preview_scan("NEW-1234").known is None
    with db.session() as session:
        assert len(session.scalars(select(Visit)).all()) == 1


def test_undo_removes_only_the_latest_visit(db: Database) -> None:
    make_event(db)
    service = CaptureService(db)
    one = capture(db, first_name="Ada", email="ada@example.org", note="first")
    two = capture(db, first_name="Ada", email="ada@example.org", note="second")
    with pytest.raises(RefusedError, match="latest"):
        service.undo(one.lead.id, 1)
    service.undo(two.lead.id, 2)
    with db.session() as session:
        lead = get_lead(session, one.lead.id)
    assert [v.notes for v in lead.history] == ["first"] and lead.visits == 1
    service.undo(one.lead.id, 1)
    with db.session() as session:
        stored = session.get(Lead, one.lead.id)
        assert stored is not None and stored.deleted_at is not None


def _many_visits(db: Database, lead_id: str, count: int) -> None:
    """Earlier visits of one lead written straight into the file (as a merge would)."""
    with sqlite3.connect(db.path) as conn:  # type: ignore[arg-type]
        conn.executemany(
            "INSERT INTO visits (id, lead_id, number, at, visitor_class, answers, created_at)"
            " VALUES (?, ?, ?, '2026-11-20 10:00:00.000000', 'mentor', '{}',"
            " '2026-11-20 10:00:00.000000')",
            [(f"v-{n:07d}", lead_id, n) for n in range(2, count + 2)],
        )
        conn.execute(
            "UPDATE leads SET visit_count = visit_count + ? WHERE id = ?", (count, lead_id)
        )


def test_a_repeat_capture_never_reads_the_leads_earlier_visits(db: Database) -> None:
    """Issue 19: a lead with a million visits made one repeat capture take 45 s. The
    capture reads no visit of the lead, yet its counts and search text are complete."""
    from sqlalchemy import event

    from showfloor.services.search_index import search_body

    make_event(db)
    first = capture(db, "mentor", first_name="Ada", email="ada@example.org", note="first")
    _many_visits(db, first.lead.id, 3000)
    statements: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(" ".join(statement.split()))

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        again = capture(
            db, "mentor", email="ada@example.org", company="Analytical", note="pilot in May"
        )
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    assert again.visit == 3002 and again.lead.visits == 3002
    reads = [s for s in statements if s.startswith("SELECT") and "FROM visits" in s]
    assert all("max(visits.number)" in s for s in reads), reads  # only the next number
    with db.session() as session:
        lead = session.get(Lead, first.lead.id)
        assert lead is not None
        fields = {
            f: getattr(lead, f)
            for f in ("first_name", "last_name", "full_name", "company", "title", "email", "tags")
        }
        expected = search_body(fields, [(v.notes, v.answers) for v in lead.visits])
        body = session.execute(
            text("SELECT body FROM lead_search WHERE rowid = :k"), {"k": lead.search_key}
        ).scalar()
        assert body == expected and body.endswith("first pilot in May")
        assert (lead.visit_count, lead.deleted_at) == (3002, None)
