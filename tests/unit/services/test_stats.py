"""Live dashboard counts: the same numbers as the debrief, computed by SQLite."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from showfloor.services.demo import create_demo
from showfloor.services.lead_edit import delete_lead
from showfloor.services.report import build_debrief
from showfloor.services.stats import day_bounds, event_stats, visit_days
from showfloor.store.database import Database

from helpers.builders import capture, make_event

T0 = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


def bars(chart: object) -> list[tuple[str, int]]:
    return [(b.label, b.value) for b in chart.bars]  # type: ignore[attr-defined]


def test_demo_counts(db: Database) -> None:
    event_id, _ = create_demo(db)
    with db.session() as session:
        stats = event_stats(session, event_id, UTC)
    assert (stats.leads, stats.visits, stats.returning) == (10, 13, 3)
    assert bars(stats.by_class) == [("Customer", 4), ("Mentor", 4), ("Key opinion leader", 2)]
    assert bars(stats.by_rating) == [("Hot", 3), ("Warm", 4), ("Cold", 2), ("Unrated", 1)]
    assert bars(stats.by_staff) == [("Chloé Martin", 5), ("Anna Berg", 4), ("Ben Okafor", 4)]
    assert bars(stats.by_hour) == [
        ("09h", 2), ("10h", 2), ("11h", 2), ("12h", 2), ("13h", 2), ("14h", 1), ("15h", 2)
    ]  # fmt: skip  (demo.VISITS: minutes after 09:00 UTC)


def test_same_charts_as_the_debrief(db: Database) -> None:
    event_id, _ = create_demo(db)
    capture(db, "mentor", first_name="Nobody on duty", at=T0 + timedelta(days=1))
    tz = ZoneInfo("America/New_York")
    debrief = build_debrief(db, event_id, tz)
    with db.session() as session:
        stats = event_stats(session, event_id, tz)
    for ours, theirs in (
        (stats.by_class, debrief.by_class),
        (stats.by_rating, debrief.by_rating),
        (stats.by_staff, debrief.by_staff),
        (stats.by_hour, debrief.by_hour),
    ):
        assert ours.bars == theirs.bars
    assert (stats.leads, stats.visits, stats.returning) == (
        debrief.leads, debrief.visits, debrief.returning
    )


def test_hours_and_days_are_local(db: Database) -> None:
    event_id = make_event(db)
    capture(db, first_name="Early", at=datetime(2026, 11, 22, 18, 40, tzinfo=UTC))
    capture(db, first_name="Late", at=datetime(2026, 11, 22, 19, 10, tzinfo=UTC))
    india = timezone(timedelta(hours=5, minutes=30))
    with db.session() as session:
        # 00:10 and 00:40 in India: one hour, the next day.
        assert visit_days(session, event_id, india) == [date(2026, 11, 23)]
        assert bars(event_stats(session, event_id, india).by_hour) == [("00h", 2)]
        assert visit_days(session, event_id, UTC) == [date(2026, 11, 22)]
        assert bars(event_stats(session, event_id, UTC).by_hour) == [("18h", 1), ("19h", 1)]


def test_several_days_name_the_day_and_keep_quiet_hours(db: Database) -> None:
    event_id = make_event(db)
    for at in (T0, T0 + timedelta(hours=2), T0 + timedelta(days=1)):
        capture(db, first_name="X", at=at)
    with db.session() as session:
        stats = event_stats(session, event_id, UTC)
    assert bars(stats.by_hour) == [("Sun 09h", 1), ("Sun 10h", 0), ("Sun 11h", 1), ("Mon 09h", 1)]


def test_visit_days_include_a_day_when_everyone_came_back_later(db: Database) -> None:
    event_id = make_event(db)
    for day in (0, 2):  # both visitors come back on day 2: nobody is last seen on day 0
        capture(db, email="ada@example.org", at=T0 + timedelta(days=day))
        capture(db, email="alan@example.org", at=T0 + timedelta(days=day, hours=1))
    capture(db, email="grace@example.org", at=T0 + timedelta(days=5))
    with db.session() as session:
        assert visit_days(session, event_id, UTC) == [
            date(2026, 11, 22), date(2026, 11, 24), date(2026, 11, 27)
        ]  # fmt: skip
        # the same days as counting every visit
        assert visit_days(session, event_id, UTC) == sorted(
            {h.date() for h in (datetime.fromisoformat(b.key) for b in
                                event_stats(session, event_id, UTC).by_hour.bars)}
        )  # fmt: skip


def test_day_bounds_follow_summer_time() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    start, end = day_bounds(date(2026, 3, 29), berlin)  # clocks go forward: a 23-hour day
    assert (start, end - start) == (datetime(2026, 3, 28, 23, 0, tzinfo=UTC), timedelta(hours=23))


def test_deleted_leads_and_other_events_do_not_count(db: Database) -> None:
    make_event(db, "Other fair")
    capture(db, first_name="Elsewhere", staff_name="Zed")
    event_id = make_event(db)
    kept = capture(db, "kol", first_name="Kept", staff_name="Anna", rating="hot")
    gone = capture(db, "mentor", first_name="Gone", staff_name="Ben")
    with db.session() as session:
        delete_lead(session, gone.lead.id)
    with db.session() as session:
        stats = event_stats(session, event_id, UTC)
        assert (stats.leads, stats.visits) == (1, 1)
        assert bars(stats.by_staff) == [("Anna", 1)]
    assert kept.lead.visitor_class == "kol"


def test_an_empty_event(db: Database) -> None:
    event_id = make_event(db)
    with db.session() as session:
        stats = event_stats(session, event_id)
        assert (stats.leads, stats.visits, stats.by_hour.bars) == (0, 0, ())
        assert visit_days(session, event_id) == []
