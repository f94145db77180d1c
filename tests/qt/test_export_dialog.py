"""The export dialog runs an export in a worker thread and shows the finished state."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QUrl

from showfloor.qt.controllers.export_controller import ExportController
from showfloor.services.demo import create_demo
from showfloor.store.database import Database


def make_dialog(qtbot: QtBot, db: Database, tmp_path: Path) -> ExportController:
    event_id, _ = create_demo(db)
    controller = ExportController(db, event_id, directory=tmp_path)
    qtbot.addWidget(controller.view)
    controller.view.show()
    return controller


def test_default_name_follows_the_profile(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    ctl = make_dialog(qtbot, db, tmp_path)
    dialog = ctl.view
    assert Path(dialog.path.text()).parent == tmp_path
    assert Path(dialog.path.text()).name.startswith("demo-expo-2026-generic-")
    assert not dialog.consented_only.isChecked() and not dialog.raw.isChecked()
    dialog.profile.setCurrentIndex(dialog.profile.findData("salesforce"))
    assert "-salesforce-" in dialog.path.text()
    assert dialog.consented_only.isChecked() and dialog.raw.isChecked()


def test_export_runs_in_the_background_and_offers_the_folder(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    ctl = make_dialog(qtbot, db, tmp_path)
    dialog = ctl.view
    dialog.profile.setCurrentIndex(dialog.profile.findData("hubspot"))
    dialog.visitor_class.setCurrentIndex(dialog.visitor_class.findData("customer"))
    opened: list[QUrl | str] = []

    def open_url(url: QUrl | str) -> bool:
        opened.append(url)
        return True

    ctl.open_url = open_url
    target = tmp_path / "customers.csv"
    dialog.path.setText(str(target))

    with qtbot.waitSignal(ctl.export_finished, timeout=10_000) as finished:
        dialog.export_button.click()
        assert not dialog.export_button.isEnabled()  # running
    summary = finished.args[0]
    assert summary.rows == 4 and summary.path == target
    qtbot.waitUntil(lambda: not ctl.is_running(), timeout=5_000)

    with target.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["Visitor Class"] for r in rows} == {"Customer"}
    assert dialog.progress.value() == dialog.progress.maximum()
    assert dialog.status.text().startswith("Exported 4 leads to")
    assert dialog.open_folder.isVisible() and dialog.export_button.isEnabled()
    dialog.open_folder.click()
    assert opened == [QUrl.fromLocalFile(str(tmp_path))]


def test_a_failed_export_says_why(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    ctl = make_dialog(qtbot, db, tmp_path)
    dialog = ctl.view
    dialog.path.setText(str(tmp_path / "missing" / "leads.csv"))
    with qtbot.waitSignal(ctl.export_failed, timeout=10_000) as failed:
        dialog.export_button.click()
    assert "does not exist" in failed.args[0]
    qtbot.waitUntil(lambda: not ctl.is_running(), timeout=5_000)
    assert "does not exist" in dialog.status.text()
    assert not dialog.open_folder.isEnabled() and dialog.export_button.isEnabled()


def test_a_crm_file_asks_before_leaving_people_out(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    ctl = make_dialog(qtbot, db, tmp_path)
    dialog = ctl.view
    dialog.profile.setCurrentIndex(dialog.profile.findData("salesforce"))
    assert dialog.lead_source.isVisible() and dialog.lead_source.text() == "Trade Show"
    target = tmp_path / "sf.csv"
    dialog.path.setText(str(target))
    dialog.export_button.click()
    # Nothing is written yet: the dialog asks first.
    assert dialog.question.isVisible() and not target.exists() and not ctl.is_running()
    assert dialog.question_text.text().startswith("2 of 10 leads have no consent")
    assert dialog.export_consented.text() == "Export the 8 with consent"
    assert dialog.export_all.text() == "Export all 10, marked opted out"
    assert not dialog.export_button.isEnabled()

    with qtbot.waitSignal(ctl.export_finished, timeout=10_000) as finished:
        dialog.export_all.click()
    assert finished.args[0].rows == 10
    qtbot.waitUntil(lambda: not ctl.is_running(), timeout=5_000)
    with target.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert sorted(r["Email Opt Out"] for r in rows) == ["0"] * 8 + ["1"] * 2
    assert "2 without consent are marked opted out" in dialog.status.text()

    dialog.consented_only.setChecked(True)
    dialog.export_button.click()
    assert dialog.question.isVisible()
    with qtbot.waitSignal(ctl.export_finished, timeout=10_000) as finished:
        dialog.export_consented.click()
    assert finished.args[0].rows == 8 and finished.args[0].skipped_unconsented == 2
    qtbot.waitUntil(lambda: not ctl.is_running(), timeout=5_000)
    assert "Left out 2 who did not agree to be contacted" in dialog.status.text()


def test_back_changes_nothing_and_xlsx_is_a_file_type(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    ctl = make_dialog(qtbot, db, tmp_path)
    dialog = ctl.view
    dialog.profile.setCurrentIndex(dialog.profile.findData("hubspot"))
    dialog.export_button.click()
    assert dialog.question.isVisible()
    dialog.question_back.click()
    assert not dialog.question.isVisible() and dialog.export_button.isEnabled()
    assert not list(tmp_path.glob("*.csv"))

    dialog.profile.setCurrentIndex(dialog.profile.findData("generic"))
    dialog.file_type.setCurrentIndex(dialog.file_type.findData("xlsx"))
    assert dialog.path.text().endswith(".xlsx") and not dialog.raw.isEnabled()
    with qtbot.waitSignal(ctl.export_finished, timeout=10_000) as finished:
        dialog.export_button.click()  # the spreadsheet asks nothing
    summary = finished.args[0]
    assert summary.format == "xlsx" and summary.rows == 10
    assert summary.path.read_bytes()[:2] == b"PK"
    qtbot.waitUntil(lambda: not ctl.is_running(), timeout=5_000)


def test_export_stays_put_when_open_folder_appears(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    ctl = make_dialog(qtbot, db, tmp_path)
    dialog = ctl.view
    qtbot.waitExposed(dialog)
    assert not dialog.open_folder.isEnabled()  # nothing written yet
    before = dialog.export_button.mapTo(dialog, dialog.export_button.rect().topLeft())
    with qtbot.waitSignal(ctl.export_finished, timeout=10_000):
        dialog.export_button.click()
    qtbot.waitUntil(lambda: not ctl.is_running(), timeout=5_000)
    assert dialog.open_folder.isVisible() and dialog.open_folder.isEnabled()
    after = dialog.export_button.mapTo(dialog, dialog.export_button.rect().topLeft())
    assert after == before  # a second click lands on Export again


def test_the_default_folder_exists_on_an_account_without_documents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from showfloor.qt.controllers.export_controller import default_folder

    home = tmp_path / "kiosk"
    home.mkdir()  # a fresh account: no Documents folder in it
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    folder = default_folder()
    assert folder.is_dir()
    assert folder == home
