"""The camera as the booth sees it: there, missing, lost, or coming back.

Why a state machine: webcams get unplugged, laptops sleep, USB hubs reset. The
capture screen has to say which of these is happening, and the program has to
recover without anyone restarting it. So a FrameSource is wrapped in a small
machine that never raises:

    NO_CAMERA    never opened since start; retried with backoff
    LIVE         delivering frames
    LOST         stopped delivering: N failed reads in a row, or no frame for
                 ``read_timeout_s``; the device is released
    RECONNECTING trying to reopen a lost camera, with backoff

The caller drives it by calling ``poll()`` in its loop and sleeping
``wait_s()`` when there is nothing to read. Time comes from an injectable clock,
so tests step through backoff and timeouts without sleeping.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

from showfloor.scanning.codes import Frame
from showfloor.scanning.sources import FrameSource

log = logging.getLogger(__name__)
T = TypeVar("T")


class CameraState(StrEnum):
    NO_CAMERA = "no_camera"
    LIVE = "live"
    LOST = "lost"
    RECONNECTING = "reconnecting"


@dataclass(frozen=True)
class Backoff:
    """Delay before reopen attempt n (0-based): first_s * factor**n, at most max_s."""

    first_s: float = 0.5
    factor: float = 2.0
    max_s: float = 5.0

    def delay(self, attempt: int) -> float:
        return float(min(self.max_s, self.first_s * self.factor ** min(attempt, 32)))


StateCallback = Callable[[CameraState, str], None]


class Camera:
    """A FrameSource plus the NO_CAMERA / LIVE / LOST / RECONNECTING machine.

    Args:
        source: the device, file or fake.
        clock: monotonic seconds.
        max_failed_reads: this many reads in a row without a frame mean LOST.
        read_timeout_s: no frame for this long (a read that hung) means LOST.
        backoff: delays between reopen attempts.
        on_state: called on every transition with the new state and a reason
            for people (empty when LIVE).
    """

    def __init__(
        self,
        source: FrameSource,
        *,
        clock: Callable[[], float] = time.monotonic,
        max_failed_reads: int = 10,
        read_timeout_s: float = 2.0,
        backoff: Backoff | None = None,
        on_state: StateCallback | None = None,
    ) -> None:
        self.source = source
        self.max_failed_reads = max_failed_reads
        self.read_timeout_s = read_timeout_s
        self.backoff = backoff or Backoff()
        self.on_state = on_state
        self.message = ""
        self._clock = clock
        self._state = CameraState.NO_CAMERA
        self._started = False
        self._failed_reads = 0
        self._last_frame_at = 0.0
        self._attempt = 0
        self._next_attempt_at = 0.0

    @property
    def state(self) -> CameraState:
        return self._state

    @property
    def ended(self) -> bool:
        """A finite source played to its end (not a failure)."""
        return bool(self._state is CameraState.LIVE and _safe(lambda: self.source.exhausted))

    def start(self) -> CameraState:
        """First open attempt; LIVE, or NO_CAMERA with retries scheduled."""
        self._started = True
        if self._try_open():
            self._set(CameraState.LIVE, "")
        else:
            self._attempt = 1
            self._next_attempt_at = self._clock() + self.backoff.delay(0)
            self._set(CameraState.NO_CAMERA, self._open_error("no camera"))
        return self._state

    def poll(self) -> Frame | None:
        """One step: a frame when LIVE and one came; else a reopen attempt when due."""
        if not self._started:
            self.start()
        now = self._clock()
        if self._state is CameraState.LIVE:
            return self._read(now)
        if self._state is CameraState.LOST:
            self._set(CameraState.RECONNECTING, f"reconnecting to {self._name()}")
        if now >= self._next_attempt_at:
            if self._try_open():
                self._set(CameraState.LIVE, "")
            else:
                self._next_attempt_at = now + self.backoff.delay(self._attempt)
                self._attempt += 1
        return None

    def wait_s(self) -> float:
        """How long the caller may sleep before the next poll() can do anything."""
        if self._state in (CameraState.LIVE, CameraState.LOST):
            return 0.0
        return max(0.0, self._next_attempt_at - self._clock())

    def close(self) -> None:
        _safe(self.source.close)

    # --- internals ------------------------------------------------------------------

    def _read(self, now: float) -> Frame | None:
        frame = _safe(self.source.read)
        if frame is not None:
            self._failed_reads = 0
            self._last_frame_at = self._clock()
            return frame
        if _safe(lambda: self.source.exhausted):
            return None
        self._failed_reads += 1
        silent_s = self._clock() - self._last_frame_at
        if self._failed_reads >= self.max_failed_reads or silent_s >= self.read_timeout_s:
            reason = (
                f"{self._failed_reads} reads failed in a row"
                if self._failed_reads >= self.max_failed_reads
                else f"no frame for {silent_s:.1f} s"
            )
            self.close()
            self._attempt = 0
            self._next_attempt_at = now
            self._set(CameraState.LOST, f"{self._name()} lost: {reason}")
        return None

    def _try_open(self) -> bool:
        opened = bool(_safe(self.source.open))
        if opened:
            self._failed_reads = 0
            self._attempt = 0
            self._last_frame_at = self._clock()
        return opened

    def _set(self, state: CameraState, message: str) -> None:
        if state is self._state and message == self.message:
            return
        self._state = state
        self.message = message
        log.info("camera %s%s", state.value, f": {message}" if message else "")
        if self.on_state is not None:
            try:
                self.on_state(state, message)
            except Exception:  # a listener's bug must not stop the camera
                log.exception("camera state listener failed")

    def _name(self) -> str:
        return str(_safe(lambda: self.source.description) or "camera")

    def _open_error(self, prefix: str) -> str:
        detail = getattr(self.source, "last_error", "") or f"{self._name()} could not be opened"
        return f"{prefix}: {detail}"


def _safe(fn: Callable[[], T]) -> T | None:
    """Call into the source; a driver exception counts as "nothing came"."""
    try:
        return fn()
    except Exception:
        log.exception("camera source call failed")
        return None
