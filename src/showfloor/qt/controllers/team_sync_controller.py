"""Background team sync in the window: rounds on a worker, the truth in the status bar.

When Settings > Team sync names a server, a round (services/sync/live.py: push what
waits, then pull) runs a moment after each save, saves in between joining the same
round, and every N seconds. One round at a time, always on a worker thread: a save
never waits for the network. When a round brings other laptops' leads, every view
refreshes and the capture form's repeat banner can say who saw the visitor.

Status bar: "Team: synced 12 s ago", "Team: offline, 14 changes waiting",
"Team: sign-in failed"; the tooltip holds the full line of what went wrong.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from showfloor.domain.errors import ShowfloorError
from showfloor.qt.context import AppContext
from showfloor.qt.main_window import MainWindow
from showfloor.qt.workers.task import TaskWorker
from showfloor.services.sync.driver import INSTALL
from showfloor.services.sync.live import LiveSync, RoundResult, TeamState
from showfloor.services.sync.server_settings import TeamServer, configured_server

log = logging.getLogger(__name__)

PUSH_DELAY_MS = 1500  # after a save: the saves of the next moment go in the same push
TICK_MS = 1000  # "synced 12 s ago" stays true


def changes(count: int) -> str:
    # Called on the class, so that lupdate files the plural under this context
    # (PySide's stubs know tr only as an instance method).
    return TeamSyncController.tr("%Ln change(s)", "", count)  # type: ignore[arg-type]


def rows(count: int) -> str:
    return TeamSyncController.tr("%Ln row(s)", "", count)  # type: ignore[arg-type]


def ago(seconds: float) -> str:
    seconds = max(0, int(seconds))
    if seconds < 60:
        return QCoreApplication.translate("TeamSyncController", "{seconds} s ago").format(
            seconds=seconds
        )
    if seconds < 3600:
        return QCoreApplication.translate("TeamSyncController", "{arg0} min ago").format(
            arg0=seconds // 60
        )
    return QCoreApplication.translate("TeamSyncController", "{arg0} h {arg1} min ago").format(
        arg0=seconds // 3600, arg1=seconds % 3600 // 60
    )


def status_text(result: RoundResult | None, now: datetime) -> str:
    """The status bar's words for where the last round left this laptop."""
    if result is None or result.state is TeamState.NOT_YET:
        return QCoreApplication.translate("TeamSyncController", "Team: connecting…")
    if result.state is TeamState.SYNCED and result.last_synced is not None:
        synced = QCoreApplication.translate("TeamSyncController", "Team: synced {arg0}").format(
            arg0=ago((now - result.last_synced).total_seconds())
        )
        if result.refused:
            return QCoreApplication.translate(
                "TeamSyncController", "{synced}, {rows} refused (see why: hover here)"
            ).format(synced=synced, rows=rows(result.refused))
        return synced
    if result.state is TeamState.OFFLINE:
        waiting = (
            changes(result.waiting)
            if result.waiting
            else QCoreApplication.translate("TeamSyncController", "no changes")
        )
        return QCoreApplication.translate(
            "TeamSyncController", "Team: offline, {waiting} waiting"
        ).format(waiting=waiting)
    if result.state is TeamState.SIGN_IN_FAILED:
        return QCoreApplication.translate("TeamSyncController", "Team: sign-in failed")
    if result.state is TeamState.NO_DRIVER:
        return QCoreApplication.translate("TeamSync", "Team sync needs psycopg: {install}").format(
            install=INSTALL
        )
    return QCoreApplication.translate(
        "TeamSyncController", "Team: not syncing (see why: hover here)"
    )


