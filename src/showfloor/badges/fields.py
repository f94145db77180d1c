"""Badges whose QR holds plain values joined by a separator (``12345::Doe::Jane::Acme::a@b.c``).

Organisers pick the separator (``::``, tab, ``|``, line breaks, ``;``, ``^``, commas;
the first of these present wins) and the order, and never say which, so each part is
recognised by its content: an email has an @, a phone is digits with a + or a
national 0, an id is one token with a digit, a part with a company suffix (GmbH,
Inc., University) is the company, one with a job word (CEO, Manager) is the title.
A sentence among them is a note, ignored when an email or id vouches for the badge.
What is left are names and short text, taken by position:

* a first name-like part of several words ("Jane Doe") is the full name, split into
  first and last, and the parts after it are company, then title;
* otherwise the first two are first and last name, then company, then title.

Which of two name parts is the last name, in this order of evidence:

1. a single part written "Last, First";
2. names in Han, kana or Hangul: family name first, as they are written;
3. one in ALL CAPS while the other is not (the common organiser way of marking the
   family name, as in ``12345::DOE::Jane``);
4. the email's local part (``jane.doe@``, ``jdoe@``) names them in its order;
5. otherwise first, then last: the more common organiser order.

Names written all in capitals or all in lower case are then proper-cased ("DOE",
"doe" to "Doe").

Key-value parts (``EMAIL:a@b.c``, ``name=Jane Doe``) use the JSON key vocabulary.
Separated text is only a badge when an email, phone, id or label vouches for it,
or when it holds two names that are not signage words ("Hello|World" is not a
person). A payload of one part is a badge only when it is an email, a phone with a
+, a labelled value (``ID: 123456``), ``Jane Doe <jane@x.org>``, or a name of two
to four capitalised words that are not signage; anything else is left to the id
parser or refused as text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from enum import Enum

from showfloor.badges.contact import make_person
from showfloor.badges.keys import Context, field_for, id_rank
from showfloor.badges.names import is_all_caps, is_east_asian, looks_like_name, proper_case
from showfloor.badges.opaque import MAX_ID, clean_id, is_uuid
from showfloor.badges.result import BadgeResult
from showfloor.badges.words import wordset
from showfloor.domain.validation import clean_text, is_valid_email, normalize_email

SEPARATORS = ("::", "\t", "|", "\n", ";", "^", ",")
MAX_TEXT_WORDS = 8
MAX_PARTS = 40  # badge printers write a dozen fields; hundreds are a list, not a person

_PHONE = re.compile(r"^(?:tel:)?\+?[\d\s().\-/]+$", re.IGNORECASE)
_ID_TOKEN = re.compile(r"^[A-Za-z0-9._~+/=#*!$%-]+$")
_DIGIT = re.compile(r"\d")
_KEY_VALUE = re.compile(r"^([A-Za-z][A-Za-z _.-]{0,29}?)\s*[:=]\s*(.*)$", re.DOTALL)
_COMPANY_SUFFIX = re.compile(
    r"(?i)(?:^|\s)(?:gmbh|ag|inc|ltd|llc|llp|plc|corp|corporation|co|company|kg|ohg|se|sa"
    r"|sas|sarl|srl|spa|s\.?p\.?a|bv|b\.v|nv|n\.v|oy|oyj|ab|as|a/s|aps|kk|pty|limited|ug"
    r"|e\.?\s?v|gmbh\s*&\s*co\.?\s*kg|s\.?a\.?r\.?l|s\.?a|s\.?l|ltda|pte)\.?$"
)
_COMPANY_WORD = re.compile(
    r"(?i)\b(?:university|universit[äé]t|universit[éy]|universidad|universit[àa]|institute"
    r"|institut|instituto|college|school|hospital|clinic|laborator(?:y|ies)|labs|technologies"
    r"|technology|solutions|systems|software|consulting|partners|associates|bank|foundation"
    r"|group|holdings?|industries|ventures|capital|media|agency|gruppe|stiftung|verlag"
    r"|ministry|council|association)\b|&"
)
_TITLE_WORD = re.compile(
    r"(?i)\b(?:ceo|cto|cfo|coo|cio|cmo|cso|cpo|vp|svp|evp|president|director|manager"
    r"|head|lead|chief|officer|engineer|developer|founder|co-founder|owner|consultant"
    r"|analyst|specialist|architect|designer|scientist|researcher|professor|lecturer"
    r"|student|buyer|purchaser|procurement|executive|coordinator|administrator|assistant"
    r"|representative|intern|geschäftsführer(?:in)?|leiter(?:in)?|einkäufer(?:in)?"
    r"|ingenieur(?:in)?|entwickler(?:in)?|berater(?:in)?|directeur|directrice|responsable"
    r"|gerente|jefe|directora?|partner|principal|advisor|adviser|editor|journalist)\b"
)
_SENTENCE_MARK = re.compile(r"[!?]")
_MACHINE_LABEL = re.compile(r"^(?:[A-Z][A-Z0-9_-]*|[A-Za-z0-9-]*[\d.][A-Za-z0-9.-]*):")
_EMAIL_WORD = re.compile(r"[._+\-]+")
_NAME_KEYS = ("first", "last", "full")
_NAME_ADDRESS = re.compile(r"^(.*?)\s*<([^<>\s]+@[^<>\s]+)>$")
# Capitalised words on booth signage and posters that are never a visitor's name.
_NOT_NAMES = wordset(
    "hello hi welcome thanks thank you world team sales support info information contact "
    "booth stand hall room stage entrance exit free wifi wi-fi coffee bar lounge demo "
    "scan here now today visit us our the and of for with to this menu event expo fair "
    "conference summit day pass ticket tickets badge vip press exhibitor visitor staff "
    "speaker guest open closed raffle prize win meeting point lunch dinner"
)


class Kind(Enum):
    EMAIL = "email"
    BAD_EMAIL = "bad_email"
    PHONE = "phone"
    ID = "id"
    URL = "url"
    NAME = "name"
    TEXT = "text"
    PROSE = "prose"


@dataclass
class _Parts:
    ids: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    texts: list[tuple[Kind, str]] = field(default_factory=list)
    keyed: dict[str, str] = field(default_factory=dict)
    keyed_ids: list[tuple[int, int, str]] = field(default_factory=list)
    other_labels: set[str] = field(default_factory=set)  # "Note: ...": a label we don't know
    kinds: list[Kind] = field(default_factory=list)


def split_parts(text: str) -> tuple[str, list[str]] | None:
    """(separator, parts) for the first separator, by priority, giving two or more values."""
    for sep in SEPARATORS:
        if sep in text:
            parts = text.split(sep)
            if sum(1 for p in parts if p.strip()) >= 2:
                return sep, parts
    return None


def parse(text: str, default_country: str | None = None) -> BadgeResult | None:
    """Several parts joined by a separator."""
    split = split_parts(text)
    if split is None:
        return None
    sep, raw_parts = split
    if len(raw_parts) > MAX_PARTS:
        return None
    parts = _Parts()
    for position, raw in enumerate(raw_parts):
        value = clean_text(raw)
        if value is not None and not _take_key_value(parts, value):
            parts.kinds.append(_classify(parts, value, position == 0))
    contact = bool(parts.emails or parts.phones or parts.keyed or parts.keyed_ids)
    if Kind.PROSE in parts.kinds and not (contact or parts.ids):
        return None  # a sentence split at its commas; with an email or id it is a note
    names = [value for kind, value in parts.texts if kind is Kind.NAME]
    if not contact and not parts.ids and not (len(names) >= 2 and _plausible_names(names)):
        return None
    if sep == "," and not contact and not (parts.ids and names):
        return None  # "Hello, World", "1,2,3": commas are too common to trust alone
    return _result(parts, text, default_country)


def parse_single(text: str, default_country: str | None = None) -> BadgeResult | None:
    """One value alone: an email, an international phone number or a person's name."""
    value = clean_text(text)
    if value is None:
        return None
    email = normalize_email(value)
    if email and "@" in email and is_valid_email(email):
        return _result(_Parts(emails=[email]), text, default_country)
    if value.startswith("+") and _is_phone(value, first=False, have_id=True):
        return _result(_Parts(phones=[value]), text, default_country)
    parts = _Parts()
    if _take_key_value(parts, value) or _take_name_address(parts, value):
        return _result(parts, text, default_country)  # "ID: 123456", "Jane <jane@x.org>"
    words = len(value.split())
    if (words >= 2 or "," in value) and looks_like_name(value) and _plausible_names([value]):
        return _result(_Parts(texts=[(Kind.NAME, value)]), text, default_country)
    return None


