"""Live counts of an event for the booth dashboard and the leads view's filters.

The debrief (services/report.py) draws the same four charts, but it reads every
visit with its answers to group what people said; the dashboard refreshes after
each capture, so here the counting is done by SQLite (GROUP BY) and only the
totals cross into Python. Both build their charts with services/charts.py, so the
dashboard and the debrief always agree (a test checks it).

Hours and days are local: visits are grouped by quarter hour in UTC in SQL (every
real time zone offset is a whole number of quarter hours), then each quarter is
moved to the local clock, which keeps half-hour zones and summer time right.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from sqlalchemy import Integer, cast, func, select
from sqlalchemy.orm import Session

from showfloor.services.charts import (
    NO_STAFF,
    UNRATED,
    Chart,
    class_chart,
    hour_chart,
    hour_title,
    local,
    rating_chart,
    staff_chart,
)
from showfloor.store.models import Lead, Staff, Visit

MAX_DAYS_PROBED = 31


@dataclass(frozen=True)
class EventStats:
    """What the dashboard shows: totals and the four charts."""

    leads: int
    visits: int
    returning: int
    by_class: Chart
    by_rating: Chart
    by_hour: Chart
    by_staff: Chart


def event_stats(session: Session, event_id: str, tz: tzinfo | None = None) -> EventStats:
    """Counts of one event; ``tz`` None means this computer's local time."""
    live = (Lead.event_id == event_id, Lead.deleted_at.is_(None))
    classes: Counter[str] = Counter()
    ratings: Counter[str] = Counter()
    leads = returning = 0
    rows = session.execute(
        select(
            Lead.visitor_class,
            Lead.rating,
            func.count(),
            func.sum(cast(Lead.visit_count > 1, Integer)),
        )
        .where(*live)
        .group_by(Lead.visitor_class, Lead.rating)
    )
    for cls, rating, n, back in rows:
        classes[cls] += n
        ratings[rating or UNRATED] += n
        leads += n
        returning += int(back or 0)
    staff = Counter(
        {
            name or NO_STAFF: n
            for name, n in session.execute(
                select(Staff.name, func.count())
                .select_from(Visit)
                .join(Lead, Lead.id == Visit.lead_id)
                .outerjoin(Staff, Staff.id == Visit.staff_id)
                .where(*live)
                .group_by(Staff.name)
            )
        }
    )
    quarters = _visit_quarters(session, event_id)
    return EventStats(
        leads=leads,
        visits=sum(quarters.values()),
        returning=returning,
        by_class=class_chart(classes),
        by_rating=rating_chart(ratings),
        by_hour=hour_chart(quarters, tz, hour_title(tz, min(quarters, default=None))),
        by_staff=staff_chart(staff),
    )


def visit_days(session: Session, event_id: str, tz: tzinfo | None = None) -> list[date]:
    """The local dates on which the event has visits, in order (the leads view's day filter).

    Cheap on a big event: a day on which some lead was last seen is found through the
    (event, last_seen) index without reading visits; only a day on which every
    visitor came back later needs a look at the visits.
    """
    live = (Lead.event_id == event_id, Lead.deleted_at.is_(None))
    first = session.scalar(select(func.min(Lead.first_seen_at)).where(*live))
    last = session.scalar(select(func.max(Lead.last_seen_at)).where(*live))
    if first is None or last is None:
        return []
    day, final = local(first, tz).date(), local(last, tz).date()
    if (final - day).days > MAX_DAYS_PROBED:  # a wrong clock somewhere: count them all
        return sorted({local(q, tz).date() for q in _visit_quarters(session, event_id)})
    days: list[date] = []
    while day <= final:
        start, end = day_bounds(day, tz)
        last_seen_then = select(Lead.id).where(
            *live, Lead.last_seen_at >= start, Lead.last_seen_at < end
        )
        came_back = (
            select(Visit.id)
            .join(Lead, Lead.id == Visit.lead_id)
            .where(*live, Lead.first_seen_at < end, Lead.last_seen_at >= end)
            .where(Visit.at >= start, Visit.at < end)
        )
        if (
            session.scalar(last_seen_then.limit(1)) is not None
            or session.scalar(came_back.limit(1)) is not None
        ):
            days.append(day)
        day += timedelta(days=1)
    return days


def day_bounds(day: date, tz: tzinfo | None = None) -> tuple[datetime, datetime]:
    """[start, end) of a local date, in UTC: what LeadFilter's seen_from/seen_until take."""
    start = _local_midnight(day, tz)
    end = _local_midnight(day + timedelta(days=1), tz)
    return start.astimezone(UTC), end.astimezone(UTC)


def _visit_quarters(session: Session, event_id: str) -> Counter[datetime]:
    """Visits per UTC quarter hour (aware datetimes), live leads of the event only."""
    live = (Lead.event_id == event_id, Lead.deleted_at.is_(None))
    if session.get_bind().dialect.name != "sqlite":
        times = session.scalars(select(Visit.at).join(Lead, Lead.id == Visit.lead_id).where(*live))
        return Counter(t.replace(minute=t.minute - t.minute % 15, second=0, microsecond=0)
                       for t in times)  # fmt: skip
    # Stored as naive UTC text 'YYYY-MM-DD HH:MM:SS[.ffffff]'.
    hour = func.substr(Visit.at, 1, 13)
    quarter = cast(func.substr(Visit.at, 15, 2), Integer) / 15
    rows = session.execute(
        select(hour, quarter, func.count())
        .select_from(Visit)
        .join(Lead, Lead.id == Visit.lead_id)
        .where(*live)
        .group_by(hour, quarter)
    )
    counts: Counter[datetime] = Counter()
    for hour_text, q, n in rows:
        start = datetime.strptime(hour_text, "%Y-%m-%d %H").replace(tzinfo=UTC)
        counts[start + timedelta(minutes=15 * int(q))] += n
    return counts


def _local_midnight(day: date, tz: tzinfo | None) -> datetime:
    naive = datetime.combine(day, time())
    return naive.replace(tzinfo=tz) if tz is not None else naive.astimezone()
