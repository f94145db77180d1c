"""The four charts of an event (class, rating, staff, hour), for the debrief and the
dashboard alike: one definition, so the two always draw the same bars.

Callers count (the debrief in Python over every visit, the dashboard with GROUP BY
in SQLite) and hand the totals here. Hours are local and keyed by the instant the
local hour starts, so on the night clocks go back the repeated hour is two bars
("02h CEST", "02h CET"), each with its own visits, and the hour that does not exist
in spring is simply absent.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo

from showfloor.domain.questions import Rating, VisitorClass
from showfloor.domain.texts import QT_TRANSLATE_NOOP
from showfloor.services.catalog import translate

UNRATED = "unrated"
NO_STAFF = QT_TRANSLATE_NOOP("Debrief", "(no staff recorded)")  # a key; shown translated
HOUR_CAPTION = QT_TRANSLATE_NOOP("Debrief", "Every visit counts, returning visitors included.")
WEEKDAYS = (
    QT_TRANSLATE_NOOP("Debrief", "Mon"),
    QT_TRANSLATE_NOOP("Debrief", "Tue"),
    QT_TRANSLATE_NOOP("Debrief", "Wed"),
    QT_TRANSLATE_NOOP("Debrief", "Thu"),
    QT_TRANSLATE_NOOP("Debrief", "Fri"),
    QT_TRANSLATE_NOOP("Debrief", "Sat"),
    QT_TRANSLATE_NOOP("Debrief", "Sun"),
)
"""Short weekday names of the hour bars (the core cannot ask Qt's locale)."""


@dataclass(frozen=True)
class Count:
    key: str
    label: str
    value: int


@dataclass(frozen=True)
class Chart:
    """A bar chart's data; ``horizontal`` bars for categories, columns for hours."""

    title: str
    bars: tuple[Count, ...]
    horizontal: bool = True
    caption: str = ""


def local(moment: datetime, tz: tzinfo | None) -> datetime:
    """``moment`` on the clock of ``tz``; None is this computer's zone."""
    return moment.astimezone(tz) if tz is not None else moment.astimezone()


def zone_label(tz: tzinfo | None, sample: datetime | None = None) -> str:
    """'CET (UTC+01:00)', 'UTC+05:30', 'UTC': the clock hours are counted on, at ``sample``."""
    at = local(sample or datetime.now(UTC), tz)
    name = at.tzname() or ""
    offset = at.strftime("%z")
    pretty = f"UTC{offset[:3]}:{offset[3:]}" if offset and offset != "+0000" else "UTC"
    return pretty if name in ("", "UTC", pretty) else f"{name} ({pretty})"


def hour_title(tz: tzinfo | None, sample: datetime | None = None) -> str:
    """The hour chart's title, naming the clock (the dashboard's and the debrief's)."""
    return translate("Debrief", "Visits per hour ({zone})").format(zone=zone_label(tz, sample))


def class_chart(counts: Mapping[str, int]) -> Chart:
    """Leads per class, every class shown (a zero says nobody of that kind came)."""
    bars = tuple(
        Count(c.value, translate("VisitorClass", c.label), counts.get(c.value, 0))
        for c in VisitorClass
    )
    return Chart(translate("Debrief", "Leads per class"), bars)


def rating_chart(counts: Mapping[str, int]) -> Chart:
    """Leads per rating (keys: rating values, ``UNRATED``); unrated only when some are."""
    bars = [Count(r.value, translate("Rating", r.label), counts.get(r.value, 0)) for r in Rating]
    if counts.get(UNRATED):
        bars.append(Count(UNRATED, translate("Debrief", "Unrated"), counts[UNRATED]))
    return Chart(translate("Debrief", "Leads per rating"), tuple(bars))


def staff_chart(counts: Mapping[str, int]) -> Chart:
    """Visits per staff member (``NO_STAFF`` for visits with nobody recorded), most first."""
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].casefold()))
    bars = tuple(
        Count(k, translate("Debrief", NO_STAFF) if k == NO_STAFF else k, n) for k, n in ranked
    )
    return Chart(translate("Debrief", "Visits per staff member"), bars)


def hour_chart(moments: Mapping[datetime, int], tz: tzinfo | None, title: str) -> Chart:
    """Visits per local hour, the empty hours within each day included (quiet times count).

    Args:
        moments: how many visits at each aware instant (visit times, or UTC quarter
            hours: any real zone's offset is a whole number of quarter hours).
        tz: the clock to count in; None is this computer's.
    """
    hours: Counter[datetime] = Counter()
    for moment, n in moments.items():
        hours[_hour_start(moment, tz)] += n
    if not hours:
        return Chart(title, (), horizontal=False)
    by_day: dict[date, list[datetime]] = {}
    for start in sorted(hours):
        by_day.setdefault(local(start, tz).date(), []).append(start)
    bars: list[Count] = []
    for starts in by_day.values():
        # Step in UTC from the day's first hour to its last: a clock change inside the
        # day neither loops nor skips, and the repeated hour comes twice.
        day: list[datetime] = []
        hour = starts[0]
        while hour <= starts[-1]:
            day.append(local(hour, tz))
            hour += timedelta(hours=1)
        bars.extend(_hour_bars(day, hours, several_days=len(by_day) > 1))
    caption = translate("Debrief", HOUR_CAPTION)
    return Chart(title, tuple(bars), horizontal=False, caption=caption)


QUARTER = 900  # seconds


def quarter_hours(moments: Iterable[datetime]) -> Counter[datetime]:
    """How many of the aware ``moments`` fall in each UTC quarter hour (what
    ``hour_chart`` takes): 100,000 visit times become a few hundred instants to put
    on the local clock, instead of each being put there."""
    counts = Counter(int(moment.timestamp()) // QUARTER for moment in moments)
    return Counter({datetime.fromtimestamp(q * QUARTER, UTC): n for q, n in counts.items()})


def _hour_start(moment: datetime, tz: tzinfo | None) -> datetime:
    """The UTC instant at which ``moment``'s local hour began (the repeated hour's two
    occurrences differ here, while equal as local times of one zone)."""
    on_clock = local(moment, tz)
    return on_clock.replace(minute=0, second=0, microsecond=0).astimezone(UTC)


def _hour_bars(day: list[datetime], hours: Counter[datetime], several_days: bool) -> list[Count]:
    labels = [
        f"{translate('Debrief', WEEKDAYS[h.weekday()])} {h:%H}h" if several_days else f"{h:%H}h"
        for h in day
    ]
    repeated = {label for label in labels if labels.count(label) > 1}
    bars = []
    for hour, label in zip(day, labels, strict=True):
        if label in repeated:  # the hour clocks went back through: say which one
            label = f"{label} {hour.tzname() or hour.strftime('%z')}"
        bars.append(Count(hour.isoformat(), label, hours.get(hour.astimezone(UTC), 0)))
    return bars
