"""State the whole window shares: the database, the event, the staff on duty.

Controllers read it and listen to its signals instead of talking to each other,
so a lead saved in the capture view refreshes the leads view and the dashboard.
"""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QObject, Signal

from showfloor.config import Paths
from showfloor.domain.errors import ShowfloorError
from showfloor.qt import locale_text, translations
from showfloor.services.events import (
    current_staff,
    ensure_current_event,
    find_staff,
    set_current_staff,
)
from showfloor.services.time_zones import event_zone
from showfloor.store.database import Database


class AppContext(QObject):
    """Signals:
    lead_saved(str): a lead id was written (capture, edit, undo, delete).
    lead_count_moved(int): that write added (1) or took away (-1) a live lead of the
        current event; counters move by it instead of counting again. Emitted before
        ``lead_saved``.
    leads_changed(): many leads may have changed (import, merge, event switch).
    event_changed(str): the current event id changed.
    staff_changed(str): the staff member on duty changed (name, "" for nobody).
    store_gone(): a save was refused because the database file is no longer where it
        was opened (folder deleted, drive pulled); the form is kept.
    """

    lead_saved = Signal(str)
    lead_count_moved = Signal(int)
    leads_changed = Signal()
    event_changed = Signal(str)
    staff_changed = Signal(str)
    store_gone = Signal()

    def __init__(self, db: Database, paths: Paths, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.paths = paths
        translations.ensure_installed(db)  # run_app chose already; tests and tools may not
        if not db.read_only:
            db.hold_open()  # what it holds stays readable if its folder vanishes
        with db.session() as session:
            event = ensure_current_event(session)
            self.event_id, self.event_name = event.id, event.name
            staff = current_staff(session)
            self.staff_name = staff.name if staff else ""
        self.zone: tzinfo | None = None
        self.load_zone()

    def load_zone(self) -> None:
        """The event's clock, for every time the window shows (None: this laptop's)."""
        try:
            with self.db.session() as session:
                self.zone = event_zone(session, self.event_id)
        except ShowfloorError:  # an unreadable event: times in the laptop's zone
            self.zone = None
        locale_text.set_zone(self.zone)

    def set_event(self, event_id: str, name: str) -> None:
        self.event_id, self.event_name = event_id, name
        self.load_zone()
        self.event_changed.emit(event_id)
        self.leads_changed.emit()

    def follow_current_event(self) -> None:
        """After a merge or a combine: the current event may now be another id (events
        set up separately were joined); show whatever the data dir says is current."""
        with self.db.session() as session:
            event = ensure_current_event(session)
            event_id, name = event.id, event.name
        if (event_id, name) != (self.event_id, self.event_name):
            self.set_event(event_id, name)

    def set_staff(self, name: str) -> None:
        with self.db.session() as session:
            staff = find_staff(session, name) if name else None
            set_current_staff(session, staff)
        self.staff_name = staff.name if staff else ""
        self.staff_changed.emit(self.staff_name)
