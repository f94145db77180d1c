"""The first-run wizard driven from the keyboard as a booth lead would: the import page's
Enter finishes (never goes Back), and the whole team is entered on the staff page."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from showfloor.qt.controllers.first_run_controller import FirstRunController
from showfloor.qt.views.first_run_wizard import FirstRunWizard
from showfloor.services.events import current_staff, list_staff
from showfloor.store.database import Database

from helpers.wizard import to_import_page

CSV = "Ticket secret,First Name,Last Name,Email,Company\nTK-1,Priya,Raman,p@n.example,Northwind\n"


def test_enter_after_import_finishes_the_wizard(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    (tmp_path / "list.csv").write_text(CSV, encoding="utf-8")
    wizard = FirstRunWizard(FirstRunController(db))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    to_import_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.import_page
    panel = wizard.import_panel
    panel.path.setText(str(tmp_path / "list.csv"))
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    assert wizard.importer is not None
    importer = wizard.importer
    qtbot.waitUntil(lambda: importer.report is not None, timeout=10_000)
    qtbot.waitUntil(lambda: panel.import_button.isEnabled(), timeout=10_000)
    focused = QApplication.focusWidget()
    assert focused is not None
    with qtbot.waitSignal(wizard.finished, timeout=5_000) as done:
        qtbot.keyClick(focused, Qt.Key.Key_Return)
    assert done.args == [QWizard.DialogCode.Accepted.value]


def test_the_whole_team_is_entered_in_the_wizard(qtbot: QtBot, db: Database) -> None:
    wizard = FirstRunWizard(FirstRunController(db))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.event_name, "Expo 2026")
    wizard.next()
    qtbot.keyClicks(wizard.staff_name, "Anna Berg")
    for name in ("Ben Okafor", "Chloe Martin"):  # Enter starts the next line
        qtbot.keyClicks(wizard.colleagues, name)
        qtbot.keyClick(wizard.colleagues, Qt.Key.Key_Return)
    qtbot.keyClick(wizard.colleagues, Qt.Key.Key_Return)  # an empty line is no one
    wizard.next()
    wizard.camera.setCurrentIndex(wizard.camera.count() - 1)
    wizard.next()
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    with db.session() as session:
        assert sorted(s.name for s in list_staff(session)) == [
            "Anna Berg", "Ben Okafor", "Chloe Martin"
        ]  # fmt: skip
        staff = current_staff(session)
        assert staff is not None
        assert staff.name == "Anna Berg"
