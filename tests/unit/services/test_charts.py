"""The event's charts, one definition for the debrief and the dashboard (issue 23):
right on the days clocks change."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from showfloor.services.charts import hour_chart
from showfloor.services.report import build_debrief
from showfloor.services.stats import event_stats
from showfloor.store.database import Database

from helpers.builders import capture, make_event

BERLIN = ZoneInfo("Europe/Berlin")


def bars(chart: object) -> list[tuple[str, int]]:
    return [(b.label, b.value) for b in chart.bars]  # type: ignore[attr-defined]


def test_the_night_clocks_go_back_counts_each_visit_once(db: Database) -> None:
    """25 Oct 2026 in Berlin: 03:00 summer time becomes 02:00 winter time, so the
    hour 02:00-03:00 happens twice. Four visits, one in each of four real hours."""
    event_id = make_event(db)
    for at in (
        datetime(2026, 10, 24, 23, 30, tzinfo=UTC),  # 01:30 CEST
        datetime(2026, 10, 25, 0, 15, tzinfo=UTC),  # 02:15 CEST
        datetime(2026, 10, 25, 1, 45, tzinfo=UTC),  # 02:45 CET, the second 02h
        datetime(2026, 10, 25, 2, 10, tzinfo=UTC),  # 03:10 CET
    ):
        capture(db, first_name="Night owl", at=at)
    expected = [("01h", 1), ("02h CEST", 1), ("02h CET", 1), ("03h", 1)]
    debrief = build_debrief(db, event_id, BERLIN)
    with db.session() as session:
        dashboard = event_stats(session, event_id, BERLIN)
    assert bars(debrief.by_hour) == expected
    assert bars(dashboard.by_hour) == expected
    assert len({b.key for b in dashboard.by_hour.bars}) == 4  # four different hours


def test_the_hour_that_does_not_exist_in_spring_is_no_bar() -> None:
    """29 Mar 2026 in Berlin: 02:00 winter time becomes 03:00 summer time."""
    chart = hour_chart(
        {
            datetime(2026, 3, 29, 0, 30, tzinfo=UTC): 1,  # 01:30 CET
            datetime(2026, 3, 29, 1, 30, tzinfo=UTC): 2,  # 03:30 CEST
        },
        BERLIN,
        "Visits per hour",
    )
    assert bars(chart) == [("01h", 1), ("03h", 2)]


def test_quarter_hours_and_visit_times_give_the_same_bars() -> None:
    """The dashboard hands UTC quarter hours, the debrief exact visit times."""
    times = [datetime(2026, 11, 22, 9, m, tzinfo=UTC) for m in (1, 14, 16, 59)]
    quarters = {datetime(2026, 11, 22, 9, 0, tzinfo=UTC): 2,
                datetime(2026, 11, 22, 9, 15, tzinfo=UTC): 1,
                datetime(2026, 11, 22, 9, 45, tzinfo=UTC): 1}  # fmt: skip
    india = ZoneInfo("Asia/Kolkata")  # +05:30: the local hour starts at :30 UTC
    exact = hour_chart(dict.fromkeys(times, 1), india, "t")
    assert exact == hour_chart(quarters, india, "t")
    assert bars(exact) == [("14h", 3), ("15h", 1)]
