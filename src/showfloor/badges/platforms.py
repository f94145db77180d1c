"""What each ticketing platform prints on its badges and writes in its attendee export.

One rule per platform, used on both sides of an id-only badge:

* the attendee import (``services/attendees``) recognises a platform's export by its
  header, reads the platform's own column names (``columns``) and composes the id its
  badges carry when the export holds only the parts (``compositions``);
* the parser (``badges/url.py``) reads the platform's check-in links (``url_keys``),
  and the lookup (``services/lookup.py``) turns a scanned code into the keys that
  composition stored (``scan``), but only for an event whose list came from that
  platform, so one platform's habits never bend another's ids.

Each rule says where its knowledge comes from. "Public docs" names the page; where
no public export sample could be found the rule says so, and the generic header
synonyms (``services/attendees/columns.py``) read the file. Header names compare
after ``header_key`` (case, accents, spaces and punctuation ignored).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from urllib.parse import parse_qsl

EXTRA = "extra"  # keep the column in the row's extra data, never as a field


def header_key(name: str) -> str:
    """A header reduced to what tells columns apart: letters and digits, case-folded.

    "Barcode #", "barcode", "BARCODE_" and "Bar-code" are the same column to a person.
    """
    decomposed = unicodedata.normalize("NFKD", name).casefold()
    return "".join(ch for ch in decomposed if ch.isalnum() and not unicodedata.combining(ch))


@dataclass(frozen=True)
class ScanKeys:
    """Keys a scanned code stands for under one platform's rule.

    ``strong`` keys are looked up like the badge's own ids; ``weak`` ones are guesses
    (a stripped prefix) that count only when they point at exactly one attendee.
    """

    strong: tuple[str, ...] = ()
    weak: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.strong or self.weak)


@dataclass(frozen=True)
class Composition:
    """An id the badge carries, built from export cells: ``target`` = joined ``parts``.

    ``transform`` turns the joined text into the id (None: not this row's id).
    """

    target: str  # "badge_id" or "ticket_code"
    parts: tuple[str, ...]  # header keys, joined in this order
    label: str  # for the import preview, e.g. "Order # + Attendee #"
    transform: Callable[[str], str | None] | None = None


@dataclass(frozen=True)
class Platform:
    key: str  # stored with each attendee row (attendees.platform)
    name: str
    signatures: tuple[frozenset[str], ...]  # header keys; a header holding one whole set
    columns: Mapping[str, str] = field(default_factory=dict)  # header key -> field or EXTRA
    compositions: tuple[Composition, ...] = ()
    scan: Callable[[str], ScanKeys] | None = None
    url_keys: Callable[[str, str, Mapping[str, str]], tuple[str, ...] | None] | None = None
    badge_note: str = ""  # what the badge carries, for the preview
    composed_first: bool = False  # the composed id, not an id column, is what badges carry

    def matches(self, keys: set[str]) -> bool:
        return any(signature <= keys for signature in self.signatures)


def _keys(*names: str) -> frozenset[str]:
    return frozenset(header_key(n) for n in names)


def _columns(pairs: Mapping[str, str]) -> dict[str, str]:
    return {header_key(header): target for header, target in pairs.items()}


# --------------------------------------------------------------------------- Eventbrite
# The badge barcode is the order number, the attendee number and a three-digit
# suffix run together ("0814847311126137001": order 081484731, attendee 1126137,
# then 001; the suffix counts re-issued barcodes). Public docs: Eventbrite API
# event_list_attendees ("barcode ... comma separated list of barcodes") at
# developer.eventbrite.com/doc/events/event_list_attendees/. The attendee report
# holds "Order #" and "Attendee #", and a "Barcode #" column when the organiser adds it.
_EVENTBRITE_BARCODE = re.compile(r"^\d{12,30}$")


def _eventbrite_scan(code: str) -> ScanKeys:
    if _EVENTBRITE_BARCODE.match(code):
        return ScanKeys(strong=(code[:-3],))  # the order + attendee part; any suffix
    return ScanKeys()


EVENTBRITE = Platform(
    "eventbrite",
    "Eventbrite",
    signatures=(_keys("Order #", "Attendee #"), _keys("Order #", "Barcode #")),
    columns=_columns({"Order #": EXTRA, "Attendee #": "ticket_code", "Barcode #": "badge_id"}),
    compositions=(Composition("badge_id", ("order", "attendee"), "Order # + Attendee #"),),
    scan=_eventbrite_scan,
    badge_note="barcode = Order # + Attendee # + 3 digits",
)


# --------------------------------------------------------------------------- Luma
# Check-in QR codes are links: https://luma.com/check-in/<event-id>?pk=<key> (also the
# older lu.ma host). Guest keys start with "g-"; the CSV export's qr_code_url holds
# the ticket key of each ticket. Public docs: help.luma.com/p/check-in-guests-for-
# in-person-events ("Understanding QR Code Formats"). A guest-key code resolves only
# if the list holds that key (guests with one ticket: Luma accepts both; this list
# only knows the ticket key).
_LUMA_HOSTS = frozenset({"lu.ma", "www.lu.ma", "luma.com", "www.luma.com"})


def _luma_url(host: str, path: str, query: Mapping[str, str]) -> tuple[str, ...] | None:
    if host.lower() not in _LUMA_HOSTS or not path.lower().startswith("/check-in/"):
        return None
    key = query.get("pk", "").strip()
    return (key,) if key else None


def _luma_pk(url: str) -> str | None:
    """The pk of a check-in link in the export (qr_code_url)."""
    _, _, query = url.partition("?")
    for name, value in parse_qsl(query.split("#", 1)[0]):
        if name == "pk" and value.strip():
            return value.strip()
    return None


LUMA = Platform(
    "luma",
    "Luma",
    signatures=(_keys("api_id", "qr_code_url"), _keys("api_id", "approval_status")),
    columns=_columns({"qr_code_url": EXTRA, "api_id": "badge_id"}),
    compositions=(Composition("ticket_code", ("qrcodeurl",), "qr_code_url (its pk)", _luma_pk),),
    url_keys=_luma_url,
    badge_note="check-in link luma.com/check-in/...?pk=KEY",
    composed_first=True,
)


# --------------------------------------------------------------------------- Tito
# Every attendee column is prefixed "Ticket" (Ticket Full Name, Ticket Email, Ticket
# Company Name, Ticket Job Title, Ticket Reference); "Order ..." columns are the
# buyer's. The reference is the order's five-character code, with a serial for
# orders of several tickets ("GIAO-1"), shown as "#GIAO-1". Public docs:
# help.tito.io/en/articles/2006164-attendee-management. The unique ticket link
# (ti.to/tickets/<slug>) is read too.
def _tito_scan(code: str) -> ScanKeys:
    if code.startswith("#") and len(code) > 1:
        return ScanKeys(strong=(code[1:],))
    return ScanKeys()


def _last_segment(url: str) -> str | None:
    path = url.split("?", 1)[0].split("#", 1)[0].rstrip("/")
    segment = path.rsplit("/", 1)[-1]
    return segment if segment and "." not in segment and ":" not in segment else None


TITO = Platform(
    "tito",
    "Tito",
    signatures=(_keys("Ticket Reference"), _keys("Ticket Full Name"), _keys("Ticket Email")),
    columns=_columns(
        {
            "Ticket Full Name": "full_name",
            "Ticket First Name": "first_name",
            "Ticket Last Name": "last_name",
            "Ticket Email": "email",
            "Ticket Company Name": "company",
            "Ticket Job Title": "title",
            "Ticket Phone Number": "phone",
            "Ticket Reference": "ticket_code",
            "Unique Ticket URL": EXTRA,
            "Order Reference": EXTRA,
            "Order Name": EXTRA,
            "Order Email": EXTRA,
            "Order Company Name": EXTRA,
        }
    ),
    compositions=(
        Composition("badge_id", ("uniqueticketurl",), "Unique Ticket URL", _last_segment),
    ),
    scan=_tito_scan,
    badge_note="ticket reference (e.g. GIAO-1) or the ticket link",
)


# --------------------------------------------------------------------------- Cvent
# Registrant reports carry "Confirmation Number" and "Registration ID"; badge and app
# vendors built on Cvent put a prefix before the confirmation number: SpotMe encodes
# "SB" + confirmation number (support.spotme.com/hc/en-us/articles/7501202920467,
# "Bring your own attendee badge QR codes"). Known prefixes are stripped surely;
# any other short prefix is only a guess.
_CVENT_PREFIXES = ("SB",)
_MIN_CONFIRMATION = 6


def _cvent_scan(code: str) -> ScanKeys:
    strong = tuple(
        code[len(p) :]
        for p in _CVENT_PREFIXES
        if code.upper().startswith(p) and len(code) - len(p) >= _MIN_CONFIRMATION
    )
    weak = tuple(
        code[n:] for n in (1, 2, 3, 4) if len(code) - n >= _MIN_CONFIRMATION and code[n:].isalnum()
    )
    return ScanKeys(strong, weak)


CVENT = Platform(
    "cvent",
    "Cvent",
    signatures=(
        _keys("Confirmation Number", "Registration Type"),
        _keys("Confirmation Number", "Registration ID"),
    ),
    columns=_columns({"Confirmation Number": "ticket_code", "Registration ID": "badge_id"}),
    scan=_cvent_scan,
    badge_note="confirmation number, often after a vendor prefix (SB...)",
)


# --------------------------------------------------------------------------- Meetup
# The attendee list's "Title" is the member's role in the group (Organizer,
# Co-Organizer, Event Host), not a job title; "User ID" is the member id, which the
# member profile link (meetup.com/members/<id>/) also carries.
MEETUP = Platform(
    "meetup",
    "Meetup",
    signatures=(_keys("User ID", "RSVP"), _keys("User ID", "Event Host")),
    columns=_columns(
        {"Title": EXTRA, "Event Host": EXTRA, "URL of Member Profile": EXTRA, "User ID": "badge_id"}
    ),
    badge_note="member id (User ID) or the member profile link",
)


# --------------------------------------------------------------------------- pretix
# The QR code is the ticket's secret (docs.pretix.eu/en/latest/plugins/
# imported_secrets.html: "ticket secrets (i.e. the QR code used for scanning)");
# secrets are case-sensitive. "Order code" and "Position ID" are order-level.
# Lead-scanning badges may print the pseudonymization id instead.
PRETIX = Platform(
    "pretix",
    "pretix",
    signatures=(_keys("Order code", "Position ID"), _keys("Order code", "Ticket secret")),
    columns=_columns(
        {
            "Order code": EXTRA,
            "Position ID": EXTRA,
            "Ticket secret": "ticket_code",
            "Pseudonymization ID": "badge_id",
        }
    ),
    badge_note="ticket secret",
)


# --------------------------------------------------------------------------- alf.io
# A ticket's QR code is its UUID, a slash and a signature; the export's "ID" column
# is the ticket UUID (alf.io's check-in splits the code at the slash). No public
# export sample was found: the columns follow alf.io's own attendee export names.
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.I)


def _alfio_scan(code: str) -> ScanKeys:
    head, slash, _ = code.partition("/")
    if slash and _UUID.match(head):
        return ScanKeys(strong=(head,))
    return ScanKeys()


ALFIO = Platform(
    "alfio",
    "alf.io",
    signatures=(_keys("ReservationID", "Category", "Full Name"),),
    columns=_columns({"ID": "badge_id", "ReservationID": EXTRA, "OrderId": EXTRA}),
    scan=_alfio_scan,
    badge_note="ticket UUID/signature",
)


# --------------------------------------------------------------------------- Indico
# Registration exports number registrants ("ID"); the e-ticket QR is JSON with
# registrant_id, event_id, checkin_secret and server_url (read by badges/jsonbadge.py;
# see the check-in app IndicoParsedETicket: registrantID, eventID, secret, url).
INDICO = Platform(
    "indico",
    "Indico",
    signatures=(_keys("Registration date", "Registration state"),),
    columns=_columns({"ID": "badge_id", "Affiliation": "company", "Position": "title"}),
    badge_note="registrant id (in the e-ticket's JSON)",
)


# --------------------------------------------------------------------------- Swapcard
# People exports: "ID" (the Swapcard person) and the badge code imported from the
# registration system ("Badge ID"); SwapAccess needs "a badge code for each
# Attendee" (help.swapcard.com/en/articles/8159010-getting-started-with-swapaccess).
# The people spreadsheet ends with "External ID" and "Checksum" and holds the
# participant's badge number (help.swapcard.com/hc/en-us/articles/360055381752).
SWAPCARD = Platform(
    "swapcard",
    "Swapcard",
    signatures=(
        _keys("ID", "Badge ID", "Organization"),
        _keys("Badge code", "Organization"),
        _keys("External ID", "Checksum"),
    ),
    columns=_columns(
        {
            "Badge code": "badge_id",
            "Badge ID": "badge_id",
            "Badge number": "badge_id",
            "ID": "ticket_code",
            "External ID": "ticket_code",
            "Checksum": EXTRA,
        }
    ),
    badge_note="badge code",
)


# --------------------------------------------------------------------------- Grip
# Badges print the profile's Scan ID (support.grip.events: "Grip scans badges based
# on the Scan_ID ... printed onto the Attendee Badge").
GRIP = Platform(
    "grip",
    "Grip",
    signatures=(_keys("Scan ID"), _keys("Scan_ID")),
    columns=_columns({"Scan ID": "badge_id"}),
    badge_note="Scan ID",
)


# --------------------------------------------------------------------------- Brella
# Invite files: "ID" (Brella's), "External ID" (the registration system's id, the one
# a printed badge carries), "Join Code", "Join URL" (help.brella.io/organizers/
# how-can-i-add-invites-via-file-import).
BRELLA = Platform(
    "brella",
    "Brella",
    signatures=(_keys("External ID", "Join Code"), _keys("External ID", "Join URL")),
    columns=_columns(
        {"External ID": "badge_id", "ID": "ticket_code", "Join Code": EXTRA, "Join URL": EXTRA}
    ),
    badge_note="External ID",
)


# --------------------------------------------------------------------------- Ticket Tailor
# Issued-ticket exports carry the ticket's "Barcode", the value its QR code holds
# (tickettailor.com help: exporting customer data for door entry).
TICKET_TAILOR = Platform(
    "tickettailor",
    "Ticket Tailor",
    signatures=(_keys("Barcode", "Ticket type", "Order ID"),),
    columns=_columns({"Barcode": "badge_id", "Order ID": EXTRA, "Ticket ID": "ticket_code"}),
    badge_note="barcode",
)

# Bizzabo, Whova and Hopin: no public export sample or badge specification was found.
# Their exports use plain names (First Name, Email, Company, Ticket ID, Registration
# ID) that the generic synonyms read, and their badges carry those ids.

# Most specific first: the first platform whose signature the header holds wins.
PLATFORMS: tuple[Platform, ...] = (
    EVENTBRITE,
    LUMA,
    TITO,
    PRETIX,
    CVENT,
    MEETUP,
    ALFIO,
    INDICO,
    BRELLA,
    GRIP,
    TICKET_TAILOR,
    SWAPCARD,
)
BY_KEY = {p.key: p for p in PLATFORMS}


def detect_platform(headers: Sequence[str]) -> Platform | None:
    """The platform whose export this header is, or None for a generic list."""
    keys = {header_key(h) for h in headers}
    return next((p for p in PLATFORMS if p.matches(keys)), None)


def scan_rules(code: str) -> list[tuple[Platform, ScanKeys]]:
    """Each platform whose badge rule recognises ``code``, with the keys it stands for."""
    found: list[tuple[Platform, ScanKeys]] = []
    for platform in PLATFORMS:
        if platform.scan is not None:
            keys = platform.scan(code)
            if keys:
                found.append((platform, keys))
    return found


def url_keys(host: str, path: str, query: Mapping[str, str]) -> tuple[str, ...] | None:
    """The attendee keys of a platform's check-in link, or None when no platform owns it."""
    for platform in PLATFORMS:
        if platform.url_keys is not None:
            keys = platform.url_keys(host, path, query)
            if keys is not None:
                return keys
    return None
