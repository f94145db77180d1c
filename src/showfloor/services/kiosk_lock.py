"""The kiosk lock's state, kept in the database so that a restart changes nothing.

Why persisted: a lock that a SIGKILL (or pulling the power cord) opens is no lock,
and a pause between wrong PINs that a restart resets lets a 4-digit PIN fall in an
afternoon. So whether the window is locked, how many wrong PINs were typed since
the last right one, and until when the next try must wait, all live in the
settings table and are read at start-up.

Why exponential: the first few mistakes cost nothing (staff mistype), then every
wrong PIN doubles the wait, up to an hour. Guessing half of the 10,000 4-digit PINs
then takes about 200 days instead of the 17 hours a fixed 30 s pause every five
tries allowed.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session

from showfloor.store.settings import get_setting, set_setting

LOCK_STATE = "lock_state"
FREE_TRIES = 3
FIRST_WAIT_S = 2.0
LONGEST_WAIT_S = 3600.0


@dataclass(frozen=True)
class LockState:
    locked: bool = False
    failures: int = 0  # wrong PINs since the last right one
    retry_at: datetime | None = None  # no try is taken before this time

    def wait_seconds(self, now: datetime | None = None) -> float:
        """How long until the next try; a clock turned back waits no longer than due."""
        if self.retry_at is None:
            return 0.0
        left = (self.retry_at - (now or datetime.now(UTC))).total_seconds()
        return max(0.0, min(left, wait_after(self.failures)))


def wait_after(failures: int) -> float:
    """Seconds to wait after ``failures`` wrong PINs in a row."""
    if failures < FREE_TRIES:
        return 0.0
    return float(min(LONGEST_WAIT_S, FIRST_WAIT_S * 2 ** (failures - FREE_TRIES)))


def load_lock_state(session: Session) -> LockState:
    raw = get_setting(session, LOCK_STATE)
    if not isinstance(raw, dict):
        return LockState()
    failures = raw.get("failures")
    retry_at = None
    if isinstance(raw.get("retry_at"), str):
        try:
            retry_at = datetime.fromisoformat(raw["retry_at"])
        except ValueError:
            retry_at = None
    if retry_at is not None and retry_at.tzinfo is None:
        retry_at = retry_at.replace(tzinfo=UTC)
    return LockState(
        locked=raw.get("locked") is True,
        failures=failures if isinstance(failures, int) and failures > 0 else 0,
        retry_at=retry_at,
    )


def save_lock_state(session: Session, state: LockState) -> None:
    set_setting(
        session,
        LOCK_STATE,
        {
            "locked": state.locked,
            "failures": state.failures,
            "retry_at": state.retry_at.isoformat() if state.retry_at else None,
        },
    )


def set_locked(session: Session, locked: bool) -> LockState:
    state = replace(load_lock_state(session), locked=locked)
    save_lock_state(session, state)
    return state


def record_wrong_pin(session: Session, now: datetime | None = None) -> LockState:
    """One more wrong PIN: the next try waits longer (see ``wait_after``)."""
    before = load_lock_state(session)
    failures = before.failures + 1
    wait = wait_after(failures)
    retry_at = (now or datetime.now(UTC)) + timedelta(seconds=wait) if wait else None
    state = replace(before, failures=failures, retry_at=retry_at)
    save_lock_state(session, state)
    return state


def record_unlocked(session: Session) -> LockState:
    state = LockState()
    save_lock_state(session, state)
    return state
