"""vCard 2.1, 3.0 and 4.0 badges, as real exporters write them rather than as the RFCs do.

Organisers' badge printers, phones (iOS, Android) and Outlook all emit vCards with
their own habits: bare LF line ends, lower-case names, ``item1.`` groups, 2.1's bare
parameters (``TEL;WORK;VOICE``) and QUOTED-PRINTABLE with soft line breaks, vCard 4's
``tel:`` URIs. Reading every one of them leniently is the point; a card is only
refused when it names nobody and carries no id.
"""

from __future__ import annotations

import quopri
import re
from dataclasses import dataclass, field

from showfloor.badges import refusals
from showfloor.badges.contact import make_person
from showfloor.badges.escapes import split_escaped, unescape
from showfloor.badges.opaque import clean_id
from showfloor.badges.result import BadgeResult, refused

_VERSION = re.compile(r"(?im)^(?:[a-z0-9-]+\.)?VERSION:\s*(\S+)")
# "BEGIN:VCARD", also with a group prefix ("item1.BEGIN:VCARD"): RFC 2425 allows a
# group on every content line, and some exporters group the whole card.
_BEGIN = re.compile(r"(?i)^(?:[a-z0-9-]+\.)?BEGIN:VCARD")
# The same line further down: a card behind a stray first line (a label a badge
# printer put above it, a line a scanner app moved) is still a card, never text.
_BEGIN_LINE = re.compile(r"(?im)^[ \t]*(?:[a-z0-9-]+\.)?BEGIN:VCARD[ \t]*\r?$")
# A card's content lines without BEGIN:VCARD ("EMAIL;INTERNET:jane@example.org"): read
# as a card only when every line is a known property and one carries parameters,
# so plain "Email: ..." labels stay with the field parser.
_BARE_LINE = re.compile(
    r"(?i)^(?:[a-z0-9-]+\.)?(FN|N|EMAIL|TEL|ORG|TITLE|ADR|URL|NOTE|ROLE|NICKNAME|UID)"
    r"(;[^:\n]*)?:[^\n]*$"
)
_X_ID = re.compile(
    r"^X-(?:[A-Z0-9]+-)*?(?:BADGE|ATTENDEE|TICKET|REGISTRATION|REG|PARTICIPANT|VISITOR"
    r"|DELEGATE|LEAD|BARCODE)(?:-?(?:ID|CODE|NO|NUMBER|NR|UID))?$|^X-ID$"
)
_BARE_ENCODINGS = frozenset({"QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT", "B"})


@dataclass
class Property:
    name: str
    value: str
    params: dict[str, list[str]] = field(default_factory=dict)

    def types(self) -> set[str]:
        return {t.lower() for t in self.params.get("TYPE", [])}

    def first(self, key: str) -> str | None:
        values = self.params.get(key)
        return values[0] if values else None


def parse(text: str, default_country: str | None = None) -> BadgeResult | None:
    if not _BEGIN.match(text) and not _BEGIN_LINE.search(text) and not _is_bare_card(text):
        return None
    props = read_properties(text)
    return _to_result(props, text, default_country)


def _is_bare_card(text: str) -> bool:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines or len(lines) > 30:
        return False
    matches = [_BARE_LINE.match(line) for line in lines]
    return all(matches) and any(m.group(2) for m in matches if m)


def read_properties(text: str) -> list[Property]:
    """The content lines of the first card, unfolded and decoded, in order."""
    version = _VERSION.search(text)
    keep_fold_space = version is not None and version.group(1).startswith("2")
    props: list[Property] = []
    begun = _BEGIN_LINE.search(text) is None  # a bare card has no BEGIN to wait for
    for line in _unfold(text, keep_fold_space=keep_fold_space):
        prop = _parse_line(line)
        if prop is None:
            continue
        marker = prop.value.strip().upper() == "VCARD"
        if prop.name == "BEGIN" and marker:
            begun = True
        elif prop.name == "END" and marker:
            if begun:
                break
            continue  # an END above the BEGIN closes nothing
        props.append(prop)
    return props


def _unfold(text: str, *, keep_fold_space: bool) -> list[str]:
    """Logical lines: QP soft breaks (``=`` at line end) joined, folded lines joined.

    vCard 2.1 folds at existing white space, so unfolding keeps it; 3.0 and 4.0 insert
    one space or tab that unfolding removes.
    """
    lines: list[list[str]] = []  # the pieces of each logical line, joined once at the end
    qp_open = False
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if lines and qp_open:
            pieces = lines[-1]
            pieces[-1] = pieces[-1][:-1]
            pieces.append(line.lstrip(" \t"))
        elif lines and line[:1] in (" ", "\t"):
            lines[-1].append(line if keep_fold_space else line[1:])
        elif line.strip():
            lines.append([line])
        else:
            continue
        pieces = lines[-1]
        qp_open = pieces[-1].endswith("=") and _is_quoted_printable(pieces[0])
    return ["".join(pieces) for pieces in lines]


