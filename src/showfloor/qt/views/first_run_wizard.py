"""First run: the event (new, or the team's), who is on duty, the camera, the attendee
list. Four short pages; the answers go to FirstRunController, which writes them and
wires the attendee import on the last page."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from showfloor.domain.errors import ShowfloorError
from showfloor.domain.texts import QT_TRANSLATE_NOOP
from showfloor.qt.controllers.attendee_import_controller import AttendeeImportController
from showfloor.qt.controllers.first_run_controller import FirstRunAnswers, FirstRunController
from showfloor.qt.views.attendee_import_dialog import AttendeeImportPanel
from showfloor.qt.views.scanner_check_page import ScannerCheckPage
from showfloor.qt.widgets.camera_preview import CameraPreview
from showfloor.qt.workers.camera_worker import CameraWorker

SETUP_FILTER = QT_TRANSLATE_NOOP(
    "EventTeamController", "Showfloor team setup (*.sfsetup);;All files (*)"
)


@dataclass(frozen=True)
class _CameraPage:
    """The camera page's widgets, as the camera controller shows a camera in them."""

    camera_picker: QComboBox
    preview: CameraPreview
    camera_state: QLabel


class _ShowPage(QWizardPage):
    """Complete with a name for a new event, or a setup file to join."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard

    def isComplete(self) -> bool:
        w = self._wizard
        if w.join_choice.isChecked():
            return bool(w.setup_path.text().strip())
        return bool(w.event_name.text().strip())


class FirstRunWizard(QWizard):
    import_panel: AttendeeImportPanel  # on the last page, once the event is saved

    def __init__(self, controller: FirstRunController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.importer: AttendeeImportController | None = None
        self.event_id: str | None = None
        self.setWindowTitle(self.tr("Welcome to Showfloor"))
        self.setObjectName("first_run_wizard")
        self.setMinimumSize(620, 420)
        self.addPage(self._event_page())
        self.addPage(self._staff_page())
        self.addPage(self._camera_page())
        self.addPage(ScannerCheckPage())
        self.import_page = QWizardPage()
        self.import_page.setTitle(self.tr("The organiser's attendee list (optional)"))
        self.import_layout = QVBoxLayout(self.import_page)
        self.addPage(self.import_page)
        self.currentIdChanged.connect(self._on_page)

    def _event_page(self) -> QWizardPage:
        page = _ShowPage(self)
        page.setTitle(self.tr("Which show is this?"))
        layout = QVBoxLayout(page)
        self.event_name = QLineEdit()
        self.event_name.setObjectName("wizard_event_name")
        self.event_name.setPlaceholderText(self.tr("e.g. Expo 2026"))
        today = QDate.currentDate()
        self.starts = QDateEdit(today)
        self.ends = QDateEdit(today.addDays(2))
        for edit in (self.starts, self.ends):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.new_choice = QRadioButton(self.tr("&New event: this laptop sets the show up"))
        self.new_choice.setObjectName("wizard_new_event")
        self.new_choice.setChecked(True)
        layout.addWidget(self.new_choice)
        form = QFormLayout()
        form.setContentsMargins(24, 0, 0, 0)
        form.addRow(self.tr("Event name"), self.event_name)
        form.addRow(self.tr("First day"), self.starts)
        form.addRow(self.tr("Last day"), self.ends)
        layout.addLayout(form)
        self.join_choice = QRadioButton(self.tr("&Join the team's event: open the setup file"))
        self.join_choice.setObjectName("wizard_join_event")
        layout.addWidget(self.join_choice)
        row = QHBoxLayout()
        row.setContentsMargins(24, 0, 0, 0)
        self.setup_path = QLineEdit()
        self.setup_path.setObjectName("wizard_setup_path")
        self.setup_path.setPlaceholderText(self.tr("the file from Event > Share with the team"))
        self.setup_path.setAccessibleName(self.tr("Team setup file"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._choose_setup_file)
        row.addWidget(self.setup_path, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        hint = QLabel(
            self.tr(
                "Joining keeps every laptop on one event, with the same staff, attendee list "
                "and consent text: merging after the show then asks nothing."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addStretch(1)
        # The name field first in Tab order, so it has the focus when the page opens:
        # typing starts the event's name, as before joining was offered.
        chain = [self.event_name, self.starts, self.ends, self.new_choice, self.join_choice]
        for first, second in zip(chain, [*chain[1:], self.setup_path], strict=True):
            QWidget.setTabOrder(first, second)
        QWidget.setTabOrder(self.setup_path, browse)
        self.event_name.textChanged.connect(page.completeChanged)
        self.setup_path.textChanged.connect(page.completeChanged)
        self.setup_path.textChanged.connect(self._setup_typed)
        self.join_choice.toggled.connect(page.completeChanged)
        self.event_name.textEdited.connect(lambda _t: self.new_choice.setChecked(True))
        return page

    def _setup_typed(self, text: str) -> None:
        if text:
            self.join_choice.setChecked(True)

    def _choose_setup_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("The team's setup file"),
            "",
            QCoreApplication.translate("EventTeamController", SETUP_FILTER),
        )
        if name:
            self.setup_path.setText(name)

    def _staff_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("Who is at the booth?"))
        form = QFormLayout(page)
        self.staff_name = QLineEdit()
        self.staff_name.setObjectName("wizard_staff_name")
        self.staff_name.setPlaceholderText(self.tr("Your name, as colleagues know you"))
        form.addRow(self.tr("Your name"), self.staff_name)
        # The rest of the team, so that a colleague takes over with Ctrl+Shift+S at once.
        self.colleagues = QPlainTextEdit()
        self.colleagues.setObjectName("wizard_colleagues")
        self.colleagues.setPlaceholderText(self.tr("One name a line (optional)"))
        self.colleagues.setTabChangesFocus(True)
        self.colleagues.setMaximumHeight(110)
        form.addRow(self.tr("Colleagues at the booth"), self.colleagues)
        hint = QLabel(
            self.tr("Each lead records who met the visitor. Switch later with Ctrl+Shift+S.")
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        page.registerField("staff_name*", self.staff_name)
        return page

    def _camera_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("Camera"))
        form = QFormLayout(page)
        self.camera = QComboBox()
        self.camera.setObjectName("wizard_camera")
        form.addRow(self.tr("Badge camera"), self.camera)
        self.camera_preview = CameraPreview()
        self.camera_preview.setMinimumSize(320, 200)
        self.camera_preview.show_message(self.tr("Choose a camera to see its picture here."))
        form.addRow(self.camera_preview)
        self.camera_status = QLabel()
        self.camera_status.setObjectName("wizard_camera_status")
        form.addRow(self.camera_status)
        hint = QLabel(
            self.tr(
                "Hold a badge up: a green frame means it was read. "
                "A handheld USB scanner works with no setting at all."
            )
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        # The capture window's camera path lists the cameras into the picker, starts
        # the one picked and shows its picture and state here.
        self.camera_check = self.controller.camera_check(
            _CameraPage(self.camera, self.camera_preview, self.camera_status),
            self,
            no_camera_label=self.tr("No camera (handheld scanner or typing only)"),
        )
        self._camera_page_widget = page
        return page

    @property
    def camera_worker(self) -> CameraWorker | None:
        """The camera thread of the check, while it runs."""
        return self.camera_check.worker

    def _on_page(self, page_id: int) -> None:
        if self.page(page_id) is self._camera_page_widget:
            self.camera_check.start()
        else:
            self.camera_check.stop()
        if self.page(page_id) is self.import_page and self.event_id is None:
            if not self._save_or_say():
                self.restart()  # back to the show page, with what was typed
                return
            assert self.event_id is not None
            self.import_panel = AttendeeImportPanel(self.import_page)
            self.importer = self.controller.attendee_importer(self.event_id, self.import_panel)
            self.importer.imported.connect(self._after_import)
            self.import_layout.addWidget(self.import_panel)

    def _after_import(self) -> None:
        """The list is in: Enter now finishes. (While Import was greyed out the focus had
        moved on to Back, and Enter went back a page.)"""
        finish = self.button(QWizard.WizardButton.FinishButton)
        if isinstance(finish, QPushButton):
            finish.setDefault(True)
        finish.setFocus()

    def answers(self) -> FirstRunAnswers:
        joining = self.join_choice.isChecked() and bool(self.setup_path.text().strip())
        return FirstRunAnswers(
            event_name=self.event_name.text(),
            starts=self.starts.date().toString("yyyy-MM-dd"),
            ends=self.ends.date().toString("yyyy-MM-dd"),
            setup_file=Path(self.setup_path.text().strip()) if joining else None,
            staff_name=self.staff_name.text(),
            colleagues=tuple(
                name.strip() for name in self.colleagues.toPlainText().splitlines() if name.strip()
            ),
            camera=self.camera.currentData(),
        )

    def save(self) -> str:
        """Create or join the event, the staff member, the camera; returns the event id."""
        return self.controller.save(self.answers())

    def _save_or_say(self) -> bool:
        try:
            self.event_id = self.save()
        except ShowfloorError as exc:
            QMessageBox.warning(self, self.tr("Welcome to Showfloor"), str(exc))
            return False
        return True

    def validateCurrentPage(self) -> bool:
        """A setup file that cannot be joined is said at once, on its page."""
        if self.currentPage() is self.page(0) and self.join_choice.isChecked():
            path = Path(self.setup_path.text().strip())
            if not path.is_file():
                QMessageBox.warning(
                    self,
                    self.tr("Join the team's event"),
                    self.tr("There is no file {path}.").format(path=path),
                )
                return False
        return super().validateCurrentPage()

    def done(self, result: int) -> None:
        self.camera_check.shutdown()  # never leave the camera thread running
        super().done(result)

    def accept(self) -> None:
        if self.event_id is None and not self._save_or_say():
            return
        if self.importer is not None:
            self.importer.shutdown()
        super().accept()
