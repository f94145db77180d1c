"""First run: the event (new, or the team's), who is on duty, the camera, the attendee
list. Four short pages; the answers go to FirstRunController, which writes them and
wires the attendee import on the last page."""

from __future__ import annotations

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
from showfloor.qt.controllers.camera_controller import state_text
from showfloor.qt.controllers.first_run_controller import FirstRunAnswers, FirstRunController
from showfloor.qt.views.attendee_import_dialog import AttendeeImportPanel
from showfloor.qt.views.scanner_check_page import ScannerCheckPage
from showfloor.qt.widgets.camera_picker import fill_camera_picker
from showfloor.qt.widgets.camera_preview import CameraPreview
from showfloor.qt.workers.camera_worker import CameraWorker
from showfloor.scanning.devices import DEFAULT_CAMERA, camera_choices, known_cameras
from showfloor.scanning.sources import FrameSource, OpenCVSource

SETUP_FILTER = QT_TRANSLATE_NOOP(
    "EventTeamController", "Showfloor team setup (*.sfsetup);;All files (*)"
)


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
    def __init__(self, controller: FirstRunController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.importer: AttendeeImportController | None = None
        self.event_id: str | None = None
        self.camera_worker: CameraWorker | None = None
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
        cameras = camera_choices(known_cameras(), DEFAULT_CAMERA)
        no_camera = (self.tr("No camera (handheld scanner or typing only)"), None)
        fill_camera_picker(self.camera, [*cameras, no_camera], DEFAULT_CAMERA)
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
        self.camera.currentIndexChanged.connect(lambda _i: self._start_camera_check())
        self._camera_page_widget = page
        return page

    def make_source(self, spec: str) -> FrameSource:
        """The camera to check; tests replace it with a fake."""
        return OpenCVSource(spec)

    def _start_camera_check(self) -> None:
        self._stop_camera_check()
        spec = self.camera.currentData()
        if spec is None:
            self.camera_preview.show_message(
                self.tr("No camera: type visitors or use a handheld scanner.")
            )
            self.camera_status.setText("")
            return
        worker = CameraWorker(self.make_source(spec))
        worker.frame_ready.connect(self.camera_preview.show_frame)
        worker.state_changed.connect(self._on_camera_state)
        worker.failed.connect(self.camera_preview.show_message)
        worker.decoded.connect(lambda _codes: self.camera_preview.flash())
        self.camera_worker = worker
        worker.start()

    def _on_camera_state(self, state: str) -> None:
        self.camera_status.setText(state_text(state))

    def _stop_camera_check(self) -> None:
        worker = self.camera_worker
        if worker is not None:
            worker.stop()
            self.camera_worker = None

    def _on_page(self, page_id: int) -> None:
        if self.page(page_id) is self._camera_page_widget:
            self._start_camera_check()
        else:
            self._stop_camera_check()
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
        self._stop_camera_check()  # never leave the camera thread running
        super().done(result)

    def accept(self) -> None:
        if self.event_id is None and not self._save_or_say():
            return
        if self.importer is not None:
            self.importer.shutdown()
        super().accept()