def _plausible_names(values: list[str]) -> bool:
    """Without an email, phone or id to vouch for them, names must not read as signage."""
    words = {w.strip(".,").casefold() for value in values for w in value.split()}
    return not words & _NOT_NAMES and not any(_TITLE_WORD.search(v) for v in values)


def _take_name_address(parts: _Parts, value: str) -> bool:
    """``Jane Doe <jane@x.org>``, as mail programs write an address."""
    match = _NAME_ADDRESS.match(value)
    if match is None:
        return False
    email = normalize_email(match.group(2))
    if not email or not is_valid_email(email):
        return False
    parts.emails.append(email)
    name = match.group(1).strip().strip('"').strip()
    if name and looks_like_name(name):
        parts.texts.append((Kind.NAME, name))
    return True


def _take_key_value(parts: _Parts, value: str) -> bool:
    """``EMAIL:jane@x.org`` or ``id=123``: trust the key when it is a known one."""
    match = _KEY_VALUE.match(value)
    if match is None or value.lower().startswith(("http:", "https:", "tel:", "mailto:")):
        return False
    key, content = match.group(1), clean_text(match.group(2))
    rank = id_rank(key, Context.PERSON)
    name = field_for(key, Context.PERSON)
    if content is None or (rank is None and name is None):
        parts.other_labels.add(value)
        return False
    if rank is not None:
        badge_id = clean_id(content)
        if badge_id is None:
            return False
        parts.keyed_ids.append((rank, len(parts.keyed_ids), badge_id))
    elif name == "email":
        parts.emails.append(content)
    elif name == "phone":
        parts.phones.append(content)
    elif name is not None:
        parts.keyed.setdefault(name, content)
    return True


