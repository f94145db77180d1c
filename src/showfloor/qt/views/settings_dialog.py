"""Settings: camera, sound, phone country, consent text, question labels, booth contact.

Layout only: the dialog shows a ``SettingsForm`` and hands back what was typed;
showfloor.qt.controllers.settings_controller reads and saves the settings.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Signal
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

from showfloor.domain.questions import QUESTIONS, VisitorClass
from showfloor.qt.widgets.camera_picker import fill_camera_picker
from showfloor.scanning.devices import DEFAULT_CAMERA

CONTACT_FIELDS = (
    ("name", "Name"),
    ("company", "Company"),
    ("email", "Email"),
    ("phone", "Phone"),
    ("url", "Web site"),
)


@dataclass
class SettingsForm:
    """What the dialog shows and what was typed into it, as plain values."""

    camera: str | None = DEFAULT_CAMERA
    cameras: list[tuple[str, str]] = field(default_factory=list)  # (label, spec) connected
    sound: bool = True
    phone_country: str = ""
    consent_text: str = ""
    consent_version: int = 1
    question_labels: dict[str, str] = field(default_factory=dict)
    contact: dict[str, str] = field(default_factory=dict)
    backup_every_minutes: int = 5
    backups_kept: int = 20
    second_dir: str = ""
    idle_lock_minutes: int = 10  # 0: never
    retention_days: int = 0  # 0: keep until erased


class SettingsDialog(QDialog):
    """Signals:
    save_requested(): Save was pressed; the controller saves, then closes the dialog
        (or shows what was refused, and the dialog stays open with what was typed).
    """

    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.setObjectName("settings_dialog")
        self.setMinimumSize(640, 480)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._general(), "General")
        self.tabs.addTab(self._consent(), "Consent")
        self.tabs.addTab(self._labels(), "Question labels")
        self.tabs.addTab(self._contact(), "Our contact")
        self.tabs.addTab(self._safety(), "Backups and privacy")
        self.error = QLabel()
        self.error.setStyleSheet("color: #b91c1c;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _general(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.camera = QComboBox()
        self.camera.setObjectName("settings_camera")
        self.sound = QCheckBox("Beep when a badge is read")
        self.country = QLineEdit()
        self.country.setObjectName("settings_country")
        self.country.setPlaceholderText("e.g. DE — phones typed without +country get it")
        self.country.setMaxLength(2)
        self.scanner_check_button = QPushButton("Test the handheld scanner…")
        self.scanner_check_button.setObjectName("settings_scanner_check")
        self.scanner_check_button.setAutoDefault(False)
        scanner_hint = QLabel(
            "Scan the printed test sheet (showfloor qr test-sheet) before doors open: "
            "each badge format should pass and the Wi-Fi code be refused."
        )
        scanner_hint.setWordWrap(True)
        scanner_hint.setStyleSheet("color: #555;")
        form.addRow("Camera", self.camera)
        form.addRow("Sound", self.sound)
        form.addRow("Default phone country", self.country)
        form.addRow("Handheld scanner", self.scanner_check_button)
        form.addRow("", scanner_hint)
        return page

    def _consent(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.consent_note = QLabel()
        self.consent_note.setWordWrap(True)
        self.consent = QPlainTextEdit()
        self.consent.setObjectName("settings_consent")
        layout.addWidget(self.consent_note)
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
            self.labels.setItem(i, 2, QTableWidgetItem(""))
            self._label_keys.append(question.key)
        self.labels.horizontalHeader().setStretchLastSection(True)
        self.labels.resizeColumnsToContents()
        return self.labels

    def _contact(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.contact_edits: dict[str, QLineEdit] = {}
        for key, label in CONTACT_FIELDS:
            edit = QLineEdit()
            self.contact_edits[key] = edit
            form.addRow(label, edit)
        hint = QLabel("Shown as a QR code visitors can scan (File > Share our contact).")
        hint.setWordWrap(True)
        form.addRow(hint)
        return page

    def _safety(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.backup_every = QSpinBox()
        self.backup_every.setRange(1, 240)
        self.backup_every.setSuffix(" min")
        self.backup_keep = QSpinBox()
        self.backup_keep.setRange(1, 500)
        self.second_dir = QLineEdit()
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
        self.retention = QSpinBox()
        self.retention.setObjectName("settings_retention")
        self.retention.setRange(0, 3650)
        self.retention.setSuffix(" days")
        self.retention.setSpecialValueText("keep until erased")
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

    # -- values ----------------------------------------------------------------------

    def fill(self, values: SettingsForm) -> None:
        fill_camera_picker(self.camera, [*values.cameras, ("No camera", None)], values.camera)
        self.sound.setChecked(values.sound)
        self.country.setText(values.phone_country)
        self.consent_note.setText(
            f"Version {values.consent_version} is in force. Changing the text starts a new "
            "version; each visitor's consent keeps the version they agreed to."
        )
        self.consent.setPlainText(values.consent_text)
        for row, key in enumerate(self._label_keys):
            item = self.labels.item(row, 2)
            if item is not None:
                item.setText(values.question_labels.get(key, ""))
        for key, edit in self.contact_edits.items():
            edit.setText(values.contact.get(key, ""))
        self.backup_every.setValue(values.backup_every_minutes)
        self.backup_keep.setValue(values.backups_kept)
        self.second_dir.setText(values.second_dir)
        self.idle_lock.setValue(values.idle_lock_minutes)
        self.retention.setValue(values.retention_days)

    def read(self) -> SettingsForm:
        labels = {}
        for row, key in enumerate(self._label_keys):
            item = self.labels.item(row, 2)
            if item is not None and item.text().strip():
                labels[key] = item.text().strip()
        return SettingsForm(
            camera=self.camera.currentData(),
            sound=self.sound.isChecked(),
            phone_country=self.country.text(),
            consent_text=self.consent.toPlainText(),
            question_labels=labels,
            contact={k: e.text() for k, e in self.contact_edits.items()},
            backup_every_minutes=self.backup_every.value(),
            backups_kept=self.backup_keep.value(),
            second_dir=self.second_dir.text(),
            idle_lock_minutes=self.idle_lock.value(),
            retention_days=self.retention.value(),
        )

    def show_error(self, text: str) -> None:
        self.error.setText(text)

    def accept(self) -> None:
        self.save_requested.emit()  # the controller closes the dialog once saved

    def close_saved(self) -> None:
        super().accept()
