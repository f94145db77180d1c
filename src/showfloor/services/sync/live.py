"""Background team sync: rounds of push-then-pull that never raise for a server problem.

The window runs one round at a time on a worker thread (qt/controllers/
team_sync_controller.py): a moment after each save (saves in between join the same
round) and every N seconds. Each round is ``remote.push`` then ``remote.pull``, the
same merge as bundle files, so what a laptop gets live is what a bundle would give.

Nothing is lost when the server goes away mid-round: the server's side of a push is
one transaction (rolled back when it cannot finish), the local side of a pull is one
transaction, and each watermark moves only after its side was written. The next
round starts again from the last watermark; an exchange repeated after a lost
acknowledgement merges to the same rows (merges are maxima and unions), so nothing
doubles either.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum

from sqlalchemy.exc import DBAPIError

from showfloor.domain.errors import RefusedError, ShowfloorError, StorageError
from showfloor.services.sync.driver import DriverMissingError
from showfloor.services.sync.merge import MergeSummary
from showfloor.services.sync.remote import pull, push, server_address
from showfloor.services.sync.status import local_marks
from showfloor.store.database import Database

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]


class TeamState(Enum):
    NOT_YET = "not synced yet"
    SYNCED = "synced"
    OFFLINE = "offline"  # the server cannot be reached (or stopped answering)
    SIGN_IN_FAILED = "sign-in failed"  # user or password refused, or none given
    REFUSED = "refused"  # anything else that needs the booth lead (newer schema...)
    NO_DRIVER = "no driver"  # psycopg, which team sync needs, is not installed


@dataclass(frozen=True)
class RoundResult:
    """Where a round left this laptop with the server.

    Attributes:
        last_synced: the end of the last round that succeeded (this one or earlier).
        waiting: leads changed here that the server does not have yet.
        message: one line for people (a tooltip; never a password); after a round
            that synced, what the signature check refused, if anything.
        received: what the pull merged here (None when the round failed).
        rows_changed: rows of the small tables the pull changed (a laptop renamed).
        refused: rows of the server the pull left out (row_proofs.py).
    """

    state: TeamState
    last_synced: datetime | None
    waiting: int
    message: str
    received: MergeSummary | None = None
    rows_changed: int = 0
    refused: int = 0  # rows of the server the pull left out (their signature check)

    @property
    def brought_changes(self) -> bool:
        got = self.received
        if got is not None and self.rows_changed:
            return True  # a laptop's new name: banners say it
        return got is not None and bool(
            got.new_leads or got.new_visits or got.merged_duplicates or got.removed
            or got.conflicts_resolved or got.changes
        )


class LiveSync:
    """One data dir and one team server; ``run_round`` is called one at a time."""

    def __init__(
        self,
        db: Database,
        url_text: str,
        clock: Clock = lambda: datetime.now(UTC),
    ) -> None:
        self.db = db
        self.url_text = url_text  # with the password: never logged, never shown
        self.clock = clock
        self.last_synced: datetime | None = None
        self._pushed_once = False

    def waiting(self) -> int:
        """Leads changed here that the server does not have yet."""
        return self._waiting()[0]

    def _waiting(self) -> tuple[int, int]:
        try:
            marks = local_marks(self.db, self.url_text)
        except ShowfloorError:
            return 0, 0
        return marks.waiting, marks.rows_waiting

    def run_round(self, *, pull_too: bool = True) -> RoundResult:
        """Push what waits (always on the first round: staff and event edits travel
        with it), then pull. Returns the state; raises nothing for a server problem."""
        received: MergeSummary | None = None
        problems: list[str] = []
        refused = 0
        rows_changed = 0
        try:
            # Leads, or a row of a small table (a renamed laptop, a new staff member).
            if not self._pushed_once or any(self._waiting()):
                pushed = push(self.db, self.url_text)
                self._pushed_once = True
                problems.append(pushed.problem() or "")
            if pull_too:
                pulled = pull(self.db, self.url_text)
                received, rows_changed = pulled.summary, pulled.rows_changed
                refused = len(pulled.refused)
                problem = pulled.problem() or ""
                if pulled.untrusted:
                    problem += ". File > Sync with server… asks whether to trust it."
                problems.insert(0, problem)
        except RefusedError as exc:
            return self._failed(exc)
        except StorageError as exc:  # the local database: the window says the rest
            return RoundResult(TeamState.REFUSED, self.last_synced, self.waiting(), str(exc))
        self.last_synced = self.clock()
        waiting = self.waiting()
        # Rows the pull refused (signature check, row_proofs.py): said, never hidden.
        message = next((p for p in problems if p), "")
        return RoundResult(
            TeamState.SYNCED, self.last_synced, waiting, message, received, rows_changed, refused
        )

    def _failed(self, exc: RefusedError) -> RoundResult:
        state = classify(exc)
        where = _where(self.url_text)
        log.info("team sync with %s: %s", where, state.value)
        return RoundResult(state, self.last_synced, self.waiting(), str(exc))


def classify(exc: RefusedError) -> TeamState:
    """What a refused sync means for the status bar, from the server's own words."""
    if isinstance(exc, DriverMissingError):
        return TeamState.NO_DRIVER
    cause = exc.__cause__
    if isinstance(cause, DBAPIError):
        words = str(getattr(cause, "orig", cause)).lower()
        if "password" in words or "authentication" in words or "role" in words:
            return TeamState.SIGN_IN_FAILED
        if "does not exist" in words:
            return TeamState.REFUSED  # a wrong database name: the URL needs fixing
        return TeamState.OFFLINE
    return TeamState.REFUSED


def _where(url_text: str) -> str:
    from showfloor.services.sync.remote import _parse

    try:
        return server_address(_parse(url_text))
    except RefusedError:
        return "the team server"
