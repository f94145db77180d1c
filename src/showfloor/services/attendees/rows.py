"""One row's cells to clean field values, or the reason the row is rejected."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from showfloor.badges.names import split_full_name
from showfloor.domain.errors import RefusedError
from showfloor.domain.validation import check_website, clean_text, is_valid_email, normalize_email
from showfloor.services.attendees.columns import (
    EMAIL_KIND,
    FIELDS,
    ID_KIND,
    MAX_LENGTH,
    WEBSITE_KIND,
    ColumnPlan,
)

IDENTITY_FIELDS = ("badge_id", "ticket_code", "email", "first_name", "last_name", "full_name")
NO_IDENTITY = "no name, email or id"
_SCIENTIFIC = re.compile(r"^\d(?:[.,]\d+)?E\+\d+$", re.IGNORECASE)


def tidy(value: str, *, multiline: bool = False) -> str | None:
    """clean_text with a fast path for plain ASCII, which is nearly every cell.

    Printable ASCII has no control, invisible or composed characters and no whitespace
    but spaces, so trimming and collapsing spaces is all clean_text would do; this
    keeps the 200k-row import within its time bound.
    """
    if value.isascii() and value.isprintable():
        text = value.strip()
        if "  " in text:
            text = " ".join(text.split())
        return text or None
    return clean_text(value, multiline=multiline)


@dataclass
class CleanRow:
    values: dict[str, str | None]
    extra: dict[str, str]


def clean_row(plan: ColumnPlan, cells: Sequence[str], problems: list[str]) -> CleanRow | str:
    """One row's fields cleaned and checked, or the reason it is rejected.

    A value left out (a malformed email, a rounded id) is added to ``problems``; the
    row is still imported when something else identifies the person.
    """
    # This runs for every cell of every row: tidy() is inlined for plain ASCII cells.
    width = len(cells)
    values: dict[str, str | None] = dict.fromkeys(FIELDS)
    extra: dict[str, str] = {}
    for name, pos, limit, kind in plan.steps:
        raw = cells[pos] if pos < width else ""
        if not raw:
            continue
        value: str | None = raw.strip() if raw.isascii() and raw.isprintable() else tidy(raw)
        if not value:
            continue
        if "  " in value:
            value = " ".join(value.split())
        if kind == ID_KIND and (value[0] == "=" or "+" in value):
            value = _clean_id(name, value, plan.headers[pos], extra, problems)
        elif kind == EMAIL_KIND:
            value = _clean_email(value, plan.headers[pos], extra, problems)
        elif kind == WEBSITE_KIND:
            value = _clean_website(value, plan.headers[pos], extra)
        if value is not None and len(value) > limit:
            label = name.replace("_", " ")
            return f"{label} is too long ({len(value)} characters, at most {limit})"
        values[name] = value
    for header, pos in plan.extras:
        raw = cells[pos] if pos < width else ""
        if raw:
            text = raw.strip() if raw.isascii() and raw.isprintable() else tidy(raw, multiline=True)
            if text:
                extra[header] = " ".join(text.split()) if "  " in text else text
    if width > len(plan.headers):
        _overflow(plan, cells, extra)
    if plan.compositions:
        _compose(plan, cells, values)
    if not any(values[name] for name in IDENTITY_FIELDS):
        return f"{NO_IDENTITY} ({'; '.join(problems)})" if problems else NO_IDENTITY
    _complete_names(values)
    return CleanRow(values, extra)


def _compose(plan: ColumnPlan, cells: Sequence[str], values: dict[str, str | None]) -> None:
    """Fill an id from the parts the platform's badge is made of (badges/platforms/):
    an empty one, or the column's own value when the composition is what badges carry."""
    width = len(cells)
    for composition in plan.compositions:
        target = composition.target
        if values[target] and not composition.overrides:
            continue
        parts = [cells[p].strip() if p < width else "" for p in composition.cells]
        if not all(parts) or any(_SCIENTIFIC.match(p) for p in parts):
            continue  # a missing or spreadsheet-rounded part makes no id
        composed: str | None = "".join(parts)
        if composition.transform is not None and composed is not None:
            composed = composition.transform(composed)
        if composed and len(composed) <= MAX_LENGTH[target] and composed.isprintable():
            values[target] = composed


def _clean_id(
    name: str, value: str, header: str, extra: dict[str, str], problems: list[str]
) -> str | None:
    if value.startswith('="') and value.endswith('"') and len(value) > 3:
        value = value[2:-1]  # Excel's way of keeping leading zeros: ="00123"
    if _SCIENTIFIC.match(value):
        extra[header] = value
        problems.append(
            f"{name.replace('_', ' ')} '{value}' was rounded by a spreadsheet (export the "
            "list again without opening it in Excel)"
        )
        return None
    return value


def _clean_email(value: str, header: str, extra: dict[str, str], problems: list[str]) -> str | None:
    email = normalize_email(value) if "mailto" in value.lower() else value.lower()
    if email is not None and is_valid_email(email):
        return email
    extra[header] = value
    problems.append(f"'{value}' is not an email address")
    return None


def _clean_website(value: str, header: str, extra: dict[str, str]) -> str | None:
    """A web address as capture keeps it; anything else ("n/a", "see LinkedIn") stays
    in the row's extra columns, as the organiser wrote it."""
    try:
        return check_website(value)
    except RefusedError:
        extra[header] = value
        return None


def _overflow(plan: ColumnPlan, cells: Sequence[str], extra: dict[str, str]) -> None:
    """Cells beyond the header (an unquoted delimiter in a field) are kept, not lost."""
    for pos in range(len(plan.headers), len(cells)):
        text = tidy(cells[pos])
        if text is not None:
            extra[f"column {pos + 1}"] = text


def _complete_names(values: dict[str, str | None]) -> None:
    """Fill first/last from a lone full name, or full from first and last.

    A "Doe, Jane" full name becomes "Jane Doe": that is how the CRM will show it.
    """
    full, first, last = values["full_name"], values["first_name"], values["last_name"]
    if full and not (first or last):
        first, last = values["first_name"], values["last_name"] = split_full_name(full)
        if "," in full and first and last and not full.startswith(first):
            values["full_name"] = f"{first} {last}"
    elif not full and (first or last):
        values["full_name"] = " ".join(p for p in (first, last) if p)
