"""The window's Qt-free modules, imported before PySide6.

Once PySide6 is loaded it reads the source of every module imported after it (its
``__feature__`` support looks for the word "PySide6" in each: PYSIDE-2029), which
for SQLAlchemy, NumPy, OpenCV and the core was a third of the window's start-up.
Imported first, they are never read. This module must not import Qt; the window's
start-up path (``__main__``) calls ``import_core`` before ``showfloor.qt.app``, and
tests/qt/test_start_up.py checks that nothing Qt-free is left for after.
"""

from __future__ import annotations

import importlib

# What showfloor.qt imports from the core (and, through them, the libraries).
WINDOW_CORE = (
    "showfloor.badges.card_text",
    "showfloor.resources",
    "showfloor.scanning.camera",
    "showfloor.scanning.card_grab",
    "showfloor.scanning.card_image",
    "showfloor.scanning.codes",
    "showfloor.scanning.debounce",
    "showfloor.scanning.keymap",
    "showfloor.scanning.mailbox",
    "showfloor.scanning.sources",
    "showfloor.scanning.wedge",
    "showfloor.services.attendees",
    "showfloor.services.backup",
    "showfloor.services.capture",
    "showfloor.services.card_ocr",
    "showfloor.services.cards",
    "showfloor.services.consent",
    "showfloor.services.events",
    "showfloor.services.export",
    "showfloor.services.export_profiles",
    "showfloor.services.follow_up_mail",
    "showfloor.services.kiosk_lock",
    "showfloor.services.lead_edit",
    "showfloor.services.leads",
    "showfloor.services.pin",
    "showfloor.services.preferences",
    "showfloor.services.privacy",
    "showfloor.services.qrcodes",
    "showfloor.services.recovery",
    "showfloor.services.report",
    "showfloor.services.report_charts",
    "showfloor.services.report_html",
    "showfloor.services.restore",
    "showfloor.services.scanner_check",
    "showfloor.services.settings_values",
    "showfloor.services.stats",
    "showfloor.services.sync.combine",
    "showfloor.services.sync.files",
    "showfloor.services.sync.live",
    "showfloor.services.sync.local_server",
    "showfloor.services.sync.merge",
    "showfloor.services.sync.remote",
    "showfloor.services.sync.server_password",
    "showfloor.services.sync.status",
    "showfloor.services.sync.team",
)


def import_core() -> None:
    for name in WINDOW_CORE:
        importlib.import_module(name)
