"""Colours and text sizes of the window, taken from the palette (light or dark).

Style sheets here never name a text colour or background of their own: text is
the palette's, muted text is the palette's text moved towards its background (and
never below WCAG AA contrast), banners are the palette's base tinted with a hue
that says what kind of message it is. When the system switches between a light
and a dark theme, every styled widget is styled again (``themed``).
Sizes are in points, so they follow the screen's scaling.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

AA = 4.5  # WCAG 2 AA contrast for text of normal size

# The hue of each kind of message; only ever a border or a tint, never text on its own.
TONES: dict[str, str] = {
    "error": "#dc2626",
    "warning": "#d97706",
    "info": "#0284c7",
    "success": "#16a34a",
    "duplicate": "#8b5cf6",
    "queue": "#6366f1",
    "neutral": "#9ca3af",
}


def luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(one: QColor, other: QColor) -> float:
    """WCAG 2 contrast ratio, 1 to 21."""
    a, b = sorted((luminance(one), luminance(other)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def mix(one: QColor, other: QColor, share: float) -> QColor:
    """``one`` with ``share`` (0-1) of ``other`` blended in."""
    return QColor.fromRgbF(
        one.redF() + (other.redF() - one.redF()) * share,
        one.greenF() + (other.greenF() - one.greenF()) * share,
        one.blueF() + (other.blueF() - one.blueF()) * share,
    )


def readable(colour: QColor, background: QColor, minimum: float = AA) -> QColor:
    """``colour``, moved towards black or white until it reads on ``background``."""
    if contrast(colour, background) >= minimum:
        return colour
    far = QColor("black") if luminance(background) > 0.18 else QColor("white")
    for step in range(1, 21):
        candidate = mix(colour, far, step / 20)
        if contrast(candidate, background) >= minimum:
            return candidate
    return far


def palette() -> QPalette:
    return QApplication.palette()


def is_dark(colours: QPalette) -> bool:
    return colours.color(QPalette.ColorRole.Window).lightness() < 128


def muted(colours: QPalette, role: QPalette.ColorRole = QPalette.ColorRole.Window) -> str:
    """Secondary text (hints, sources): the text colour a third of the way to the
    background, kept at AA contrast on it and on the lighter or darker surfaces styles
    draw beside it (a tab page, a group box: the palette's Light or Dark)."""
    background = colours.color(role)
    text = colours.color(QPalette.ColorRole.WindowText)
    shade = QPalette.ColorRole.Light if is_dark(colours) else QPalette.ColorRole.Dark
    candidate = readable(mix(text, background, 0.35), background)
    return readable(candidate, colours.color(shade)).name()


def accent_text(
    hue: str, colours: QPalette, role: QPalette.ColorRole = QPalette.ColorRole.Window
) -> str:
    """A coloured word (a field's source, a check's result) that reads on the window
    (or on the palette's ``role``: ``Base`` for the cells of a table)."""
    return readable(QColor(hue), colours.color(role)).name()


def cell_text(hue: str) -> QColor:
    """A coloured table cell's text (a rating, a done follow-up), readable on the base."""
    return QColor(accent_text(hue, palette(), QPalette.ColorRole.Base))


def on_colour(fill: QColor | str) -> str:
    """Black or white, whichever reads better on ``fill`` (a checked button, a bar)."""
    fill = QColor(fill)
    white, black = QColor("white"), QColor("black")
    return "white" if contrast(white, fill) >= contrast(black, fill) else "black"


def tone_colours(tone: str, colours: QPalette) -> tuple[str, str, str]:
    """(background, border, text) of a banner: the base tinted with the tone's hue."""
    hue = QColor(TONES[tone])
    base = colours.color(QPalette.ColorRole.Base)
    back = mix(base, hue, 0.28 if is_dark(colours) else 0.16)
    text = readable(colours.color(QPalette.ColorRole.Text), back)
    return back.name(), hue.name(), text.name()


def banner_css(tone: str, colours: QPalette, selector: str = "QLabel", extra: str = "") -> str:
    back, border, text = tone_colours(tone, colours)
    return (
        f"{selector} {{ background: {back}; border: 1px solid {border}; border-radius: 6px;"
        f" padding: 6px 10px; color: {text}; {extra} }}"
    )


def muted_css(colours: QPalette, extra: str = "") -> str:
    return f"color: {muted(colours)}; {extra}".strip()


class _Styled:
    """Every themed widget and its style, styled again when the palette changes.

    Qt tells a widget with a style sheet nothing of a new application palette (its
    palette is the style sheet's), so the application's own signal is listened to.
    """

    def __init__(self) -> None:
        self.widgets: dict[int, tuple[QWidget, Callable[[QPalette], str]]] = {}
        self.listening = False

    def add(self, widget: QWidget, css: Callable[[QPalette], str]) -> None:
        key = id(widget)
        if key not in self.widgets:
            widget.destroyed.connect(lambda *_: self.widgets.pop(key, None))
        self.widgets[key] = (widget, css)
        widget.setStyleSheet(css(palette()))
        app = QApplication.instance()
        if not self.listening and isinstance(app, QApplication):
            app.paletteChanged.connect(self.restyle)
            self.listening = True

    def restyle(self, *_: object) -> None:
        colours = palette()
        for key, (widget, css) in list(self.widgets.items()):
            if isValid(widget):
                widget.setStyleSheet(css(colours))
            else:  # gone without a word (its destroyed signal not delivered)
                del self.widgets[key]


_STYLED = _Styled()


def themed(widget: QWidget, css: Callable[[QPalette], str]) -> None:
    """Give ``widget`` the style sheet ``css(palette)``, now and on every theme change."""
    _STYLED.add(widget, css)


def error_text_css(colours: QPalette) -> str:
    """A problem said in a line of text (no banner): red that reads on the window."""
    return f"color: {accent_text(TONES['error'], colours)};"


def bar_css(tone: str, name: str, colours: QPalette) -> str:
    """A framed bar (a QFrame named ``name``) of ``tone`` with its labels in bold."""
    back, border, text = tone_colours(tone, colours)
    return (
        f"#{name} {{ background: {back}; border: 1px solid {border}; border-radius: 6px; }}"
        f" #{name} QLabel {{ color: {text}; font-weight: 600; }}"
    )


def tile_css(selector: str, colours: QPalette) -> str:
    """A dashboard tile: the palette's base, framed, with its text."""
    base = colours.color(QPalette.ColorRole.Base)
    edge = colours.color(QPalette.ColorRole.Mid)
    text = readable(colours.color(QPalette.ColorRole.Text), base)
    return (
        f"{selector} {{ background: {base.name()}; border: 1px solid {edge.name()};"
        f" border-radius: 8px; }} {selector} QLabel {{ color: {text.name()}; }}"
    )
