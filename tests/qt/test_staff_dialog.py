"""Staff > Staff and emails: emails are saved, a bad one is named and nothing is lost."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from showfloor.qt.context import AppContext
from showfloor.qt.controllers.staff_controller import StaffController
from showfloor.qt.main_window import MainWindow
from showfloor.services.events import list_staff
from showfloor.store.database import Database

from helpers.qt_find import cell


def _emails(db: Database) -> dict[str, str | None]:
    with db.session() as session:
        return {s.name: s.email for s in list_staff(session)}


def test_staff_emails_are_saved_from_the_dialog(
    qtbot: QtBot, context: AppContext, db: Database
) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    staff = StaffController(context, window)
    dialog = staff.open()
    assert [name for name, _email in dialog.rows()] == ["Anna"]
    cell(dialog.table, 0, 1).setText("not an address")
    assert not staff.save(dialog)
    assert "not an email address" in dialog.message.text() and dialog.isVisible()
    assert _emails(db) == {"Anna": None}
    cell(dialog.table, 0, 1).setText("Anna@Example.org")
    row = dialog.add_row()
    cell(dialog.table, row, 0).setText("Ben")
    cell(dialog.table, row, 1).setText("ben@example.org")
    assert staff.save(dialog)
    assert _emails(db) == {"Anna": "anna@example.org", "Ben": "ben@example.org"}
