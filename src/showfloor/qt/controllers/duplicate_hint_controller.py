"""The capture form's "possible duplicate" hint: someone like the visitor being typed
was met before, under a name that is not quite the same (issue 22).

Self-contained beside the capture controller: it only watches the person fields and
writes one label. A pause in typing (or a badge filling the form) looks the person up
once, through the search and phone indexes (services/duplicates.py), off the GUI
thread: no keystroke waits for it, and a failure to look up only leaves the hint
empty. Nothing is joined here; staff save as usual and combine the two later in the
Leads view.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from showfloor.domain.person import PersonFields
from showfloor.qt.context import AppContext
from showfloor.qt.controllers.capture_controller import CaptureController
from showfloor.qt.workers.background_read import BackgroundRead
from showfloor.services.duplicates import Possible, possible_duplicates
from showfloor.store.database import storage_errors

PAUSE_MS = 350
WATCHED = ("first_name", "last_name", "company", "phone")


class DuplicateHintController(QObject):
    def __init__(self, context: AppContext, capture: CaptureController) -> None:
        super().__init__(capture)
        self.context = context
        self.capture = capture
        self.label = capture.view.duplicate_hint
        self._timer = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self._timer.timeout.connect(self.look_up)
        # The look-up reads the search and phone indexes: at 100,000 leads 150-300 ms,
        # which on the GUI thread ate the keystrokes typed meanwhile (issue 20).
        self._reader = BackgroundRead("capture-duplicate-hint", self)
        self._reader.answered.connect(self._on_found)
        self._reader.failed.connect(lambda _message: self.label.hide())  # a hint only
        self._asked: PersonFields | None = None
        for key in WATCHED:
            capture.view.person_edits[key].textChanged.connect(lambda _t: self._timer.start())
        context.lead_saved.connect(lambda _id: self._forget())

    def look_up(self) -> None:
        self._timer.stop()
        snap = self.capture.snapshot()
        known = snap.preview.known if snap.preview is not None else None
        person = PersonFields(**{k: v or None for k, v in snap.form.person.items()})
        if known is not None or not (person.last_name or person.phone):
            self._forget()  # a repeat visitor is recognised already (their banner shows)
            return
        db, event_id = self.context.db, self.context.event_id
        self._asked = person

        def find() -> Possible | None:
            with storage_errors(db.path, "duplicate hint"), db.session() as session:
                found = possible_duplicates(session, event_id, person, limit=1)
            return found[0] if found else None

        self._reader.ask(person, find)

    def shutdown(self) -> bool:
        """Before the database closes: no more look-ups."""
        self._timer.stop()
        return self._reader.shutdown()

    def _forget(self) -> None:
        self._asked = None
        self._reader.forget()
        self.label.hide()

    def _on_found(self, person: object, other: object) -> None:
        if person != self._asked or self._reader.waiting:
            return  # typed on, or saved, since: a newer look-up (or none) follows
        if not isinstance(other, Possible):
            self.label.hide()
            return
        self.label.setText(
            self.tr(
                "Met before? {who}, %Ln visit(s) ({reason}). Saving "
                "adds a new lead; combine them in Leads if they are one.",
                "",
                other.visits,
            ).format(
                who=other.who,
                reason=other.reason,
            )
        )
        self.label.show()
