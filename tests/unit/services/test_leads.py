from datetime import UTC, datetime, timedelta

from showfloor.services.events import add_staff
from showfloor.services.leads import LeadFilter, count_leads, page_leads
from showfloor.store.database import Database

from helpers.builders import capture, make_event

T0 = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


def seed(db: Database) -> str:
    event_id = make_event(db)
    with db.session() as session:
        add_staff(session, "Anna")
        add_staff(session, "Ben")
    capture(
        db,
        "customer",
        first_name="Priya",
        last_name="Raman",
        company="Northwind",
        rating="hot",
        staff_name="Anna",
        at=T0,
        answers={"pain_1": "manual data entry"},
    )
    capture(
        db,
        "mentor",
        first_name="Graham",
        last_name="Bell",
        company="Acoustic",
        staff_name="Ben",
        at=T0 + timedelta(hours=1),
        note="budget frozen until spring",
    )
    capture(
        db,
        "kol",
        first_name="Zoë",
        last_name="Ångström",
        email="zoe@osf.example",
        rating="warm",
        staff_name="Anna",
        at=T0 + timedelta(days=1),
    )
    return event_id


def names(records: list) -> list[str]:  # type: ignore[type-arg]
    return [r.display_name for r in records]


def test_search_matches_names_company_email_notes_and_answers(db: Database) -> None:
    event_id = seed(db)
    with db.session() as session:

        def search(q: str) -> list[str]:
            return names(
                page_leads(session, LeadFilter(event_id, search=q), sort="name", descending=False)
            )

        assert search("pri") == ["Priya Raman"]  # prefix as you type
        assert search("acoustic") == ["Graham Bell"]
        assert search("osf") == ["Zoë Ångström"]
        assert search("frozen spring") == ["Graham Bell"]
        assert search("manual entry") == ["Priya Raman"]
        assert search("angstrom") == ["Zoë Ångström"]  # diacritics folded
        assert search('"AND OR *') == []  # FTS syntax in user input is inert
        assert search("nobody") == []


def test_filters_by_class_rating_staff_and_day(db: Database) -> None:
    event_id = seed(db)
    with db.session() as session:
        anna = add_staff(session, "Anna")

        def count(**kw: object) -> int:
            return count_leads(session, LeadFilter(event_id, **kw))  # type: ignore[arg-type]

        assert count() == 3
        assert count(visitor_class="mentor") == 1
        assert count(rating="hot") == 1
        assert count(staff_id=anna.id) == 2
        assert count(seen_from=T0, seen_until=T0 + timedelta(days=1)) == 2


def test_pages_are_sorted_and_do_not_overlap(db: Database) -> None:
    event_id = make_event(db)
    for i in range(25):
        capture(db, first_name=f"P{i:02d}", at=T0 + timedelta(minutes=i))
    with db.session() as session:
        flt = LeadFilter(event_id)
        pages = [page_leads(session, flt, offset=o, limit=10) for o in (0, 10, 20)]
    seen = [r.first_name for page in pages for r in page]
    assert seen == [f"P{i:02d}" for i in reversed(range(25))]
