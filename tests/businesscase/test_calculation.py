"""The exact calculation against cases worked out by hand, to the cent."""

from decimal import Decimal
from fractions import Fraction

import numpy as np
import pytest

from wijkkracht.businesscase.calculation.exact import cents, outcome
from wijkkracht.businesscase.calculation.reading import case_read
from wijkkracht.businesscase.calculation.simulation import evaluate

# The coordinator's first three years: €1,000 at the start and €500 a year, paid by the
# municipality; 100 GP visits a year saved at €30.87, a quarter of which would have happened
# anyway, the effect fading by 10 % a year, to the insurer.
COORDINATOR = {
    "horizon_years": 3,
    "stakeholders": ["gemeente", "zorgverzekeraar"],
    "costs": [
        {
            "label": "coördinator",
            "stakeholder": "gemeente",
            "amounts": {"0": 1000, "1": 500, "2": 500, "3": 500},
        }
    ],
    "effects": [
        {
            "label": "minder huisartsbezoek",
            "stakeholder": "zorgverzekeraar",
            "quantity": 100,
            "unit_value": 30.87,
            "deadweight": 0.25,
            "drop_off": 0.1,
            "first_year": 1,
            "duration_years": 3,
        }
    ],
}


def money(value: Fraction | None) -> Decimal | None:
    return None if value is None else cents(value)


def test_the_hand_computed_case_matches_to_the_cent() -> None:
    # Costs: 1000 + 500/1.0225 + 500/1.0225^2 + 500/1.0225^3
    #      = 1000 + 488.9976 + 478.2373 + 467.7137 = 2434.95 (year 0 is not discounted).
    # Benefits: 100 * 30.87 * 0.75 = 2315.25 in year 1, then * 0.9 a year:
    #      2315.25/1.0225 + 2083.725/1.0225^2 + 1875.3525/1.0225^3
    #      = 2264.3032 + 1993.0303 + 1754.2556 = 6011.59.
    found = outcome(case_read(COORDINATOR))
    assert money(found.total.pv_costs) == Decimal("2434.95")
    assert money(found.total.pv_benefits) == Decimal("6011.59")
    assert money(found.total.npv) == Decimal("3576.64")
    assert round(float(found.total.ratio or 0), 4) == 2.4689
    assert round(float(found.total.net_ratio or 0), 4) == 1.4689
    # Cumulative: -1000, then 1775.31 after year 1, so it pays back in year 1.
    assert found.total.payback_year == 1
    municipality, insurer = (
        found.by_stakeholder["gemeente"],
        found.by_stakeholder["zorgverzekeraar"],
    )
    assert money(municipality.npv) == Decimal("-2434.95")
    assert municipality.payback_year is None  # it only pays
    assert insurer.ratio is None  # no costs, so no ratio
    assert money(insurer.npv) == Decimal("6011.59")


def test_adjustments_the_horizon_and_another_rate() -> None:
    # 10 * 100 * (1 - 0.5) * (1 - 0.2) * (1 - 0.1) = 360 a year from year 2 for three years;
    # the horizon ends after year 3, so years 2 and 3 count, halving (drop-off 50 %):
    # 360/1.03^2 + 180/1.03^3 = 339.3345 + 164.7255 = 504.06.
    case = {
        "discount_rate": "0.03",
        "horizon_years": 3,
        "stakeholders": ["zorgkantoor"],
        "effects": [
            {
                "label": "later opgenomen",
                "stakeholder": "zorgkantoor",
                "quantity": 10,
                "unit_value": 100,
                "deadweight": 0.5,
                "displacement": 0.2,
                "attribution": 0.1,
                "drop_off": 0.5,
                "first_year": 2,
                "duration_years": 3,
            }
        ],
    }
    found = outcome(case_read(case))
    assert money(found.total.pv_benefits) == Decimal("504.06")
    assert found.total.pv_costs == 0
    assert found.total.ratio is None
    # Nothing happens in years 0 and 1, and nothing is less than nothing.
    assert found.total.payback_year == 0


def test_a_negative_effect_is_a_cost_of_its_stakeholder() -> None:
    # Carers give 50 more hours a year at €18.80: a cost to them of 940 a year, rate 0.
    case = {
        "discount_rate": 0,
        "horizon_years": 2,
        "stakeholders": ["mantelzorgers", "gemeente"],
        "costs": [{"label": "respijt", "stakeholder": "gemeente", "amounts": {"0": 100}}],
        "effects": [
            {
                "label": "meer uren",
                "stakeholder": "mantelzorgers",
                "quantity": 50,
                "unit_value": -18.80,
            },
            {"label": "minder Wmo", "stakeholder": "gemeente", "quantity": 1, "unit_value": 70},
        ],
    }
    found = outcome(case_read(case))
    carers = found.by_stakeholder["mantelzorgers"]
    assert money(carers.pv_costs) == Decimal("1880.00")  # years 1 and 2 (the default span)
    assert carers.pv_benefits == 0
    assert money(found.total.pv_costs) == Decimal("1980.00")
    assert money(found.total.pv_benefits) == Decimal("140.00")
    assert found.total.payback_year is None  # never back above zero
    # The municipality: -100 in year 0, then -30, then +40.
    assert found.by_stakeholder["gemeente"].payback_year == 2


def test_year_zero_is_not_discounted_and_payback_counts_from_it() -> None:
    case = {
        "discount_rate": 0,
        "horizon_years": 4,
        "stakeholders": ["cooperatie"],
        "costs": [{"label": "start", "stakeholder": "cooperatie", "amounts": {"0": 1000}}],
        "effects": [{"label": "x", "stakeholder": "cooperatie", "quantity": 1, "unit_value": 400}],
    }
    found = outcome(case_read(case))
    assert [money(v) for v in found.total.cumulative] == [
        Decimal("-1000.00"),
        Decimal("-600.00"),
        Decimal("-200.00"),
        Decimal("200.00"),
        Decimal("600.00"),
    ]
    assert found.total.payback_year == 3


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (Fraction(1, 200), "0.01"),  # half a cent goes up
        (Fraction(-1, 200), "-0.01"),  # and away from zero below it
        (Fraction(1, 300), "0.00"),
        (Fraction(123456789, 100), "1234567.89"),
    ],
)
def test_cents_round_halves_away_from_zero(value: Fraction, shown: str) -> None:
    assert cents(value) == Decimal(shown)


def test_the_fast_evaluation_agrees_with_the_exact_one() -> None:
    case = case_read(COORDINATOR)
    fast = evaluate(case, {}, rows=1)
    exact = outcome(case)
    assert np.isclose(fast.npv()[0], float(exact.total.npv), rtol=0, atol=1e-6)
    assert np.isclose(fast.costs["gemeente"][0], float(exact.total.pv_costs), atol=1e-6)
