"""JSON badges from registration systems (Eventbrite, pretix, Swapcard and home-grown ones).

There is no standard, so the object is walked and every scalar is judged by its key
and by where it sits (see keys.py). Only objects are badges: a JSON array is some
other system's data, and so is an object that names no one and carries no id. (A
bare number never gets here: it is an opaque id.) Text that starts like JSON but
does not parse is left to the other parsers rather than refused as broken JSON.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from showfloor.badges import refusals
from showfloor.badges.contact import make_person
from showfloor.badges.keys import Context, context_for, field_for, id_rank
from showfloor.badges.opaque import clean_id
from showfloor.badges.result import BadgeResult, refused

MAX_DEPTH = 6
MAX_LIST_ITEMS = 20


@dataclass
class _Found:
    fields: dict[str, list[str]] = field(default_factory=dict)
    ids: list[tuple[int, int, str]] = field(default_factory=list)  # (rank, order, id)
    stray_emails: list[str] = field(default_factory=list)

    def first(self, name: str) -> str | None:
        values = self.fields.get(name)
        return values[0] if values else None


def parse(text: str, default_country: str | None = None) -> BadgeResult | None:
    if text[:1] not in ("{", "["):
        return None
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None  # not JSON after all; the field and id parsers may still read it
    if not isinstance(data, dict):
        return refused(refusals.NO_PERSON, text, "json")
    found = _Found()
    for key, value, context in _walk(data, Context.PERSON, 0):
        _judge(found, key, value, context)
    person = make_person(
        first=found.first("first"),
        last=found.first("last"),
        full=found.first("full"),
        company=found.first("company"),
        title=found.first("title"),
        emails=[*found.fields.get("email", []), *found.stray_emails],
        phones=found.fields.get("phone", []),
        default_country=default_country,
    )
    keys = tuple(dict.fromkeys(i for _, _, i in sorted(found.ids)))
    if person.is_empty() and not keys:
        return refused(refusals.NO_PERSON, text, "json")
    return BadgeResult("json", person, keys[0] if keys else None, keys, raw=text)


def _walk(obj: dict[str, Any], context: Context, depth: int) -> Iterator[tuple[str, Any, Context]]:
    """(key, scalar, context) for every scalar, lists of scalars flattened, in order."""
    for key, value in obj.items():
        key = str(key)
        if isinstance(value, dict):
            if depth < MAX_DEPTH:
                yield from _walk(value, context_for(key, context), depth + 1)
        elif isinstance(value, list):
            for item in value[:MAX_LIST_ITEMS]:
                if isinstance(item, dict):
                    if depth < MAX_DEPTH:
                        yield from _walk(item, context_for(key, context), depth + 1)
                    break  # a list of people or tickets: the first one is the badge's
                if not isinstance(item, list):
                    yield key, item, context
        else:
            yield key, value, context


def _judge(found: _Found, key: str, value: Any, context: Context) -> None:
    if isinstance(value, bool) or value is None:
        return
    if isinstance(value, float):
        if not value.is_integer():
            return
        value = int(value)
    rank = id_rank(key, context)
    if rank is not None:
        badge_id = clean_id(value)
        if badge_id is not None:
            found.ids.append((rank, len(found.ids), badge_id))
        return
    if not isinstance(value, str):
        return
    name = field_for(key, context)
    if name is not None:
        found.fields.setdefault(name, []).append(value)
    elif "@" in value and context is not Context.SKIP:
        found.stray_emails.append(value)
