"""Behaviour of the Settings dialog: read every setting, save them in one transaction.

The dialog (showfloor.qt.views.settings_dialog) only lays out; this module knows
where each setting is kept. A refused value (a malformed country code or email)
is one line under the tabs, and the dialog stays open with what was typed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from showfloor.domain.errors import ShowfloorError
from showfloor.qt.controllers.lock_controller import DEFAULT_IDLE_MINUTES, IDLE_MINUTES
from showfloor.qt.controllers.scanner_check_controller import open_scanner_check
from showfloor.qt.views.settings_dialog import SettingsDialog, SettingsForm
from showfloor.scanning.devices import camera_choices, known_cameras
from showfloor.services.backup import BackupSettings, load_backup_settings, save_backup_settings
from showfloor.services.consent import current_consent, set_consent_text
from showfloor.services.preferences import Preferences, load_preferences, save_preferences
from showfloor.services.privacy import retention_days, set_retention_days
from showfloor.services.qrcodes import BoothContact, get_booth_contact, set_booth_contact
from showfloor.store.database import Database
from showfloor.store.settings import get_setting, set_setting


class SettingsController(QObject):
    """Owns one Settings dialog (``dialog``), which it fills and saves.

    Signals:
        saved(Preferences): the settings were saved; the preferences as stored.
    """

    saved = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        dialog = SettingsDialog(parent)
        super().__init__(dialog)  # the controller lives as long as its dialog
        self.dialog = dialog
        self.db = db
        with db.session() as session:
            self.prefs = load_preferences(session)
            self.consent_version, consent_text = current_consent(session)
            contact = get_booth_contact(session)
            backups = load_backup_settings(session)
            idle = get_setting(session, IDLE_MINUTES, DEFAULT_IDLE_MINUTES)
            retention = retention_days(session)
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
                backup_every_minutes=max(1, round(backups.interval_minutes)),
                backups_kept=backups.keep,
                second_dir=str(backups.second_dir or ""),
                idle_lock_minutes=round(float(idle)) if isinstance(idle, int | float) else 10,
                retention_days=retention or 0,
            )
        )
        self._savers: list[Callable[[Session], None]] = []
        self.dialog.save_requested.connect(self.save)
        self.dialog.scanner_check_button.clicked.connect(self.open_scanner_check)

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
                second = form.second_dir.strip()
                save_backup_settings(
                    session,
                    BackupSettings(
                        Path(second) if second else None,
                        form.backups_kept,
                        float(form.backup_every_minutes),
                    ),
                )
                set_setting(session, IDLE_MINUTES, float(form.idle_lock_minutes))
                set_retention_days(session, form.retention_days or None)
                for saver in self._savers:
                    saver(session)
        except ShowfloorError as exc:
            self.dialog.show_error(str(exc))  # the dialog stays open with what was typed
            return False
        self.prefs, self.consent_version = stored, version
        self.saved.emit(stored)
        self.dialog.close_saved()
        return True
