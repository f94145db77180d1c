"""Qt objects for the shipped assets (works installed and inside the bundle)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from showfloor.resources import ICON_SIZES, resource_path


def app_icon() -> QIcon:
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resource_path("icons", f"showfloor-{size}.png")))
    return icon
