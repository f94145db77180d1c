"""Where the booth window opens: inside the screen it is on, where it was left.

The size and position are the laptop's, not the event's (the data dir may travel on
a USB stick to another laptop), so they live in the user's QSettings, in the INI
format so that tests can point it at a scratch folder (``QSettings.setPath``).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

PREFERRED = QSize(1366, 768)
# Room the window manager's title bar and borders take around the client area (the
# real frame is known only once the window is shown).
FRAME_SIDE, FRAME_TOP = 8, 32
FRAME_ALLOWANCE = QSize(2 * FRAME_SIDE, FRAME_TOP + FRAME_SIDE)
GEOMETRY_KEY = "main_window/geometry"


def window_settings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Showfloor", "window"
    )


def _available(window: QWidget) -> QRect:
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def place_window(window: QWidget) -> None:
    """Restore the size and position of last time, or fit the preferred size inside
    the screen's available area (without the taskbar); never larger than the screen."""
    saved = window_settings().value(GEOMETRY_KEY)
    if isinstance(saved, QByteArray | bytes) and window.restoreGeometry(QByteArray(saved)):
        # Qt moves a window restored off every screen back onto one; a window from a
        # bigger screen is also made to fit this one.
        fit_inside(window, _available(window))
        return
    fit_inside(window, _available(window), PREFERRED)


def fit_inside(window: QWidget, available: QRect, wanted: QSize | None = None) -> None:
    room = available.size() - FRAME_ALLOWANCE
    size = (wanted or window.size()).boundedTo(room)
    window.resize(size)
    # move() places the frame's corner; the frame itself is counted in FRAME_ALLOWANCE.
    frame = QRect(window.pos(), size + FRAME_ALLOWANCE)
    if not available.contains(frame):
        spare = room - size
        window.move(available.x() + spare.width() // 2, available.y() + spare.height() // 2)


def remember_window(window: QWidget) -> None:
    settings = window_settings()
    settings.setValue(GEOMETRY_KEY, window.saveGeometry())
    settings.sync()
