"""The debrief's summary (counts and charts) and its recurring points (what mentors
said, customers' pains and missing features), each point with its wordings."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from showfloor.domain.questions import Rating
from showfloor.services.catalog import number, translate
from showfloor.services.charts import Chart
from showfloor.services.report import Debrief, Insight
from showfloor.services.report_markup import _section, e

ChartMarkup = Callable[[Chart], str]
MAX_WORDINGS = 8  # per recurring point
MAX_NAMES = 6  # per wording


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
    heard_by = translate("Debrief", ", heard by {staff}")
    for item in items[:limit]:
        # A big show's point is made by hundreds: its wordings and who said them are
        # quoted a few at a time (the count says how many), so the page stays readable
        # and the PDF lays out in seconds. Markup is made only for the names shown
        # (all of a show's quotes were escaped and worded to show a few per point).
        wordings: dict[str, tuple[list[int], list[str] | None]] = {}  # text -> said, names
        for text, q in item.quotes:
            entry = wordings.get(text)
            if entry is None:  # (names only for the wordings shown)
                entry = wordings[text] = ([0], [] if len(wordings) < MAX_WORDINGS else None)
            said, names = entry
            said[0] += 1
            if names is not None and said[0] <= MAX_NAMES:
                heard = heard_by.format(staff=e(q.staff)) if q.staff else ""
                names.append(f"{e(q.person.who)}{heard}")
        shown = list(wordings.items())[:MAX_WORDINGS]
        quotes = "".join(
            f'<li>“{e(text)}” <span class="who">— {" · ".join(names or ())}'
            + (
                e(
                    translate("Debrief", " and {count} more").format(
                        count=number(said[0] - MAX_NAMES)
                    )
                )
                if said[0] > MAX_NAMES
                else ""
            )
            + "</span></li>"
            for text, (said, names) in shown
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
