"""Opaque ids: ticket secrets, order codes, UUIDs, numeric attendee ids.

Most organisers print only an id and keep the person in their attendee list, which
the lookup service consults later. So here we only decide whether a lone token is
plausibly an id, and keep it exactly as printed (ids are compared byte for byte).
A lone word of ordinary text ("Welcome") is not an id; a token with a digit, an
upper-case order code ("QWXZK") or a long random string is.
"""

from __future__ import annotations

import re

from showfloor.badges import refusals
from showfloor.badges.result import BadgeResult, refused
from showfloor.domain.validation import clean_text

MAX_ID = 200  # the attendee and lead badge_id columns
MIN_ID = 3
_ID_CHARS = re.compile(r"^[A-Za-z0-9._~+/=:#*!$%-]+$")
_UUID = re.compile(r"^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$", re.I)
_UPPER_CODE = re.compile(r"^[A-Z][A-Z._-]{3,}$")
_ALNUM = re.compile(r"[A-Za-z0-9]")
_DIGIT = re.compile(r"\d")
_URN_PREFIX = re.compile(r"(?i)^urn:(uuid|ticket|badge|attendee):")


def is_uuid(token: str) -> bool:
    return bool(_UUID.match(token))


def clean_id(value: object) -> str | None:
    """An id as printed, or None when the value cannot be one (spaces, odd characters)."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None
    text = clean_text(str(value))
    if text is None:
        return None
    text = _URN_PREFIX.sub("", text)
    if len(text) > MAX_ID or not _ID_CHARS.match(text) or not _ALNUM.search(text):
        return None
    return text


def looks_like_id(token: str) -> bool:
    """Whether a lone token found with nothing around it to vouch for it is an id."""
    if len(token) < MIN_ID or len(token) > MAX_ID or not _ID_CHARS.match(token):
        return False
    return bool(
        _DIGIT.search(token) or _UPPER_CODE.match(token) or len(token) >= 16 or is_uuid(token)
    )


def parse(text: str, default_country: str | None = None) -> BadgeResult | None:
    if any(c.isspace() for c in text):
        return None
    token = _URN_PREFIX.sub("", text)
    if len(token) > MAX_ID and _ID_CHARS.match(token) and _ALNUM.search(token):
        return refused(refusals.LONG_TOKEN, "")
    if not looks_like_id(token):
        return None
    return BadgeResult("id", badge_id=token, lookup_keys=(token,), raw=text)
