"""Events, staff and this device: the context every capture happens in."""

from __future__ import annotations

import platform
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, bindparam, func, select
from sqlalchemy.orm import Session

from showfloor.domain.errors import RefusedError
from showfloor.domain.validation import MAX_FIELD, MAX_NAME, check_email, check_length, clean_text
from showfloor.services.time_zones import clean_zone_name, laptop_zone_name
from showfloor.store.models import Device, Event, EventAlias, Lead, Staff
from showfloor.store.prepared import Prepared
from showfloor.store.settings import (
    CURRENT_EVENT,
    CURRENT_STAFF,
    THIS_DEVICE,
    get_setting,
    set_setting,
)


@dataclass(frozen=True)
class EventInfo:
    id: str
    name: str
    starts_on: str | None
    ends_on: str | None
    venue: str | None
    current: bool
    leads: int

    def to_json_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "starts": self.starts_on,
            "ends": self.ends_on,
            "venue": self.venue,
            "current": self.current,
            "leads": self.leads,
        }


def _check_date(label: str, value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise RefusedError(f"{label} '{value}' is not a date; write it as YYYY-MM-DD.") from None


def create_event(
    session: Session,
    name: str,
    starts: str | None = None,
    ends: str | None = None,
    venue: str | None = None,
    time_zone: str | None = None,
) -> Event:
    """Create an event and make it the current one.

    ``time_zone``: the show's clock (IANA name); by default this laptop's.
    """
    clean = clean_text(name)
    if clean is None:
        raise RefusedError("An event needs a name.")
    check_length("The event name", clean, MAX_NAME)
    starts_on, ends_on = _check_date("Start date", starts), _check_date("End date", ends)
    if starts_on and ends_on and ends_on < starts_on:
        raise RefusedError(f"The event ends ({ends_on}) before it starts ({starts_on}).")
    zone = clean_zone_name(time_zone) or laptop_zone_name()
    event = Event(
        name=clean, starts_on=starts_on, ends_on=ends_on, venue=clean_text(venue), time_zone=zone
    )
    session.add(event)
    session.flush()
    set_setting(session, CURRENT_EVENT, event.id)
    return event


def has_events(session: Session) -> bool:
    """Whether any event exists (without counting anyone's leads)."""
    return session.execute(select(Event.id).limit(1)).first() is not None


def list_events(session: Session) -> list[EventInfo]:
    current = get_setting(session, CURRENT_EVENT)
    counts = dict(
        session.execute(
            select(Lead.event_id, func.count())
            .where(Lead.deleted_at.is_(None))
            .group_by(Lead.event_id)
        ).all()
    )
    events = session.scalars(select(Event).order_by(Event.created_at)).all()
    return [
        EventInfo(
            e.id, e.name, e.starts_on, e.ends_on, e.venue, e.id == current, counts.get(e.id, 0)
        )
        for e in events
    ]


def find_event(session: Session, name_or_id: str) -> Event:
    key = name_or_id.strip()
    event = session.get(Event, key)
    if event is not None:
        return event
    matches = session.scalars(select(Event).where(func.lower(Event.name) == key.lower())).all()
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise RefusedError(f"Several events are named '{key}'; use its id (showfloor event list).")
    raise RefusedError(f"No event named '{key}'; see showfloor event list.")


def use_event(session: Session, name_or_id: str) -> Event:
    event = find_event(session, name_or_id)
    set_setting(session, CURRENT_EVENT, event.id)
    return event


def current_event(session: Session) -> Event | None:
    event_id = get_setting(session, CURRENT_EVENT)
    return None if event_id is None else session.get(Event, event_id)


def require_current_event(session: Session) -> Event:
    event = current_event(session)
    if event is None:
        raise RefusedError(
            "No event yet: create one with 'showfloor event create NAME' (or try 'showfloor demo')."
        )
    return event


def ensure_current_event(session: Session) -> Event:
    """The current event; else the newest one; else a new event named for today.

    Capturing must never be blocked by set-up: a lead typed on a fresh laptop is kept.
    """
    event = current_event(session)
    if event is None:
        event = session.scalars(select(Event).order_by(Event.created_at.desc())).first()
        if event is None:
            event = create_event(session, f"Event of {date.today().isoformat()}")
        set_setting(session, CURRENT_EVENT, event.id)
    return event


def event_ids(session: Session, event_id: str) -> set[str]:
    """The event's id and every id joined into it (the same show set up elsewhere)."""
    joined = session.scalars(select(EventAlias.alias_id).where(EventAlias.event_id == event_id))
    return {event_id, *joined}


def add_staff(session: Session, name: str, email: str | None = None) -> Staff:
    """The staff member of that name, created if new; ``email`` sets (or corrects) theirs.

    Raises:
        RefusedError: no name, too long, or an email that is not an address.
    """
    clean = clean_text(name)
    if clean is None:
        raise RefusedError("A staff member needs a name.")
    check_length("The staff name", clean, MAX_NAME)
    address = check_length("The staff email", check_email(email), MAX_FIELD)
    staff = find_staff(session, clean)
    if staff is None:
        staff = Staff(name=clean)
        session.add(staff)
    if address is not None and staff.email != address:
        staff.email = address
    session.flush()
    return staff


def set_staff_email(session: Session, name: str, email: str | None) -> Staff:
    """Set or clear (empty ``email``) the CRM address of an existing staff member.

    Raises:
        RefusedError: no such staff member, or an email that is not an address.
    """
    staff = find_staff(session, name)
    if staff is None:
        raise RefusedError(f"No staff member named '{name}'; see 'showfloor staff list'.")
    staff.email = check_length("The staff email", check_email(email), MAX_FIELD)
    session.flush()
    return staff


def _named(name: Any) -> ColumnElement[bool]:
    """A staff member by name, whatever its case."""
    condition: ColumnElement[bool] = func.lower(Staff.name) == name
    return condition


_STAFF_NAMED = Prepared(select(Staff.id).where(_named(bindparam("name"))).limit(1))


def find_staff(session: Session, name: str) -> Staff | None:
    return session.scalars(select(Staff).where(_named(name.strip().lower()))).first()


def staff_id(session: Session, name: str) -> str:
    """The id of the staff member of that name, created if new (``add_staff``): one
    probe through the driver when they exist, as at every capture.

    Raises:
        RefusedError: no name, or too long.
    """
    clean = clean_text(name)
    if clean is not None:
        found = _STAFF_NAMED.scalar(session.connection(), name=clean.strip().lower())
        if found is not None:
            return str(found)
    return add_staff(session, name).id


def list_staff(session: Session) -> list[Staff]:
    return list(session.scalars(select(Staff).order_by(Staff.name)).all())


def current_staff(session: Session) -> Staff | None:
    staff_id = get_setting(session, CURRENT_STAFF)
    return None if staff_id is None else session.get(Staff, staff_id)


def set_current_staff(session: Session, staff: Staff | None) -> None:
    set_setting(session, CURRENT_STAFF, None if staff is None else staff.id)


def this_device(session: Session) -> Device:
    """This laptop's device row, created on first use."""
    device_id = get_setting(session, THIS_DEVICE)
    device = None if device_id is None else session.get(Device, device_id)
    if device is None:
        device = Device(name=platform.node() or "laptop")
        session.add(device)
        session.flush()
        set_setting(session, THIS_DEVICE, device.id)
        # Its keys too (services/sync/keys.py), made while the data dir can be written:
        # a folder that turns read-only later still signs its bundles as this laptop.
        from showfloor.services.sync.keys import laptop_key, team_keys

        laptop_key(session)
        team_keys(session)
    return device


def this_device_name(session: Session) -> str:
    """This laptop's name ("" before its first save), read without creating it."""
    device_id = get_setting(session, THIS_DEVICE)
    device = None if device_id is None else session.get(Device, device_id)
    return "" if device is None else device.name


def rename_this_device(session: Session, name: str) -> str:
    """Give this laptop another name ("Laptop 2", "Anna's MacBook"): the repeat banner
    of every laptop says where a visitor was seen by it. The row's new ``updated_at``
    makes the new name win every merge, and the team sync sends it (the row log).

    Raises:
        RefusedError: an empty or too long name.
    """
    cleaned = check_length("The laptop name", clean_text(name), MAX_NAME)
    if not cleaned:
        raise RefusedError("The laptop name is empty; type a name (e.g. Laptop 2).")
    device = this_device(session)
    if device.name != cleaned:
        device.name = cleaned
        session.flush()
    return cleaned
