"""A lone contact value as a URI: ``mailto:``, ``tel:`` and ``MATMSG:``.

Some visitors show a code holding just their address or number. It is one field of
a person, so the result has format "fields", like any other payload of bare values.
(``sms:``/``SMSTO:`` codes write a message to a number: refusals.py turns them away.)
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from showfloor.badges import refusals
from showfloor.badges.contact import make_person
from showfloor.badges.escapes import split_raw, unescape
from showfloor.badges.result import BadgeResult, refused

_SCHEME = re.compile(r"(?i)^(mailto|tel|matmsg):")


def parse(text: str, default_country: str | None = None) -> BadgeResult | None:
    match = _SCHEME.match(text)
    if match is None:
        return None
    scheme, rest = match.group(1).lower(), text[match.end() :]
    emails: list[str] = []
    phones: list[str] = []
    if scheme == "mailto":
        emails = [unquote(a) for a in rest.split("?", 1)[0].split(",")]
    elif scheme == "matmsg":
        for item in split_raw(rest, ";"):
            key, _, value = item.partition(":")
            if key.strip().upper() == "TO":
                emails.append(unescape(value))
    else:
        phones = ["tel:" + unquote(rest)]  # keeps ";ext=" readable for format_phone
    person = make_person(emails=emails, phones=phones, default_country=default_country)
    if person.is_empty():
        return refused(refusals.NO_PERSON, text, "fields")
    return BadgeResult("fields", person, raw=text)