def _is_phone(value: str, *, first: bool, have_id: bool) -> bool:
    if not _PHONE.match(value):
        return False
    digits = sum(c.isdigit() for c in value)
    if not 6 <= digits <= 15:
        return False
    bare = value.removeprefix("tel:").removeprefix("TEL:")
    if bare.startswith(("+", "00", "(")):
        return True
    if bare.isdigit():
        # A lone run of digits is an attendee id, unless one was already seen and
        # it reads as a national number.
        return have_id and not first and bare.startswith("0") and digits >= 7
    return not first and digits >= 7


def _classify(parts: _Parts, value: str, first: bool) -> Kind:
    if "@" in value and " " not in value.strip():
        email = normalize_email(value)
        if email and is_valid_email(email):
            parts.emails.append(email)
            return Kind.EMAIL
        return Kind.BAD_EMAIL
    if value.lower().startswith(("http://", "https://", "www.")):
        return Kind.URL
    if _is_phone(value, first=first, have_id=bool(parts.ids)):
        parts.phones.append(value)
        return Kind.PHONE
    if _looks_like_field_id(value):
        parts.ids.append(value)
        return Kind.ID
    if _is_prose(value):
        return Kind.PROSE
    name_like = looks_like_name(value) or looks_like_name(value, max_words=3, any_case=True)
    kind = Kind.NAME if name_like else Kind.TEXT
    parts.texts.append((kind, value))
    return kind


def _is_prose(value: str) -> bool:
    """A sentence rather than a field: long, exclaiming or asking, or mostly lower-case words.

    "Head of Sales", "head of business development" and "Dr. Jane Doe" are fields;
    "Visit us at stand B12 today" is not.
    """
    words = value.split()
    if len(words) > MAX_TEXT_WORDS or _SENTENCE_MARK.search(value):
        return True
    lower = sum(1 for w in words if w[0].islower())
    return len(words) >= 6 and lower * 2 > len(words)


