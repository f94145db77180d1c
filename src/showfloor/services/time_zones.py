"""The show's clock: each event's time zone, and reading zone names people type.

An event keeps an IANA zone name ("Europe/Berlin"), set to the laptop's when the
event is created, so the dashboard, the leads list and the debrief all count
hours on the show's clock, on every laptop, whatever zone a laptop is set to. An
event without one (made by an older version) is shown in the laptop's zone.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, tzinfo
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from sqlalchemy.orm import Session

from showfloor.domain.errors import RefusedError
from showfloor.store.models import Event

log = logging.getLogger(__name__)


def laptop_zone_name() -> str | None:
    """This computer's zone as an IANA name, or None when it cannot be told."""
    try:
        import tzlocal

        name = tzlocal.get_localzone_name()
    except Exception:  # noqa: BLE001  an odd system setting must not stop event creation
        log.warning("could not tell this computer's time zone", exc_info=True)
        return None
    return name if name and _known(name) else None


def zone_named(name: str | None) -> tzinfo:
    """The named zone, UTC, or this computer's zone when no name is given.

    Raises:
        RefusedError: a name that is no time zone.
    """
    if name is None or not name.strip():
        return datetime.now().astimezone().tzinfo or UTC
    if name.strip().upper() in ("UTC", "Z"):
        return UTC
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise RefusedError(
            f"Unknown time zone '{name}'; use a name such as Europe/Berlin, or UTC."
        ) from None


def local_zone() -> tzinfo:
    """This computer's zone (its current offset when it has no name)."""
    return datetime.now().astimezone().tzinfo or UTC


def clean_zone_name(name: str | None) -> str | None:
    """A zone name to store: checked, "" and None for the laptop's zone."""
    if name is None or not name.strip():
        return None
    zone_named(name)  # refuses a name that is no zone
    return "UTC" if name.strip().upper() in ("UTC", "Z") else name.strip()


def event_zone(session: Session, event_id: str) -> tzinfo | None:
    """The event's zone; None (this computer's) when it has none or it is unreadable."""
    event = session.get(Event, event_id)
    if event is None or not event.time_zone:
        return None
    try:
        return zone_named(event.time_zone)
    except RefusedError:  # a zone this system's database does not know
        log.warning("unknown time zone %r of event %s", event.time_zone, event_id)
        return None


def event_zone_name(session: Session, event_id: str) -> str | None:
    """The zone name the event keeps (None: the laptop's)."""
    event = session.get(Event, event_id)
    return event.time_zone if event is not None else None


def set_event_zone(session: Session, event_id: str, name: str | None) -> None:
    """Set (or, with ""/None, clear) the event's zone.

    Raises:
        RefusedError: no such event, or a name that is no time zone.
    """
    event = session.get(Event, event_id)
    if event is None:
        raise RefusedError("That event no longer exists.")
    event.time_zone = clean_zone_name(name)


@cache
def zone_names() -> tuple[str, ...]:
    """Every zone this system knows, sorted (what a time zone field offers)."""
    return tuple(sorted(available_timezones() - {"localtime"}))


def _known(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True
