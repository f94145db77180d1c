"""Turning what a format parser found into clean PersonFields, the same way for every format.

Every parser hands over raw candidates (several emails, several phones, maybe only a
display name); the rules that make the result trustworthy live here once: cleaned
text, derived first/last/full names, the first valid email (an invalid one is
dropped rather than refusing the badge: staff can still save the visitor), phones
formatted, and values cut to the lengths capture accepts, so a badge can never be
refused at save time for a field it carried.
"""

from __future__ import annotations

from collections.abc import Iterable

from showfloor.badges.names import join_name, split_full_name
from showfloor.badges.phones import format_phone
from showfloor.badges.words import wordset
from showfloor.domain.person import PersonFields
from showfloor.domain.validation import (
    MAX_FIELD,
    MAX_NAME,
    clean_text,
    is_valid_email,
    normalize_email,
)

MAX_EMAIL = 254  # RFC 5321's limit for a path; longer is not an address
_HONORIFIC_TITLES = wordset("mr mrs ms miss mx dr prof herr frau mme mlle")


def first_valid_email(candidates: Iterable[str | None]) -> str | None:
    for candidate in candidates:
        email = normalize_email(candidate)
        if email and len(email) <= MAX_EMAIL and is_valid_email(email):
            return email
    return None


def first_phone(candidates: Iterable[str | None], default_country: str | None) -> str | None:
    for candidate in candidates:
        phone = format_phone(candidate, default_country)
        if phone:
            return phone
    return None


def _cut(value: str | None, limit: int) -> str | None:
    text = clean_text(value)
    return text[:limit].rstrip() if text else None


def make_person(
    *,
    first: str | None = None,
    last: str | None = None,
    full: str | None = None,
    company: str | None = None,
    title: str | None = None,
    emails: Iterable[str | None] = (),
    phones: Iterable[str | None] = (),
    default_country: str | None = None,
) -> PersonFields:
    first, last, full = clean_text(first), clean_text(last), clean_text(full)
    if full and not first and not last:
        first, last = split_full_name(full)
        if last and full.count(",") == 1 and full.startswith(last + ","):
            full = None  # "Doe, Jane" is a filing order; the display name is "Jane Doe"
    elif full and first and not last and full.startswith(first + " "):
        last = full[len(first) :].strip() or None
    elif full and last and not first and full.endswith(" " + last):
        first = full[: -len(last)].strip() or None
    full = full or join_name(first, last)
    title = clean_text(title)
    if title and title.rstrip(".").lower() in _HONORIFIC_TITLES:
        title = None
    return PersonFields(
        first_name=_cut(first, MAX_NAME),
        last_name=_cut(last, MAX_NAME),
        full_name=_cut(full, MAX_FIELD),
        company=_cut(company, MAX_FIELD),
        title=_cut(title, MAX_FIELD),
        email=first_valid_email(emails),
        phone=first_phone(phones, default_country),
    )
