"""Uncertainty: reproducible Monte Carlo draws and one-way sensitivity."""

import math
from fractions import Fraction

import pytest

from tests.businesscase.test_calculation import COORDINATOR
from wijkkracht.businesscase.calculation.exact import outcome
from wijkkracht.businesscase.calculation.reading import case_read
from wijkkracht.businesscase.calculation.simulation import sensitivity, simulate


def uncertain(**ranges: object) -> dict[str, object]:
    effect = {**COORDINATOR["effects"][0], **ranges}  # type: ignore[index]
    return {**COORDINATOR, "effects": [effect]}


def test_the_same_seed_gives_the_same_draws_and_another_seed_does_not() -> None:
    case = case_read(uncertain(quantity={"low": 50, "mode": 100, "high": 120}))
    first, again = simulate(case, seed=7), simulate(case, seed=7)
    other = simulate(case, seed=8)
    assert first == again
    assert first.npv.p50 != other.npv.p50
    assert first.draws == 10_000


def test_without_ranges_every_draw_is_the_exact_outcome() -> None:
    case = case_read(COORDINATOR)
    simulation = simulate(case, draws=100)
    npv = float(outcome(case).total.npv)
    assert simulation.npv.p5 == pytest.approx(npv) == simulation.npv.p95
    assert simulation.npv.prob_positive == 1
    assert simulation.by_stakeholder["gemeente"].prob_positive == 0


def test_the_draws_follow_the_triangle() -> None:
    # The NPV rises with the quantity, so its median is the NPV at the triangle's median:
    # more than half the triangle lies left of the mode (50/70 of it), so the median is
    # 50 + sqrt((120 - 50) * (100 - 50) / 2) = 91.83.
    # No draw leaves the range's outcomes.
    case = case_read(uncertain(quantity={"low": 50, "mode": 100, "high": 120}))
    simulation = simulate(case, draws=20_000, seed=1)
    median = 50 + math.sqrt(70 * 50 / 2)
    at = {
        q: float(outcome(case_read(uncertain(quantity=str(q)))).total.npv)
        for q in (50, round(median, 4), 120)
    }
    assert at[50] < simulation.npv.p5 < simulation.npv.p50 < simulation.npv.p95 < at[120]
    assert simulation.npv.p50 == pytest.approx(at[round(median, 4)], rel=0.01)


def test_a_range_that_can_go_below_zero_shows_in_the_chance() -> None:
    # Each visit a year is worth about €67.80 over the three years, against costs of
    # €2,434.95: positive only above about 36 visits.
    case = case_read(uncertain(quantity={"low": 20, "mode": 40, "high": 60}, drop_off=0))
    simulation = simulate(case, draws=10_000, seed=3)
    assert 0.5 < (simulation.npv.prob_positive or 0) < 1


def test_the_tornado_moves_one_number_at_a_time_to_its_ends() -> None:
    data = uncertain(
        quantity={"low": 50, "mode": 100, "high": 120},
        deadweight={"low": 0, "mode": 0.25, "high": 0.5},
    )
    base, swings = sensitivity(case_read(data))
    assert base == pytest.approx(float(outcome(case_read(data)).total.npv))
    by_key = {swing.key: swing for swing in swings}
    low_quantity = uncertain(quantity=50, deadweight={"low": 0, "mode": 0.25, "high": 0.5})
    assert by_key[("effect", 0, "quantity")].at_low == pytest.approx(
        float(outcome(case_read(low_quantity)).total.npv)
    )
    high_deadweight = uncertain(quantity={"low": 50, "mode": 100, "high": 120}, deadweight=0.5)
    assert by_key[("effect", 0, "deadweight")].at_high == pytest.approx(
        float(outcome(case_read(high_deadweight)).total.npv)
    )
    assert swings[0].width >= swings[1].width  # widest first


def test_a_cost_lines_yearly_range_is_one_bar() -> None:
    data = {
        **COORDINATOR,
        "costs": [
            {
                "label": "coördinator",
                "stakeholder": "gemeente",
                "amounts": {str(y): {"low": 400, "mode": 500, "high": 700} for y in (1, 2, 3)},
            }
        ],
    }
    _, swings = sensitivity(case_read(data))
    assert [swing.key for swing in swings] == [("cost", 0)]
    factors = sum(1 / Fraction("1.0225") ** year for year in (1, 2, 3))
    assert swings[0].at_low - swings[0].at_high == pytest.approx(float(300 * factors))