def _looks_like_field_id(value: str) -> bool:
    """Unlike a lone payload, a part in ALL CAPS without digits is a surname, not a code."""
    if len(value) > MAX_ID or not _ID_TOKEN.match(value):
        return False
    return bool(_DIGIT.search(value)) or len(value) >= 16 or is_uuid(value)


def _is_company(value: str) -> bool:
    return bool(_COMPANY_SUFFIX.search(value) or _COMPANY_WORD.search(value))


def _result(parts: _Parts, raw: str, default_country: str | None) -> BadgeResult | None:
    """The badge, or None when nothing usable survived cleaning (an email that was not one)."""
    company = parts.keyed.get("company")
    title = parts.keyed.get("title")
    names: list[str] = []
    others: list[str] = []
    labelled = bool(parts.keyed or parts.keyed_ids)
    for kind, value in parts.texts:
        if value in parts.other_labels and (labelled or _MACHINE_LABEL.match(value)):
            # in a labelled badge "Note: ..." is not the company, and "NAME1:..." or
            # "item1.ORG:..." (a format this parser does not know) never is
            continue
        if company is None and _is_company(value):
            company = value
        elif title is None and _TITLE_WORD.search(value):
            title = value
        elif kind is Kind.NAME:
            names.append(value)
        else:
            others.append(value)
    first, last, full = _names(names, parts.emails, others)
    for value in others:
        if company is None:
            company = value
        elif title is None:
            title = value
    keyed_names = {k: proper_case(v) for k, v in parts.keyed.items() if k in _NAME_KEYS}
    person = make_person(
        first=keyed_names.get("first") or first,
        last=keyed_names.get("last") or last,
        full=keyed_names.get("full") or full,
        company=company,
        title=title,
        emails=parts.emails,
        phones=parts.phones,
        default_country=default_country,
    )
    keyed = [i for _, _, i in sorted(parts.keyed_ids)]
    keys = tuple(dict.fromkeys([*keyed, *parts.ids]))
    if person.is_empty() and not keys:
        return None
    return BadgeResult("fields", person, keys[0] if keys else None, keys, raw=raw)


def _names(
    names: list[str], emails: list[str], others: list[str]
) -> tuple[str | None, str | None, str | None]:
    """(first, last, full) from the name-like parts; extra parts go to ``others``."""
    if not names:
        return None, None, None
    head = names[0]
    if "," in head:
        last, _, first = head.partition(",")
        others[:0] = names[1:]
        return proper_case(first.strip()), proper_case(last.strip()), None
    caps_marked = len(names) >= 2 and is_all_caps(names[0]) != is_all_caps(names[1])
    if len(names) == 1 or (len(head.split()) > 1 and not caps_marked):
        others[:0] = names[1:]
        return None, None, proper_case(head)
    first, last = _order(names[0], names[1], emails)
    others[:0] = names[2:]
    return proper_case(first), proper_case(last), None


def _order(a: str, b: str, emails: list[str]) -> tuple[str, str]:
    """(first, last) from two name parts as written; see the module docstring."""
    if is_east_asian(a) and is_east_asian(b):
        return b, a  # family name first, as these names are written
    if is_all_caps(a) and not is_all_caps(b):
        return b, a
    if is_all_caps(b) and not is_all_caps(a):
        return a, b
    if emails and _email_says_last_first(a, b, emails[0].split("@", 1)[0].casefold()):
        return b, a
    return a, b


def _email_says_last_first(a: str, b: str, local: str) -> bool:
    """``jane.doe@`` or ``jdoe@`` for parts written ``Doe``, ``Jane``."""
    words = [w for w in _EMAIL_WORD.split(local) if w]
    joined = "".join(words)
    for fa in _folds(a):
        for fb in _folds(b):
            if not fa or not fb or fa == fb:
                continue
            if words[:1] == [fb] or (len(words) > 1 and words[-1] == fa and words[0] != fa):
                return True
            if joined in (fb[0] + fa, fb + fa):
                return True
    return False


def _folds(name: str) -> set[str]:
    """'Müller' as email addresses write it: 'muller' and 'mueller'."""
    text = name.casefold().replace(" ", "").replace("-", "").replace("'", "")
    german = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    return {_strip_accents(text), _strip_accents(german)}


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))