class TeamSyncController(QObject):
    """Signals:
    round_done(object): a round ended (its RoundResult), after the views were told.
    """

    round_done = Signal(object)

    def __init__(self, context: AppContext, window: MainWindow) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.server: TeamServer | None = None
        self.live: LiveSync | None = None
        self.result: RoundResult | None = None
        self.worker: TaskWorker | None = None
        self._again = False
        self.pull_timer = QTimer(self)
        self.pull_timer.timeout.connect(self.request_round)
        self.push_timer = QTimer(self, singleShot=True, interval=PUSH_DELAY_MS)
        self.push_timer.timeout.connect(self.request_round)
        self.tick = QTimer(self, interval=TICK_MS)
        self.tick.timeout.connect(self.show_status)
        context.lead_saved.connect(self._on_saved)
        self.reconfigure()

    # -- configuration ------------------------------------------------------------
    def reconfigure(self) -> None:
        """(Re)read Settings > Team sync: start, restart or stop the background sync."""
        try:
            server = None if self.context.db.read_only else configured_server(self.context.db)
        except ShowfloorError:
            server = None
        if server == self.server and self.live is not None:
            self.live.url_text = server.connect_url if server else ""  # a new password
            return
        self.server = server
        self.pull_timer.stop()
        self.tick.stop()
        self.result = None
        if server is None:
            self.live = None
            self.window.set_status("team", "")
            return
        self.live = LiveSync(self.context.db, server.connect_url)
        self.pull_timer.setInterval(server.pull_seconds * 1000)
        self.pull_timer.start()
        self.tick.start()
        self.show_status()
        self.request_round()

    def set_pull_seconds(self, seconds: float) -> None:
        self.pull_timer.setInterval(max(1, round(seconds * 1000)))

    # -- rounds -------------------------------------------------------------------
    @Slot()
    def request_round(self) -> None:
        """Run a round now, or right after the one running (never two at once)."""
        if self.live is None:
            return
        if self.worker is not None:
            self._again = True
            return
        live, server = self.live, self.server

        def one_round(_progress: object) -> RoundResult:
            if server is not None:  # the password as kept now (a new one may be there)
                live.url_text = server.connect_url
            return live.run_round()

        worker = TaskWorker(one_round)
        worker.succeeded.connect(self._on_round)
        worker.failed.connect(self._on_crash)
        worker.finished.connect(self._on_finished)
        self.worker = worker
        worker.start()

    def _on_saved(self, _lead_id: str) -> None:
        if self.live is None:
            return
        if not self.push_timer.isActive():
            self.push_timer.start()
        if self.result is not None and self.result.state is not TeamState.SYNCED:
            QTimer.singleShot(0, self._recount)  # "14 changes waiting" goes up now

    def _recount(self) -> None:
        if self.live is not None and self.result is not None:
            self.result = _with_waiting(self.result, self.live.waiting())
            self.show_status()

    @Slot(object)
    def _on_round(self, result: object) -> None:
        if not isinstance(result, RoundResult):
            return
        self.result = result
        self.show_status()
        if result.brought_changes:
            self.context.follow_current_event()  # a joined event may have moved
            self.context.leads_changed.emit()
        self.round_done.emit(result)

    @Slot(str)
    def _on_crash(self, message: str) -> None:
        # Not a server problem (those are results): a bug; the log has the traceback.
        waiting = self.live.waiting() if self.live is not None else 0
        last = self.result.last_synced if self.result is not None else None
        self.result = RoundResult(TeamState.REFUSED, last, waiting, message)
        self.show_status()

    @Slot()
    def _on_finished(self) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.wait()
            worker.deleteLater()
        if self._again:
            self._again = False
            self.request_round()

    # -- status bar ---------------------------------------------------------------
    def status(self) -> str:
        return status_text(self.result, datetime.now(UTC)) if self.server is not None else ""

    def show_status(self) -> None:
        tip = self.result.message if self.result is not None else ""
        if self.server is not None:
            tip = f"{self.server.where}\n{tip}".strip()
        self.window.set_status("team", self.status(), tip)

    def shutdown(self) -> None:
        """Stop the timers; let a running round end (its connections time out)."""
        for timer in (self.pull_timer, self.push_timer, self.tick):
            timer.stop()
        self.live = None
        worker = self.worker
        if worker is not None and worker.thread_ is not None:
            worker.thread_.quit()
            worker.thread_.wait()


def _with_waiting(result: RoundResult, waiting: int) -> RoundResult:
    from dataclasses import replace

    return replace(result, waiting=waiting)
