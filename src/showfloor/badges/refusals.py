"""Codes that are surely not a visitor: recognised early so they are never saved as a lead.

Booths are full of QR codes (the Wi-Fi sign, the payment terminal, the exhibitor's
own authenticator app), and staff scan whatever is in front of them. The reasons are
read by booth staff in the middle of a conversation, so they say what the code is
and nothing about parsing. Codes that carry secrets (Wi-Fi passwords, one-time
password seeds, payment details) are refused without keeping their text.
"""

from __future__ import annotations

import re

from showfloor.badges.result import BadgeResult, refused

MAX_PAYLOAD_BYTES = 4096

EMPTY = "This code is empty; scan the visitor's badge again."
TOO_LARGE = "This code holds over 4 KB of data, far more than any visitor badge."
WIFI = "This code holds Wi-Fi credentials, not a visitor badge."
ONE_TIME_PASSWORD = "This code sets up a login one-time password, not a visitor badge."
PAYMENT = "This code is a payment request, not a visitor badge."
CALENDAR = "This code is a calendar entry, not a visitor badge."
BOOKMARK = "This code is a web bookmark, not a visitor badge."
TEXT_MESSAGE = "This code writes a text message, not a visitor badge."
LOCATION = "This code is a map location, not a visitor badge."
WEB_LINK = "This code is a web link, not a visitor badge."
APP_LINK = "This code opens another app, not a visitor badge."
TEXT = "This code holds plain text, not a visitor badge."
NO_PERSON = "This code holds data that names no visitor, not a visitor badge."
EMPTY_CONTACT = "This contact card names nobody; type the visitor's details instead."
LONG_TOKEN = "This code is too long to be a badge id; it is not a visitor badge."
UNREADABLE = "This code could not be read; type the visitor's details instead."

# (pattern on the start of the payload, reason, keep the payload text?)
_PREFIXES: tuple[tuple[re.Pattern[str], str, bool], ...] = (
    (re.compile(r"(?i)(WIFI|DPP):"), WIFI, False),
    (re.compile(r"(?i)otpauth(-migration)?://"), ONE_TIME_PASSWORD, False),
    (
        re.compile(
            r"(?i)(bitcoin|bitcoincash|ethereum|litecoin|dogecoin|monero|solana|lightning"
            r"|lnurl[a-z]*|bank|payto|bezahlcode|twint|swish):"
        ),
        PAYMENT,
        False,
    ),
    (re.compile(r"(?i)(upi|payto)://"), PAYMENT, False),
    # EPC/SEPA giro code and the Swiss QR bill: a service tag, then a version line.
    (re.compile(r"(BCD|SPC)\r?\n\d{3,4}\r?\n"), PAYMENT, False),
    # A bare Lightning invoice (BOLT 11) or LNURL: long bech32 strings.
    (re.compile(r"(?i)(lnbc|lntb|lnbcrt|lnurl)[0-9a-z]{90,}$"), PAYMENT, False),
    (re.compile(r"(?i)(https?://)?(www\.)?(paypal\.me|paypal\.com/paypalme)(/|$)"), PAYMENT, False),
    # Calendar objects, also with a vCard-style group prefix and with the line breaks
    # lost ("BEGIN:VEVENTSUMMARY:..."), which some generators and decoders produce.
    (
        re.compile(r"(?i)([a-z0-9-]+\.)?BEGIN:(VCALENDAR|VEVENT|VTODO|VJOURNAL|VFREEBUSY|VALARM)"),
        CALENDAR,
        True,
    ),
    (re.compile(r"(?i)MEBKM:"), BOOKMARK, True),  # DoCoMo bookmark: a title and a URL
    # A message to send, not a person: the number is whoever the booth texts.
    (re.compile(r"(?i)(sms|smsto|mms|mmsto):"), TEXT_MESSAGE, True),
    (re.compile(r"(?i)geo:-?\d"), LOCATION, True),
)

# "scheme://..." of any other app (market://, fb://, spotify:...). http(s), upi and
# otpauth are dealt with elsewhere; mailto: and tel: are visitor contact values.
_APP_SCHEME = re.compile(r"(?i)[a-z][a-z0-9+.\-]{1,30}://\S")


def detect(text: str, default_country: str | None = None) -> BadgeResult | None:
    """A refusal when the payload is a known kind of non-badge code, else None."""
    for pattern, reason, keep in _PREFIXES:
        if pattern.match(text):
            return refused(reason, text if keep else "")
    return None


def detect_app_link(text: str, default_country: str | None = None) -> BadgeResult | None:
    """Refuses links meant for another app; runs after the http(s) and contact parsers."""
    if _APP_SCHEME.match(text) and not text.lower().startswith(("http://", "https://")):
        return refused(APP_LINK, text)
    return None


def fallback(text: str, default_country: str | None = None) -> BadgeResult:
    """What no parser claimed: prose, a sentence, a lone word."""
    return refused(TEXT, text)
