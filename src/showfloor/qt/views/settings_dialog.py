"""Settings: camera, sound, phone country, consent text, question labels, booth contact."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from showfloor.domain.errors import ShowfloorError
from showfloor.domain.questions import QUESTIONS, VisitorClass
from showfloor.qt.controllers.lock_controller import DEFAULT_IDLE_MINUTES, IDLE_MINUTES
from showfloor.qt.widgets.camera_picker import fill_camera_picker
from showfloor.scanning.devices import camera_choices, known_cameras
from showfloor.services.backup import BackupSettings, load_backup_settings, save_backup_settings
from showfloor.services.consent import current_consent, set_consent_text
from showfloor.services.preferences import Preferences, load_preferences, save_preferences
from showfloor.services.privacy import retention_days, set_retention_days
from showfloor.services.qrcodes import BoothContact, get_booth_contact, set_booth_contact
from showfloor.store.database import Database
from showfloor.store.settings import get_setting, set_setting


class SettingsDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle("Settings")
        self.setObjectName("settings_dialog")
        self.setMinimumSize(640, 480)
        with db.session() as session:
            self.prefs = load_preferences(session)
            self.consent_version, consent_text = current_consent(session)
            contact = get_booth_contact(session)
        tabs = QTabWidget()
        tabs.addTab(self._general(), "General")
        tabs.addTab(self._consent(consent_text), "Consent")
        tabs.addTab(self._labels(), "Question labels")
        tabs.addTab(self._contact(contact), "Our contact")
        tabs.addTab(self._safety(), "Backups and privacy")
        self.error = QLabel()
        self.error.setStyleSheet("color: #b91c1c;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _general(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.camera = QComboBox()
        self.camera.setObjectName("settings_camera")
        cameras = camera_choices(known_cameras(), self.prefs.camera)
        fill_camera_picker(self.camera, [*cameras, ("No camera", None)], self.prefs.camera)
        self.sound = QCheckBox("Beep when a badge is read")
        self.sound.setChecked(self.prefs.sound)
        self.country = QLineEdit(self.prefs.phone_country or "")
        self.country.setObjectName("settings_country")
        self.country.setPlaceholderText("e.g. DE — phones typed without +country get it")
        self.country.setMaxLength(2)
        form.addRow("Camera", self.camera)
        form.addRow("Sound", self.sound)
        form.addRow("Default phone country", self.country)
        return page

    def _consent(self, text: str) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        note = QLabel(
            f"Version {self.consent_version} is in force. Changing the text starts a new "
            "version; each visitor's consent keeps the version they agreed to."
        )
        note.setWordWrap(True)
        self.consent = QPlainTextEdit(text)
        self.consent.setObjectName("settings_consent")
        layout.addWidget(note)
        layout.addWidget(self.consent)
        return page

    def _labels(self) -> QWidget:
        rows = [(cls, q) for cls in VisitorClass for q in QUESTIONS[cls]]
        self.labels = QTableWidget(len(rows), 3)
        self.labels.setHorizontalHeaderLabels(["Class", "Question", "Your label"])
        self._label_keys = []
        for i, (cls, question) in enumerate(rows):
            for col, text in enumerate((cls.label, question.label)):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~item.flags().ItemIsEditable)
                self.labels.setItem(i, col, item)
            self.labels.setItem(
                i, 2, QTableWidgetItem(self.prefs.question_labels.get(question.key, ""))
            )
            self._label_keys.append(question.key)
        self.labels.horizontalHeader().setStretchLastSection(True)
        self.labels.resizeColumnsToContents()
        return self.labels

    def _contact(self, contact: BoothContact) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.contact_edits: dict[str, QLineEdit] = {}
        for key, label in (
            ("name", "Name"),
            ("company", "Company"),
            ("email", "Email"),
            ("phone", "Phone"),
            ("url", "Web site"),
        ):
            edit = QLineEdit(getattr(contact, key) or "")
            self.contact_edits[key] = edit
            form.addRow(label, edit)
        hint = QLabel("Shown as a QR code visitors can scan (File > Share our contact).")
        hint.setWordWrap(True)
        form.addRow(hint)
        return page

    def _safety(self) -> QWidget:
        with self.db.session() as session:
            backups = load_backup_settings(session)
            idle = get_setting(session, IDLE_MINUTES, DEFAULT_IDLE_MINUTES)
            retention = retention_days(session)
        page = QWidget()
        form = QFormLayout(page)
        self.backup_every = QSpinBox()
        self.backup_every.setRange(1, 240)
        self.backup_every.setSuffix(" min")
        self.backup_every.setValue(max(1, round(backups.interval_minutes)))
        self.backup_keep = QSpinBox()
        self.backup_keep.setRange(1, 500)
        self.backup_keep.setValue(backups.keep)
        self.second_dir = QLineEdit(str(backups.second_dir or ""))
        self.second_dir.setObjectName("settings_second_dir")
        self.second_dir.setPlaceholderText("e.g. a USB stick — a second copy of every backup")
        browse = QPushButton("Choose…")
        browse.clicked.connect(self._choose_second_dir)
        row = QHBoxLayout()
        row.addWidget(self.second_dir, 1)
        row.addWidget(browse)
        self.idle_lock = QSpinBox()
        self.idle_lock.setObjectName("settings_idle_lock")
        self.idle_lock.setRange(0, 240)
        self.idle_lock.setSuffix(" min")
        self.idle_lock.setSpecialValueText("never")
        self.idle_lock.setValue(round(float(idle)) if isinstance(idle, int | float) else 10)
        self.retention = QSpinBox()
        self.retention.setObjectName("settings_retention")
        self.retention.setRange(0, 3650)
        self.retention.setSuffix(" days")
        self.retention.setSpecialValueText("keep until erased")
        self.retention.setValue(retention or 0)
        form.addRow("Back up every", self.backup_every)
        form.addRow("Backups kept", self.backup_keep)
        form.addRow("Second backup folder", row)
        form.addRow("Lock after idle", self.idle_lock)
        form.addRow("Delete leads after", self.retention)
        hint = QLabel(
            "Leads older than the retention period are deleted only after you confirm, "
            "when Showfloor starts."
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        return page

    def _choose_second_dir(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Second backup folder")
        if folder:
            self.second_dir.setText(folder)

    def accept(self) -> None:
        labels = {}
        for row, key in enumerate(self._label_keys):
            item = self.labels.item(row, 2)
            if item is not None and item.text().strip():
                labels[key] = item.text().strip()
        prefs = Preferences(
            self.camera.currentData(), self.sound.isChecked(), self.country.text() or None, labels
        )
        try:
            with self.db.session() as session:
                self.prefs = save_preferences(session, prefs)
                text = self.consent.toPlainText().strip()
                if text:
                    self.consent_version = set_consent_text(session, text)
                contact = BoothContact(
                    **{k: e.text() or None for k, e in self.contact_edits.items()}
                )
                if not contact.is_empty():
                    set_booth_contact(session, contact)
                second = self.second_dir.text().strip()
                save_backup_settings(
                    session,
                    BackupSettings(
                        Path(second) if second else None,
                        self.backup_keep.value(),
                        float(self.backup_every.value()),
                    ),
                )
                set_setting(session, IDLE_MINUTES, float(self.idle_lock.value()))
                set_retention_days(session, self.retention.value() or None)
        except ShowfloorError as exc:
            self.error.setText(str(exc))  # the dialog stays open with what was typed
            return
        super().accept()
