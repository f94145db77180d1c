"""Every main view and dialog of the booth window, opened one after the other.

``each_screen(booth, tmp)`` yields (name, top-level widget) with the screen up and
showing what it shows in use (a class chosen, a message, a banner); the screen is
closed when the loop moves on. The contrast and screen-reader tests walk them all.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import shiboken6
from PySide6.QtWidgets import QApplication, QWidget

from showfloor.domain.questions import VisitorClass
from showfloor.qt.app import Booth

from helpers.reads import wait_for_reads


def _settle() -> None:
    # The dashboard's tiles and the counts arrive from reads off the GUI thread:
    # measure the screen only once they are laid out (a race on a loaded machine).
    for widget in QApplication.topLevelWidgets():
        if shiboken6.isValid(widget):  # a dialog closed a moment ago may be gone
            wait_for_reads(widget)
    for _ in range(5):
        QApplication.processEvents()


def each_screen(booth: Booth, tmp: Path) -> Iterator[tuple[str, QWidget]]:
    from sqlalchemy import select

    from showfloor.qt.controllers.export_controller import ExportController
    from showfloor.qt.controllers.first_run_controller import FirstRunController
    from showfloor.qt.controllers.scanner_check_controller import open_scanner_check
    from showfloor.qt.controllers.settings_controller import SettingsController
    from showfloor.qt.views.first_run_wizard import FirstRunWizard
    from showfloor.store.database import open_database
    from showfloor.store.models import Lead

    window = booth.window
    view = booth.capture.view
    view.show_class(VisitorClass.CUSTOMER)
    view.show_banner("Back again: Grace Hopper, 2nd visit (last: Tuesday 10:02 with Anna).")
    view.show_message("The badge could not be read.")
    view.show_refused("WIFI:T:WPA;S:Booth-Guest;;")
    view.show_queue(["Ada Lovelace, Analytical Engines"])
    view.show_earlier_consent("Agreed to be contacted on Tuesday (v1).")
    view.saved_bar.setText("Saved Grace Hopper (customer).")
    view.saved_bar.show()
    booth.window.set_status("camera", "Camera live")
    _settle()
    yield "capture", window
    view.show_message("Saved nothing: nobody was typed.", error=False)
    _settle()
    yield "capture, information", window
    for index in range(1, window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        _settle()
        yield window.tabs.tabText(index).lower(), window
    window.tabs.setCurrentIndex(0)

    staff = booth.staff.open()
    _settle()
    yield "staff", staff
    staff.reject()

    export = ExportController(
        booth.context.db, booth.context.event_id, window, directory=tmp
    ).view
    export.show()
    _settle()
    yield "export", export
    export.reject()

    settings = SettingsController(booth.context.db, window).dialog
    settings.show()
    _settle()
    yield "settings", settings
    settings.reject()

    with booth.context.db.session() as session:
        lead_id = session.scalars(select(Lead.id).limit(1)).one()
    booth.leads.open_lead_id(lead_id)
    lead = booth.leads.dialog
    assert lead is not None
    _settle()
    yield "lead", lead
    lead.reject()

    trash = booth.trash.open()
    _settle()
    yield "deleted leads", trash
    trash.reject()

    combine = booth.event_team.open_combine()
    combine.show()
    _settle()
    yield "combine events", combine
    combine.reject()

    check = open_scanner_check(window)
    _settle()
    yield "scanner check", check
    check.reject()

    booth.lock.lock()
    _settle()
    yield "lock, choosing a PIN", window
    booth.lock.cancel_choosing()
    _settle()

    db = open_database(tmp / "wizard" / "showfloor.db")
    wizard = FirstRunWizard(FirstRunController(db))
    wizard.show()
    _settle()
    yield "first-run wizard", wizard
    wizard.next()
    _settle()
    yield "first-run wizard, page 2", wizard
    wizard.reject()
    db.close()
