"""The cost model cannot poison itself; a budget says no to a step that would overrun."""

from __future__ import annotations

import pytest

from showfloor.scanning.budget import CLAMP, MIN_LEARN_PIXELS, Budget, CostModel

from helpers.fake_camera import FakeClock


def test_a_tiny_crop_teaches_nothing() -> None:
    costs = CostModel({"sharpen": 20.0})
    costs.learn("sharpen", 1, 5.0)  # a 1 x 1 crop: 5 ms of call overhead, 5,000,000 ms/Mpx
    costs.learn("sharpen", MIN_LEARN_PIXELS - 1, 50.0)
    assert costs.rate("sharpen") == 20.0


def test_estimates_stay_within_the_clamp_and_come_back() -> None:
    costs = CostModel({"opencv": 100.0})
    for _ in range(20):
        costs.learn("opencv", 100_000, 10_000.0)  # the laptop stalled for 10 s a step
    assert costs.rate("opencv") == pytest.approx(CLAMP[1] * 100.0)
    for _ in range(20):
        costs.learn("opencv", 100_000, 10.0)  # 100 ms/Mpx again
    assert costs.rate("opencv") == pytest.approx(100.0, rel=0.05)
    for _ in range(40):
        costs.learn("opencv", 100_000, 0.0)
    assert costs.rate("opencv") == pytest.approx(CLAMP[0] * 100.0)


def test_kinds_learn_apart() -> None:
    costs = CostModel({"plain": 2.0, "sharpen": 20.0}, fallback_rate=7.0)
    costs.learn("sharpen", 200_000, 8.0)  # 40 ms/Mpx
    assert costs.rate("plain") == 2.0 and costs.rate("sharpen") > 20.0
    assert costs.rate("unknown") == 7.0


def test_the_budget_allows_what_ends_before_the_deadline() -> None:
    clock = FakeClock()
    costs = CostModel({"sharpen": 10.0})  # 1 Mpx: 10 ms
    budget = Budget(clock, clock(), 22.0, costs)
    assert budget.allows("sharpen", 2_000_000)  # 20 ms of 22
    assert not budget.allows("sharpen", 2_500_000)
    clock.advance(0.015)
    assert not budget.allows("sharpen", 1_000_000)  # 10 ms, 7 left
    assert budget.allows("sharpen", 500_000)
    assert budget.ever_allows("sharpen", 2_000_000) and not budget.ever_allows("sharpen", 3_000_000)


def test_run_learns_what_a_step_took() -> None:
    clock = FakeClock()
    costs = CostModel({"clahe": 10.0})
    budget = Budget(clock, clock(), 22.0, costs)

    def step() -> str:
        clock.advance(0.004)  # 4 ms on 0.1 Mpx: 40 ms/Mpx
        return "done"

    assert budget.run("clahe", 100_000, step) == "done"
    assert costs.rate("clahe") > 10.0
