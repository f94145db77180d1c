"""KDDI au's address-book QR format: ``MEMORY:``, ``NAME1:``, ``TEL1:``, ``MAIL1:`` lines.

Japanese phones on the au network write and read contacts as lines of ``KEY:value``
ended by CR LF: NAME1 the written name, NAME2 its reading (kana, not a second name),
TEL1-TEL3, MAIL1-MAIL3, ADD an address and MEMORY a note, which the format requires
(KDDI's two-dimensional code spec; zxing's AddressBookAUResultParser reads it the
same way). The result is reported as "mecard", the Japanese address-book family the
badge-parse contract names, since the contract's format list is fixed.
"""

from __future__ import annotations

import re

from showfloor.badges import refusals
from showfloor.badges.contact import make_person
from showfloor.badges.result import BadgeResult, refused

_LINE = re.compile(r"^(NAME1|NAME2|TEL[1-3]|MAIL[1-3]|ADD|MEMORY):(.*)$")


def parse(text: str, default_country: str | None = None) -> BadgeResult | None:
    if "MEMORY:" not in text or "\n" not in text:
        return None
    fields: dict[str, str] = {}
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        match = _LINE.match(line.strip())
        if match is not None:
            fields.setdefault(match.group(1), match.group(2).strip())
    if not ({"NAME1", "TEL1", "MAIL1"} & fields.keys()):
        return None  # a note that merely mentions MEMORY:
    person = make_person(
        full=fields.get("NAME1"),
        emails=[fields.get(f"MAIL{n}") for n in (1, 2, 3)],
        phones=[fields.get(f"TEL{n}") for n in (1, 2, 3)],
        default_country=default_country,
    )
    if person.is_empty():
        return refused(refusals.EMPTY_CONTACT, text, "mecard")
    return BadgeResult("mecard", person, raw=text)
