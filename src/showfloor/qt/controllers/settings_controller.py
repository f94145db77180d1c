"""Behaviour of the Settings dialog: read every setting, save them in one transaction.

The dialog (showfloor.qt.views.settings_dialog) only lays out; this module knows
where each setting is kept; the plain ones come from the settings registry
(domain/settings_registry.py) through services/settings_values.py. A refused value
(a malformed country code or email) is one line under the tabs, and the dialog stays
open with what was typed.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from showfloor.domain.errors import ShowfloorError
from showfloor.domain.settings_registry import TEAM_SERVER_URL
from showfloor.qt.controllers.scanner_check_controller import open_scanner_check
from showfloor.qt.views.passphrase_fields import PassphraseForm
from showfloor.qt.views.settings_dialog import SettingsDialog, SettingsForm
from showfloor.qt.workers.task import TaskWorker
from showfloor.scanning.devices import camera_choices, known_cameras
from showfloor.services.consent import current_consent, set_consent_text
from showfloor.services.events import rename_this_device, this_device_name
from showfloor.services.preferences import Preferences, load_preferences, save_preferences
from showfloor.services.qrcodes import BoothContact, get_booth_contact, set_booth_contact
from showfloor.services.settings_values import read_values, write_values
from showfloor.services.sync.credentials import NO_KEYRING, PASSWORDS
from showfloor.services.sync.passphrase import USED_FOR, change_event_passphrase, passphrase_state
from showfloor.services.sync.server_password import NewPassword, new_team_password
from showfloor.services.sync.server_settings import remember_server
from showfloor.store.database import Database


class SettingsController(QObject):
    """Owns one Settings dialog (``dialog``), which it fills and saves.

    Signals:
        saved(Preferences): the settings were saved; the preferences as stored.
        password_changed(): the team server got a new password (kept here already).
    """

    saved = Signal(object)
    password_changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        dialog = SettingsDialog(parent)
        super().__init__(dialog)  # the controller lives as long as its dialog
        self.dialog = dialog
        self.db = db
        with db.session() as session:
            self.prefs = load_preferences(session)
            self.consent_version, consent_text = current_consent(session)
            contact = get_booth_contact(session)
            registered = read_values(session)
            self.laptop_name = this_device_name(session)
            passphrase = passphrase_state(session)
        server_url = str(registered.get(TEAM_SERVER_URL.key) or "")
        self.dialog.fill(
            SettingsForm(
                camera=self.prefs.camera,
                cameras=camera_choices(known_cameras(), self.prefs.camera),
                sound=self.prefs.sound,
                phone_country=self.prefs.phone_country or "",
                consent_text=consent_text,
                consent_version=self.consent_version,
                question_labels=dict(self.prefs.question_labels),
                contact={k: getattr(contact, k) or "" for k in self.dialog.contact_edits},
                registered=registered,
                password_kept=bool(server_url and PASSWORDS.get(server_url)),
                password_note=_password_note(),
                laptop_name=self.laptop_name,
                passphrase=PassphraseForm(
                    passphrase.event,
                    passphrase.kept,
                    QCoreApplication.translate("SettingsController", USED_FOR).format(
                        event=passphrase.event or ""
                    ),
                ),
            )
        )
        self.notes: list[str] = []  # what Save changed that the status bar says
        self._savers: list[Callable[[Session], None]] = []
        self.dialog.save_requested.connect(self.save)
        self.dialog.scanner_check_button.clicked.connect(self.open_scanner_check)
        self.dialog.new_password_requested.connect(self.new_password)
        self.password_worker: TaskWorker | None = None

    def add_tab(self, page: QWidget, title: str, saver: Callable[[Session], None]) -> None:
        """A tab another controller owns; ``saver`` writes it with the rest on Save, in
        the same transaction (a refusal keeps the dialog open, nothing saved)."""
        self.dialog.tabs.addTab(page, title)
        self._savers.append(saver)

    def exec(self) -> bool:
        """Show the dialog until it is saved (True) or cancelled."""
        return bool(self.dialog.exec())

    def open_scanner_check(self) -> None:
        open_scanner_check(self.dialog)

    def save(self) -> bool:
        """Save everything in one transaction; on a refusal nothing is saved."""
        form = self.dialog.read()
        prefs = Preferences(
            form.camera, form.sound, form.phone_country or None, form.question_labels
        )
        try:
            with self.db.session() as session:
                stored = save_preferences(session, prefs)
                text = form.consent_text.strip()
                version = set_consent_text(session, text) if text else self.consent_version
                contact = BoothContact(**{k: v or None for k, v in form.contact.items()})
                if not contact.is_empty():
                    set_booth_contact(session, contact)
                values = dict(form.registered)
                url = str(values.pop(TEAM_SERVER_URL.key, "") or "")
                write_values(session, values)
                remember_server(session, url, form.team_password or None)
                if form.laptop_name.strip() != self.laptop_name:
                    rename_this_device(session, form.laptop_name)
                notes = _save_passphrase(session, form.passphrase)
                for saver in self._savers:
                    saver(session)
        except ShowfloorError as exc:
            self.dialog.show_error(str(exc))  # the dialog stays open with what was typed
            return False
        self.prefs, self.consent_version = stored, version
        self.notes = notes
        self.saved.emit(stored)
        self.dialog.close_saved()
        return True


    def new_password(self) -> None:
        """A new team server password, off the GUI thread (the server restarts)."""
        if self.password_worker is not None:
            return
        db = self.db
        worker = TaskWorker(lambda _progress: new_team_password(db))
        worker.succeeded.connect(self._on_new_password)
        worker.failed.connect(self.dialog.show_error)
        worker.finished.connect(self._on_password_finished)
        self.password_worker = worker
        self.dialog.set_password_busy(True)
        self.dialog.show_error("")
        worker.start()

    def _on_new_password(self, result: object) -> None:
        if isinstance(result, NewPassword):
            note = _password_note() if result.in_keyring else NO_KEYRING
            self.dialog.show_new_password(result.where, result.password, note)
            self.password_changed.emit()

    def _on_password_finished(self) -> None:
        worker, self.password_worker = self.password_worker, None
        self.dialog.set_password_busy(False)
        if worker is not None:
            worker.wait()
            worker.deleteLater()


def _save_passphrase(session: Session, typed: PassphraseForm) -> list[str]:
    """The team passphrase as ``sync passphrase`` sets it (typed twice, or cleared);
    nothing typed keeps the one kept. Returns the line to show, if it changed."""
    if typed.typed or typed.again:
        return [change_event_passphrase(session, typed.typed, typed.again)]
    if typed.cleared and typed.kept:
        return [change_event_passphrase(session, None)]
    return []


def _password_note() -> str:
    if PASSWORDS.where == "keyring":
        return QCoreApplication.translate(
            "SettingsController",
            "The password is kept in this computer's keyring, never in Showfloor's files.",
        )
    return NO_KEYRING
