"""Which parser reads a payload: a registry tried in order, behind one function that never raises.

The order is the design: refusals for codes that are surely not badges come first
(a Wi-Fi code must never become a lead), then the formats that announce themselves
(``BEGIN:VCARD``, ``MECARD:``, KDDI's ``MEMORY:``, ``{``, ``mailto:``, ``https://``),
then the ones that are guessed from content (separated fields, a lone id, a lone
email or name), and last the refusal of anything else as plain text. Each parser returns None for
"not mine" and a result, possibly a refusal, for "mine".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from showfloor.badges import (
    au_card,
    contact_uri,
    fields,
    jsonbadge,
    mecard,
    opaque,
    refusals,
    url,
    vcard,
)
from showfloor.badges.result import BadgeResult, refused
from showfloor.domain.validation import strip_control_chars

Parser = Callable[[str, str | None], BadgeResult | None]

PARSERS: tuple[Parser, ...] = (
    refusals.detect,
    vcard.parse,
    mecard.parse,
    mecard.parse_bizcard,
    au_card.parse,
    jsonbadge.parse,
    contact_uri.parse,
    url.parse,
    refusals.detect_app_link,
    fields.parse,
    opaque.parse,
    fields.parse_single,
)

MAX_PAYLOAD_BYTES = refusals.MAX_PAYLOAD_BYTES
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_C1_CONTROL = re.compile(r"[\x80-\x9f]")
# UTF-8 read as Latin-1 or Windows-1252 ("MÃ¼ller"): a lead byte, then a continuation.
_MOJIBAKE = re.compile(r"[\u00c2-\u00f4][\u0080-\u00bf\u0152-\u2122]")


def parse_payload(payload: str | bytes, *, default_country: str | None = None) -> BadgeResult:
    """What one scanned payload says. Never raises: anything unreadable is a refusal."""
    try:
        text = prepare(payload)
        if isinstance(text, BadgeResult):
            return text
        country = default_country if isinstance(default_country, str) else None
        for parser in PARSERS:
            result = parser(text, country)
            if result is not None:
                return result
        return refusals.fallback(text, country)
    except Exception:  # a parser bug must not cost staff the conversation
        return refused(refusals.UNREADABLE)


def prepare(payload: str | bytes) -> str | BadgeResult:
    """The payload as clean text with its line structure, or a refusal (empty, too large)."""
    if isinstance(payload, bytes | bytearray | memoryview):
        data = bytes(payload)
        if len(data) > MAX_PAYLOAD_BYTES:
            return refused(refusals.TOO_LARGE)
        text = decode_bytes(data)
    elif isinstance(payload, str):
        text = _SURROGATE.sub("\ufffd", payload)
        if len(text) > MAX_PAYLOAD_BYTES or len(text.encode("utf-8")) > MAX_PAYLOAD_BYTES:
            return refused(refusals.TOO_LARGE)
    else:
        return refused(refusals.UNREADABLE)
    text = _repair_mojibake(text)
    text = _C1_CONTROL.sub("", strip_control_chars(text)).strip()
    if not text:
        return refused(refusals.EMPTY)
    return text


def decode_bytes(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with a BOM, else Latin-1, which never fails."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _repair_mojibake(text: str) -> str:
    """Undo a QR decoder that read UTF-8 bytes as Latin-1 or Windows-1252.

    Only text that becomes valid UTF-8 again is changed; genuine Latin-1 names
    ("Müller") never do, because their bytes are not valid UTF-8 sequences.
    """
    if text.isascii() or not _MOJIBAKE.search(text):
        return text
    for codec in ("latin-1", "cp1252"):
        try:
            return text.encode(codec).decode("utf-8")
        except UnicodeError:
            continue
    return text
