"""First-run wizard and settings, driven like a booth lead would."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from showfloor.qt.views.attendee_import_dialog import AttendeeImportPanel
from showfloor.qt.views.first_run_wizard import FirstRunWizard
from showfloor.qt.views.settings_dialog import SettingsDialog
from showfloor.services.consent import current_consent
from showfloor.services.events import current_event, current_staff, list_events
from showfloor.services.preferences import load_preferences
from showfloor.store.database import Database

CSV = "Ticket secret,First Name,Last Name,Email,Company\nTK-1,Priya,Raman,p@n.example,Northwind\n"


def test_the_wizard_creates_event_staff_and_camera_choice(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    wizard = FirstRunWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.event_name, "Expo 2026")
    wizard.next()
    qtbot.keyClicks(wizard.staff_name, "Anna Berg")
    wizard.next()
    wizard.camera.setCurrentIndex(wizard.camera.count() - 1)  # no camera
    wizard.next()
    assert wizard.event_id is not None  # the import page needs the event to exist
    wizard.button(QWizard.WizardButton.FinishButton).click()
    with db.session() as session:
        assert [e.name for e in list_events(session)] == ["Expo 2026"]
        assert current_event(session).name == "Expo 2026"  # type: ignore[union-attr]
        assert current_staff(session).name == "Anna Berg"  # type: ignore[union-attr]
        assert load_preferences(session).camera is None


def test_the_import_panel_shows_progress_and_a_summary(
    qtbot,
    db: Database,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    from helpers.builders import make_event

    event_id = make_event(db)
    (tmp_path / "list.csv").write_text(CSV, encoding="utf-8")
    panel = AttendeeImportPanel(db, event_id)
    qtbot.addWidget(panel)
    panel.path.setText(str(tmp_path / "list.csv"))
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.report is not None, timeout=10_000)
    panel.shutdown()
    assert panel.summary.text().startswith("Imported 1, updated 0, rejected 0.")


def test_the_import_panel_reports_a_bad_file_in_one_line(
    qtbot,
    db: Database,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    from helpers.builders import make_event

    panel = AttendeeImportPanel(db, make_event(db))
    qtbot.addWidget(panel)
    panel.path.setText(str(tmp_path / "missing.csv"))
    panel.start_import()
    qtbot.waitUntil(lambda: panel.import_button.isEnabled(), timeout=10_000)
    panel.shutdown()
    assert "missing.csv" in panel.summary.text()


def test_settings_save_country_consent_and_labels(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(db)
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
    qtbot,
    db: Database,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    from showfloor.services.backup import load_backup_settings
    from showfloor.services.privacy import retention_days

    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    dialog.backup_every.setValue(3)
    dialog.backup_keep.setValue(7)
    dialog.second_dir.setText(str(tmp_path / "usb"))
    dialog.idle_lock.setValue(0)  # never
    dialog.retention.setValue(30)
    dialog.accept()
    with db.session() as session:
        backups = load_backup_settings(session)
        assert (backups.interval_minutes, backups.keep) == (3.0, 7)
        assert backups.second_dir == tmp_path / "usb"
        assert retention_days(session) == 30
        from showfloor.store.settings import get_setting

        assert get_setting(session, "lock_idle_minutes") == 0.0


def test_the_wizard_camera_page_shows_the_picture_and_a_read_badge(
    qtbot,
    db: Database,  # type: ignore[no-untyped-def]
) -> None:
    from helpers.badge_frames import badge_frame
    from helpers.fake_camera import FakeSource

    wizard = FirstRunWizard(db)
    qtbot.addWidget(wizard)
    frames = [badge_frame("MECARD:N:Doe,Jane;;")] * 400
    wizard.make_source = lambda _spec: FakeSource(frames, loop=True)  # type: ignore[method-assign]
    wizard.show()
    qtbot.keyClicks(wizard.event_name, "Expo")
    wizard.next()
    qtbot.keyClicks(wizard.staff_name, "Anna")
    wizard.next()  # the camera page starts the check
    qtbot.waitUntil(lambda: wizard.camera_preview.frames_shown > 3, timeout=10_000)
    qtbot.waitUntil(lambda: wizard.camera_status.text() == "Camera live", timeout=5_000)
    wizard.reject()
    assert wizard.camera_worker is None
