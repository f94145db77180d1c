"""The pieces every section of the debrief page is made of: escaping, numbered section
headings, table cells (who, rating badge, optional values) and the data table.

Everything a visitor typed reaches the page through these, so every value goes
through ``e`` exactly once; see ``report_html`` for why the markup is tables and
plain blocks.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from functools import lru_cache
from html import escape
from typing import TypeVar

from showfloor.domain.questions import Rating, VisitorClass
from showfloor.domain.texts import QT_TRANSLATE_NOOP
from showfloor.services.catalog import day, number, spoken_language, translate
from showfloor.services.report import Person
from showfloor.services.report_charts import COLOURS

SECTIONS = (
    ("summary", QT_TRANSLATE_NOOP("Debrief", "The show in numbers")),
    ("mentors", QT_TRANSLATE_NOOP("Debrief", "What mentors told us")),
    ("pains", QT_TRANSLATE_NOOP("Debrief", "Customers' pains")),
    ("features", QT_TRANSLATE_NOOP("Debrief", "Features customers miss")),
    ("adopters", QT_TRANSLATE_NOOP("Debrief", "Early adopters and those who need references")),
    ("kols", QT_TRANSLATE_NOOP("Debrief", "Key opinion leaders")),
    ("referrals", QT_TRANSLATE_NOOP("Debrief", "Referrals and partners")),
    ("notes", QT_TRANSLATE_NOOP("Debrief", "Notes from the booth")),
    ("follow-up", QT_TRANSLATE_NOOP("Debrief", "Follow-up list")),
)

T = TypeVar("T")
# What escaping changes; most texts of a debrief hold none of it, and escape()'s
# five replaces on each of a big show's 200,000 texts were a tenth of the page.
_SPECIAL = re.compile("[&<>\"']")


def e(value: object) -> str:
    """Escape for text and attribute values alike."""
    text = "" if value is None else str(value)
    return escape(text, quote=True) if _SPECIAL.search(text) else text


def _section(key: str, content: str) -> str:
    number, title = next((i, t) for i, (k, t) in enumerate(SECTIONS, start=1) if k == key)
    heading = e(translate("Debrief", title))
    return f'<div class="section" id="{key}"><h2>{number}. {heading}</h2>{content}</div>'


def _badge(key: str | None, label: str) -> str:
    if not key:
        return '<span class="muted">—</span>'
    colour = COLOURS.get(key, "#6b7280")
    return f'<span class="badge" style="background-color:{colour}">&nbsp;{e(label)}&nbsp;</span>'


def _rating(p: Person) -> str:
    return _rating_badge(spoken_language(), p.rating)


@lru_cache(maxsize=256)  # a handful of ratings per language, on 100,000 rows
def _rating_badge(language: str, rating: str | None) -> str:
    """(``language``: the one spoken, so that each language has its own entries)"""
    if not rating:
        return _badge(None, "")
    try:
        label = translate("Rating", Rating(rating).label)
    except ValueError:
        label = rating
    return _badge(rating, label)


def _who(p: Person) -> str:
    title, company = p.title, p.company
    extra = f"{title}, {company}" if title and company else title or company
    return f"<b>{e(p.name)}</b>" + (f'<br><span class="who">{e(extra)}</span>' if extra else "")


def _who_line(p: Person) -> str:
    return f"{e(p.who)}"


def _lines(values: Sequence[str]) -> str:
    """One value as is; several (said on different visits) as a bulleted column."""
    if not values:
        return '<span class="muted">—</span>'
    if len(values) == 1:
        return e(values[0])
    return "<br>".join(f"• {e(v)}" for v in values)


def muted(text: str) -> str:
    """A grey line of explanation (escaped)."""
    return f'<p class="muted">{e(text)}</p>'


def _due(value: str) -> str:
    return _due_in(spoken_language(), value)


@lru_cache(maxsize=4096)  # a show's follow-ups are due on a few dates
def _due_in(language: str, value: str) -> str:
    try:
        return day(date.fromisoformat(value))
    except ValueError:
        return value


def _opt(value: str | None) -> str:
    return _shown_option(value) if value else '<span class="muted">—</span>'


@lru_cache(maxsize=4096)  # next steps, owners, timelines: a few values said by many
def _shown_option(value: str) -> str:
    return e(value.replace("_", " "))


def _table(
    headers: Sequence[tuple[str, int]],
    items: Sequence[T],
    row: Callable[[int, T], Sequence[str]],
    none: str,
    limit: int | None = None,
) -> str:
    """A data table; each header comes with its share of the width in percent.

    ``row(n, item)`` makes the cells of the n-th item (from 1), and only of the
    items listed: a PDF lists the first ``limit`` of 100,000 follow-ups, and making
    the markup of all of them was most of its time."""
    if not items:
        return f'<p class="empty">{e(none)}</p>'
    more = ""
    if limit is not None and len(items) > limit:
        more = (
            '<p class="muted">'
            + e(
                translate(
                    "Debrief",
                    "The first {limit} of {count} are listed here. The web page version of this "
                    "debrief and the CSV export hold them all.",
                ).format(limit=number(limit), count=number(len(items)))
            )
            + "</p>"
        )
        items = items[:limit]
    head = "".join(f'<th width="{w}%">{e(h)}</th>' for h, w in headers)
    body = "".join(
        f"<tr><td>{'</td><td>'.join(row(n, item))}</td></tr>"
        for n, item in enumerate(items, start=1)
    )
    return (
        '<table class="data" cellspacing="0" cellpadding="5" border="0" width="100%">'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{more}"
    )


def breakable_email(address: str, mark: str) -> str:
    """An escaped address where a line may break: before "@" and before each dot of
    the domain (``mark``: ``<wbr>`` for browsers, a zero-width space for Qt)."""
    local, at, domain = address.partition("@")
    if not at:
        return e(address)
    # (escaping adds no dot, so the escaped domain breaks before the same dots)
    return e(local) + mark + "@" + e(domain).replace(".", mark + ".")


def _class_label(value: str) -> str:
    return _class_label_in(spoken_language(), value)


@lru_cache(maxsize=256)
def _class_label_in(language: str, value: str) -> str:
    try:
        return translate("VisitorClass", VisitorClass(value).label)
    except ValueError:
        return value
