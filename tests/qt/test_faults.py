"""Faults in the window: the message is one line staff can act on, the typed form stays,
every lead saved before is kept, and once the fault clears the same Enter saves.

The camera vanishing mid-capture: tests/qt/test_capture_camera.py
(test_the_camera_lost_mid_capture_keeps_the_form).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from showfloor.config import Paths
from showfloor.domain.errors import StorageError
from showfloor.domain.questions import VisitorClass
from showfloor.qt.context import AppContext
from showfloor.qt.controllers import backup_controller
from showfloor.qt.controllers.backup_controller import BackupController
from showfloor.qt.controllers.capture_controller import CaptureController
from showfloor.qt.controllers.recovery_controller import offer_restore
from showfloor.qt.main_window import MainWindow
from showfloor.services.backup import (
    BackupReport,
    BackupSettings,
    list_backups,
    make_backup,
    save_backup_settings,
)
from showfloor.services.leads import LeadFilter, page_leads
from showfloor.store.database import open_database

from helpers.builders import capture as capture_lead
from helpers.faults import (
    DISK_FULL,
    READ_ONLY,
    CommitFault,
    locked_by_another_process,
    short_busy_timeout,
)

VCARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lovelace;Ada\r\nFN:Ada Lovelace\r\n"
    "ORG:Analytical Engines\r\nEMAIL:ada@analytical.example\r\nEND:VCARD"
)


def saved_names(capture: CaptureController) -> list[str]:
    with capture.context.db.session() as session:
        leads = page_leads(session, LeadFilter(capture.context.event_id), limit=None)
    return sorted(r.first_name or "" for r in leads)


def fill_form(qtbot: QtBot, capture: CaptureController) -> None:
    view = capture.view
    qtbot.keyClicks(view.person_edits["first_name"], "Grace")
    qtbot.keyClicks(view.person_edits["last_name"], "Hopper")
    capture.choose_class(VisitorClass.CUSTOMER)
    view.question_fields[VisitorClass.CUSTOMER]["pain_1"].set_value("COBOL everywhere")
    view.notes.setPlainText("wants a demo on Tuesday")


def press_enter(qtbot: QtBot, capture: CaptureController) -> None:
    qtbot.keyClick(capture.view.person_edits["last_name"], Qt.Key.Key_Return)


def assert_form_kept(capture: CaptureController) -> None:
    view = capture.view
    assert view.person_edits["first_name"].text() == "Grace"
    assert view.person_edits["last_name"].text() == "Hopper"
    assert capture.selected_class() is VisitorClass.CUSTOMER
    assert view.question_fields[VisitorClass.CUSTOMER]["pain_1"].value() == "COBOL everywhere"
    assert view.notes.toPlainText() == "wants a demo on Tuesday"


FaultFactory = Callable[[pytest.MonkeyPatch, CaptureController], AbstractContextManager[None]]


@contextmanager
def read_only(monkeypatch: pytest.MonkeyPatch, _capture: CaptureController) -> Iterator[None]:
    fault = CommitFault(monkeypatch, READ_ONLY)
    yield
    fault.clear()


@contextmanager
def disk_full(monkeypatch: pytest.MonkeyPatch, _capture: CaptureController) -> Iterator[None]:
    fault = CommitFault(monkeypatch, DISK_FULL)
    yield
    fault.clear()


@contextmanager
def locked(monkeypatch: pytest.MonkeyPatch, capture: CaptureController) -> Iterator[None]:
    db = capture.context.db
    short_busy_timeout(monkeypatch, db)
    assert db.path is not None
    with locked_by_another_process(db.path):
        yield


@pytest.mark.parametrize(
    ("fault", "words"),
    [
        (read_only, ["read-only", "writable"]),
        (disk_full, ["disk is full", "Free some space", "save again"]),
        (locked, ["in use by another program", "Close it"]),
    ],
    ids=["read-only", "disk-full", "locked"],
)
def test_a_fault_keeps_the_form_and_the_same_enter_saves_after(
    qtbot: QtBot,
    capture: CaptureController,
    monkeypatch: pytest.MonkeyPatch,
    fault: FaultFactory,
    words: list[str],
) -> None:
    capture_lead(capture.context.db, first_name="Ada")  # acknowledged before the fault
    fill_form(qtbot, capture)
    with fault(monkeypatch, capture):
        press_enter(qtbot, capture)
        message = capture.view.message.text()
        assert all(w in message for w in words), message
        assert "\n" not in message and "Traceback" not in message
        assert_form_kept(capture)
    assert saved_names(capture) == ["Ada"]  # kept, and the failed save left nothing half-done
    press_enter(qtbot, capture)  # the fault has cleared: the same key saves
    assert saved_names(capture) == ["Ada", "Grace"]
    assert capture.view.person_edits["first_name"].text() == ""
    assert "Saved Grace Hopper" in capture.view.saved_bar.text()


def test_a_corrupt_database_offers_the_newest_good_backup(qtbot: QtBot, paths: Paths) -> None:
    db = open_database(paths.database)
    for name in ("Ada", "Grace"):
        capture_lead(db, first_name=name)
    make_backup(paths.database, [paths.backups])
    db.close()
    paths.database.write_bytes(b"garbage, not SQLite " * 2000)
    with pytest.raises(StorageError) as failure:
        open_database(paths.database)
    assert "damaged" in str(failure.value)

    seen: list[str] = []

    def click_restore() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and box.objectName() == "recovery_dialog"
        seen.append(box.informativeText())
        restore = box.findChild(QPushButton, "restore_button")
        assert restore is not None
        restore.click()

    QTimer.singleShot(0, click_restore)
    assert offer_restore(paths, str(failure.value)) is True
    assert seen and "2 leads" in seen[0] and "kept aside" in seen[0]
    reopened = open_database(paths.database)
    try:
        with reopened.session() as session:
            count = session.execute(text("SELECT count(*) FROM leads")).scalar()
    finally:
        reopened.close()
    assert count == 2
    assert list(paths.data_dir.glob("showfloor.db.before-restore-*"))


def test_no_recovery_dialog_for_a_database_that_is_only_locked(paths: Paths) -> None:
    db = open_database(paths.database)
    capture_lead(db, first_name="Ada")
    make_backup(paths.database, [paths.backups])
    db.close()
    with locked_by_another_process(paths.database):
        assert offer_restore(paths, "in use") is False  # no dialog: nothing is damaged


# -- rolling backups from the window ---------------------------------------------------


@pytest.fixture
def backups(qtbot: QtBot, context: AppContext) -> Iterator[BackupController]:
    window = MainWindow(context)
    qtbot.addWidget(window)
    controller = BackupController(context, window)
    yield controller
    controller.timer.stop()
    controller._join_worker()


def test_backup_runs_in_the_background_into_both_folders(
    qtbot: QtBot,
    backups: BackupController,
    context: AppContext,
    paths: Paths,
    tmp_path: Path,
) -> None:
    usb = tmp_path / "usb"
    with context.db.session() as session:
        save_backup_settings(session, BackupSettings(second_dir=usb, keep=3))
    capture_lead(context.db, first_name="Ada")
    with qtbot.waitSignal(backups.backup_finished, timeout=10_000) as blocker:
        assert backups.backup_now()
    report = blocker.args[0]
    assert isinstance(report, BackupReport) and report.ok
    assert {info.where for info in report.made} == {paths.backups, usb}
    qtbot.waitUntil(lambda: not backups.running)
    backups.shutdown()  # the backup on exit
    assert [b.leads for b in list_backups([usb])] == [1, 1]


def test_a_slow_backup_on_exit_is_waited_for_briefly_and_taken_at_the_next_start(
    qtbot: QtBot,
    backups: BackupController,
    context: AppContext,
    paths: Paths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    capture_lead(context.db, first_name="Ada")
    stuck = threading.Event()
    real = make_backup  # what the controller calls, until replaced below

    def slow_disk(*args: object, **kwargs: object) -> BackupReport:
        stuck.wait(30)  # a USB stick that takes its time...
        return BackupReport(errors=["the process ended first"])  # ...and never finishes

    monkeypatch.setattr(backup_controller, "make_backup", slow_disk)
    started = time.monotonic()
    assert backups.shutdown(wait_s=0.3) is None  # the quit did not wait for it
    assert time.monotonic() - started < 5
    assert paths.backup_due.exists() and list_backups([paths.backups]) == []
    stuck.set()  # (that process has ended; its thread would have died with it)
    assert backups._exit_thread is not None
    backups._exit_thread.join(10)  # so it cannot race the next start's backup

    monkeypatch.setattr(backup_controller, "make_backup", real)
    monkeypatch.setattr(backup_controller, "DUE_AT_START_MS", 10)
    window = MainWindow(context)
    qtbot.addWidget(window)
    next_start = BackupController(context, window)  # the next start sees the marker
    try:
        with qtbot.waitSignal(next_start.backup_finished, timeout=10_000) as blocker:
            pass
        assert blocker.args[0].ok
        qtbot.waitUntil(lambda: not paths.backup_due.exists())
        assert [b.leads for b in list_backups([paths.backups])][-1] == 1
    finally:
        next_start.timer.stop()
        next_start._join_worker()  # noqa: SLF001


def test_a_quick_backup_on_exit_is_made_before_the_quit_and_leaves_no_marker(
    backups: BackupController, context: AppContext, paths: Paths
) -> None:
    capture_lead(context.db, first_name="Ada")
    report = backups.shutdown()
    assert report is not None and report.ok
    assert not paths.backup_due.exists()
    assert [b.leads for b in list_backups([paths.backups])] == [1]


def test_the_timer_follows_the_interval_setting(
    qtbot: QtBot,
    backups: BackupController,
    context: AppContext,
) -> None:
    assert backups.timer.isActive() and backups.timer.interval() == 5 * 60_000
    with context.db.session() as session:
        save_backup_settings(session, BackupSettings(interval_minutes=0.001))
    backups.apply_settings()
    with qtbot.waitSignal(backups.backup_finished, timeout=10_000):
        pass  # the timer fires on its own
    qtbot.waitUntil(lambda: not backups.running)


def test_a_qt_capture_and_a_failed_save_log_no_personal_data(
    qtbot: QtBot,
    capture: CaptureController,
    monkeypatch: pytest.MonkeyPatch,
    paths: Paths,
) -> None:
    paths.logs.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(paths.log_file, encoding="utf-8")
    root = logging.getLogger()
    root.addHandler(handler)
    old_level = root.level
    root.setLevel(logging.INFO)
    try:
        capture.on_scanned(VCARD)
        capture.choose_class(VisitorClass.MENTOR)
        with locked(monkeypatch, capture):
            capture.save()  # a real SQLite error, logged with its SQL
        assert capture.save() is not None
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
        handler.close()
    text = paths.log_file.read_text(encoding="utf-8")
    assert "capture failed" in text and "lead saved" in text
    for secret in ("Lovelace", "ada@analytical.example", "Analytical", "VCARD"):
        assert secret not in text, secret
