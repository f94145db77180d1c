"""The debrief as one self-contained HTML page: inline CSS and SVG, no script.

Everything a visitor typed reaches this page (names, quotes, companies), so every
value goes through ``escape`` exactly once, here; a name such as
``<script>alert(1)</script>`` prints as text. The same markup also feeds Qt's
QTextDocument for the PDF, which understands only a subset of HTML and CSS: the
layout therefore uses tables and plain block elements, and the PDF swaps the
stylesheet and the chart markup (``for_qt``, ``chart``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from html import escape
from typing import TypeVar

from showfloor.domain.questions import Rating, VisitorClass
from showfloor.services.charts import Chart
from showfloor.services.report import (
    Adopter,
    Debrief,
    FollowUp,
    Insight,
    Kol,
    Note,
    Partner,
    Person,
    event_days,
)
from showfloor.services.report_charts import COLOURS, svg_chart
from showfloor.services.report_css import BROWSER_CSS, QT_CSS

ChartMarkup = Callable[[Chart], str]
MAX_WORDINGS = 8  # per recurring point
MAX_NAMED_BY = 12  # who named a partner, in the PDF
MAX_NAMES = 6  # per wording

SECTIONS = (
    ("summary", "The show in numbers"),
    ("mentors", "What mentors told us"),
    ("pains", "Customers' pains"),
    ("features", "Features customers miss"),
    ("adopters", "Early adopters and those who need references"),
    ("kols", "Key opinion leaders"),
    ("referrals", "Referrals and partners"),
    ("notes", "Notes from the booth"),
    ("follow-up", "Follow-up list"),
)

T = TypeVar("T")
# What escaping changes; most texts of a debrief hold none of it, and escape()'s
# five replaces on each of a big show's 200,000 texts were a tenth of the page.
_SPECIAL = re.compile("[&<>\"']")


def e(value: object) -> str:
    """Escape for text and attribute values alike."""
    text = "" if value is None else str(value)
    return escape(text, quote=True) if _SPECIAL.search(text) else text


def render_html(
    debrief: Debrief,
    *,
    chart: ChartMarkup = svg_chart,
    for_qt: bool = False,
    max_rows: int | None = None,
) -> str:
    """The whole page. ``chart`` turns a Chart into markup (inline SVG by default).

    ``max_rows`` keeps each list to its first rows, with a line saying where the
    rest are: a PDF of a big show is read, not searched (4,000 follow-ups were 376
    pages and 15 s to lay out), while the HTML page and the CSV hold everyone.
    """
    title = f"Debrief — {debrief.event_name}"
    points = None if max_rows is None else max(1, max_rows // 5)  # recurring points per list
    body = "".join(
        [
            _header(debrief),
            "" if for_qt else _nav(),
            _summary(debrief, chart, for_qt),
            _mentors(debrief, points),
            _section("pains", _insights(debrief.pains, "No customer named a pain.", points)),
            _section(
                "features",
                _insights(
                    debrief.missing_features, "No customer named a missing feature.", points
                ),
            ),
            _section("adopters", _adopters(debrief, max_rows)),
            _section("kols", _kols(debrief.kols, max_rows)),
            _section("referrals", _referrals(debrief, max_rows)),
            _section("notes", _notes(debrief.notes, max_rows)),
            _section(
                "follow-up",
                _follow_ups(debrief.follow_ups, max_rows, "\u200b" if for_qt else "<wbr>"),
            ),
            f'<p class="muted" style="margin-top:24pt">Made with Showfloor on '
            f'{debrief.generated_at:%Y-%m-%d %H:%M} UTC.</p>',
        ]
    )
    css = QT_CSS if for_qt else BROWSER_CSS
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{e(title)}</title><style>{css}</style></head><body>{body}</body></html>\n"
    )


def _section(key: str, content: str) -> str:
    number, title = next((i, t) for i, (k, t) in enumerate(SECTIONS, start=1) if k == key)
    return f'<div class="section" id="{key}"><h2>{number}. {e(title)}</h2>{content}</div>'


def _header(d: Debrief) -> str:
    meta = " · ".join(p for p in (e(d.venue), e(event_days(d))) if p)
    return (
        '<p class="kicker">Showfloor debrief</p>'
        f"<h1>{e(d.event_name)}</h1>"
        + (f'<p class="meta">{meta}</p>' if meta else "")
    )


def _nav() -> str:
    items = "".join(f'<li><a href="#{k}">{e(t)}</a></li>' for k, t in SECTIONS)
    return f'<nav aria-label="Contents"><ol>{items}</ol></nav>'


def _summary(d: Debrief, chart: ChartMarkup, for_qt: bool) -> str:
    hot = next((b.value for b in d.by_rating.bars if b.key == Rating.HOT.value), 0)
    stats = (
        (d.leads, "people met"),
        (d.visits, "conversations"),
        (d.returning, "came back"),
        (hot, "rated hot"),
        (d.consented, "agreed to contact"),
    )
    cells = "".join(
        f'<td class="statcell" width="20%"><span class="stat">{n}</span><br>{e(label)}</td>'
        for n, label in stats
    )
    spacing = ' cellspacing="4" cellpadding="6" width="100%"' if for_qt else ""
    charts = (d.by_class, d.by_rating, d.by_hour, d.by_staff)
    figure = [
        f'<p class="chart-title">{e(c.title)}</p>{chart(c)}'
        + (f'<p class="muted">{e(c.caption)}</p>' if c.caption else "")
        for c in charts
    ]
    padding = ' cellpadding="4" width="100%"' if for_qt else ""
    grid = (
        f'<table class="charts" role="presentation"{padding}>'
        f"<tr><td>{figure[0]}</td><td>{figure[1]}</td></tr>"
        f'<tr><td colspan="2">{figure[2]}</td></tr>'
        f"<tr><td>{figure[3]}</td><td></td></tr></table>"
    )
    stats_table = f'<table class="stats" role="presentation"{spacing}><tr>{cells}</tr></table>'
    return _section("summary", stats_table + grid)


def _mentors(d: Debrief, points: int | None) -> str:
    parts = [
        ("Reservations of the market", d.reservations, "No mentor named a reservation."),
        ("Barriers to entry", d.barriers, "No mentor named a barrier."),
        ("Missing from our pitch or product", d.pitch_gaps, "No mentor named a gap."),
    ]
    content = "".join(
        f"<h3>{e(t)}</h3>{_insights(items, none, points)}" for t, items, none in parts
    )
    return _section("mentors", content)


def _insights(items: Sequence[Insight], none: str, limit: int | None = None) -> str:
    """Each point with its count; under it every wording used, and who used it."""
    if not items:
        return f'<p class="empty">{e(none)}</p>'
    blocks = []
    for item in items[:limit]:
        # A big show's point is made by hundreds: its wordings and who said them are
        # quoted a few at a time (the count says how many), so the page stays readable
        # and the PDF lays out in seconds. Markup is made only for the names shown.
        wordings: dict[str, tuple[list[int], list[str] | None]] = {}  # text -> said, names
        for text, q in item.quotes:
            entry = wordings.get(text)
            if entry is None:  # (names only for the wordings shown)
                entry = wordings[text] = ([0], [] if len(wordings) < MAX_WORDINGS else None)
            said, names = entry
            said[0] += 1
            if names is not None and said[0] <= MAX_NAMES:
                heard = f", heard by {e(q.staff)}" if q.staff else ""
                names.append(f"{e(q.person.who)}{heard}")
        shown = list(wordings.items())[:MAX_WORDINGS]
        quotes = "".join(
            f'<li>“{e(text)}” <span class="who">— {" · ".join(names or ())}'
            + (f" and {said[0] - MAX_NAMES:,} more" if said[0] > MAX_NAMES else "")
            + "</span></li>"
            for text, (said, names) in shown
        )
        if len(wordings) > MAX_WORDINGS:
            quotes += f'<li class="who">… and {len(wordings) - MAX_WORDINGS:,} other wordings</li>'

        people = "person" if item.count == 1 else "people"
        why = (
            f'<p class="why">Grouped because they say: {e("; ".join(item.because))}</p>'
            if item.because and len(wordings) > 1
            else ""
        )
        blocks.append(
            '<div class="insight">'
            f'<p class="point"><span class="count" title="{item.count} {people}">'
            f"&nbsp;{item.count}&nbsp;</span> {e(item.label)}</p>"
            f'<ul class="quotes">{quotes}</ul>{why}</div>'
        )
    if limit is not None and len(items) > limit:
        blocks.append(
            f'<p class="muted">The {limit:,} points made most of {len(items):,} are listed '
            "here; the web page version of this debrief lists them all.</p>"
        )
    return "".join(blocks)


def _badge(key: str | None, label: str) -> str:
    if not key:
        return '<span class="muted">—</span>'
    colour = COLOURS.get(key, "#6b7280")
    return f'<span class="badge" style="background-color:{colour}">&nbsp;{e(label)}&nbsp;</span>'


def _rating(p: Person) -> str:
    return _rating_badge(p.rating)


@lru_cache(maxsize=64)  # a handful of ratings, on 100,000 rows
def _rating_badge(rating: str | None) -> str:
    if not rating:
        return _badge(None, "")
    try:
        label = Rating(rating).label
    except ValueError:
        label = rating
    return _badge(rating, label)


def _who(p: Person) -> str:
    title, company = p.title, p.company
    extra = f"{title}, {company}" if title and company else title or company
    return f"<b>{e(p.name)}</b>" + (f'<br><span class="who">{e(extra)}</span>' if extra else "")


def _lines(values: Sequence[str]) -> str:
    """One value as is; several (said on different visits) as a bulleted column."""
    if not values:
        return '<span class="muted">—</span>'
    if len(values) == 1:
        return e(values[0])
    return "<br>".join(f"• {e(v)}" for v in values)


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
            f'<p class="muted">The first {limit:,} of {len(items):,} are listed here. The web '
            "page version of this debrief and the CSV export hold them all.</p>"
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


def _adopter_row(_n: int, a: Adopter) -> list[str]:
    return [_who(a.person), _rating(a.person), _opt(a.timeline), _opt(a.decision_maker),
            _opt(a.buys_from)]  # fmt: skip


def _adopters(d: Debrief, limit: int | None) -> str:
    headers = (("Customer", 30), ("Rating", 10), ("Timeline", 18), ("Decision maker", 14),
               ("Already buys from", 28))  # fmt: skip
    return (
        f"<h3>Happy to be first ({len(d.early_adopters)})</h3>"
        + _table(
            headers, d.early_adopters, _adopter_row, "No customer said they would go first.",
            limit,
        )
        + f"<h3>Will ask who else uses it ({len(d.needs_references)})</h3>"
        + _table(
            headers, d.needs_references, _adopter_row, "No customer asked for references.", limit
        )
    )


def _kol_row(_n: int, k: Kol) -> list[str]:
    return [
        _who(k.person),
        _lines(k.channels) + (f'<br><span class="who">audience {e(k.audience)}</span>'
                              if k.audience else ""),
        _lines(k.topics),
        _lines(k.impressions),
        _lines(k.delight_plans),
        _opt(k.owner),
    ]  # fmt: skip


def _kols(items: Sequence[Kol], limit: int | None) -> str:
    headers = (("Who", 20), ("Channels and audience", 20), ("Topics", 14),
               ("What they thought", 17), ("Plan to delight", 17), ("Owner", 12))  # fmt: skip
    return _table(headers, items, _kol_row, "No key opinion leader visited.", limit)


def _partner_row(p: Partner, names: int | None) -> list[str]:
    """``names``: how many of those who named it to list (None: all of them)."""
    named = p.named_by if names is None else p.named_by[:names]
    more = len(p.named_by) - len(named)
    return [
        f"<b>{e(p.name)}</b>",
        e("referral (mentor)" if p.kind == "referral" else "already buys from (customer)"),
        "<br>".join(_who_line(x) for x in named)
        + (f'<br><span class="who">and {more:,} more</span>' if more else ""),
        e(p.status),
    ]


def _referrals(d: Debrief, limit: int | None) -> str:
    """Whom visitors named as sources of customers, and who mentors say to target."""
    headers = (("Who", 28), ("How they came up", 20), ("Named by", 30), ("Status", 22))
    intro = (
        '<p class="muted">Referrals mentors offered, and the suppliers customers already buy '
        "from: competitors and neighbours can send prospects our way.</p>"
    )
    # A supplier half the customers named is named by thousands at a big show: the PDF
    # lists a few of them (those thousands were most of its pages' text at 100k leads).
    names = None if limit is None else MAX_NAMED_BY

    def row(_n: int, p: Partner) -> list[str]:
        return _partner_row(p, names)

    partners = intro + _table(
        headers, d.partners, row, "No visitor named a referral or a supplier.", limit
    )
    targets = [r for r in d.referrals if r.right_customer]
    right = ""
    if targets:
        items = "".join(
            f"<li>{_lines(r.right_customer)} "
            f'<span class="who">— {e(r.person.who)}</span></li>'
            for r in targets[: limit or len(targets)]
        )
        right = f"<h3>Who mentors say the right customer is</h3><ul>{items}</ul>"
    return partners + right


def _who_line(p: Person) -> str:
    return f"{e(p.who)}"


def breakable_email(address: str, mark: str) -> str:
    """An escaped address where a line may break: before "@" and before each dot of
    the domain (``mark``: ``<wbr>`` for browsers, a zero-width space for Qt)."""
    local, at, domain = address.partition("@")
    if not at:
        return e(address)
    # (escaping adds no dot, so the escaped domain breaks before the same dots)
    return e(local) + mark + "@" + e(domain).replace(".", mark + ".")


def _follow_ups(items: Sequence[FollowUp], limit: int | None, mark: str = "<wbr>") -> str:
    def row(n: int, f: FollowUp) -> list[str]:
        p = f.person
        reach = [breakable_email(p.email, mark)] if p.email else []
        reach += [e(p.phone)] if p.phone else []
        contact = (
            f'<span class="contact">{"<br>".join(reach)}</span>'
            if reach
            else '<span class="muted">—</span>'
        )
        if not p.consent:
            contact += '<br><span class="nocontact">no consent: do not contact</span>'
        step = _opt(f.next_step) + (f'<br><span class="who">due {e(f.due)}</span>' if f.due else "")
        if f.done:
            step += '<br><span class="done">done</span>'
        who = _who(p) + _class_line(p.visitor_class)
        return [str(n), _rating(p), who, step, _opt(f.owner), contact]

    headers = (("#", 6), ("Rating", 10), ("Who", 26), ("Next step", 19), ("Owner", 12),
               ("Contact", 27))  # fmt: skip
    intro = (
        '<p class="muted">Hot first, then warm, cold and unrated; within a rating, the '
        "earliest due next step first.</p>"
    )
    return intro + _table(headers, items, row, "No leads yet.", limit)


def _note_row(_n: int, n: Note) -> list[str]:
    return [
        _who(n.person) + _class_line(n.person.visitor_class),
        e(n.text).replace("\n", "<br>"),
        _staff(n.staff) + f'<br><span class="who">{n.at:%a %d %b, %H:%M} UTC</span>',
    ]


def _notes(items: Sequence[Note], limit: int | None) -> str:
    headers = (("Who", 28), ("Note", 50), ("Heard by", 22))
    intro = '<p class="muted">Every note typed at the booth, hot leads first.</p>'
    return intro + _table(headers, items, _note_row, "No notes were typed.", limit)


@lru_cache(maxsize=64)
def _class_line(value: str) -> str:
    """The visitor's class under their name."""
    return f'<br><span class="who">{e(_class_label(value))}</span>'


@lru_cache(maxsize=256)
def _staff(name: str | None) -> str:
    return e(name or "—")


@lru_cache(maxsize=64)
def _class_label(value: str) -> str:
    try:
        return VisitorClass(value).label
    except ValueError:
        return value
