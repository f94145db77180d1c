"""Kiosk lock: Ctrl+L or idle minutes cover the window; only the on-duty PIN opens it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from showfloor.config import Paths
from showfloor.qt.context import AppContext
from showfloor.qt.controllers.capture_controller import CaptureController
from showfloor.qt.controllers.lock_controller import LockController
from showfloor.services.events import add_staff, create_event, current_staff, set_current_staff
from showfloor.services.kiosk_lock import (
    FREE_TRIES,
    LockState,
    load_lock_state,
    save_lock_state,
)
from showfloor.services.pin import hash_pin, verify_pin
from showfloor.store.database import Database


@pytest.fixture
def lock(capture: CaptureController) -> Iterator[LockController]:
    controller = LockController(capture.context, capture.window)
    yield controller
    controller.idle_timer.stop()
    controller._cool_down.stop()


def set_pin(context: AppContext, pin: str) -> None:
    with context.db.session() as session:
        staff = current_staff(session)
        assert staff is not None
        staff.pin_hash = hash_pin(pin)


def test_pin_hash_is_salted_scrypt_and_verifies() -> None:
    first, second = hash_pin("4821"), hash_pin("4821")
    assert first != second and first.startswith("scrypt$") and "4821" not in first
    assert verify_pin("4821", first) and not verify_pin("4822", first)
    assert not verify_pin("4821", None) and not verify_pin("4821", "garbage")


def test_ctrl_l_covers_the_window_and_the_pin_opens_it(
    qtbot: QtBot,
    capture: CaptureController,
    lock: LockController,
) -> None:
    set_pin(capture.context, "4821")
    qtbot.keyClicks(capture.view.person_edits["first_name"], "Ada")
    with qtbot.waitSignal(lock.locked_changed) as locked:
        qtbot.keyClick(capture.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert locked.args == [True]
    assert lock.view.isVisible() and not capture.window.tabs.isVisible()
    assert lock.view.geometry() == capture.window.rect()
    assert not any(a.isEnabled() for a in capture.window.actions())  # no export, no switch

    qtbot.keyClicks(lock.view.pin, "1111")
    qtbot.keyClick(lock.view.pin, Qt.Key.Key_Return)
    assert lock.locked and lock.view.message.text() == "Wrong PIN. Try again."

    with qtbot.waitSignal(lock.locked_changed) as unlocked:
        qtbot.keyClicks(lock.view.pin, "4821")
        qtbot.keyClick(lock.view.pin, Qt.Key.Key_Return)
    assert unlocked.args == [False]
    assert not lock.view.isVisible() and capture.window.tabs.isVisible()
    assert all(a.isEnabled() for a in capture.window.actions())
    assert capture.view.person_edits["first_name"].text() == "Ada"  # the form survived


def test_first_lock_asks_the_staff_member_to_choose_a_pin(
    qtbot: QtBot,
    capture: CaptureController,
    lock: LockController,
) -> None:
    assert lock.lock()
    assert "Choose a PIN" in lock.view.title.text() and lock.view.confirm.isVisible()
    qtbot.keyClicks(lock.view.pin, "12")
    qtbot.keyClick(lock.view.pin, Qt.Key.Key_Return)
    assert "4 to 16 digits" in lock.view.message.text()
    lock.view.pin.setText("5555")
    lock.view.confirm.setText("5556")
    lock.submit()
    assert "differ" in lock.view.message.text()
    lock.view.pin.setText("5555")
    lock.view.confirm.setText("5555")
    lock.submit()
    assert lock.locked and lock.view.title.text() == "Locked"
    with capture.context.db.session() as session:
        staff = current_staff(session)
        assert staff is not None and verify_pin("5555", staff.pin_hash)
    assert lock.unlock("5555")


def test_idle_minutes_lock_the_window(
    qtbot: QtBot,
    capture: CaptureController,
    lock: LockController,
) -> None:
    set_pin(capture.context, "4821")
    with qtbot.waitSignal(lock.locked_changed, timeout=5000) as locked:
        lock.set_idle_minutes(0.001)  # 60 ms of no input
    assert locked.args == [True] and lock.view.isVisible()
    assert lock.unlock("4821")


def test_idle_without_a_pin_does_not_lock_anyone_out(
    qtbot: QtBot,
    capture: CaptureController,
    lock: LockController,
) -> None:
    lock.set_idle_minutes(0.001)
    qtbot.waitUntil(lambda: "Set a PIN" in capture.window.statusBar().currentMessage())
    assert not lock.locked


def let_the_wait_pass(context: AppContext) -> None:
    """As if the clock had moved on past the current wait."""
    with context.db.session() as session:
        state = load_lock_state(session)
        past = datetime.now(UTC) - timedelta(seconds=1)
        save_lock_state(session, replace(state, retry_at=past if state.retry_at else None))


def test_wrong_pins_wait_longer_each_time(
    qtbot: QtBot,
    capture: CaptureController,
    lock: LockController,
) -> None:
    set_pin(capture.context, "4821")
    lock.lock()
    for _ in range(FREE_TRIES - 1):
        assert not lock.unlock("0000")
        assert lock.view.pin.isEnabled() and lock.view.message.text() == "Wrong PIN. Try again."
    waits = []
    for _ in range(4):
        assert not lock.unlock("0000")
        assert not lock.view.pin.isEnabled()
        waits.append(lock.view.message.text())
        assert not lock.unlock("4821")  # even the right PIN waits
        let_the_wait_pass(capture.context)
    assert waits == [f"Wrong PIN. Wait {n} seconds before the next try." for n in (2, 4, 8, 16)]
    lock._end_cool_down()  # the timer's end, now that the wait is over
    assert lock.view.pin.isEnabled()
    assert lock.unlock("4821")
    with capture.context.db.session() as session:
        assert load_lock_state(session) == LockState()  # the right PIN starts afresh


def test_the_wait_and_the_lock_survive_a_restart(
    qtbot: QtBot,
    capture: CaptureController,
    lock: LockController,
) -> None:
    set_pin(capture.context, "4821")
    lock.lock()
    for _ in range(FREE_TRIES + 3):
        lock.unlock("0000")
        let_the_wait_pass(capture.context)
    assert not lock.unlock("0000")  # the 7th wrong PIN in a row: 32 s
    lock._cool_down.stop()
    # A new window on the same database, as after a crash or a kill.
    again = LockController(capture.context, capture.window)
    try:
        assert again.locked and again.view.isVisible()
        assert not again.view.pin.isEnabled()
        assert "Wait 32 seconds" in again.view.message.text()
        assert not again.unlock("4821")
    finally:
        again._cool_down.stop()
        again.idle_timer.stop()


def test_choosing_a_pin_can_be_cancelled(
    qtbot: QtBot,
    capture: CaptureController,
    lock: LockController,
) -> None:
    qtbot.keyClicks(capture.view.person_edits["first_name"], "Ada")
    qtbot.keyClick(capture.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert lock.locked and "Choose a PIN" in lock.view.title.text()
    assert lock.view.cancel.isVisible() and "Esc cancels" in lock.view.hint.text()
    with qtbot.waitSignal(lock.locked_changed) as unlocked:
        qtbot.keyClick(lock.view.pin, Qt.Key.Key_Escape)
    assert unlocked.args == [False]
    assert not lock.view.isVisible() and capture.window.tabs.isVisible()
    assert all(a.isEnabled() for a in capture.window.actions())
    assert capture.view.person_edits["first_name"].text() == "Ada"
    assert not lock.staff_has_pin()
    with capture.context.db.session() as session:
        assert not load_lock_state(session).locked  # a restart does not lock either


def test_a_long_pin_is_accepted(
    qtbot: QtBot,
    capture: CaptureController,
    lock: LockController,
) -> None:
    assert lock.lock()
    long_pin = "3141592653589793"  # 16 digits
    for field in (lock.view.pin, lock.view.confirm):
        qtbot.keyClicks(field, long_pin)
    lock.submit()
    assert lock.view.title.text() == "Locked"
    qtbot.keyClicks(lock.view.pin, long_pin)
    with qtbot.waitSignal(lock.locked_changed):
        qtbot.keyClick(lock.view.pin, Qt.Key.Key_Return)
    assert not lock.locked


def test_no_staff_on_duty_means_no_lock(
    qtbot: QtBot,
    capture: CaptureController,
    lock: LockController,
) -> None:
    capture.context.set_staff("")
    assert not lock.lock() and not lock.view.isVisible()
    assert "on duty" in capture.window.statusBar().currentMessage()


@pytest.mark.e2e
def test_a_killed_locked_window_starts_locked(db: Database, paths: Paths) -> None:
    """SIGKILL a real, locked window; the next start is locked too."""
    with db.session() as session:
        create_event(session, "Expo")
        anna = add_staff(session, "Anna")
        anna.pin_hash = hash_pin("482193")
        set_current_staff(session, anna)
    db.close()
    here = Path(__file__).resolve().parents[1]
    env = {**os.environ, "SHOWFLOOR_DATA_DIR": str(paths.data_dir), "PYTHONPATH": str(here)}
    command = [sys.executable, "-m", "helpers.booth_process"]
    window = subprocess.Popen(
        [*command, "lock"], cwd=here, env=env, stdout=subprocess.PIPE, text=True
    )
    try:
        assert window.stdout is not None
        assert window.stdout.readline().strip() == "locked"
    finally:
        window.kill()  # SIGKILL: no clean-up, no chance to unlock
        window.wait(timeout=30)
        if window.stdout is not None:
            window.stdout.close()
    shown = subprocess.run(
        [*command, "state"], cwd=here, env=env, capture_output=True, text=True, timeout=60
    )
    assert shown.returncode == 0, shown.stderr
    state = json.loads(shown.stdout.strip().splitlines()[-1])
    assert state["locked"] and state["cover"] and not state["tabs"], state
