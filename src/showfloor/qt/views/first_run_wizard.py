"""First run: the event, who is on duty, the camera, the attendee list. Four short pages."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from showfloor.qt.controllers.camera_controller import STATE_TEXT
from showfloor.qt.views.attendee_import_dialog import AttendeeImportPanel
from showfloor.qt.widgets.camera_picker import fill_camera_picker
from showfloor.qt.widgets.camera_preview import CameraPreview
from showfloor.qt.workers.camera_worker import CameraWorker
from showfloor.scanning.devices import camera_choices, known_cameras
from showfloor.scanning.sources import FrameSource, OpenCVSource
from showfloor.services.events import add_staff, create_event, set_current_staff
from showfloor.services.preferences import Preferences, load_preferences, save_preferences
from showfloor.store.database import Database


class FirstRunWizard(QWizard):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.event_id: str | None = None
        self.camera_worker: CameraWorker | None = None
        self.setWindowTitle("Welcome to Showfloor")
        self.setObjectName("first_run_wizard")
        self.setMinimumSize(620, 420)
        self.addPage(self._event_page())
        self.addPage(self._staff_page())
        self.addPage(self._camera_page())
        self.import_page = QWizardPage()
        self.import_page.setTitle("The organiser's attendee list (optional)")
        self.import_layout = QVBoxLayout(self.import_page)
        self.addPage(self.import_page)
        self.currentIdChanged.connect(self._on_page)

    def _event_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle("Which show is this?")
        form = QFormLayout(page)
        self.event_name = QLineEdit()
        self.event_name.setObjectName("wizard_event_name")
        self.event_name.setPlaceholderText("e.g. Expo 2026")
        today = QDate.currentDate()
        self.starts = QDateEdit(today)
        self.ends = QDateEdit(today.addDays(2))
        for edit in (self.starts, self.ends):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        form.addRow("Event name", self.event_name)
        form.addRow("First day", self.starts)
        form.addRow("Last day", self.ends)
        page.registerField("event_name*", self.event_name)
        return page

    def _staff_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle("Who is at the booth?")
        form = QFormLayout(page)
        self.staff_name = QLineEdit()
        self.staff_name.setObjectName("wizard_staff_name")
        self.staff_name.setPlaceholderText("Your name, as colleagues know you")
        form.addRow("Your name", self.staff_name)
        hint = QLabel("Each lead records who met the visitor. Switch later with Ctrl+Shift+S.")
        hint.setWordWrap(True)
        form.addRow(hint)
        page.registerField("staff_name*", self.staff_name)
        return page

    def _camera_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle("Camera")
        form = QFormLayout(page)
        self.camera = QComboBox()
        self.camera.setObjectName("wizard_camera")
        first = Preferences().camera
        cameras = camera_choices(known_cameras(), first)
        no_camera = ("No camera (handheld scanner or typing only)", None)
        fill_camera_picker(self.camera, [*cameras, no_camera], first)
        form.addRow("Badge camera", self.camera)
        self.camera_preview = CameraPreview()
        self.camera_preview.setMinimumSize(320, 200)
        self.camera_preview.show_message("Choose a camera to see its picture here.")
        form.addRow(self.camera_preview)
        self.camera_status = QLabel()
        self.camera_status.setObjectName("wizard_camera_status")
        form.addRow(self.camera_status)
        hint = QLabel(
            "Hold a badge up: a green frame means it was read. "
            "A handheld USB scanner works with no setting at all."
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
            self.camera_preview.show_message("No camera: type visitors or use a handheld scanner.")
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
        self.camera_status.setText(STATE_TEXT.get(state, state))

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
            self.event_id = self.save()
            self.import_panel = AttendeeImportPanel(self.db, self.event_id, self.import_page)
            self.import_layout.addWidget(self.import_panel)

    def save(self) -> str:
        """Create the event and staff member and remember the camera; returns the event id."""
        with self.db.session() as session:
            event = create_event(
                session,
                self.event_name.text(),
                self.starts.date().toString("yyyy-MM-dd"),
                self.ends.date().toString("yyyy-MM-dd"),
            )
            if self.staff_name.text().strip():
                set_current_staff(session, add_staff(session, self.staff_name.text()))
            prefs = load_preferences(session)
            save_preferences(
                session,
                type(prefs)(
                    self.camera.currentData(),
                    prefs.sound,
                    prefs.phone_country,
                    prefs.question_labels,
                ),
            )
            return event.id

    def done(self, result: int) -> None:
        self._stop_camera_check()  # never leave the camera thread running
        super().done(result)

    def accept(self) -> None:
        if self.event_id is None:
            self.event_id = self.save()
        if hasattr(self, "import_panel"):
            self.import_panel.shutdown()
        super().accept()
