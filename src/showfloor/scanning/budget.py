"""Time budgets for the decoder: what a step will cost, and whether it still fits.

Every step of the fallback (an OpenCV filter, a zxing-cpp read, OpenCV's QR
detector) is predicted before it starts and skipped when it would end past the
frame's deadline; what it really took is learned from afterwards. The model is
milliseconds per megapixel, one rate per kind of step, because the steps are
pixel-bound and their rates differ by 100x (a zxing-cpp read on a crop ~1 ms/Mpx,
OpenCV's detector ~80).

Why the learning is guarded. The first version learned from every step, and a
code zxing-cpp reported as a single point became a 1 x 1 crop whose fixed call
overhead, divided by one pixel, moved the estimate from ~10 to ~3,500 ms/Mpx for
good: every later crop was predicted to overrun, and in 83 % of the real photos'
fallback frames no rescue was tried at all. So:

- steps on fewer than ``MIN_LEARN_PIXELS`` teach nothing (their cost is overhead,
  not pixels; ``OVERHEAD_MS`` stands for it in predictions);
- an estimate moves by a fraction towards each measurement, and stays within
  ``CLAMP`` times the measured default, so one slow step (the machine was busy)
  cannot switch a step off, and a wrong estimate recovers within a few steps.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TypeVar

T = TypeVar("T")

MIN_LEARN_PIXELS = 96 * 96
OVERHEAD_MS = 0.05
CLAMP = (0.25, 6.0)
_WEIGHT = 0.3  # of each new measurement in the running estimate


@dataclass
class CostModel:
    """Running ms-per-megapixel estimates, one per kind of step.

    Args:
        defaults: the starting estimate of each kind (measured on the benchmark
            machine, one core); kinds not listed start at ``fallback_rate``.
    """

    defaults: Mapping[str, float]
    fallback_rate: float = 20.0
    rates: dict[str, float] = field(default_factory=dict)

    def rate(self, kind: str) -> float:
        return self.rates.get(kind, self.defaults.get(kind, self.fallback_rate))

    def predict_ms(self, kind: str, pixels: int) -> float:
        return OVERHEAD_MS + pixels / 1e6 * self.rate(kind)

    def learn(self, kind: str, pixels: int, spent_ms: float) -> None:
        """Fold in what a step took; ignored for steps too small to say anything."""
        if pixels < MIN_LEARN_PIXELS:
            return
        default = self.defaults.get(kind, self.fallback_rate)
        measured = max(0.0, spent_ms - OVERHEAD_MS) / (pixels / 1e6)
        blended = (1 - _WEIGHT) * self.rate(kind) + _WEIGHT * measured
        self.rates[kind] = min(max(blended, CLAMP[0] * default), CLAMP[1] * default)


class Budget:
    """One frame's (or one image's) deadline, against a shared CostModel.

    Args:
        clock: seconds, monotonic.
        start: when the frame's decoding began (the first pass counts too).
        budget_ms: time after which no step may end.
        costs: the estimates to predict with and learn into.
    """

    def __init__(self, clock: Callable[[], float], start: float, budget_ms: float,
                 costs: CostModel) -> None:
        self._clock = clock
        self._deadline = start + budget_ms / 1000
        self.budget_ms = budget_ms
        self.costs = costs

    def remaining_ms(self) -> float:
        return (self._deadline - self._clock()) * 1000

    def allows(self, kind: str, pixels: int) -> bool:
        """Would a step of this kind on this many pixels end before the deadline?"""
        return self.costs.predict_ms(kind, pixels) <= self.remaining_ms()

    def ever_allows(self, kind: str, pixels: int) -> bool:
        """Could such a step fit in a whole budget of this size (on a later frame)?"""
        return self.costs.predict_ms(kind, pixels) <= self.budget_ms

    def run(self, kind: str, pixels: int, step: Callable[[], T]) -> T:
        """Run a step and learn what it cost (the caller asked `allows` first)."""
        start = self._clock()
        result = step()
        self.costs.learn(kind, pixels, (self._clock() - start) * 1000)
        return result
