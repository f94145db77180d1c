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
from datetime import date
from html import escape
from typing import TypeVar

from showfloor.domain.questions import Rating, VisitorClass
from showfloor.domain.texts import QT_TRANSLATE_NOOP
from showfloor.services.catalog import day, number, speaking, spoken_language, translate
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

ChartMarkup = Callable[[Chart], str]
MAX_WORDINGS = 8  # per recurring point
MAX_NAMED_BY = 12  # who named a partner, in the PDF
MAX_NAMES = 6  # per wording

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

BROWSER_CSS = """
@page { size: A4; margin: 16mm 14mm 18mm; }
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 62rem; padding: 2rem 1.5rem 4rem; color: #1f2937;
  font: 15px/1.55 "Segoe UI", "Helvetica Neue", "DejaVu Sans", Arial, sans-serif; }
h1 { font-size: 2rem; margin: .1rem 0 .3rem; line-height: 1.2; }
h2 { font-size: 1.35rem; margin: 2.4rem 0 .8rem; padding-bottom: .3rem;
  border-bottom: 2px solid #0f766e; break-after: avoid; }
h3 { font-size: 1.05rem; margin: 1.4rem 0 .5rem; color: #0f766e; break-after: avoid; }
p { margin: .4rem 0; }
.kicker { text-transform: uppercase; letter-spacing: .08em; font-size: .78rem; color: #0f766e;
  font-weight: 600; margin: 0; }
.meta, .muted, .empty { color: #6b7280; }
.empty { font-style: italic; }
nav ol { columns: 2; padding-left: 1.2rem; margin: .6rem 0 0; }
nav a { color: #0f766e; text-decoration: none; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: .92rem; }
th, td { text-align: left; vertical-align: top; padding: .38rem .55rem;
  border-bottom: 1px solid #e5e7eb; }
th { background: #f3f4f6; font-weight: 600; border-bottom: 1px solid #d1d5db; }
tr { break-inside: avoid; }
table.stats td { border: none; background: #f0fdfa; text-align: center; padding: .7rem .4rem;
  width: 20%; }
table.stats td + td { border-left: 4px solid #fff; }
.stat { display: inline-block; font-size: 1.9rem; font-weight: 700; color: #0f766e;
  line-height: 1.1; }
table.charts td { border: none; padding: .2rem .4rem 1rem 0; width: 50%; }
table.charts td[colspan] { width: auto; }
.chart-title { font-weight: 600; margin: 0 0 .3rem; }
svg { max-width: 100%; height: auto; }
.insight { margin: .2rem 0 .9rem; break-inside: avoid; }
.point { font-weight: 600; margin: 0; }
.count { display: inline-block; min-width: 1.7rem; text-align: center; color: #fff;
  background: #0f766e; border-radius: .8rem; padding: 0 .45rem; margin-right: .45rem;
  font-size: .85rem; }
ul.quotes { margin: .2rem 0 0 2.15rem; padding: 0; list-style: none; }
ul.quotes li { margin: .15rem 0; color: #374151; }
.who { color: #6b7280; font-size: .9rem; }
.why { margin: .15rem 0 0 2.15rem; color: #6b7280; font-size: .82rem; font-style: italic; }
.done { color: #15803d; font-weight: 600; }
.badge { display: inline-block; padding: 0 .45rem; border-radius: .6rem; font-size: .8rem;
  font-weight: 600; color: #fff; }
.nocontact { color: #b91c1c; font-weight: 600; font-size: .85rem; }
.contact { font-size: .88rem; }
footer { margin-top: 3rem; color: #9ca3af; font-size: .8rem; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  nav { display: none; }
  h2 { margin-top: 1.6rem; }
  a { color: inherit; text-decoration: none; }
}
"""

