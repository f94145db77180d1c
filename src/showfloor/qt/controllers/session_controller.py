"""Event, staff and settings: the menus around the booth day."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFormLayout, QInputDialog, QMessageBox

from showfloor.domain.errors import ShowfloorError
from showfloor.domain.questions import VisitorClass
from showfloor.domain.texts import QT_TRANSLATE_NOOP
from showfloor.qt.context import AppContext
from showfloor.qt.controllers.attendee_import_controller import AttendeeImportController
from showfloor.qt.controllers.capture_controller import CaptureController
from showfloor.qt.controllers.follow_up_templates import add_template_tab
from showfloor.qt.controllers.scanner_check_controller import open_scanner_check
from showfloor.qt.controllers.settings_controller import SettingsController
from showfloor.qt.domain_text import question_text
from showfloor.qt.main_window import MainWindow
from showfloor.services.events import create_event, list_events, list_staff, use_event
from showfloor.services.preferences import Preferences, load_preferences
from showfloor.services.time_zones import (
    event_zone_name,
    laptop_zone_name,
    set_event_zone,
    zone_names,
)

NEW_STAFF = QT_TRANSLATE_NOOP("SessionController", "Someone new…")


class SessionController(QObject):
    """Signals:
    settings_saved(): the settings dialog was saved; controllers reload theirs.
    """

    settings_saved = Signal()

    def __init__(self, context: AppContext, window: MainWindow, capture: CaptureController) -> None:
        super().__init__(window)
        self.context, self.window, self.capture = context, window, capture
        w = window
        w.add_action("&Staff", self.tr("&Switch staff…"), "Ctrl+Shift+S", self.switch_staff)
        w.add_action("&Event", self.tr("&New event…"), "Ctrl+Shift+N", self.new_event)
        w.add_action("&Event", self.tr("S&witch event…"), "Ctrl+Shift+E", self.switch_event)
        w.add_action("&Event", self.tr("&Import attendee list…"), "Ctrl+I", self.import_attendees)
        w.add_action("&Event", self.tr("&Time zone…"), "Ctrl+Shift+Z", self.choose_time_zone)
        w.add_action("&File", self.tr("Se&ttings…"), "Ctrl+,", self.open_settings)
        w.add_action(
            "&Help",
            self.tr("Test the &handheld scanner…"),
            "Ctrl+Shift+H",
            self.check_scanner,
        )
        with context.db.session() as session:
            self.apply(load_preferences(session))

    def apply(self, prefs: Preferences) -> None:
        """Preferences that change behaviour now: sound, phone country, labels."""
        self.capture.sound = prefs.sound
        self.capture.service.default_country = prefs.phone_country
        for cls in VisitorClass:
            page = self.capture.view.question_pages[cls]
            layout = page.layout()
            assert isinstance(layout, QFormLayout)
            for key, qfield in self.capture.view.question_fields[cls].items():
                label = layout.labelForField(qfield.widget)
                if label is not None:
                    label.setProperty("text", question_text(prefs.label(cls, key)))

    def switch_staff(self) -> None:
        with self.context.db.session() as session:
            names = [s.name for s in list_staff(session)]
        current = names.index(self.context.staff_name) if self.context.staff_name in names else 0
        choices = [*names, self.tr(NEW_STAFF)]
        picker = QInputDialog(self.window)
        picker.setObjectName("staff_picker")
        picker.setWindowTitle(self.tr("Who is on duty?"))
        picker.setLabelText(self.tr("Staff member:"))
        picker.setComboBoxItems(choices)
        picker.setComboBoxEditable(True)
        picker.setTextValue(choices[current])
        # Wide enough for the longest name: a combo box cuts long names short.
        longest = max(picker.fontMetrics().horizontalAdvance(n) for n in choices)
        picker.resize(max(picker.sizeHint().width(), longest + 120), picker.sizeHint().height())
        ok = bool(picker.exec())
        name = picker.textValue()
        picker.deleteLater()
        if not ok:
            return
        if name == self.tr(NEW_STAFF):
            name, ok = QInputDialog.getText(
                self.window, self.tr("New staff member"), self.tr("Name:")
            )
            if not ok:
                return
        self.set_staff(name)

    def set_staff(self, name: str) -> None:
        from showfloor.services.events import add_staff

        try:
            with self.context.db.session() as session:
                add_staff(session, name)
            self.context.set_staff(name.strip())
        except ShowfloorError as exc:
            QMessageBox.warning(self.window, self.tr("Staff"), str(exc))

    def new_event(self) -> None:
        name, ok = QInputDialog.getText(self.window, self.tr("New event"), self.tr("Event name:"))
        if not ok or not name.strip():
            return
        try:
            with self.context.db.session() as session:
                event = create_event(session, name)
                event_id, event_name = event.id, event.name
        except ShowfloorError as exc:
            QMessageBox.warning(self.window, self.tr("New event"), str(exc))
            return
        self.context.set_event(event_id, event_name)

    def choose_time_zone(self) -> None:
        """The show's clock: every time in the window and the debrief is on it."""
        names = list(zone_names())
        with self.context.db.session() as session:
            current = event_zone_name(session, self.context.event_id)
        current = current or laptop_zone_name() or "UTC"
        name, ok = QInputDialog.getItem(
            self.window,
            self.tr("Time zone"),
            self.tr("The show's time zone (times and charts use its clock):"),
            names,
            names.index(current) if current in names else 0,
            True,
        )
        if not ok:
            return
        try:
            with self.context.db.session() as session:
                set_event_zone(session, self.context.event_id, name)
        except ShowfloorError as exc:
            QMessageBox.warning(self.window, self.tr("Time zone"), str(exc))
            return
        self.context.load_zone()
        self.context.leads_changed.emit()  # lists and the dashboard show the new clock

    def switch_event(self) -> None:
        with self.context.db.session() as session:
            infos = list_events(session)
        labels = [
            self.tr("{name} ({leads} leads)").format(name=i.name, leads=i.leads) for i in infos
        ]
        current = next((n for n, i in enumerate(infos) if i.current), 0)
        label, ok = QInputDialog.getItem(
            self.window, self.tr("Switch event"), self.tr("Event:"), labels, current, False
        )
        if not ok:
            return
        chosen = infos[labels.index(label)]
        with self.context.db.session() as session:
            use_event(session, chosen.id)
        self.context.set_event(chosen.id, chosen.name)

    def import_attendees(self) -> None:
        dialog, _controller = AttendeeImportController.in_dialog(
            self.context.db, self.context.event_id, self.window
        )
        dialog.exec()

    def check_scanner(self) -> None:
        open_scanner_check(self.window)

    def open_settings(self) -> None:
        settings = SettingsController(self.context.db, self.window)
        add_template_tab(settings, self.context.db)
        if settings.exec():
            self.apply(settings.prefs)
            self.settings_saved.emit()
        settings.dialog.deleteLater()