def _is_quoted_printable(line: str) -> bool:
    head = line.split(":", 1)[0]
    return "QUOTED-PRINTABLE" in head.upper()


def _split_unquoted(text: str, sep: str, maxsplit: int = -1) -> list[str]:
    if '"' not in text:
        return text.split(sep, maxsplit)
    parts: list[str] = []
    current: list[str] = []
    quoted = False
    for char in text:
        if char == '"':
            quoted = not quoted
        if char == sep and not quoted and (maxsplit < 0 or len(parts) < maxsplit):
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def _parse_line(line: str) -> Property | None:
    head_value = _split_unquoted(line, ":", maxsplit=1)
    if len(head_value) != 2:
        return None
    head, value = head_value
    name, *raw_params = _split_unquoted(head, ";")
    name = name.strip().upper().rsplit(".", 1)[-1]  # drop the item1. group
    if not name:
        return None
    params: dict[str, list[str]] = {}
    for raw in raw_params:
        key, eq, val = raw.partition("=")
        key = key.strip().upper()
        if not eq:  # vCard 2.1 bare parameter: a type or an encoding
            key, val = ("ENCODING" if key in _BARE_ENCODINGS else "TYPE"), key
        values = [v.strip().strip('"').strip() for v in _split_unquoted(val, ",")]
        params.setdefault(key, []).extend(v for v in values if v)
    prop = Property(name, value, params)
    encoding = (prop.first("ENCODING") or "").upper()
    if encoding in ("B", "BASE64"):
        return None  # photos and keys: nothing a badge needs
    if encoding in ("QUOTED-PRINTABLE", "QP"):
        prop.value = _decode_quoted_printable(value, prop.first("CHARSET"))
    return prop


def _decode_quoted_printable(value: str, charset: str | None) -> str:
    data = quopri.decodestring(value.encode("utf-8", "surrogatepass"))
    for candidate in (charset, "utf-8", "cp1252"):
        if not candidate:
            continue
        try:
            return data.decode(candidate)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("latin-1")


def _component(parts: list[str], index: int) -> str | None:
    if index >= len(parts):
        return None
    # Several values in one component are comma-separated ("Jane,J.").
    return " ".join(p.strip() for p in parts[index].split(",") if p.strip()) or None


def _rank(prop: Property, index: int) -> tuple[float, int, int]:
    """Sort key: work and preferred first, fax and pager last, then as written."""
    types = prop.types()
    pref_param = prop.first("PREF")
    pref_ok = pref_param is not None and pref_param.isascii() and pref_param.isdigit()
    pref_number = int(pref_param) if pref_param and pref_ok else 101
    score = 2.0 * ("work" in types) + ("pref" in types or pref_number == 1)
    score -= 5 * ("fax" in types) + 3 * ("pager" in types)
    return (-score, pref_number, index)


def _ranked_values(props: list[Property], name: str) -> list[str]:
    chosen = [(p, i) for i, p in enumerate(props) if p.name == name]
    chosen.sort(key=lambda pair: _rank(*pair))
    return [unescape(p.value) for p, _ in chosen]


def _to_result(props: list[Property], raw: str, default_country: str | None) -> BadgeResult:
    values: dict[str, str] = {}
    for prop in props:
        values.setdefault(prop.name, prop.value)
    family = given = additional = None
    if "N" in values:
        parts = split_escaped(values["N"], ";")
        family, given, additional = (_component(parts, i) for i in range(3))
    full = unescape(values["FN"]) if "FN" in values else None
    if full is None and family and not given and ";" not in values["N"]:
        full, family = family, None  # "N:Jane Doe": a generator that forgot the structure
    elif full is None and (given or family):
        full = " ".join(p for p in (given, additional, family) if p)
    org = split_escaped(values["ORG"], ";")[0] if "ORG" in values else None
    person = make_person(
        first=given,
        last=family,
        full=full,
        company=org,
        title=unescape(values["TITLE"]) if "TITLE" in values else None,
        emails=_ranked_values(props, "EMAIL"),
        phones=_ranked_values(props, "TEL"),
        default_country=default_country,
    )
    ids = [clean_id(unescape(p.value)) for p in props if _X_ID.match(p.name)]
    ids += [clean_id(unescape(p.value)) for p in props if p.name == "UID"]
    keys = tuple(dict.fromkeys(i for i in ids if i))
    if person.is_empty() and not keys:
        return refused(refusals.EMPTY_CONTACT, raw, "vcard")
    return BadgeResult(
        "vcard", person, badge_id=keys[0] if keys else None, lookup_keys=keys, raw=raw
    )
