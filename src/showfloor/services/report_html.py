"""The debrief as one self-contained HTML page: inline CSS and SVG, no script.

Everything a visitor typed reaches this page (names, quotes, companies), so every
value goes through ``escape`` exactly once, here; a name such as
``<script>alert(1)</script>`` prints as text. The same markup also feeds Qt's
QTextDocument for the PDF, which understands only a subset of HTML and CSS: the
layout therefore uses tables and plain block elements, and the PDF swaps the
stylesheet and the chart markup (``for_qt``, ``chart``).

This module puts the page together; its parts live apart: the stylesheets in
``report_css``, escaping and the shared cells and table in ``report_markup``, the
summary and recurring points in ``report_insight_sections``, the lists of people in
``report_people_sections``.
"""

from __future__ import annotations

from showfloor.services.catalog import speaking, spoken_language, translate
from showfloor.services.report import Debrief, event_days
from showfloor.services.report_charts import svg_chart
from showfloor.services.report_css import BROWSER_CSS, QT_CSS
from showfloor.services.report_insight_sections import ChartMarkup, _insights, _mentors, _summary
from showfloor.services.report_markup import SECTIONS, _section, e
from showfloor.services.report_people_sections import (
    MAX_NAMED_BY,
    _adopters,
    _follow_ups,
    _kols,
    _notes,
    _referrals,
)

# What the tests and callers read from here, whichever module now defines it.
__all__ = ["MAX_NAMED_BY", "SECTIONS", "render_html"]


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
