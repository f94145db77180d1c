"""Behaviour of the dashboard: count when shown, and after saves only while visible.

A burst of captures at the booth must not pay for charts nobody is looking at:
while the dashboard is hidden a save only marks it stale, and while it is shown
saves are coalesced into one recount. The counting runs off the GUI thread (at
100k leads it takes seconds): the old numbers stay up until the new ones arrive.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, QTimer

from showfloor.domain.palette import CLASS_COLOURS, RATING_COLOURS
from showfloor.domain.questions import Rating, VisitorClass
from showfloor.qt import locale_text
from showfloor.qt.context import AppContext
from showfloor.qt.main_window import MainWindow
from showfloor.qt.views.dashboard_view import DashboardView
from showfloor.qt.workers.background_read import BackgroundRead
from showfloor.services.charts import UNRATED
from showfloor.services.stats import EventStats, event_stats
from showfloor.store.database import storage_errors

REFRESH_DEBOUNCE_MS = 300
COLOURS = {
    **{c.value: CLASS_COLOURS[c] for c in VisitorClass},
    **{r.value: RATING_COLOURS[r] for r in Rating},
    UNRATED: "#9ca3af",
}


class DashboardController(QObject):
    def __init__(self, context: AppContext, window: MainWindow) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.view = DashboardView()
        self.stats: EventStats | None = None
        self._stale = True
        self._timer = QTimer(self, singleShot=True, interval=REFRESH_DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh_now)
        self._reader = BackgroundRead("dashboard-counts", self)
        self._reader.answered.connect(self._on_counted)
        self._reader.failed.connect(self._on_failed)
        window.add_view(self.view, self.tr("Dashboard"), "Ctrl+3")
        self.view.shown.connect(self._on_shown)
        context.lead_saved.connect(lambda _lead_id: self.refresh())
        context.leads_changed.connect(self.refresh)
        context.event_changed.connect(lambda _event_id: self.refresh())

    def refresh(self) -> None:
        """Counts may have changed: recount soon if visible, else when next shown."""
        self._stale = True
        if self.view.isVisible():
            self._timer.start()

    def refresh_now(self) -> None:
        """Count again now, off the GUI thread; the answer shows when it arrives."""
        self._timer.stop()
        db, event_id = self.context.db, self.context.event_id
        zone = self.context.zone  # read here: the count runs off the GUI thread

        def count() -> EventStats:
            with storage_errors(db.path, "dashboard"), db.session() as session:
                return event_stats(session, event_id, zone)

        self._stale = False
        self.view.title.setText(self.context.event_name)
        self.view.show_counting(first=self.stats is None)
        self._reader.ask(event_id, count)

    def shutdown(self) -> bool:
        """Before the database closes: no more counting (waits for a running count)."""
        self._timer.stop()
        return self._reader.shutdown()

    def _on_counted(self, event_id: object, stats: object) -> None:
        if event_id != self.context.event_id:
            return  # counted before an event switch; that switch asked again
        assert isinstance(stats, EventStats)
        self.stats = stats
        self._show(stats)

    def _on_failed(self, message: str) -> None:
        self._stale = True  # try again when next shown or saved
        self.view.show_message(message)

    def _on_shown(self) -> None:
        if self._stale:
            self.refresh_now()

    def _show(self, stats: EventStats) -> None:
        v = self.view
        v.show_message("")
        v.title.setText(self.context.event_name)
        v.updated.setText(
            self.tr("Updated {time}").format(time=locale_text.clock(datetime.now().astimezone()))
        )
        hot = next((b.value for b in stats.by_rating.bars if b.key == Rating.HOT.value), 0)
        for key, value in (
            ("leads", stats.leads),
            ("visits", stats.visits),
            ("returning", stats.returning),
            ("hot", hot),
        ):
            v.totals[key].setText(locale_text.number(value))
        v.by_class.set_chart(stats.by_class, COLOURS)
        v.by_rating.set_chart(stats.by_rating, COLOURS)
        v.by_staff.set_chart(stats.by_staff)
        v.by_hour.set_chart(stats.by_hour, subtitle=stats.by_hour.caption)
