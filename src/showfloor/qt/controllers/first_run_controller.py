"""The first-run wizard's side of the data dir: a new event, or the team's event.

The wizard only lays out its pages and hands its answers here, so every write of a
first start goes through the services (events, team setup, preferences); its camera
page's check and its last page's attendee import are wired here too.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QObject

from showfloor.qt.controllers.attendee_import_controller import AttendeeImportController
from showfloor.qt.controllers.camera_controller import CameraController, CameraPanel
from showfloor.qt.views.attendee_import_dialog import AttendeeImportPanel
from showfloor.scanning.devices import DEFAULT_CAMERA
from showfloor.services.events import (
    add_staff,
    create_event,
    require_current_event,
    set_current_staff,
)
from showfloor.services.preferences import load_preferences, save_preferences
from showfloor.services.sync.team import join_event
from showfloor.store.database import Database


@dataclass(frozen=True)
class FirstRunAnswers:
    event_name: str = ""
    starts: str | None = None
    ends: str | None = None
    setup_file: Path | None = None  # join the team's event instead of a new one
    staff_name: str = ""
    colleagues: tuple[str, ...] = ()  # the rest of the booth's team
    camera: str | None = None


class FirstRunController:
    def __init__(self, db: Database) -> None:
        self.db = db

    def save(self, answers: FirstRunAnswers) -> str:
        """Create (or join) the event, choose the staff member, keep the camera.

        Returns:
            The event's id.

        Raises:
            RefusedError: e.g. the setup file is not one, or the name is too long.
        """
        if answers.setup_file is not None:
            join_event(self.db, answers.setup_file)
        with self.db.session() as session:
            if answers.setup_file is None:
                event_id = create_event(
                    session, answers.event_name, answers.starts, answers.ends
                ).id
            else:
                event_id = require_current_event(session).id
            if answers.staff_name.strip():
                set_current_staff(session, add_staff(session, answers.staff_name))
            for name in answers.colleagues:
                add_staff(session, name)
            prefs = load_preferences(session)
            save_preferences(session, replace(prefs, camera=answers.camera))
        return event_id

    def attendee_importer(
        self, event_id: str, panel: AttendeeImportPanel
    ) -> AttendeeImportController:
        """The attendee import of the wizard's last page, into the event just saved."""
        return AttendeeImportController(self.db, event_id, panel)

    def camera_check(
        self, panel: CameraPanel, parent: QObject, *, no_camera_label: str
    ) -> CameraController:
        """The camera page's picture, through the capture window's camera path: a read
        badge flashes the picture, and nothing is remembered here (the choice is saved
        with the answers)."""
        return CameraController(
            panel,
            lambda _codes: None,
            lambda _codes: panel.preview.flash(),
            DEFAULT_CAMERA,
            parent,
            no_camera_label=no_camera_label,
        )
