"""Checks and normalisation shared by capture, edit, badges, import and merge.

The one place a lead's values are judged: a capture, an edit in the lead dialog, a
row of the attendee list and a row arriving from another laptop meet the same
rules. Each refusal is a RefusedError whose message names the field and what to do.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from datetime import date

from showfloor.domain.errors import RefusedError
from showfloor.domain.person import PERSON_LABELS, PersonFields
from showfloor.domain.questions import (
    ANSWER_CHOICES,
    QUESTIONS,
    Rating,
    VisitorClass,
    answer_keys,
)

MAX_NAME = 200
MAX_FIELD = 300
MAX_ANSWER = 2000
MAX_NOTE = 10_000
MAX_TAG = 50
MAX_TAGS = 30
MAX_PHONE = 50
MAX_ID = 200  # badge ids and ticket codes
MAX_PAYLOAD = 10_000  # a badge's text: a QR code holds at most about 4,300 characters
# The longest value of each person field (the columns are sized to match).
PERSON_LIMITS: dict[str, int] = {
    "first_name": MAX_NAME,
    "last_name": MAX_NAME,
    "full_name": MAX_FIELD,
    "company": MAX_FIELD,
    "title": MAX_FIELD,
    "email": MAX_FIELD,
    "phone": MAX_PHONE,
    "website": MAX_FIELD,
}

# Deliberately permissive: one @, a dot in the domain, no spaces. Real addresses are
# checked by the CRM; we only refuse what is surely a typo.
_EMAIL_RE = re.compile(
    # local part: RFC 5322's dot-atom (letters and digits of any script, RFC 6531, and
    # !#$%&'*+/=?^_`{|}~-, dots between). Quoted forms are rare on badges; refusing
    # ":" ";" "," "<" keeps a vCard line ("email;internet:a@b.c") from passing as one.
    r"^[\w!#$%&'*+/=?^`{|}~-]+(?:\.[\w!#$%&'*+/=?^`{|}~-]+)*@"
    r"(?:[^\W_](?:[\w-]*[^\W_])?\.)+"  # domain labels: letters/digits/hyphens, IDN too
    r"[^\W\d_]{2,}$"  # top-level domain: letters only
)
# A web address as cards and people write it: an optional scheme, a host of
# dot-separated labels (IDN too) ending in a letters-only top-level domain, any path.
_WEBSITE_RE = re.compile(
    r"^(?:https?://)?(?:[^\W_](?:[\w-]*[^\W_])?\.)+[^\W\d_]{2,}\.?(?::\d{1,5})?(?:[/?#]\S*)?$"
)
# Control characters, invisible ones, and the bidi embeddings, overrides and isolates
# (U+202A-E, U+2066-9) that can make text display other than it reads ("Trojan Source").
_CONTROL_RE = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\u200b-\u200f\u2028\u2029\u202a-\u202e"
    r"\u2066-\u2069\ufeff]"
)


def strip_control_chars(value: str) -> str:
    """NFC text without control or invisible characters, but with its tabs and line breaks.

    For text whose layout still matters (a vCard's folded lines) before it is split
    into fields; clean_text then tidies each field.
    """
    return _CONTROL_RE.sub("", unicodedata.normalize("NFC", value))


def clean_text(value: str | None, *, multiline: bool = False) -> str | None:
    """NFC-normalise, drop control characters, collapse runs of spaces; empty is None."""
    if value is None:
        return None
    if value.isascii() and value.isprintable() and value[:1] != " " and value[-1:] != " ":
        # Most text is tidy already (ASCII is its own NFC; printable ASCII has no
        # control character and no whitespace but the space): only runs of spaces
        # could change. A merge cleans a million fields of a 50k-lead bundle.
        return (value if "  " not in value else " ".join(value.split())) or None
    text = strip_control_chars(value)
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        lines = [" ".join(line.split()) for line in text.split("\n")]
        text = "\n".join(lines).strip()
    else:
        text = " ".join(text.split())
    return text or None


def normalize_email(value: str | None) -> str | None:
    """Lower-cased, trimmed address, or None when empty. Does not validate."""
    text = clean_text(value)
    if text is None:
        return None
    if text.lower().startswith("mailto:"):
        text = text[7:]
    return text.strip().lower() or None


def is_valid_email(value: str) -> bool:
    return bool(_EMAIL_RE.match(value))


def check_email(value: str | None) -> str | None:
    email = normalize_email(value)
    if email is not None and not is_valid_email(email):
        raise RefusedError(f"'{value}' is not an email address; correct it or leave it empty.")
    return email


def normalize_website(value: str | None) -> str | None:
    """A web address as CRMs store it: trimmed, scheme and host in lower case, the path
    kept, a lone trailing slash dropped ("HTTPS://WWW.Acme.DE/" -> "https://www.acme.de").
    Does not validate."""
    text = clean_text(value)
    if text is None:
        return None
    scheme, sep, rest = text.partition("://")
    if not sep:
        scheme, rest = "", text
    host, slash, path = rest.partition("/")
    path = path.rstrip("/") if not path.strip("/") else path
    address = f"{host.lower()}{slash if path else ''}{path}"
    return f"{scheme.lower()}://{address}" if sep else address or None


def check_website(value: str | None) -> str | None:
    website = normalize_website(value)
    if website is not None and not _WEBSITE_RE.match(website):
        raise RefusedError(
            f"'{value}' is not a web address (like www.example.com); correct it or leave it empty."
        )
    return website


def check_length(label: str, value: str | None, limit: int) -> str | None:
    if value is not None and len(value) > limit:
        raise RefusedError(
            f"{label} is too long ({len(value)} characters, at most {limit}); shorten it."
        )
    return value


_CLASS_OF = {c.value: c for c in VisitorClass}
_RATING_OF = {r.value: r for r in Rating}


def parse_class(value: str | VisitorClass) -> VisitorClass:
    found = _CLASS_OF.get(value) if type(value) is str else None
    if found is not None:  # as stored and sent (a merge parses hundreds of thousands)
        return found
    try:
        return VisitorClass(str(value).strip().lower())
    except ValueError:
        allowed = ", ".join(c.value for c in VisitorClass)
        raise RefusedError(f"Unknown visitor class '{value}'; use one of: {allowed}.") from None


def parse_rating(value: str | Rating | None) -> Rating | None:
    found = _RATING_OF.get(value) if type(value) is str else None
    if found is not None:
        return found
    if value is None or str(value).strip() == "":
        return None
    try:
        return Rating(str(value).strip().lower())
    except ValueError:
        allowed = ", ".join(r.value for r in Rating)
        raise RefusedError(f"Unknown rating '{value}'; use one of: {allowed}.") from None


def check_answers(visitor_class: VisitorClass, answers: Mapping[str, str]) -> dict[str, str]:
    """Validated, cleaned answers for a class; empty answers are dropped."""
    allowed = answer_keys(visitor_class)
    questions = {q.key: q for q in QUESTIONS[visitor_class]}
    result: dict[str, str] = {}
    for key, raw in answers.items():
        if key not in allowed:
            raise RefusedError(
                f"'{key}' is not a question for a {visitor_class.value}; "
                f"use one of: {', '.join(allowed)}."
            )
        question = questions[key]
        value = clean_text(raw, multiline=True)
        if value is None:
            continue
        check_length(f"The answer '{key}'", value, MAX_ANSWER)
        choices = ANSWER_CHOICES.get(key)
        if choices:
            value = value.lower()
            if value not in choices:
                raise RefusedError(
                    f"'{raw}' is not an answer for '{key}'; use one of: {', '.join(choices)}."
                )
        if question.is_date:
            try:
                date.fromisoformat(value)
            except ValueError:
                raise RefusedError(
                    f"'{raw}' is not a date for '{key}'; write it as YYYY-MM-DD."
                ) from None
        result[key] = value
    return result


def check_tags(tags: list[str] | tuple[str, ...]) -> list[str]:
    cleaned: list[str] = []
    for tag in tags:
        value = clean_text(tag)
        if value is None:
            continue
        check_length(f"The tag '{value[:20]}'", value, MAX_TAG)
        if value not in cleaned:
            cleaned.append(value)
    if len(cleaned) > MAX_TAGS:
        raise RefusedError(f"Too many tags ({len(cleaned)}, at most {MAX_TAGS}).")
    return cleaned


def clean_person(person: PersonFields) -> PersonFields:
    """Cleaned and checked identity fields; refuses a malformed email or web address, or
    an oversized field."""
    values: dict[str, str | None] = {}
    for key, label in PERSON_LABELS.items():
        value = clean_text(getattr(person, key))
        values[key] = check_length(label, value, PERSON_LIMITS[key])
    values["email"] = check_email(values["email"])
    values["website"] = check_website(values["website"])
    return PersonFields(**values)
