"""Live team sync in the window, with a real PostgreSQL: two laptops, two windows.

Each window is built as run_app builds it (Booth) over its own data dir; the two
laptops joined one event from the booth lead's setup file. Needs
SHOWFLOOR_TEST_PG_URL (CI fails without it; tests/unit/sync/test_remote.py).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import update
from sqlalchemy.engine import make_url

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from showfloor.config import Paths
from showfloor.domain.questions import VisitorClass
from showfloor.domain.settings_registry import TEAM_SERVER_URL
from showfloor.qt.app import Booth
from showfloor.services.events import add_staff, create_event, set_current_staff, this_device
from showfloor.services.sync.live import TeamState
from showfloor.services.sync.server_settings import remember_server
from showfloor.services.sync.team import join_event, share_event
from showfloor.store.database import Database, open_database
from showfloor.store.models import Device, Setting
from showfloor.store.settings import get_setting

ADA = "BEGIN:VCARD\nVERSION:3.0\nN:Lovelace;Ada\nEMAIL:ada@example.org\nEND:VCARD"
PULL_SECONDS = 2

MakeBooth = Callable[[str, str], Booth]


@pytest.fixture
def laptops(qtbot: QtBot, tmp_path: Path) -> Iterator[MakeBooth]:
    """make(name, url): a laptop of the team, its window open, syncing with ``url``."""
    booths: list[Booth] = []
    dbs: list[Database] = []
    setup = tmp_path / "team.sfsetup"

    def make(name: str, url: str) -> Booth:
        paths = Paths(tmp_path / name)
        db = open_database(paths.database)
        dbs.append(db)
        with db.session() as session:
            if not setup.exists():
                create_event(session, "Fair")
                set_current_staff(session, add_staff(session, "Anna"))
        if setup.exists():
            join_event(db, setup)
            with db.session() as session:
                set_current_staff(session, add_staff(session, "Ben"))
        with db.session() as session:
            this_device(session)
            session.execute(update(Device).values(name=name))  # as the laptop is called
            remember_server(session, url)
        if not setup.exists():
            share_event(db, setup)
        booth = Booth(db, paths, camera=None)
        qtbot.addWidget(booth.window)
        booth.capture.sound = False
        booth.team_sync.set_pull_seconds(PULL_SECONDS)
        booth.start()
        booths.append(booth)
        return booth

    yield make
    for booth in booths:
        booth.shutdown()
    for db in dbs:
        db.close()


def synced(booth: Booth) -> bool:
    result = booth.team_sync.result
    return result is not None and result.state is TeamState.SYNCED and result.waiting == 0


def save_visitor(booth: Booth, payload: str, cls: VisitorClass) -> None:
    booth.capture.on_scanned(payload)
    booth.capture.choose_class(cls)
    booth.capture.save()


def test_a_visit_saved_on_a_is_a_repeat_on_b_within_one_pull_interval(
    qtbot: QtBot,
    laptops: MakeBooth,
    pg_url: str,
) -> None:
    a = laptops("laptop 1", pg_url)
    b = laptops("laptop 2", pg_url)
    qtbot.waitUntil(lambda: synced(a) and synced(b), timeout=20_000)
    save_visitor(a, ADA, VisitorClass.MENTOR)
    qtbot.waitUntil(lambda: synced(a), timeout=10_000)  # pushed a moment after the save
    pushed = time.monotonic()
    with qtbot.waitSignal(b.team_sync.round_done, timeout=10_000) as got:
        pass
    while not got.args[0].brought_changes:
        with qtbot.waitSignal(b.team_sync.round_done, timeout=10_000) as got:
            pass
    arrived = time.monotonic() - pushed
    # One pull interval, plus the round itself on a loaded machine.
    assert arrived < PULL_SECONDS + 3, arrived
    b.capture.on_scanned(ADA)
    banner = b.capture.view.banner
    assert banner.isVisible()
    assert banner.text().startswith("Visit 2 — last seen ")
    assert " by Anna on laptop 1, mentor" in banner.text()
    team = a.window.status("team")
    assert team.startswith("Team: synced ") and team.endswith(" s ago"), team
    qtbot.waitUntil(lambda: b.window.status("leads") == "1 lead")  # counted off the GUI thread


def test_a_badge_already_on_the_form_becomes_a_repeat_when_its_lead_arrives(
    qtbot: QtBot,
    laptops: MakeBooth,
    pg_url: str,
) -> None:
    a = laptops("laptop 1", pg_url)
    b = laptops("laptop 2", pg_url)
    qtbot.waitUntil(lambda: synced(a) and synced(b), timeout=20_000)
    b.capture.on_scanned(ADA)  # Ada is nobody on b yet
    assert not b.capture.view.banner.isVisible()
    save_visitor(a, ADA, VisitorClass.KOL)
    qtbot.waitUntil(b.capture.view.banner.isVisible, timeout=15_000)
    assert "by Anna on laptop 1, key opinion leader" in b.capture.view.banner.text()


def test_offline_counts_the_changes_waiting_and_catches_up(
    qtbot: QtBot,
    laptops: MakeBooth,
) -> None:
    a = laptops("laptop 1", "postgresql://showfloor@127.0.0.1:1/team")
    qtbot.waitUntil(lambda: a.team_sync.result is not None, timeout=10_000)
    assert a.window.status("team") == "Team: offline, no changes waiting"
    save_visitor(a, ADA, VisitorClass.MENTOR)  # the save is not held up
    qtbot.waitUntil(lambda: a.window.status("leads") == "1 lead")  # counted off the GUI thread
    qtbot.waitUntil(lambda: a.window.status("team") == "Team: offline, 1 change waiting")
    label = a.window.findChild(QLabel, "status_team")
    assert label is not None and "Cannot reach the server at 127.0.0.1:1" in label.toolTip()


def test_a_refused_password_says_sign_in_failed_and_is_never_logged(
    qtbot: QtBot,
    laptops: MakeBooth,
    pg_url: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    wrong = make_url(pg_url).set(password="wrong-horse-battery")
    a = laptops("laptop 1", wrong.render_as_string(hide_password=False))
    qtbot.waitUntil(lambda: a.team_sync.result is not None, timeout=10_000)
    assert a.window.status("team") == "Team: sign-in failed"
    assert "wrong-horse-battery" not in caplog.text
    with a.context.db.session() as session:
        stored = get_setting(session, TEAM_SERVER_URL.key)
        every = [str(s.value) for s in session.query(Setting)]
    assert "wrong-horse-battery" not in stored
    assert not any("wrong-horse-battery" in value for value in every)


def test_a_laptop_renamed_in_settings_is_named_so_in_the_other_laptops_banner(
    qtbot: QtBot,
    laptops: MakeBooth,
    pg_url: str,
) -> None:
    from showfloor.qt.controllers.settings_controller import SettingsController

    a = laptops("laptop 1", pg_url)
    b = laptops("laptop 2", pg_url)
    qtbot.waitUntil(lambda: synced(a) and synced(b), timeout=20_000)
    save_visitor(a, ADA, VisitorClass.MENTOR)
    qtbot.waitUntil(lambda: b.window.status("leads") == "1 lead", timeout=15_000)
    b.capture.on_scanned(ADA)  # Ada is on b's form, a repeat seen on laptop 1
    assert "by Anna on laptop 1, mentor" in b.capture.view.banner.text()
    settings = SettingsController(a.context.db, a.window)
    name = settings.dialog.findChild(QLineEdit, "settings_laptop_name")
    assert name is not None and name.text() == "laptop 1"
    name.selectAll()
    qtbot.keyClicks(name, "Laptop North")
    assert settings.save()
    # No lead changed: the next rounds send and bring the new name all the same.
    qtbot.waitUntil(
        lambda: "by Anna on Laptop North, mentor" in b.capture.view.banner.text(),
        timeout=4 * PULL_SECONDS * 1000 + 10_000,
    )


def test_new_password_asks_first_then_shows_the_new_one_once(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox, QPushButton

    from showfloor.qt.controllers import settings_controller
    from showfloor.services.sync.server_password import NewPassword

    db = open_database(tmp_path / "showfloor.db")
    calls: list[Database] = []

    def new_password(given: Database) -> NewPassword:
        calls.append(given)
        return NewPassword("k3Vq-8xTzR_f2wPa", "127.0.0.1:5432", True)

    monkeypatch.setattr(settings_controller, "new_team_password", new_password)
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: answers.pop(0))
    settings = settings_controller.SettingsController(db, None)
    qtbot.addWidget(settings.dialog)
    settings.dialog.show()
    button = settings.dialog.findChild(QPushButton, "settings_team_new_password")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # cancelled: nothing happens
    assert calls == []
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def shown() -> QMessageBox | None:
        box = settings.dialog.findChild(QMessageBox, "new_password_box")
        return box if box is not None and box.isVisible() else None

    qtbot.waitUntil(lambda: shown() is not None)
    box = shown()
    assert box is not None and "k3Vq-8xTzR_f2wPa" in box.text()
    assert calls == [db] and button.isEnabled()
    password = settings.dialog.findChild(QLineEdit, "settings_team_password")
    assert password is not None and password.text() == ""
    assert password.placeholderText() == "kept — type to change"
    box.close()
    settings.dialog.close()
    db.close()
