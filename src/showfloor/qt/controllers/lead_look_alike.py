"""The Leads view's look-alike of the selected lead, read off the GUI thread.

Selecting a lead (a click, an arrow key, or the first row after each search) looks
for another lead of the event who may be the same person (services/duplicates.py).
At 100,000 leads that read takes 150-300 ms, and it ran on the GUI thread 150 ms
after every search result, while staff were still typing (issue 20). It runs on a
``BackgroundRead``: the newest selection wins, and the answer for a lead that is no
longer the one asked about is dropped. A failed look-up only leaves the hint empty.

Signals:
    found(str, object): the lead asked about, and its look-alike (a ``Possible``) or
        None.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from showfloor.domain.person import PERSON_FIELDS, PersonFields
from showfloor.qt.context import AppContext
from showfloor.qt.workers.background_read import BackgroundRead
from showfloor.services.duplicates import Possible, possible_duplicates
from showfloor.services.leads import get_lead
from showfloor.store.database import storage_errors


class LeadLookAlike(QObject):
    found = Signal(str, object)

    def __init__(self, context: AppContext, parent: QObject) -> None:
        super().__init__(parent)
        self.context = context
        self._asked: str | None = None
        self._reader = BackgroundRead("lead-look-alike", self)
        self._reader.answered.connect(self._on_answered)
        self._reader.failed.connect(self._on_failed)

    def ask(self, lead_id: str) -> None:
        db, event_id = self.context.db, self.context.event_id
        self._asked = lead_id

        def read() -> Possible | None:
            with storage_errors(db.path, "leads view"), db.session() as session:
                record = get_lead(session, lead_id)
                person = PersonFields(**{k: getattr(record, k) for k in PERSON_FIELDS})
                found = possible_duplicates(session, event_id, person, exclude=lead_id, limit=1)
            return found[0] if found else None

        self._reader.ask(lead_id, read)

    def forget(self) -> None:
        """No lead selected: no answer is wanted."""
        self._asked = None
        self._reader.forget()

    def shutdown(self) -> bool:
        return self._reader.shutdown()

    def _on_answered(self, lead_id: object, other: object) -> None:
        if lead_id != self._asked or self._reader.waiting:
            return  # another lead was selected since: its answer follows
        assert isinstance(lead_id, str)
        self.found.emit(lead_id, other)

    def _on_failed(self, _message: str) -> None:
        if self._asked is not None and not self._reader.waiting:
            self.found.emit(self._asked, None)  # a hint only: the list says what is wrong
