"""MECARD (NTT DoCoMo, common in Japanese apps and cheap badge printers) and BIZCARD.

Both are one line of ``KEY:value;`` pairs ending in ``;;``, in any order, with
``\\;`` ``\\:`` ``\\,`` escapes. MECARD writes the name "Last,First"; BIZCARD splits it
into N (first) and X (last).
"""

from __future__ import annotations

import re

from showfloor.badges import refusals
from showfloor.badges.contact import make_person
from showfloor.badges.escapes import split_raw, unescape
from showfloor.badges.result import BadgeResult, refused


def _pairs(body: str) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for item in split_raw(body, ";"):
        key, sep, value = item.partition(":")
        if sep and key.strip():
            pairs.append((key.strip().upper(), value))
    return pairs


def _first(pairs: list[tuple[str, str]], key: str) -> str | None:
    return next((unescape(v) for k, v in pairs if k == key), None)


def _all(pairs: list[tuple[str, str]], *keys: str) -> list[str]:
    """Values for the keys, in the order of the keys (their preference), then as written."""
    return [unescape(v) for key in keys for k, v in pairs if k == key]


# A MECARD body whose "MECARD:" was lost (a badge printer's template, a decoder that
# dropped it): "N:Doe,Jane;TEL:+49...;;". Only a single line that starts with the name
# and holds another MECARD key, so "N: 3" or prose never qualifies.
_BARE_BODY = re.compile(
    r"(?i)^N:[^;\n]+;(?:[^\n]*;)?(?:SOUND|TEL|TEL-AV|EMAIL|NOTE|BDAY|ADR|URL|NICKNAME|ORG|TITLE):"
)


def parse(text: str, default_country: str | None = None) -> BadgeResult | None:
    if text[:7].upper() == "MECARD:":
        body = text[7:]
    elif _BARE_BODY.match(text):
        body = text
    else:
        return None
    pairs = _pairs(body)
    first = last = full = None
    name = next((v for k, v in pairs if k == "N"), None)
    if name is not None:
        parts = [unescape(p).strip() for p in split_raw(name, ",")]
        if len(parts) >= 2:
            last, first = parts[0] or None, " ".join(p for p in parts[1:] if p) or None
        else:
            full = parts[0] or None
    person = make_person(
        first=first,
        last=last,
        full=full,
        company=_first(pairs, "ORG"),
        title=_first(pairs, "TITLE"),
        emails=_all(pairs, "EMAIL"),
        phones=_all(pairs, "TEL"),
        default_country=default_country,
    )
    if person.is_empty():
        return refused(refusals.EMPTY_CONTACT, text, "mecard")
    return BadgeResult("mecard", person, raw=text)


def parse_bizcard(text: str, default_country: str | None = None) -> BadgeResult | None:
    if text[:8].upper() != "BIZCARD:":
        return None
    pairs = _pairs(text[8:])
    person = make_person(
        first=_first(pairs, "N"),
        last=_first(pairs, "X"),
        company=_first(pairs, "C"),
        title=_first(pairs, "T"),
        emails=_all(pairs, "E"),
        phones=_all(pairs, "B", "M"),
        default_country=default_country,
    )
    if person.is_empty():
        return refused(refusals.EMPTY_CONTACT, text, "bizcard")
    return BadgeResult("bizcard", person, raw=text)