# QTextDocument's CSS: no selectors beyond element/class, no inline-block, no
# border-radius; sizes in pt print the same on any paint device.
QT_CSS = """
body { color: #1f2937; font-size: 9.5pt; }
h1 { font-size: 22pt; margin-top: 0; margin-bottom: 2pt; }
h2 { font-size: 14pt; color: #0f766e; margin-top: 20pt; margin-bottom: 6pt; }
h3 { font-size: 11pt; color: #374151; margin-top: 12pt; margin-bottom: 4pt; }
p { margin-top: 2pt; margin-bottom: 2pt; }
li { margin-bottom: 1pt; }
.kicker { color: #0f766e; font-size: 8pt; font-weight: bold; }
.meta { color: #4b5563; font-size: 10.5pt; margin-bottom: 8pt; }
.contact { font-size: 8.5pt; }
.muted, .who, .empty { color: #6b7280; }
.empty { font-style: italic; }
table.data { border-collapse: collapse; margin-bottom: 6pt; }
table.data th { background-color: #e6f2f1; font-weight: bold; text-align: left; color: #134e4a; }
table.data td { border-bottom: 1px solid #e5e7eb; }
td.statcell { background-color: #f0fdfa; text-align: center; color: #374151; }
.stat { font-size: 20pt; font-weight: bold; color: #0f766e; }
.chart-title { font-weight: bold; margin-top: 8pt; }
.point { font-weight: bold; margin-top: 7pt; margin-bottom: 1pt; }
.count { color: #ffffff; background-color: #0f766e; font-weight: bold; }
ul.quotes { margin-top: 0; margin-bottom: 3pt; }
.badge { color: #ffffff; font-weight: bold; }
.nocontact { color: #b91c1c; font-weight: bold; }
.why { color: #6b7280; font-size: 8pt; font-style: italic; margin-left: 18pt; }
.done { color: #15803d; font-weight: bold; }
"""


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
    The page is in the debrief's language (``debrief.language``).
    """
    with speaking(debrief.language):
        return _page(debrief, chart, for_qt, max_rows)


def _page(debrief: Debrief, chart: ChartMarkup, for_qt: bool, max_rows: int | None) -> str:
    title = translate("Debrief", "Debrief — {event_name}").format(event_name=debrief.event_name)
    points = None if max_rows is None else max(1, max_rows // 5)  # recurring points per list
    body = "".join(
        [
            _header(debrief),
            "" if for_qt else _nav(),
            _summary(debrief, chart, for_qt),
            _mentors(debrief, points),
            _section(
                "pains",
                _insights(debrief.pains, translate("Debrief", "No customer named a pain."), points),
            ),
            _section(
                "features",
                _insights(
                    debrief.missing_features,
                    translate("Debrief", "No customer named a missing feature."),
                    points,
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
            '<p class="muted" style="margin-top:24pt">'
            + e(
                translate("Debrief", "Made with Showfloor on {when} UTC.").format(
                    when=f"{debrief.generated_at:%Y-%m-%d %H:%M}"
                )
            )
            + "</p>",
        ]
    )
    css = QT_CSS if for_qt else BROWSER_CSS
    return (
        f'<!DOCTYPE html>\n<html lang="{spoken_language()}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{e(title)}</title><style>{css}</style></head><body>{body}</body></html>\n"
    )


def _section(key: str, content: str) -> str:
    number, title = next((i, t) for i, (k, t) in enumerate(SECTIONS, start=1) if k == key)
    heading = e(translate("Debrief", title))
    return f'<div class="section" id="{key}"><h2>{number}. {heading}</h2>{content}</div>'


def _header(d: Debrief) -> str:
    meta = " · ".join(p for p in (e(d.venue), e(event_days(d))) if p)
    kicker = e(translate("Debrief", "Showfloor debrief"))
    return f'<p class="kicker">{kicker}</p><h1>{e(d.event_name)}</h1>' + (
        f'<p class="meta">{meta}</p>' if meta else ""
    )


def _nav() -> str:
    items = "".join(
        f'<li><a href="#{k}">{e(translate("Debrief", t))}</a></li>' for k, t in SECTIONS
    )
    return f'<nav aria-label="{e(translate("Debrief", "Contents"))}"><ol>{items}</ol></nav>'


def _summary(d: Debrief, chart: ChartMarkup, for_qt: bool) -> str:
    hot = next((b.value for b in d.by_rating.bars if b.key == Rating.HOT.value), 0)
    stats = (
        (d.leads, translate("Debrief", "people met")),
        (d.visits, translate("Debrief", "conversations")),
        (d.returning, translate("Debrief", "came back")),
        (hot, translate("Debrief", "rated hot")),
        (d.consented, translate("Debrief", "agreed to contact")),
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
        (
            translate("Debrief", "Reservations of the market"),
            d.reservations,
            translate("Debrief", "No mentor named a reservation."),
        ),
        (
            translate("Debrief", "Barriers to entry"),
            d.barriers,
            translate("Debrief", "No mentor named a barrier."),
        ),
        (
            translate("Debrief", "Missing from our pitch or product"),
            d.pitch_gaps,
            translate("Debrief", "No mentor named a gap."),
        ),
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
        wordings: dict[str, list[str]] = {}
        for text, q in item.quotes:
            heard = (
                translate("Debrief", ", heard by {staff}").format(staff=e(q.staff))
                if q.staff
                else ""
            )
            wordings.setdefault(text, []).append(f"{e(q.person.who)}{heard}")
        # A big show's point is made by hundreds: its wordings and who said them are
        # quoted a few at a time (the count says how many), so the page stays readable
        # and the PDF lays out in seconds.
        shown = list(wordings.items())[:MAX_WORDINGS]
        quotes = "".join(
            f'<li>“{e(text)}” <span class="who">— {" · ".join(people[:MAX_NAMES])}'
            + (
                e(
                    translate("Debrief", " and {count} more").format(
                        count=number(len(people) - MAX_NAMES)
                    )
                )
                if len(people) > MAX_NAMES
                else ""
            )
            + "</span></li>"
            for text, people in shown
        )
        if len(wordings) > MAX_WORDINGS:
            others = translate("Debrief", "… other wordings: {count}").format(
                count=number(len(wordings) - MAX_WORDINGS)
            )
            quotes += f'<li class="who">{e(others)}</li>'

        people = translate("Debrief", "People who made this point: {count}").format(
            count=number(item.count)
        )
        why = (
            '<p class="why">'
            + e(
                translate("Debrief", "Grouped because they say: {words}").format(
                    words="; ".join(item.because)
                )
            )
            + "</p>"
            if item.because and len(wordings) > 1
            else ""
        )
        blocks.append(
            '<div class="insight">'
            f'<p class="point"><span class="count" title="{e(people)}">'
            f"&nbsp;{item.count}&nbsp;</span> {e(item.label)}</p>"
            f'<ul class="quotes">{quotes}</ul>{why}</div>'
        )
    if limit is not None and len(items) > limit:
        blocks.append(
            '<p class="muted">'
            + e(
                translate(
                    "Debrief",
                    "The {limit} points made most of {count} are listed here; the web page "
                    "version of this debrief lists them all.",
                ).format(limit=number(limit), count=number(len(items)))
            )
            + "</p>"
        )
    return "".join(blocks)


def _badge(key: str | None, label: str) -> str:
    if not key:
        return '<span class="muted">—</span>'
    colour = COLOURS.get(key, "#6b7280")
    return f'<span class="badge" style="background-color:{colour}">&nbsp;{e(label)}&nbsp;</span>'


def _rating(p: Person) -> str:
    if not p.rating:
        return _badge(None, "")
    try:
        label = translate("Rating", Rating(p.rating).label)
    except ValueError:
        label = p.rating
    return _badge(p.rating, label)


def _who(p: Person) -> str:
    extra = ", ".join(x for x in (p.title, p.company) if x)
    return f"<b>{e(p.name)}</b>" + (f'<br><span class="who">{e(extra)}</span>' if extra else "")


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
    try:
        return day(date.fromisoformat(value))
    except ValueError:
        return value


def _opt(value: str | None) -> str:
    return e(value.replace("_", " ")) if value else '<span class="muted">—</span>'


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
        "<tr>" + "".join(f"<td>{c}</td>" for c in row(n, item)) + "</tr>"
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
    headers = (
        (translate("Debrief", "Customer"), 30),
        (translate("Debrief", "Rating"), 10),
        (translate("Debrief", "Timeline"), 18),
        (translate("Debrief", "Decision maker"), 14),
        (translate("Debrief", "Already buys from"), 28),
    )
    return (
        "<h3>"
        + e(
            translate("Debrief", "Happy to be first ({count})").format(
                count=number(len(d.early_adopters))
            )
        )
        + "</h3>"
        + _table(
            headers,
            d.early_adopters,
            _adopter_row,
            translate("Debrief", "No customer said they would go first."),
            limit,
        )
        + "<h3>"
        + e(
            translate("Debrief", "Will ask who else uses it ({count})").format(
                count=number(len(d.needs_references))
            )
        )
        + "</h3>"
        + _table(
            headers,
            d.needs_references,
            _adopter_row,
            translate("Debrief", "No customer asked for references."),
            limit,
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
    headers = (
        (translate("Debrief", "Who"), 20),
        (translate("Debrief", "Channels and audience"), 20),
        (translate("Debrief", "Topics"), 14),
        (translate("Debrief", "What they thought"), 17),
        (translate("Debrief", "Plan to delight"), 17),
        (translate("Debrief", "Owner"), 12),
    )
    return _table(
        headers, items, _kol_row, translate("Debrief", "No key opinion leader visited."), limit
    )


def _partner_row(p: Partner, names: int | None) -> list[str]:
    """``names``: how many of those who named it to list (None: all of them)."""
    named = p.named_by if names is None else p.named_by[:names]
    more = len(p.named_by) - len(named)
    return [
        f"<b>{e(p.name)}</b>",
        e(
            translate("Debrief", "referral (mentor)")
            if p.kind == "referral"
            else translate("Debrief", "already buys from (customer)")
        ),
        "<br>".join(_who_line(x) for x in named)
        + (f'<br><span class="who">{e(_and_more(more))}</span>' if more else ""),
        e(p.status),
    ]


def _referrals(d: Debrief, limit: int | None) -> str:
    """Whom visitors named as sources of customers, and who mentors say to target."""
    headers = (
        (translate("Debrief", "Who"), 28),
        (translate("Debrief", "How they came up"), 20),
        (translate("Debrief", "Named by"), 30),
        (translate("Debrief", "Status"), 22),
    )
    intro = muted(
        translate(
            "Debrief",
            "Referrals mentors offered, and the suppliers customers already buy from: "
            "competitors and neighbours can send prospects our way.",
        )
    )
    # A supplier half the customers named is named by thousands at a big show: the PDF
    # lists a few of them (those thousands were most of its pages' text at 100k leads).
    names = None if limit is None else MAX_NAMED_BY

    def row(_n: int, p: Partner) -> list[str]:
        return _partner_row(p, names)

    partners = intro + _table(
        headers,
        d.partners,
        row,
        translate("Debrief", "No visitor named a referral or a supplier."),
        limit,
    )
    targets = [r for r in d.referrals if r.right_customer]
    right = ""
    if targets:
        items = "".join(
            f'<li>{_lines(r.right_customer)} <span class="who">— {e(r.person.who)}</span></li>'
            for r in targets[: limit or len(targets)]
        )
        heading = e(translate("Debrief", "Who mentors say the right customer is"))
        right = f"<h3>{heading}</h3><ul>{items}</ul>"
    return partners + right


def _and_more(count: int) -> str:
    return translate("Debrief", "and {count} more").format(count=number(count))


def _who_line(p: Person) -> str:
    return f"{e(p.who)}"


def breakable_email(address: str, mark: str) -> str:
    """An escaped address where a line may break: before "@" and before each dot of
    the domain (``mark``: ``<wbr>`` for browsers, a zero-width space for Qt)."""
    local, at, domain = address.partition("@")
    if not at:
        return e(address)
    return e(local) + mark + "@" + mark.join(e(part) for part in _dots(domain))


def _dots(domain: str) -> list[str]:
    parts = domain.split(".")
    return [parts[0], *("." + p for p in parts[1:])]


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
            refused = e(translate("Debrief", "no consent: do not contact"))
            contact += f'<br><span class="nocontact">{refused}</span>'
        due = translate("Debrief", "due {date}").format(date=_due(f.due)) if f.due else ""
        step = _opt(f.next_step) + (f'<br><span class="who">{e(due)}</span>' if f.due else "")
        if f.done:
            step += f'<br><span class="done">{e(translate("Debrief", "done"))}</span>'
        who = _who(p) + f'<br><span class="who">{e(_class_label(p.visitor_class))}</span>'
        return [str(n), _rating(p), who, step, _opt(f.owner), contact]

    headers = (
        ("#", 6),
        (translate("Debrief", "Rating"), 10),
        (translate("Debrief", "Who"), 26),
        (translate("Debrief", "Next step"), 19),
        (translate("Debrief", "Owner"), 12),
        (translate("Debrief", "Contact"), 27),
    )
    intro = muted(
        translate(
            "Debrief",
            "Hot first, then warm, cold and unrated; within a rating, the earliest due next "
            "step first.",
        )
    )
    return intro + _table(headers, items, row, translate("Debrief", "No leads yet."), limit)


def _note_row(_n: int, n: Note) -> list[str]:
    return [
        _who(n.person) + f'<br><span class="who">{e(_class_label(n.person.visitor_class))}</span>',
        e(n.text).replace("\n", "<br>"),
        e(n.staff or "—") + f'<br><span class="who">{n.at:%a %d %b, %H:%M} UTC</span>',
    ]


def _notes(items: Sequence[Note], limit: int | None) -> str:
    headers = (
        (translate("Debrief", "Who"), 28),
        (translate("Debrief", "Note"), 50),
        (translate("Debrief", "Heard by"), 22),
    )
    intro = muted(translate("Debrief", "Every note typed at the booth, hot leads first."))
    return intro + _table(
        headers, items, _note_row, translate("Debrief", "No notes were typed."), limit
    )


def _class_label(value: str) -> str:
    try:
        return translate("VisitorClass", VisitorClass(value).label)
    except ValueError:
        return value
