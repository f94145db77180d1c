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

from showfloor.qt.views.attendee_import_dialog import AttendeeImportPanel
from showfloor.services.events import add_staff, create_event, set_current_staff
from showfloor.services.preferences import load_preferences, save_preferences
from showfloor.store.database import Database


class FirstRunWizard(QWizard):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.event_id: str | None = None
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
        for index in range(3):
            self.camera.addItem(f"Camera {index}", str(index))
        self.camera.addItem("No camera (handheld scanner or typing only)", None)
        form.addRow("Badge camera", self.camera)
        hint = QLabel(
            "The camera's picture shows in the capture view; hold a badge up to check it. "
            "A handheld USB scanner works with no setting at all."
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        return page

    def _on_page(self, page_id: int) -> None:
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

    def accept(self) -> None:
        if self.event_id is None:
            self.event_id = self.save()
        if hasattr(self, "import_panel"):
            self.import_panel.shutdown()
        super().accept()
