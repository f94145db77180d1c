"""The export dialog runs an export in a worker thread and shows the finished state."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import QUrl

from showfloor.qt.controllers.export_controller import ExportController
from showfloor.services.demo import create_demo
from showfloor.store.database import Database


def make_dialog(qtbot, db: Database, tmp_path: Path) -> ExportController:  # type: ignore[no-untyped-def]
    event_id, _ = create_demo(db)
    controller = ExportController(db, event_id, directory=tmp_path)
    qtbot.addWidget(controller.view)
    controller.view.show()
    return controller


def test_default_name_follows_the_profile(qtbot, db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ctl = make_dialog(qtbot, db, tmp_path)
    dialog = ctl.view
    assert Path(dialog.path.text()).parent == tmp_path
    assert Path(dialog.path.text()).name.startswith("demo-expo-2026-generic-")
    assert not dialog.consented_only.isChecked() and not dialog.raw.isChecked()
    dialog.profile.setCurrentIndex(dialog.profile.findData("salesforce"))
    assert "-salesforce-" in dialog.path.text()
    assert dialog.consented_only.isChecked() and dialog.raw.isChecked()


def test_export_runs_in_the_background_and_offers_the_folder(
    qtbot, db: Database, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    ctl = make_dialog(qtbot, db, tmp_path)
    dialog = ctl.view
    dialog.profile.setCurrentIndex(dialog.profile.findData("hubspot"))
    dialog.visitor_class.setCurrentIndex(dialog.visitor_class.findData("customer"))
    opened: list[QUrl] = []
    ctl.open_url = opened.append
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


def test_a_failed_export_says_why(qtbot, db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ctl = make_dialog(qtbot, db, tmp_path)
    dialog = ctl.view
    dialog.path.setText(str(tmp_path / "missing" / "leads.csv"))
    with qtbot.waitSignal(ctl.export_failed, timeout=10_000) as failed:
        dialog.export_button.click()
    assert "does not exist" in failed.args[0]
    qtbot.waitUntil(lambda: not ctl.is_running(), timeout=5_000)
    assert "does not exist" in dialog.status.text()
    assert not dialog.open_folder.isVisible() and dialog.export_button.isEnabled()
