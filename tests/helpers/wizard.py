"""Walking the first-run wizard as a new user does, up to the attendee-list page."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from showfloor.qt.views.first_run_wizard import FirstRunWizard


def to_import_page(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    """Name the event and the first staff member, choose no camera, skip the scanner
    check: the wizard then shows its attendee-list page (the event exists by then)."""
    qtbot.keyClicks(wizard.event_name, "Expo 2026")
    wizard.next()
    qtbot.keyClicks(wizard.staff_name, "Anna Berg")
    wizard.next()
    wizard.camera.setCurrentIndex(wizard.camera.count() - 1)  # no camera
    wizard.next()
    wizard.next()  # no handheld scanner to test
