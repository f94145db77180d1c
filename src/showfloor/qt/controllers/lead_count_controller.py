"""The number of leads of the event, in the status bar.

Counted off the GUI thread when the window opens and after a change of many leads
(an import, a merge, an event switch); a save moves it by what it changed (a new
lead +1, an undone one -1) without counting again. At 100k leads a count takes
longer than a keystroke, and it used to run on the GUI thread after every save.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from showfloor.qt.context import AppContext
from showfloor.qt.main_window import MainWindow
from showfloor.qt.workers.background_read import BackgroundRead
from showfloor.services.leads import LeadFilter, count_leads
from showfloor.store.database import storage_errors


class LeadCountController(QObject):
    """Signals:
    counted(int): the event's number of leads, whenever it is known anew.
    """

    counted = Signal(int)

    def __init__(self, context: AppContext, window: MainWindow) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.count: int | None = None
        self._reader = BackgroundRead("lead-count", self)
        self._reader.answered.connect(self._on_counted)
        self._reader.failed.connect(lambda message: self.window.set_status("leads", ""))
        context.leads_changed.connect(self.recount)
        context.lead_count_moved.connect(self.move)
        self.recount()

    def recount(self) -> None:
        db, event_id = self.context.db, self.context.event_id

        def count() -> int:
            with storage_errors(db.path, "lead count"), db.session() as session:
                return count_leads(session, LeadFilter(event_id))

        self._reader.ask(event_id, count)

    def move(self, by: int) -> None:
        """A save added or took away a lead: no need to count."""
        if self._reader.busy:
            self.recount()  # the running count may or may not have seen that save
        elif self.count is not None:
            self._show(self.count + by)

    def shutdown(self) -> bool:
        return self._reader.shutdown()

    def _on_counted(self, event_id: object, count: object) -> None:
        if event_id != self.context.event_id or self._reader.waiting:
            return  # a newer count is on its way
        assert isinstance(count, int)
        self._show(count)

    def _show(self, count: int) -> None:
        self.count = count
        self.window.set_status("leads", self.tr("%Ln lead(s)", "", count))
        self.counted.emit(count)
