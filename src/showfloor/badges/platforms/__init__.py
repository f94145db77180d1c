"""What each ticketing platform prints on its badges and writes in its attendee export.

One rule per platform, a module each, used on both sides of an id-only badge:

* the attendee import (``services/attendees``) recognises a platform's export by its
  header, reads the platform's own column names (``columns``) and composes the id its
  badges carry when the export holds only the parts (``compositions``);
* the parser (``badges/url.py``) reads the platform's check-in links (``url_keys``),
  and the lookup (``services/lookup.py``) turns a scanned code into the keys that
  composition stored (``scan``), but only for an event whose list came from that
  platform, so one platform's habits never bend another's ids;
* the import preview says before the show what a platform's export cannot resolve
  (``caveat``: Luma's export lacks the guest keys its emailed QR codes carry), and the
  import skips a template's own example rows (``template_row``: Whova's).

Each rule says where its knowledge comes from. "Public docs" names the page; where
no public export sample could be found the rule says so, and the generic header
synonyms (``services/attendees/columns.py``) read the file. Header names compare
after ``header_key`` (case, accents, spaces and punctuation ignored).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from showfloor.badges.platforms.alfio import ALFIO
from showfloor.badges.platforms.bizzabo import BIZZABO
from showfloor.badges.platforms.brella import BRELLA
from showfloor.badges.platforms.cvent import CVENT
from showfloor.badges.platforms.eventbrite import EVENTBRITE
from showfloor.badges.platforms.grip import GRIP
from showfloor.badges.platforms.hopin import HOPIN
from showfloor.badges.platforms.indico import INDICO
from showfloor.badges.platforms.luma import LUMA
from showfloor.badges.platforms.meetup import MEETUP
from showfloor.badges.platforms.pretix import PRETIX
from showfloor.badges.platforms.rule import EXTRA, Composition, Platform, ScanKeys, header_key
from showfloor.badges.platforms.swapcard import SWAPCARD
from showfloor.badges.platforms.tickettailor import TICKET_TAILOR
from showfloor.badges.platforms.tito import TITO
from showfloor.badges.platforms.whova import WHOVA

__all__ = [
    "BY_KEY",
    "EXTRA",
    "PLATFORMS",
    "Composition",
    "Platform",
    "ScanKeys",
    "detect_platform",
    "header_key",
    "scan_rules",
    "url_keys",
]

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
    BIZZABO,
    HOPIN,
    WHOVA,
    SWAPCARD,
)
BY_KEY = {p.key: p for p in PLATFORMS}


def detect_platform(headers: Sequence[str]) -> Platform | None:
    """The platform whose export this header is, or None for a generic list."""
    keys = {header_key(h) for h in headers}
    return next((p for p in PLATFORMS if p.matches(keys, headers)), None)


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
