"""Rows from another laptop, checked like a capture before a merge may use them.

Every incoming row meets the rules a capture, an edit or the attendee import meets
(domain/validation.py): classes and ratings from their lists, answers that belong
to the class, lengths, emails, tags; values of the right type; ids that are ids.
Text is cleaned the way a capture cleans it (control and invisible characters go).
The first row that breaks a rule refuses the whole bundle, named in the message.

Times from the future (beyond the merge time plus ``SKEW``) are set to the merge
time and counted: a stamp in 2099 would otherwise win every later edit.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from showfloor.domain.errors import RefusedError
from showfloor.domain.lifecycle import TrashReason
from showfloor.domain.person import PERSON_FIELDS, PersonFields
from showfloor.domain.validation import (
    MAX_FIELD,
    MAX_ID,
    MAX_NAME,
    MAX_NOTE,
    MAX_PAYLOAD,
    check_answers,
    check_email,
    check_length,
    check_tags,
    clean_person,
    clean_text,
    parse_class,
    parse_rating,
)
from showfloor.services.sync.clock import SHARED, Row, iso
from showfloor.services.sync.snapshot import TABLES, Snapshot, datetime_columns

MAX_ZONE = 64  # events.time_zone; IANA names are shorter ("America/Argentina/ComodRivadavia")
SKEW = timedelta(minutes=10)  # how far ahead another laptop's clock may run
_ID = re.compile(r"^[0-9A-Za-z_.:-]{1,64}$")
_STAMP_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$")
_HASH = re.compile(r"^[0-9a-f]{16}$")
_ENTITIES = {"lead", "visit", "attendee", "person"}
_LABELS = {
    "devices": "laptop",
    "events": "event",
    "staff": "staff member",
    "attendees": "attendee",
    "leads": "lead",
    "visits": "visit",
    "visit_trash": "deleted visit",
    "tombstones": "tombstone",
    "lead_aliases": "lead alias",
    "event_aliases": "event alias",
}


class _RuleError(Exception):
    """One rule broken by one row (its message is the rule's own refusal)."""


@dataclass(frozen=True)
class Incoming:
    """What checking a bundle's rows found that the booth lead should hear of."""

    future_times: int = 0  # times from the future, set to the merge time
    latest: datetime | None = None  # the furthest of them


def check_snapshot(name: str, snap: Snapshot, now: datetime) -> Incoming:
    """Check and clean every row of ``snap`` in place; clamp future times.

    Raises:
        RefusedError: naming the first row that breaks a rule, and the rule.
    """
    clamp = _Clamp(now + SKEW, now)
    for table, rows in snap.tables.items():
        check = _CHECKS[table]
        dates = datetime_columns(TABLES[table])
        for row in rows:
            try:
                check(row)
                for column in dates:
                    value = row.get(column)
                    if value is not None:
                        row[column] = clamp.time(value)
                if table == "leads":
                    row["field_times"] = _check_stamps(row.get("field_times"), clamp)
            except (_RuleError, RefusedError) as exc:
                raise RefusedError(f"{name} is refused: {row_label(table, row)}: {exc}") from None
    return Incoming(clamp.count, clamp.latest)


class _Clamp:
    def __init__(self, limit: datetime, now: datetime) -> None:
        self.limit, self.now = limit, now
        self.limit_text, self.now_text = iso(limit), iso(now)
        self.count = 0
        self.latest: datetime | None = None

    def time(self, value: datetime) -> datetime:
        if value <= self.limit:
            return value
        self._note(value)
        return self.now

    def text(self, value: str) -> str:
        if value <= self.limit_text:
            return value
        self._note(datetime.fromisoformat(value))
        return self.now_text

    def _note(self, value: datetime) -> None:
        self.count += 1
        self.latest = value if self.latest is None else max(self.latest, value)


def row_label(table: str, row: Mapping[str, Any]) -> str:
    ident = row.get("id") or row.get("alias_id") or row.get("entity_id") or "?"
    label = f"{_LABELS[table]} {str(ident)[:8]}"
    if table in ("leads", "attendees"):
        person = {f: row.get(f) for f in PERSON_FIELDS}
        shown = next((str(v) for v in person.values() if isinstance(v, str) and v), "")
        if shown:
            label += f" ({shown[:40]})"
    elif table in ("events", "staff", "devices") and isinstance(row.get("name"), str):
        label += f" ({str(row['name'])[:40]})"
    return label


# -- the rules -------------------------------------------------------------------


def _id(row: Row, key: str, *, required: bool = True) -> None:
    value = row.get(key)
    if value is None and not required:
        return
    if not isinstance(value, str) or not _ID.match(value):
        raise _RuleError(f"its {key.replace('_', ' ')} {str(value)[:40]!r} is no id")


def _text(row: Row, key: str, label: str, limit: int, *, multiline: bool = False) -> None:
    value = row.get(key)
    if value is None:
        return
    if not isinstance(value, str):
        raise _RuleError(f"{label} must be text, not {type(value).__name__}")
    row[key] = check_length(label, clean_text(value, multiline=multiline), limit)


def _required_text(row: Row, key: str, label: str, limit: int) -> None:
    _text(row, key, label, limit)
    if row.get(key) is None:
        raise _RuleError(f"{label} is empty")


def _int(row: Row, key: str, *, low: int = 0, required: bool = False) -> None:
    value = row.get(key)
    if value is None and not required:
        return
    if not isinstance(value, int) or isinstance(value, bool) or value < low:
        raise _RuleError(f"{key.replace('_', ' ')} {str(value)[:20]!r} is not a count")


def _bool(row: Row, key: str) -> None:
    if key in row and not isinstance(row[key], bool):
        raise _RuleError(f"{key} {str(row[key])[:20]!r} is not yes or no")


def _time(row: Row, key: str, *, required: bool = False) -> None:
    value = row.get(key)
    if value is None and not required:
        return
    if not isinstance(value, datetime):
        raise _RuleError(f"{key.replace('_', ' ')} is no time")


def _person(row: Row) -> None:
    values = {}
    for key in PERSON_FIELDS:
        value = row.get(key)
        if value is not None and not isinstance(value, str):
            raise _RuleError(f"{key.replace('_', ' ')} must be text, not {type(value).__name__}")
        values[key] = value
    clean = clean_person(PersonFields(**values))
    for key in PERSON_FIELDS:
        if key in row:
            row[key] = getattr(clean, key)


def _visitor_class(row: Row) -> str:
    value = row.get("visitor_class")
    if not isinstance(value, str):
        raise _RuleError(f"Unknown visitor class {value!r}")
    row["visitor_class"] = parse_class(value).value
    return str(row["visitor_class"])


def _rating(row: Row) -> None:
    value = row.get("rating")
    if value is not None and not isinstance(value, str):
        raise _RuleError(f"Unknown rating {value!r}")
    rating = parse_rating(value)
    row["rating"] = rating.value if rating else None


def _device(row: Row) -> None:
    _id(row, "id")
    _required_text(row, "name", "The laptop name", MAX_NAME)


def _event(row: Row) -> None:
    _id(row, "id")
    _required_text(row, "name", "The event name", MAX_NAME)
    _text(row, "venue", "The venue", MAX_FIELD)
    # The show's clock (issue 21): a name, as long as the column; one this laptop's zone
    # database does not know is kept and read as the laptop's own zone (time_zones.py).
    _text(row, "time_zone", "The time zone", MAX_ZONE)
    for key in ("starts_on", "ends_on"):
        value = row.get(key)
        if value is None:
            continue
        try:
            ok = isinstance(value, str) and date.fromisoformat(value).isoformat() == value
        except ValueError:
            ok = False
        if not ok:
            raise _RuleError(f"{key.replace('_', ' ')} {str(value)[:20]!r} is not a date")


def _staff(row: Row) -> None:
    _id(row, "id")
    _required_text(row, "name", "The staff name", MAX_NAME)
    email = row.get("email")
    if email is not None and not isinstance(email, str):
        raise _RuleError("the staff email must be text")
    row["email"] = check_length("The staff email", check_email(email), MAX_FIELD)


def _attendee(row: Row) -> None:
    _id(row, "id")
    _id(row, "event_id")
    _person(row)
    _text(row, "badge_id", "The badge id", MAX_ID)
    _text(row, "ticket_code", "The ticket code", MAX_ID)
    _text(row, "platform", "The platform", 20)
    extra = row.get("extra")
    if extra is not None:
        if not isinstance(extra, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in extra.items()
        ):
            raise _RuleError("its extra columns must be text")
        if sum(len(k) + len(v) for k, v in extra.items()) > MAX_NOTE:
            raise _RuleError(f"its extra columns are too long (at most {MAX_NOTE} characters)")


def _lead(row: Row) -> None:
    _id(row, "id")
    _id(row, "event_id")
    _id(row, "device_id", required=False)
    _visitor_class(row)
    _rating(row)
    _person(row)
    _text(row, "badge_payload", "The badge", MAX_PAYLOAD, multiline=True)
    _text(row, "badge_format", "The badge format", 20)
    _text(row, "badge_id", "The badge id", MAX_ID)
    _bool(row, "consent")
    _int(row, "consent_text_version")
    _int(row, "visit_count")
    for key in ("consent_at", "first_seen_at", "last_seen_at", "deleted_at"):
        _time(row, key)
    _time(row, "created_at", required=True)
    _time(row, "updated_at", required=True)
    tags = row.get("tags")
    if tags is not None:
        if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
            raise _RuleError("its tags must be a list of words")
        row["tags"] = check_tags(tags)


def _visit_content(row: Row) -> None:
    _id(row, "id")
    _id(row, "lead_id")
    _id(row, "staff_id", required=False)
    _id(row, "device_id", required=False)
    _id(row, "state_device", required=False)
    visitor_class = _visitor_class(row)
    _rating(row)
    _text(row, "notes", "The note", MAX_NOTE, multiline=True)
    answers = row.get("answers")
    if answers is not None:
        if not isinstance(answers, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in answers.items()
        ):
            raise _RuleError("its answers must be text")
        row["answers"] = check_answers(parse_class(visitor_class), answers)
    _time(row, "at", required=True)
    _time(row, "created_at", required=True)


def _visit(row: Row) -> None:
    _visit_content(row)
    _int(row, "number", low=1, required=True)
    _time(row, "state_at")


def _trashed(row: Row) -> None:
    _visit_content(row)
    _time(row, "state_at", required=True)
    if row.get("reason") not in {r.value for r in TrashReason}:
        raise _RuleError(f"unknown reason {str(row.get('reason'))[:20]!r}")


def _tombstone(row: Row) -> None:
    if row.get("entity") not in _ENTITIES:
        raise _RuleError(f"unknown kind {str(row.get('entity'))[:20]!r}")
    _id(row, "entity_id")
    _id(row, "device_id", required=False)
    _time(row, "deleted_at", required=True)


def _alias(target: str) -> Callable[[Row], None]:
    def check(row: Row) -> None:
        _id(row, "alias_id")
        _id(row, target)
        _time(row, "merged_at", required=True)

    return check


_CHECKS: dict[str, Callable[[Row], None]] = {
    "devices": _device,
    "events": _event,
    "staff": _staff,
    "attendees": _attendee,
    "leads": _lead,
    "visits": _visit,
    "visit_trash": _trashed,
    "tombstones": _tombstone,
    "lead_aliases": _alias("lead_id"),
    "event_aliases": _alias("event_id"),
}


def _check_stamps(value: object, clamp: _Clamp) -> dict[str, Any] | None:
    """``field_times``: group -> hash, or [time, device, hash]; "@" -> [time, device]."""
    if value is None:
        return None
    if not isinstance(value, dict):
        raise _RuleError("its field times are not a table of stamps")
    out: dict[str, Any] = {}
    for group, stamp in value.items():
        if not isinstance(group, str) or len(group) > 40:
            raise _RuleError("its field times name an unknown field")
        if isinstance(stamp, str) and group != SHARED and _HASH.match(stamp):
            out[group] = stamp
            continue
        size = 2 if group == SHARED else 3
        if (
            not isinstance(stamp, list)
            or len(stamp) != size
            or not all(isinstance(part, str) for part in stamp)
            or not (stamp[0] == "" or _STAMP_TIME.match(stamp[0]))
            or not (stamp[1] == "" or _ID.match(stamp[1]))
            or (size == 3 and not _HASH.match(stamp[2]))
        ):
            raise _RuleError(f"its field time of {group[:20]!r} is not a stamp")
        out[group] = [clamp.text(stamp[0]) if stamp[0] else "", *stamp[1:]]
    return out
