"""Phone numbers as the CRM wants them: E.164 when we can be sure, the badge's text otherwise.

A national number ("0151 2345678") only becomes E.164 when the booth says which
country it is in (``default_country``); guessing the country would silently dial
someone else. Numbers with a leading + carry their own country. A number we cannot
parse is kept as cleaned text rather than dropped: staff can still read it.
"""

from __future__ import annotations

import re

import phonenumbers

from showfloor.domain.validation import MAX_PHONE, clean_text

# MAX_PHONE: no real number, extension included, needs more; longer text is no phone.
_URI_PARAMS = re.compile(r";(?!ext=)[^;]*", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_REGION = re.compile(r"[A-Za-z]{2}")


def format_phone(value: str | None, default_country: str | None = None) -> str | None:
    """E.164 (plus " ext. N") when parseable, the cleaned text when not, None when empty."""
    text = clean_text(value)
    if text is None:
        return None
    if text[:4].lower() == "tel:":
        text = _URI_PARAMS.sub("", text[4:]).strip()
    if not _DIGIT.search(text) or len(text) > MAX_PHONE:
        return None
    region = None
    if default_country and _REGION.fullmatch(default_country):
        region = default_country.upper()
    if region is None and not text.startswith("+"):
        return text
    try:
        number = phonenumbers.parse(text, region)
        reason = phonenumbers.is_possible_number_with_reason(number)
    except Exception:  # NumberParseException, or odd input phonenumbers chokes on
        return text
    if reason != phonenumbers.ValidationResult.IS_POSSIBLE:
        return text
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return f"{e164} ext. {number.extension}" if number.extension else e164
