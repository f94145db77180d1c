"""Kiosk lock: Ctrl+L, or N idle minutes, covers the window until the PIN is given.

Why the PIN is set when locking, not when unlocking: whoever stands at a locked
laptop must not be able to choose the PIN that opens it. So the first Ctrl+L of a
staff member without a PIN asks them to choose one (the window is covered
meanwhile), and the idle lock only engages once a PIN exists.

While locked, the tabs are hidden and every window action (menus and shortcuts:
export, switching staff or event...) is disabled, so neither the leads nor a way
around the lock is reachable from the keyboard.

The lock survives a restart: whether the window is locked, and how long the next
PIN must wait after wrong ones (doubling each time), are kept in the database
(services/kiosk_lock.py), so killing the program opens nothing.

Choosing a PIN can be cancelled (Cancel or Esc): the window is not locked yet.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

from showfloor.domain.errors import RefusedError, ShowfloorError
from showfloor.domain.settings_registry import IDLE_LOCK_MINUTES
from showfloor.qt.context import AppContext
from showfloor.qt.main_window import MainWindow
from showfloor.qt.views.lock_screen import LockScreen
from showfloor.services.events import current_staff
from showfloor.services.kiosk_lock import (
    LockState,
    load_lock_state,
    record_unlocked,
    record_wrong_pin,
    set_locked,
)
from showfloor.services.pin import MAX_DIGITS, MIN_DIGITS, check_pin, has_pin, set_pin, verify_pin
from showfloor.store.database import storage_errors
from showfloor.store.settings import get_setting

IDLE_MINUTES = IDLE_LOCK_MINUTES.key
DEFAULT_IDLE_MINUTES = float(IDLE_LOCK_MINUTES.default)
_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


class LockController(QObject):
    """Signals:
    locked_changed(bool): the window was locked (True) or unlocked (False).
    """

    locked_changed = Signal(bool)

    def __init__(self, context: AppContext, window: MainWindow) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.view = LockScreen(window)
        self.locked = False
        self._setting_pin = False
        self._disabled: list[QAction] = []
        self.lock_action = window.add_action(
            "&File", self.tr("&Lock the window"), "Ctrl+L", self.lock, object_name="lock"
        )
        self.idle_timer = QTimer(self, singleShot=True)
        self.idle_timer.timeout.connect(self._on_idle)
        self._cool_down = QTimer(self, singleShot=True)
        self._cool_down.timeout.connect(self._end_cool_down)
        for field in (self.view.pin, self.view.confirm):
            field.setMaxLength(MAX_DIGITS)
            field.returnPressed.connect(self.submit)
        self.view.button.clicked.connect(self.submit)
        self.view.cancel.clicked.connect(self.cancel_choosing)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.view)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.cancel_choosing)
        window.installEventFilter(self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.set_idle_minutes(self._stored_idle_minutes())
        if self._state().locked and self.context.staff_name and self.staff_has_pin():
            self.lock()  # it was locked when the program stopped: it still is

    # -- settings --------------------------------------------------------------
    def _stored_idle_minutes(self) -> float:
        with self.context.db.session() as session:
            value = get_setting(session, IDLE_MINUTES, DEFAULT_IDLE_MINUTES)
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        return float(value) if ok else DEFAULT_IDLE_MINUTES

    def set_idle_minutes(self, minutes: float) -> None:
        """0 turns the idle lock off."""
        self.idle_minutes = minutes
        if minutes > 0:
            self.idle_timer.setInterval(max(1, round(minutes * 60_000)))
            self.idle_timer.start()
        else:
            self.idle_timer.stop()

    # -- locking -----------------------------------------------------------------
    def _state(self) -> LockState:
        with self.context.db.session() as session:
            return load_lock_state(session)

    def _remember_locked(self, locked: bool) -> None:
        """Best effort: a disk that cannot be written must not keep the lock off."""
        db = self.context.db
        if db.read_only:
            return  # nothing can be written; the lock still holds for this run
        try:
            with storage_errors(db.path, "remembering the lock"), db.session() as session:
                set_locked(session, locked)
        except ShowfloorError:
            pass  # logged by storage_errors; the window is covered all the same

    def staff_has_pin(self) -> bool:
        with self.context.db.session() as session:
            return has_pin(current_staff(session))

    def lock(self) -> bool:
        """Cover the window. With no PIN yet, the cover first asks to choose one."""
        if self.locked:
            return True
        if not self.context.staff_name:
            self.window.statusBar().showMessage(
                self.tr(
                    "Choose who is on duty (Staff menu) before locking: the lock opens with "
                    "their PIN."
                ),
                8000,
            )
            return False
        self._setting_pin = not self.staff_has_pin()
        if self._setting_pin and self.context.db.read_only:
            self.window.statusBar().showMessage(
                self.tr(
                    "The data folder is read-only: no PIN can be set, so the window cannot lock."
                ),
                8000,
            )
            return False
        self.locked = True
        self.idle_timer.stop()
        self._disabled = [a for a in self.window.actions() if a.isEnabled()]
        for action in self._disabled:
            action.setEnabled(False)
        self.window.tabs.hide()
        if not self._setting_pin:
            self._remember_locked(True)
        self._show_cover()
        self.locked_changed.emit(True)
        return True

    def _show_cover(self) -> None:
        v = self.view
        name = self.context.staff_name
        if self._setting_pin:
            v.title.setText(self.tr("Choose a PIN, {name}").format(name=name))
            v.hint.setText(
                self.tr(
                    "{MIN_DIGITS} to {MAX_DIGITS} digits; 6 or more is much "
                    "harder to guess. Esc cancels."
                ).format(MIN_DIGITS=MIN_DIGITS, MAX_DIGITS=MAX_DIGITS)
            )
            v.button.setText(self.tr("Set PIN and lock"))
        else:
            v.title.setText(self.tr("Locked"))
            v.hint.setText(
                self.tr("{name} is on duty. Enter {name}'s PIN to unlock.").format(name=name)
            )
            v.button.setText(self.tr("Unlock"))
        v.show_confirm(self._setting_pin)
        v.pin.clear()
        v.confirm.clear()
        v.message.clear()
        v.setGeometry(self.window.rect())
        v.show()
        v.raise_()
        v.pin.setFocus()
        if not self._setting_pin:
            self._apply_wait()

    def submit(self) -> None:
        if self._setting_pin:
            self._choose_pin()
        else:
            self.unlock(self.view.pin.text())

    def _choose_pin(self) -> None:
        pin, again = self.view.pin.text(), self.view.confirm.text()
        try:
            pin = check_pin(pin)
        except RefusedError as exc:
            self.view.message.setText(str(exc))
            return
        if pin != again.strip():
            self.view.message.setText(self.tr("The two PINs differ; type them again."))
            self.view.confirm.clear()
            return
        with self.context.db.session() as session:
            staff = current_staff(session)
            assert staff is not None
            set_pin(staff, pin)
            set_locked(session, True)
        self._setting_pin = False
        self._show_cover()
        self.view.message.setText(self.tr("PIN set. The window is locked."))

    def cancel_choosing(self) -> None:
        """Leave the "choose a PIN" cover: nothing was locked, nothing is set."""
        if self.locked and self._setting_pin:
            self._setting_pin = False
            self._uncover()

    def unlock(self, pin: str) -> bool:
        if not self.locked or self._setting_pin or self._state().wait_seconds() > 0:
            return False
        with self.context.db.session() as session:
            stored = (staff := current_staff(session)) and staff.pin_hash
            right = verify_pin(pin, stored or None)
            if not right and not self.context.db.read_only:
                record_wrong_pin(session)
            elif right and not self.context.db.read_only:
                record_unlocked(session)
        if not right:
            self.view.pin.clear()
            self.view.message.setText(self.tr("Wrong PIN. Try again."))
            self._apply_wait()
            return False
        self._uncover()
        return True

    def _uncover(self) -> None:
        self.locked = False
        self._cool_down.stop()
        self.view.pin.setEnabled(True)
        self.view.hide()
        self.view.pin.clear()
        for action in self._disabled:
            action.setEnabled(True)
        self._disabled = []
        self.window.tabs.show()
        self.window.tabs.currentWidget().setFocus()
        self.set_idle_minutes(self.idle_minutes)
        self.locked_changed.emit(False)

    def _apply_wait(self) -> None:
        """After wrong PINs the field waits (longer each time, across restarts)."""
        wait = self._state().wait_seconds()
        if wait <= 0:
            return
        self.view.pin.setEnabled(False)
        self.view.message.setText(
            self.tr("Wrong PIN. Wait {arg0} before the next try.").format(arg0=_duration(wait))
        )
        self._cool_down.start(max(1, round(wait * 1000)))

    def _end_cool_down(self) -> None:
        if self._state().wait_seconds() > 0:  # the clock says not yet: wait the rest
            self._apply_wait()
            return
        self.view.pin.setEnabled(True)
        self.view.message.clear()
        self.view.pin.setFocus()

    def _on_idle(self) -> None:
        if self.locked:
            return
        if self.context.staff_name and self.staff_has_pin():
            self.lock()
        else:
            self.window.statusBar().showMessage(
                self.tr(
                    "Set a PIN (Ctrl+L) so the window locks itself when nobody is at the booth."
                ),
                8000,
            )

    # -- activity and geometry -------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _ACTIVITY and not self.locked and self.idle_minutes > 0:
            self.idle_timer.start()
        elif kind == QEvent.Type.Resize and watched is self.window and self.locked:
            self.view.setGeometry(self.window.rect())
        return False


def _duration(seconds: float) -> str:
    whole = max(1, round(seconds))
    if whole < 90:
        # On the class: lupdate files the plural under it (the stubs know only self.tr).
        return LockController.tr("%n second(s)", "", whole)  # type: ignore[arg-type]
    return LockController.tr("%n minute(s)", "", round(whole / 60))  # type: ignore[arg-type]
