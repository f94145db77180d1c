"""First-run wizard and settings, driven like a booth lead would."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from showfloor.qt.controllers.attendee_import_controller import AttendeeImportController
from showfloor.qt.controllers.settings_controller import SettingsController
from showfloor.qt.views.first_run_wizard import FirstRunWizard
from showfloor.services.consent import current_consent
from showfloor.services.events import current_event, current_staff, list_events
from showfloor.services.preferences import load_preferences
from showfloor.store.database import Database

from helpers.qt_find import cell
from helpers.wizard import to_import_page

CSV = "Ticket secret,First Name,Last Name,Email,Company\nTK-1,Priya,Raman,p@n.example,Northwind\n"


def test_the_wizard_creates_event_staff_and_camera_choice(
    qtbot: QtBot, wizard: FirstRunWizard, db: Database
) -> None:
    wizard.show()
    to_import_page(qtbot, wizard)
    assert wizard.event_id is not None  # the import page needs the event to exist
    wizard.button(QWizard.WizardButton.FinishButton).click()
    with db.session() as session:
        assert [e.name for e in list_events(session)] == ["Expo 2026"]
        assert current_event(session).name == "Expo 2026"  # type: ignore[union-attr]
        assert current_staff(session).name == "Anna Berg"  # type: ignore[union-attr]
        assert load_preferences(session).camera is None


def test_the_import_panel_shows_progress_and_a_summary(
    qtbot: QtBot,
    db: Database,
    tmp_path: Path,
) -> None:
    from helpers.builders import make_event

    event_id = make_event(db)
    (tmp_path / "list.csv").write_text(CSV, encoding="utf-8")
    importer = AttendeeImportController(db, event_id)
    panel = importer.view
    qtbot.addWidget(panel)
    panel.path.setText(str(tmp_path / "list.csv"))
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: importer.report is not None, timeout=10_000)
    importer.shutdown()
    assert panel.summary.text().startswith("Imported 1, updated 0, rejected 0.")


def test_the_import_panel_reports_a_bad_file_in_one_line(
    qtbot: QtBot,
    db: Database,
    tmp_path: Path,
) -> None:
    from helpers.builders import make_event

    importer = AttendeeImportController(db, make_event(db))
    panel = importer.view
    qtbot.addWidget(panel)
    panel.path.setText(str(tmp_path / "missing.csv"))
    importer.start_import()
    qtbot.waitUntil(lambda: panel.import_button.isEnabled(), timeout=10_000)
    importer.shutdown()
    assert "missing.csv" in panel.summary.text()


def test_settings_save_country_consent_and_labels(qtbot: QtBot, db: Database) -> None:
    dialog = SettingsController(db).dialog
    qtbot.addWidget(dialog)
    dialog.country.setText("D1")
    dialog.accept()
    assert "not a country code" in dialog.error.text()  # stays open, nothing lost
    dialog.country.setText("de")
    dialog.consent.setPlainText("You may email me about this conversation.")
    dialog.labels.item(0, 2).setText("Customer already?")  # type: ignore[union-attr]
    dialog.accept()
    with db.session() as session:
        prefs = load_preferences(session)
        assert prefs.phone_country == "DE"
        assert prefs.question_labels == {"status": "Customer already?"}
        assert current_consent(session) == (2, "You may email me about this conversation.")


def test_settings_save_backups_idle_lock_and_retention(
    qtbot: QtBot,
    db: Database,
    tmp_path: Path,
) -> None:
    from showfloor.services.backup import load_backup_settings
    from showfloor.services.privacy import retention_days

    dialog = SettingsController(db).dialog
    qtbot.addWidget(dialog)
    fields = dialog.fields
    fields["backup_interval_minutes"].setValue(3)  # type: ignore[union-attr]
    fields["backup_keep"].setValue(7)  # type: ignore[union-attr]
    fields["backup_second_dir"].setText(str(tmp_path / "usb"))  # type: ignore[union-attr]
    fields["lock_idle_minutes"].setValue(0)  # type: ignore[union-attr]  # never
    fields["retention_days"].setValue(30)  # type: ignore[union-attr]
    dialog.accept()
    with db.session() as session:
        backups = load_backup_settings(session)
        assert (backups.interval_minutes, backups.keep) == (3.0, 7)
        assert backups.second_dir == tmp_path / "usb"
        assert retention_days(session) == 30
        from showfloor.store.settings import get_setting

        assert get_setting(session, "lock_idle_minutes") == 0.0


def test_the_wizard_camera_page_shows_the_picture_and_a_read_badge(
    qtbot: QtBot,
    wizard: FirstRunWizard,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from helpers.badge_frames import badge_frame
    from helpers.fake_camera import FakeSource

    frames = [badge_frame("MECARD:N:Doe,Jane;;")] * 400
    monkeypatch.setattr(
        wizard.camera_check, "make_source", lambda spec: FakeSource(frames, loop=True)
    )
    wizard.show()
    qtbot.keyClicks(wizard.event_name, "Expo")
    wizard.next()
    qtbot.keyClicks(wizard.staff_name, "Anna")
    wizard.next()  # the camera page starts the check
    qtbot.waitUntil(lambda: wizard.camera_preview.frames_shown > 3, timeout=10_000)
    qtbot.waitUntil(lambda: wizard.camera_status.text() == "Camera live", timeout=5_000)
    wizard.reject()
    assert wizard.camera_worker is None


FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "attendees"


def test_choosing_a_file_previews_platform_columns_samples_and_badge_column(
    qtbot: QtBot,
    db: Database,
) -> None:
    from helpers.builders import make_event

    importer = AttendeeImportController(db, make_event(db))
    panel = importer.view
    qtbot.addWidget(panel)
    panel.show()
    qtbot.keyClicks(panel.path, str(FIXTURES / "luma_guests.csv"))
    qtbot.keyClick(panel.path, Qt.Key.Key_Return)  # editing finished: the preview runs
    qtbot.waitUntil(lambda: importer.preview is not None, timeout=10_000)
    importer.shutdown()
    assert panel.platform_label.text().startswith("Recognised: Luma export")
    assert panel.badge_label.text() == (
        "Scanned badges resolve by: qr_code_url (its pk), then api_id."
    )
    shown = {
        cell(panel.columns_table, r, 0).text(): cell(panel.columns_table, r, 1).text()
        for r in range(panel.columns_table.rowCount())
    }
    assert shown["email"] == "email" and shown["qr_code_url"] == "kept as extra data"
    assert panel.samples_table.rowCount() == 2
    assert cell(panel.samples_table, 0, 0).text() == "Hana Sato"
    assert cell(panel.samples_table, 0, 5).text() == "1f3kq9zt"  # the pk: what badges carry
    # Luma emails guests their guest key, which its CSV export does not hold: said now.
    assert not panel.warning_label.isHidden()
    assert panel.warning_label.text().startswith("Luma's CSV export holds ticket keys only")
    with db.session() as session:  # a preview writes nothing
        assert session.execute(text("SELECT count(*) FROM attendees")).scalar_one() == 0


def test_a_list_whose_badges_cannot_resolve_says_so_before_the_show(
    qtbot: QtBot,
    db: Database,
    tmp_path: Path,
) -> None:
    from helpers.builders import make_event

    path = tmp_path / "names.csv"
    path.write_text("Name,Email\nAda Lovelace,ada@example.org\n", encoding="utf-8")
    importer = AttendeeImportController(db, make_event(db))
    panel = importer.view
    qtbot.addWidget(panel)
    panel.show()
    panel.path.setText(str(path))
    importer.start_preview()
    qtbot.waitUntil(lambda: importer.preview is not None, timeout=10_000)
    importer.shutdown()
    assert panel.badge_label.text() == "Scanned badges resolve by: nothing in this file."
    assert panel.warning_label.isVisible()
    assert panel.warning_label.text().startswith("No column holds a badge id")


def test_the_wizard_joins_the_teams_event_from_its_setup_file(
    qtbot: QtBot,
    wizard: FirstRunWizard,
    db: Database,
    tmp_path: Path,
) -> None:
    """A second laptop set up as the README says: "Join the team's event"."""
    from showfloor.services.events import add_staff, create_event
    from showfloor.services.sync.team import share_event
    from showfloor.store.database import open_database

    lead = open_database(tmp_path / "lead" / "showfloor.db")
    with lead.session() as session:
        team_event = create_event(session, "Sync Expo", "2026-11-22", "2026-11-24").id
        add_staff(session, "Anna")
    share_event(lead, tmp_path / "team.sfsetup")
    lead.close()
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is wizard.event_name)  # type a name
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # nothing chosen
    qtbot.keyClicks(wizard.setup_path, str(tmp_path / "team.sfsetup"))
    assert wizard.join_choice.isChecked()
    wizard.next()
    qtbot.keyClicks(wizard.staff_name, "Ben")
    wizard.next()
    wizard.camera.setCurrentIndex(wizard.camera.count() - 1)
    wizard.next()  # the scanner check (optional)
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    with db.session() as session:
        assert current_event(session).id == team_event  # type: ignore[union-attr]
        assert [e.name for e in list_events(session)] == ["Sync Expo"]
        assert current_staff(session).name == "Ben"  # type: ignore[union-attr]


def test_settings_edit_the_follow_up_email_templates(qtbot: QtBot, db: Database) -> None:
    from showfloor.qt.controllers.follow_up_templates import add_template_tab
    from showfloor.services.follow_up_mail import load_templates

    settings = SettingsController(db)
    dialog = settings.dialog
    qtbot.addWidget(dialog)
    tab = add_template_tab(settings, db)
    assert dialog.tabs.tabText(dialog.tabs.count() - 1) == "Follow-up emails"
    assert tab.subjects["mentor"].text() == "Thank you for your insight at {event}"
    tab.subjects["mentor"].setText("Merci, {first_name}")
    dialog.accept()
    with db.session() as session:
        assert load_templates(session)["mentor"].subject == "Merci, {first_name}"
    settings = SettingsController(db)
    dialog = settings.dialog
    qtbot.addWidget(dialog)
    tab = add_template_tab(settings, db)
    tab.bodies["kol"].setPlainText("Hello {nobody}")
    dialog.accept()
    assert "{nobody}, which is not known" in dialog.error.text()  # stays open
