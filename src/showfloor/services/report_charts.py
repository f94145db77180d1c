"""Bar charts of the debrief as small, self-contained SVG.

SVG because the HTML debrief must open offline with no script and no external file;
plain attributes only (no CSS classes, no fonts to fetch) so that Qt's SVG renderer
can also rasterise the very same chart for the PDF, which QTextDocument cannot
draw as SVG.
"""

from __future__ import annotations

from html import escape

from showfloor.domain.palette import CLASS_COLOURS, RATING_COLOURS, UNRATED_COLOUR
from showfloor.services.catalog import translate
from showfloor.services.charts import Chart

FONT = "DejaVu Sans, Helvetica, Arial, sans-serif"
TEXT = "#1f2937"
MUTED = "#6b7280"
GRID = "#e5e7eb"
DEFAULT_BAR = "#0f766e"

COLOURS = {
    **{cls.value: colour for cls, colour in CLASS_COLOURS.items()},
    **{rating.value: colour for rating, colour in RATING_COLOURS.items()},
    "unrated": UNRATED_COLOUR,
}

# Category charts sit two to a row, the hours chart takes the full width: half and
# whole of an A4 page's text width at 96 px per inch.
SMALL_WIDTH = 340
WIDE_WIDTH = 680
ROW = 26
BAR = 16
LABEL_W = 138
COLUMN_H = 180


def chart_size(chart: Chart) -> tuple[int, int]:
    """(width, height) of the SVG in CSS pixels."""
    if chart.horizontal:
        return SMALL_WIDTH, 16 + max(1, len(chart.bars)) * ROW
    return WIDE_WIDTH, COLUMN_H


def svg_chart(chart: Chart) -> str:
    """The chart as one ``<svg>`` element, with a title for screen readers."""
    width, height = chart_size(chart)
    body = _bars(chart) if chart.horizontal else _columns(chart)
    if not any(bar.value for bar in chart.bars):
        body = _text(
            width / 2,
            height / 2,
            translate("Debrief", "Nothing recorded yet."),
            anchor="middle",
            fill=MUTED,
        )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(chart.title)}" '
        f'font-family="{FONT}" font-size="12">'
        f"<title>{escape(chart.title)}</title>{body}</svg>"
    )


def _text(x: float, y: float, text: str, *, anchor: str = "start", fill: str = TEXT,
          size: int = 12, weight: str = "normal", rotate: float | None = None) -> str:  # fmt: skip
    transform = f' transform="rotate({rotate:g} {x:.1f} {y:.1f})"' if rotate else ""
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" fill="{fill}" '
        f'font-size="{size}" font-weight="{weight}"{transform}>{escape(text)}</text>'
    )


def _fit_label(label: str, limit: int = 20) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def _bars(chart: Chart) -> str:
    top = max((b.value for b in chart.bars), default=0) or 1
    room = SMALL_WIDTH - LABEL_W - 40
    parts = []
    for i, bar in enumerate(chart.bars):
        y = 8 + i * ROW
        length = room * bar.value / top
        colour = COLOURS.get(bar.key, DEFAULT_BAR)
        parts.append(_text(LABEL_W - 10, y + BAR - 3, _fit_label(bar.label), anchor="end"))
        parts.append(
            f'<rect x="{LABEL_W}" y="{y}" width="{room}" height="{BAR}" fill="#f3f4f6" rx="3"/>'
        )
        if bar.value:
            parts.append(
                f'<rect x="{LABEL_W}" y="{y}" width="{max(length, 3):.1f}" height="{BAR}" '
                f'fill="{colour}" rx="3"/>'
            )
        parts.append(_text(LABEL_W + room + 8, y + BAR - 3, str(bar.value), weight="bold"))
    return "".join(parts)


def _nice_step(top: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if top / step <= 5:
            return step
    return max(1, top // 5)


def _columns(chart: Chart) -> str:
    left, right, upper, bottom = 36, 8, 18, 40
    plot_w, plot_h = WIDE_WIDTH - left - right, COLUMN_H - upper - bottom
    n = max(1, len(chart.bars))
    top = max((b.value for b in chart.bars), default=0) or 1
    step = _nice_step(top)
    scale_top = ((top + step - 1) // step) * step
    parts = []
    for tick in range(0, scale_top + 1, step):
        y = upper + plot_h - plot_h * tick / scale_top
        parts.append(
            f'<line x1="{left}" y1="{y:.1f}" x2="{WIDE_WIDTH - right}" y2="{y:.1f}" '
            f'stroke="{GRID}" stroke-width="1"/>'
        )
        parts.append(_text(left - 6, y + 4, str(tick), anchor="end", fill=MUTED, size=10))
    slot = plot_w / n
    col_w = max(4.0, min(36.0, slot * 0.7))
    rotate = n > 18
    for i, bar in enumerate(chart.bars):
        x = left + slot * i + (slot - col_w) / 2
        h = plot_h * bar.value / scale_top
        y = upper + plot_h - h
        if bar.value:
            parts.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{col_w:.1f}" height="{h:.1f}" '
                f'fill="{COLOURS.get(bar.key, DEFAULT_BAR)}" rx="2"/>'
            )
            parts.append(
                _text(x + col_w / 2, y - 4, str(bar.value), anchor="middle", size=10,
                      weight="bold")
            )  # fmt: skip
        cx, ly = x + col_w / 2, upper + plot_h + 14
        if rotate:
            parts.append(_text(cx, ly, bar.label, anchor="end", fill=MUTED, size=9, rotate=-45))
        else:
            parts.append(_text(cx, ly, bar.label, anchor="middle", fill=MUTED, size=10))
    return "".join(parts)
