"""Dates, times and numbers as the window's language writes them (QLocale).

Python's ``%a``/``%b`` and ``{:,}`` always write English ("Sun 22 Nov", "1,234");
the window writes "So. 22. Nov." and "1.234" in German. Times are shown in the
event's time zone (``set_zone``), so every laptop at the show and the debrief agree,
whatever zone a laptop's clock is set to.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

_zone: tzinfo | None = None  # None: this computer's zone


def set_zone(zone: tzinfo | None) -> None:
    """The zone every time in the window is shown in (the current event's)."""
    global _zone
    _zone = zone


def local(value: datetime) -> datetime:
    """``value`` in the event's zone (naive values are taken as UTC, as stored)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(_zone) if _zone is not None else value.astimezone()


def _qdatetime(value: datetime) -> QDateTime:
    return QDateTime(
        QDate(value.year, value.month, value.day), QTime(value.hour, value.minute, value.second)
    )


def _format(value: datetime, pattern: str) -> str:
    return QLocale().toString(_qdatetime(local(value)), pattern)


def clock(value: datetime) -> str:
    """'14:30' (or '2:30 PM' where the language writes it so)."""
    return QLocale().toString(QTime(local(value).hour, local(value).minute), _time_pattern())


def weekday_clock(value: datetime) -> str:
    """'Sun 14:30'."""
    return f"{_format(value, 'ddd')} {clock(value)}"


def day_clock(value: datetime) -> str:
    """'Sun 22 Nov 14:30' in the language's own order of day and month."""
    return f"{_format(value, _day_pattern())} {clock(value)}"


def full_day_clock(value: datetime) -> str:
    """'Sun 22 Nov 2026, 14:30'."""
    return f"{_format(value, _day_pattern() + ' yyyy')}, {clock(value)}"


def weekday_long_clock(value: datetime) -> str:
    """'Sunday 14:30'."""
    return f"{_format(value, 'dddd')} {clock(value)}"


def day(value: date) -> str:
    """'Sun 22 Nov' for a calendar day."""
    return QLocale().toString(QDate(value.year, value.month, value.day), _day_pattern())


def number(value: int) -> str:
    """'1,234' / '1.234' / '1 234' as the language groups digits."""
    return QLocale().toString(value)


def _time_pattern() -> str:
    # The short time format without seconds: "HH:mm", "h:mm AP"...
    return QLocale().timeFormat(QLocale.FormatType.ShortFormat).replace(":ss", "")


def _day_pattern() -> str:
    """Weekday, day and short month in the language's order ('ddd d MMM', 'ddd d. MMM')."""
    language = QLocale().language()
    return "ddd d. MMM" if language == QLocale.Language.German else "ddd d MMM"
