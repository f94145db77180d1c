"""Settings: camera, sound, phone country, consent text, question labels, booth contact,
and a page per group of the settings registry (domain/settings_registry.py).

Layout only: the dialog shows a ``SettingsForm`` and hands back what was typed;
showfloor.qt.controllers.settings_controller reads and saves the settings.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt, Signal
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
    QMessageBox,
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
from showfloor.domain.settings_registry import (
    BACKUPS_AND_PRIVACY,
    GENERAL,
    TEAM_SYNC,
    Kind,
    SettingSpec,
    in_group,
)
from showfloor.domain.texts import QT_TRANSLATE_NOOP
from showfloor.qt.domain_text import class_label, question_label
from showfloor.qt.theme import error_text_css, muted_css, themed
from showfloor.qt.widgets.camera_picker import fill_camera_picker
from showfloor.scanning.devices import DEFAULT_CAMERA

CONTACT_FIELDS = (
    ("name", QT_TRANSLATE_NOOP("SettingsDialog", "Name")),
    ("company", QT_TRANSLATE_NOOP("SettingsDialog", "Company")),
    ("email", QT_TRANSLATE_NOOP("SettingsDialog", "Email")),
    ("phone", QT_TRANSLATE_NOOP("SettingsDialog", "Phone")),
    ("url", QT_TRANSLATE_NOOP("SettingsDialog", "Web site")),
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
    # The registry's settings (domain/settings_registry.py) by key, as shown.
    registered: dict[str, int | str] = field(default_factory=dict)
    team_password: str = ""  # typed: "" keeps the one kept (shown as password_kept)
    password_kept: bool = False
    password_note: str = ""  # where the password is kept
    laptop_name: str = ""  # this laptop's name, as other laptops' repeat banners say it


class SettingsDialog(QDialog):
    """Signals:
    save_requested(): Save was pressed; the controller saves, then closes the dialog
        (or shows what was refused, and the dialog stays open with what was typed).
    new_password_requested(): Team sync > New password… was pressed and confirmed.
    """

    save_requested = Signal()
    new_password_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setObjectName("settings_dialog")
        self.setMinimumSize(640, 480)
        self.fields: dict[str, QSpinBox | QLineEdit | QComboBox] = {}
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Settings pages"))
        self.tabs.addTab(self._general(), _settings_text(GENERAL))
        self.tabs.addTab(self._consent(), self.tr("Consent"))
        self.tabs.addTab(self._labels(), self.tr("Question labels"))
        self.tabs.addTab(self._contact(), self.tr("Our contact"))
        self.tabs.addTab(self._registered(BACKUPS_AND_PRIVACY), _settings_text(BACKUPS_AND_PRIVACY))
        self.tabs.addTab(self._team(), _settings_text(TEAM_SYNC))
        self.error = QLabel()
        themed(self.error, error_text_css)
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
        self.sound = QCheckBox(self.tr("Beep when a badge is read"))
        self.country = QLineEdit()
        self.country.setObjectName("settings_country")
        self.country.setPlaceholderText(self.tr("e.g. DE — phones typed without +country get it"))
        self.country.setMaxLength(2)
        self.scanner_check_button = QPushButton(self.tr("Test the handheld scanner…"))
        self.scanner_check_button.setObjectName("settings_scanner_check")
        self.scanner_check_button.setAutoDefault(False)
        scanner_hint = QLabel(
            self.tr(
                "Scan the printed test sheet (showfloor qr test-sheet) before doors open: "
                "each badge format should pass and the Wi-Fi code be refused."
            )
        )
        scanner_hint.setWordWrap(True)
        themed(scanner_hint, muted_css)
        form.addRow(self.tr("Camera"), self.camera)
        form.addRow(self.tr("Sound"), self.sound)
        form.addRow(self.tr("Default phone country"), self.country)
        form.addRow(self.tr("Handheld scanner"), self.scanner_check_button)
        form.addRow("", scanner_hint)
        self._add_registered(form, GENERAL)
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
        self.labels.setHorizontalHeaderLabels(
            [self.tr("Class"), self.tr("Question"), self.tr("Your label")]
        )
        self._label_keys = []
        for i, (cls, question) in enumerate(rows):
            for col, text in enumerate((class_label(cls), question_label(question))):
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
            form.addRow(QCoreApplication.translate("SettingsDialog", label), edit)
        hint = QLabel(self.tr("Shown as a QR code visitors can scan (File > Share our contact)."))
        hint.setWordWrap(True)
        form.addRow(hint)
        return page

    def _registered(self, group: str) -> QWidget:
        """A page of the registry's settings of ``group``, one row each, in its order."""
        page = QWidget()
        self._add_registered(QFormLayout(page), group)
        return page

    def _add_registered(self, form: QFormLayout, group: str) -> None:
        for spec in in_group(group):
            form.addRow(_settings_text(spec.label), self._field(spec))
            if spec.hint:
                hint = QLabel(_settings_text(spec.hint))
                hint.setWordWrap(True)
                themed(hint, muted_css)
                form.addRow("", hint)

    def _team(self) -> QWidget:
        """The registry's team sync rows, and the password, which is no setting: it goes
        to the system keyring (or stays in memory), never to the settings table."""
        page = self._registered(TEAM_SYNC)
        form = page.layout()
        assert isinstance(form, QFormLayout)
        self.team_password = QLineEdit()
        self.team_password.setObjectName("settings_team_password")
        self.team_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_note = QLabel()
        self.password_note.setWordWrap(True)
        themed(self.password_note, muted_css)
        self.new_password_button = QPushButton(self.tr("New password…"))
        self.new_password_button.setObjectName("settings_team_new_password")
        self.new_password_button.setAutoDefault(False)
        self.new_password_button.setToolTip(
            self.tr("Give the team server a new password (the old one may be forgotten)")
        )
        self.new_password_button.clicked.connect(self._confirm_new_password)
        password_row = QWidget()
        row = QHBoxLayout(password_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.team_password, 1)
        row.addWidget(self.new_password_button)
        form.insertRow(2, self.tr("Password"), password_row)  # below the address and its hint
        form.insertRow(3, "", self.password_note)
        self.laptop_name = QLineEdit()
        self.laptop_name.setObjectName("settings_laptop_name")
        self.laptop_name.setPlaceholderText(self.tr("e.g. Laptop 2"))
        laptop_hint = QLabel(
            self.tr(
                "Other laptops name this one in their repeat banner "
                "(\u201cVisit 2 \u2014 last seen 10:42 by Anna on Laptop 2\u201d)."
            )
        )
        laptop_hint.setWordWrap(True)
        themed(laptop_hint, muted_css)
        form.addRow(self.tr("This laptop"), self.laptop_name)
        form.addRow("", laptop_hint)
        return page

    def _confirm_new_password(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("New team server password"),
            self.tr(
                "Give the team server a new password? The other laptops stop syncing until "
                "the new password is typed in their Settings > Team sync."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.new_password_requested.emit()

    def set_password_busy(self, busy: bool) -> None:
        self.new_password_button.setEnabled(not busy)
        self.new_password_button.setText(self.tr("Changing…") if busy else self.tr("New password…"))

    def show_new_password(self, where: str, password: str, note: str) -> None:
        """The new password, once, selectable, for the booth lead to write down."""
        self.team_password.clear()
        self.team_password.setPlaceholderText(self.tr("kept — type to change"))
        self.password_note.setText(note)
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("New team server password"))
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(
            self.tr("The team server at {where} has a new password:\n\n{password}").format(
                where=where, password=password
            )
        )
        box.setInformativeText(
            self.tr(
                "Write it down: it is shown only now. Type it on every other laptop in "
                "Settings > Team sync > Password."
            )
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setObjectName("new_password_box")
        box.open()

    def _field(self, spec: SettingSpec) -> QWidget:
        name = f"settings_{spec.key}"
        if spec.kind is Kind.NUMBER:
            box = QSpinBox()
            box.setRange(spec.minimum, spec.maximum)
            box.setSuffix(_settings_text(spec.suffix))
            box.setSpecialValueText(_settings_text(spec.special))
            box.setObjectName(name)
            self.fields[spec.key] = box
            return box
        if spec.kind is Kind.CHOICE:
            combo = QComboBox()
            combo.setObjectName(name)
            for value, label in spec.choices:
                combo.addItem(_settings_text(label), value)
            self.fields[spec.key] = combo
            return combo
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(_settings_text(spec.placeholder))
        self.fields[spec.key] = edit
        if spec.kind is not Kind.FOLDER:
            return edit
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(lambda: self._choose_folder(edit, _settings_text(spec.label)))
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        row.addWidget(browse)
        return holder

    def _choose_folder(self, edit: QLineEdit, title: str) -> None:
        folder = QFileDialog.getExistingDirectory(self, title)
        if folder:
            edit.setText(folder)

    # -- values ----------------------------------------------------------------------

    def fill(self, values: SettingsForm) -> None:
        fill_camera_picker(
            self.camera, [*values.cameras, (self.tr("No camera"), None)], values.camera
        )
        self.sound.setChecked(values.sound)
        self.country.setText(values.phone_country)
        self.consent_note.setText(
            self.tr(
                "Version {consent_version} is in force. Changing the text "
                "starts a new version; each visitor's consent keeps the "
                "version they agreed to."
            ).format(consent_version=values.consent_version)
        )
        self.consent.setPlainText(values.consent_text)
        for row, key in enumerate(self._label_keys):
            item = self.labels.item(row, 2)
            if item is not None:
                item.setText(values.question_labels.get(key, ""))
        for key, edit in self.contact_edits.items():
            edit.setText(values.contact.get(key, ""))
        self.team_password.clear()
        self.team_password.setPlaceholderText(
            self.tr("kept — type to change")
            if values.password_kept
            else self.tr("the team server's password")
        )
        self.password_note.setText(values.password_note)
        self.laptop_name.setText(values.laptop_name)
        for key, value in values.registered.items():
            widget = self.fields.get(key)
            if isinstance(widget, QSpinBox) and isinstance(value, int):
                widget.setValue(value)
            elif isinstance(widget, QLineEdit):
                widget.setText(str(value))
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))

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
            registered={key: _field_value(w) for key, w in self.fields.items()},
            team_password=self.team_password.text(),
            laptop_name=self.laptop_name.text(),
        )

    def show_error(self, text: str) -> None:
        self.error.setText(text)

    def accept(self) -> None:
        self.save_requested.emit()  # the controller closes the dialog once saved

    def close_saved(self) -> None:
        super().accept()


def _settings_text(text: str) -> str:
    """A registry text (domain/settings_registry.py) in the window's language."""
    return QCoreApplication.translate("Settings", text) if text else ""


def _field_value(widget: QSpinBox | QLineEdit | QComboBox) -> int | str:
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QComboBox):
        return str(widget.currentData() or "")
    return widget.text()
