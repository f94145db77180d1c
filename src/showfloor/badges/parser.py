"""Minimal parser placeholder (vCard/MECARD/plain id); the Badges issue replaces it."""

from __future__ import annotations

from showfloor.badges.result import BadgeResult, refused
from showfloor.domain.person import PersonFields
from showfloor.domain.validation import clean_text, normalize_email

MAX_PAYLOAD = 4096


def parse_payload(payload: str | bytes, *, default_country: str | None = None) -> BadgeResult:
    """Parse one badge payload. Never raises."""
    if isinstance(payload, bytes):
        payload = payload.decode("utf-8", errors="replace")
    if len(payload) > MAX_PAYLOAD:
        return refused(f"The code holds more than {MAX_PAYLOAD} characters; not a badge.")
    text = payload.strip()
    if not text:
        return refused("The code is empty.")
    if text.upper().startswith("WIFI:"):
        return refused("This code holds Wi-Fi credentials, not a visitor.", text)
    if text.upper().startswith("BEGIN:VCARD"):
        values: dict[str, str] = {}
        for line in text.splitlines():
            name, _, value = line.partition(":")
            values.setdefault(name.split(";")[0].upper(), value)
        last, _, first = values.get("N", "").partition(";")
        person = PersonFields(
            first_name=clean_text(first.split(";")[0]),
            last_name=clean_text(last),
            full_name=clean_text(values.get("FN")),
            company=clean_text(values.get("ORG", "").split(";")[0]),
            title=clean_text(values.get("TITLE")),
            email=normalize_email(values.get("EMAIL")),
            phone=clean_text(values.get("TEL")),
        )
        return BadgeResult("vcard", person, raw=text)
    badge_id = clean_text(text)
    return BadgeResult("id", badge_id=badge_id, lookup_keys=(text,), raw=text)
