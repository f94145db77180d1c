"""Badge QR codes that are links to the organiser's attendee page.

The id is wherever the organiser put it: a query parameter (``?attendee=12345``,
``?t=...``), the segment after a marker (``/a/8F3K2Q``, ``/attendee/12345``), or
the last segment alone (``/8F3K2Q``). Booths also see plenty of links that are not
people (the show's schedule, an exhibitor's video), so a link is only an attendee
link when some segment reads as an id. After a marker that is anything but a
file name or a slug of words ("about-us"); as the last segment alone it must also
have a digit and at least four characters, or be a UUID, and not be a year or a
date. Ticketing platforms' own check-in links (Luma's ``/check-in/...?pk=KEY``) are
read by their rule in badges/platforms/. Links under a page that is clearly not
about a person (``/sessions/``,
``/speakers/``) and links to social and video sites are refused as web links.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, unquote, urlsplit

from showfloor.badges import platforms, refusals
from showfloor.badges.contact import make_person
from showfloor.badges.keys import ATTENDEE, BADGE, GENERIC, TICKET, Context, field_for, id_rank
from showfloor.badges.opaque import clean_id, is_uuid
from showfloor.badges.result import BadgeResult, refused
from showfloor.badges.words import wordset

MAX_QUERY_FIELDS = 50  # more is a search or tracking link, not a badge
_URL = re.compile(r"(?i)^(?:https?://|www\.)\S+$")
_ATTENDEE_SEGMENTS = wordset(
    "a attendee attendees b badge badges t ticket tickets p person people profile profiles "
    "u user users v visitor visitors lead leads l c contact contacts card vcard id ids scan "
    "s r reg registration registrations participant participants delegate delegates guest "
    "guests member members qr checkin check-in ci"
)
_OTHER_SEGMENTS = wordset(
    "schedule agenda program programme session sessions talk talks speaker speakers "
    "exhibitor exhibitors event events news blog article articles post posts page pages map "
    "maps floorplan floor-plan hall booth stand product products shop store download "
    "downloads app apps video videos watch media press jobs careers about imprint impressum "
    "privacy legal terms faq help docs wiki tag tags category search login register signup "
    "sign-up survey feedback menu sponsor sponsors partner partners workshop workshops "
    "room rooms venue"
)
_OTHER_HOSTS = re.compile(
    r"(?i)(^|\.)(youtube\.com|youtu\.be|vimeo\.com|linkedin\.com|lnkd\.in|twitter\.com|x\.com"
    r"|facebook\.com|fb\.me|instagram\.com|tiktok\.com|github\.com|apple\.com|google\.com"
    r"|goo\.gl|maps\.app\.goo\.gl|wa\.me|t\.me|spotify\.com|xing\.com|bit\.ly)$"
)
# Short query keys some organisers use, on top of the JSON vocabulary's id keys.
_SHORT_ID_KEYS = {"t": TICKET, "a": ATTENDEE, "b": BADGE, "p": ATTENDEE, "u": GENERIC}
_IGNORED_KEYS = wordset("ref reference source lang locale hl")
_FILE = re.compile(r"\.[A-Za-z]{2,5}$")
_YEAR_OR_DATE = re.compile(r"^(19|20)\d\d([-_.]\d\d?){0,2}$")
_SLUG_WORD = re.compile(r"^[a-z]{3,}$")
_DIGIT = re.compile(r"\d")
_PIECES = re.compile(r"[-_.]")


def parse(text: str, default_country: str | None = None) -> BadgeResult | None:
    if not _URL.match(text):
        return None
    try:
        parts = urlsplit(text if "://" in text else "https://" + text)
        query = parse_qsl(parts.query, max_num_fields=MAX_QUERY_FIELDS)
    except ValueError:
        return refused(refusals.WEB_LINK, text)
    host = parts.hostname or ""
    platform_keys = platforms.url_keys(host, parts.path, dict(query))
    if platform_keys:  # a ticketing platform's check-in link (Luma's ?pk=...)
        return BadgeResult("url", badge_id=platform_keys[0], lookup_keys=platform_keys, raw=text)
    if _OTHER_HOSTS.search(host):
        return refused(refusals.WEB_LINK, text)
    ids: list[tuple[int, int, str]] = []
    person_fields: dict[str, str] = {}
    for key, value in query:
        rank = _query_id_rank(key)
        if rank is not None:
            badge_id = clean_id(value)
            if badge_id:
                ids.append((rank, len(ids), badge_id))
        elif (name := field_for(key, Context.PERSON)) is not None:
            person_fields.setdefault(name, value)
    segments = [unquote(s) for s in parts.path.split("/") if s]
    if parts.fragment.startswith(("/", "!/")):  # single-page apps: https://x/#/a/8F3K2Q
        segments += [unquote(s) for s in parts.fragment.split("/") if s and s != "!"]
    about_other = any(s.lower() in _OTHER_SEGMENTS for s in segments)
    if about_other and all(rank >= GENERIC for rank, _, _ in ids):
        ids = []  # /sessions?id=42 is a session, not a visitor
    path_id = _path_id(segments, about_other)
    if path_id is not None:
        ids.append((path_id[0], len(ids), path_id[1]))
    keys = tuple(dict.fromkeys(i for _, _, i in sorted(ids)))
    person = make_person(
        first=person_fields.get("first"),
        last=person_fields.get("last"),
        full=person_fields.get("full"),
        company=person_fields.get("company"),
        title=person_fields.get("title"),
        emails=[person_fields.get("email")],
        phones=[person_fields.get("phone")],
        default_country=default_country,
    )
    if not keys and person.is_empty():
        return refused(refusals.WEB_LINK, text)
    return BadgeResult("url", person, keys[0] if keys else None, keys, raw=text)


def _query_id_rank(key: str) -> int | None:
    k = key.strip().lower()
    if k in _IGNORED_KEYS or k.startswith("utm_"):
        return None
    return _SHORT_ID_KEYS.get(k, id_rank(k, Context.PERSON))


def _path_id(segments: list[str], about_other: bool) -> tuple[int, str] | None:
    """(rank, id): after an attendee marker, else the last segment when it reads as an id."""
    for marker, value in zip(segments, segments[1:], strict=False):
        if marker.lower() in _ATTENDEE_SEGMENTS and value.lower() not in _ATTENDEE_SEGMENTS:
            badge_id = clean_id(value)
            if badge_id and not _FILE.search(badge_id) and not _is_slug(badge_id):
                return ATTENDEE, badge_id
    if not segments or about_other:
        return None
    last = segments[-1]
    return (GENERIC, last) if _id_like_segment(last) else None


def _id_like_segment(segment: str) -> bool:
    if clean_id(segment) != segment:
        return False
    if is_uuid(segment):
        return True
    if len(segment) < 4 or not _DIGIT.search(segment):
        return False
    return not (_FILE.search(segment) or _YEAR_OR_DATE.match(segment) or _is_slug(segment))


def _is_slug(segment: str) -> bool:
    """'program-2026', 'about-us': a page name made of words, not a generated id."""
    return any(_SLUG_WORD.match(piece) for piece in _PIECES.split(segment))
