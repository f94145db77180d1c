"""The capture form's "possible duplicate" hint: someone like the visitor being typed
was met before, under a name that is not quite the same (issue 22).

Self-contained beside the capture controller: it only watches the person fields and
writes one label. A pause in typing (or a badge filling the form) looks the person up
once, through the search and phone indexes (services/duplicates.py): no keystroke
waits for it, and a failure to look up only leaves the hint empty. Nothing is joined
here; staff save as usual and combine the two later in the Leads view.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from showfloor.domain.errors import ShowfloorError
from showfloor.domain.person import PersonFields
from showfloor.qt.context import AppContext
from showfloor.qt.controllers.capture_controller import CaptureController
from showfloor.services.duplicates import possible_duplicates
from showfloor.store.database import storage_errors

log = logging.getLogger(__name__)
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
        for key in WATCHED:
            capture.view.person_edits[key].textChanged.connect(lambda _t: self._timer.start())
        context.lead_saved.connect(lambda _id: self.label.hide())

    def look_up(self) -> None:
        self._timer.stop()
        snap = self.capture.snapshot()
        known = snap.preview.known if snap.preview is not None else None
        person = PersonFields(**{k: v or None for k, v in snap.form.person.items()})
        if known is not None or not (person.last_name or person.phone):
            self.label.hide()  # a repeat visitor is recognised already (their banner shows)
            return
        db = self.context.db
        try:
            with storage_errors(db.path, "duplicate hint"), db.session() as session:
                found = possible_duplicates(session, self.context.event_id, person, limit=1)
        except ShowfloorError:
            log.warning("duplicate hint: look-up failed")
            found = []
        if not found:
            self.label.hide()
            return
        other = found[0]
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
