"""Kiosk lock: Ctrl+L or idle minutes cover the window; only the on-duty PIN opens it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from PySide6.QtCore import Qt

from showfloor.qt.context import AppContext
from showfloor.qt.controllers.capture_controller import CaptureController
from showfloor.qt.controllers.lock_controller import LockController
from showfloor.services.events import current_staff
from showfloor.services.pin import hash_pin, verify_pin


@pytest.fixture
def lock(capture: CaptureController) -> Iterator[LockController]:
    controller = LockController(capture.context, capture.window)
    yield controller
    controller.idle_timer.stop()


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
    qtbot,  # type: ignore[no-untyped-def]
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
    qtbot,  # type: ignore[no-untyped-def]
    capture: CaptureController,
    lock: LockController,
) -> None:
    assert lock.lock()
    assert "Choose a PIN" in lock.view.title.text() and lock.view.confirm.isVisible()
    qtbot.keyClicks(lock.view.pin, "12")
    qtbot.keyClick(lock.view.pin, Qt.Key.Key_Return)
    assert "4 to 12 digits" in lock.view.message.text()
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
    qtbot,  # type: ignore[no-untyped-def]
    capture: CaptureController,
    lock: LockController,
) -> None:
    set_pin(capture.context, "4821")
    with qtbot.waitSignal(lock.locked_changed, timeout=5000) as locked:
        lock.set_idle_minutes(0.001)  # 60 ms of no input
    assert locked.args == [True] and lock.view.isVisible()
    assert lock.unlock("4821")


def test_idle_without_a_pin_does_not_lock_anyone_out(
    qtbot,  # type: ignore[no-untyped-def]
    capture: CaptureController,
    lock: LockController,
) -> None:
    lock.set_idle_minutes(0.001)
    qtbot.waitUntil(lambda: "Set a PIN" in capture.window.statusBar().currentMessage())
    assert not lock.locked


def test_too_many_wrong_pins_pause_the_field(
    qtbot,  # type: ignore[no-untyped-def]
    capture: CaptureController,
    lock: LockController,
) -> None:
    set_pin(capture.context, "4821")
    lock.lock()
    for _ in range(5):
        assert not lock.unlock("0000")
    assert not lock.view.pin.isEnabled() and "Wait 30 seconds" in lock.view.message.text()
    assert not lock.unlock("4821")  # even the right PIN waits
    lock._cool_down.stop()
    lock._end_cool_down()
    assert lock.unlock("4821")


def test_no_staff_on_duty_means_no_lock(
    qtbot,  # type: ignore[no-untyped-def]
    capture: CaptureController,
    lock: LockController,
) -> None:
    capture.context.set_staff("")
    assert not lock.lock() and not lock.view.isVisible()
    assert "on duty" in capture.window.statusBar().currentMessage()
