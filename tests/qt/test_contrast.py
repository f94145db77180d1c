"""Every label of every screen reads at WCAG AA contrast, in a light and a dark theme.

The text colour is the one the label paints with (its palette after the style sheet);
the background is what is really behind it on screen: the commonest colour of the
label's pixels in a grab of the whole window. Buttons paint their own face, so their
text colour is read from their pixels too.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from showfloor.config import Paths
from showfloor.qt.app import Booth
from showfloor.qt.theme import AA, contrast
from showfloor.store.database import Database

from helpers.booth_window import shown_booth
from helpers.screens import each_screen


def dark_palette() -> QPalette:
    """A dark system theme, as Fusion's dark mode on Windows 11 or GNOME gives it."""
    colours = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#f0f0f0",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#2d2d2d",
        QPalette.ColorRole.Text: "#f0f0f0",
        QPalette.ColorRole.Button: "#3a3a3a",
        QPalette.ColorRole.ButtonText: "#f0f0f0",
        QPalette.ColorRole.ToolTipBase: "#3a3a3a",
        QPalette.ColorRole.ToolTipText: "#f0f0f0",
        QPalette.ColorRole.PlaceholderText: "#a0a0a0",
        QPalette.ColorRole.Highlight: "#3d7bd9",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#7fb2ff",
        QPalette.ColorRole.Light: "#505050",
        QPalette.ColorRole.Midlight: "#404040",
        QPalette.ColorRole.Mid: "#303030",
        QPalette.ColorRole.Dark: "#1a1a1a",
        QPalette.ColorRole.Shadow: "#000000",
    }
    for role, colour in roles.items():
        colours.setColor(role, QColor(colour))
    return colours


PALETTES = {"light": lambda: QApplication.style().standardPalette(), "dark": dark_palette}


@pytest.fixture(params=PALETTES)
def themed_booth(
    request: pytest.FixtureRequest, qtbot: QtBot, db: Database, paths: Paths
) -> Iterator[Booth]:
    from showfloor.services.demo import create_demo

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    app.setPalette(PALETTES[request.param]())
    create_demo(db)
    with shown_booth(qtbot, db, paths) as booth:
        yield booth
    app.setPalette(before)


def pixels(image: QImage, rect: QRect) -> np.ndarray:
    """The rectangle's pixels as packed 0xRRGGBB integers."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    data = np.frombuffer(image.constBits(), dtype=np.uint32).reshape(
        image.height(), image.bytesPerLine() // 4
    )
    area = rect & image.rect()
    block = data[area.top() : area.bottom() + 1, area.left() : area.right() + 1]
    return block.reshape(-1) & 0xFFFFFF


def colour(packed: int) -> QColor:
    return QColor((int(packed) >> 16) & 255, (int(packed) >> 8) & 255, int(packed) & 255)


def shown_text(widget: QWidget) -> str:
    if isinstance(widget, QLabel | QAbstractButton):
        return widget.text().strip()
    return ""


def low_contrast(top: QWidget) -> list[str]:
    image = top.grab().toImage()
    found = []
    for widget in top.findChildren(QWidget):
        if not shown_text(widget) or not widget.isVisible() or widget.window() is not top:
            continue
        if widget.visibleRegion().isEmpty() or not widget.isEnabled():
            continue  # scrolled away or covered; WCAG exempts what is disabled
        corner = widget.mapTo(top, QPoint(0, 0))
        inner = QRect(corner, widget.size()).adjusted(3, 3, -3, -3)
        values = pixels(image, inner)
        if values.size == 0:
            continue
        kinds, counts = np.unique(values, return_counts=True)
        background = colour(kinds[counts.argmax()])
        if isinstance(widget, QLabel):
            text = widget.palette().color(widget.foregroundRole())
        else:  # the most distinct pixel of the face: the text's stems
            text = max((colour(k) for k in kinds), key=lambda c: contrast(c, background))
        ratio = contrast(text, background)
        if ratio < AA:
            found.append(
                f"{type(widget).__name__} {widget.objectName() or shown_text(widget)[:40]!r}:"
                f" {text.name()} on {background.name()} = {ratio:.2f}:1"
            )
    return found


def test_every_label_reads_at_aa_contrast(themed_booth: Booth, tmp_path: Path) -> None:
    failures = []
    for name, screen in each_screen(themed_booth, tmp_path):
        failures += [f"{name}: {line}" for line in low_contrast(screen)]
    assert not failures, "\n".join(failures)


def test_a_theme_change_restyles_the_open_window(themed_booth: Booth) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    dark = app.palette().color(QPalette.ColorRole.Window).lightness() < 128
    app.setPalette(PALETTES["light" if dark else "dark"]())
    view = themed_booth.capture.view
    view.show_message("The badge could not be read.")
    QApplication.processEvents()
    assert not low_contrast(themed_booth.window)
