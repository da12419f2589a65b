"""The four payment rules and the split, against amounts worked out by hand, to the cent."""

from decimal import Decimal
from fractions import Fraction

import pytest

from wijkkracht.contracts.rules import (
    ABOVE_MSR,
    FIRST_EURO,
    Population,
    QuantityQuality,
    RateCard,
    SharedSavings,
    rule_amount,
    split,
)

F = Fraction


def savings(mode: str, m: str, *, q: str = "1", cap_share: str | None = None) -> SharedSavings:
    """The issue's case: B 500, A 495.50, N 125,000, s ½ (r = 0.9 %)."""
    return SharedSavings(
        id="zorgkosten",
        benchmark=F(500),
        actual=F("495.50"),
        exposure=F(125_000),
        minimum_savings_rate=F(m),
        sharing_rate=F(1, 2),
        quality_factor=F(q),
        mode=mode,
        cap_share=None if cap_share is None else F(cap_share),
    )


@pytest.mark.parametrize(
    ("mode", "m", "expected"),
    [
        # s·q·(B - A)·N = ½ · 4.50 · 125,000
        (FIRST_EURO, "0.005", "281250.00"),
        # s·q·(B·(1 - m) - A)·N = ½ · (497.50 - 495.50) · 125,000
        (ABOVE_MSR, "0.005", "125000.00"),
        # r = 0.9 % is below m = 1 %: nothing
        (FIRST_EURO, "0.01", "0.00"),
        (ABOVE_MSR, "0.01", "0.00"),
        # exactly at the minimum savings rate counts (r ≥ m): above it nothing is left
        (FIRST_EURO, "0.009", "281250.00"),
        (ABOVE_MSR, "0.009", "0.00"),
    ],
)
def test_shared_savings_in_both_modes(mode: str, m: str, expected: str) -> None:
    assert rule_amount(savings(mode, m)).amount == Decimal(expected)


def test_shared_savings_with_a_quality_factor_and_a_cap() -> None:
    # ½ · 0.8 · 4.50 · 125,000
    assert rule_amount(savings(FIRST_EURO, "0.005", q="0.8")).amount == Decimal("225000.00")
    # the cap is 0.1 % of B * N = 62,500
    capped = savings(FIRST_EURO, "0.005", cap_share="0.001")
    assert rule_amount(capped).amount == Decimal("62500.00")


def card(achieved: int, **changes: object) -> RateCard:
    fields: dict[str, object] = {
        "id": "maaltijden",
        "price": F(150),
        "achieved": F(achieved),
        "baseline": F(30),
        "cap": F(1500),
        "fallback": F(250),
    }
    return RateCard(**{**fields, **changes})  # type: ignore[arg-type]


def test_a_rate_card_pays_per_unit_above_the_baseline_up_to_its_cap() -> None:
    assert rule_amount(card(38)).amount == Decimal("1200.00")  # 150 * 8
    assert rule_amount(card(42)).amount == Decimal("1500.00")  # 150 * 12 = 1,800, capped
    assert rule_amount(card(42, cap=None)).amount == Decimal("1800.00")
    assert rule_amount(card(25)).amount == Decimal("0.00")  # below the baseline: never negative


def test_a_rate_card_below_ten_pays_its_fallback_and_says_so() -> None:
    found = rule_amount(card(7))
    assert (found.amount, found.below_ten) == (Decimal("250.00"), True)
    found = rule_amount(card(0))
    assert (found.amount, found.below_ten) == (Decimal("0.00"), False)
    found = rule_amount(card(10, baseline=F(0)))
    assert (found.amount, found.below_ten) == (Decimal("1500.00"), False)


def test_each_amount_is_rounded_once_with_halves_away_from_zero() -> None:
    # 0.005 * 101 = 0.505 exactly: 0.51, where binary floats would give 0.50
    half = card(101, price=F("0.005"), baseline=F(0), cap=None)
    assert rule_amount(half).amount == Decimal("0.51")
    assert rule_amount(half).exact == F(505, 1000)


def test_quantity_and_quality() -> None:
    rule = QuantityQuality(
        id="hulp",
        quantities=((F(120), F("12.50")), (F(40), F(35))),  # 1,500 + 1,400 = 2,900
        ceiling=F(2500),
        quality_scores=(F(80), F(90), F(70)),  # mean 80: 0.8 * 1,000
        quality_budget=F(1000),
    )
    assert rule_amount(rule).amount == Decimal("3300.00")
    # mean 1.5 → 0.015 * 333 = 4.995 → 5.00; no scores: no quality part
    rule = QuantityQuality("q", (), None, (F(1), F(2)), F(333))
    assert rule_amount(rule).amount == Decimal("5.00")
    assert rule_amount(QuantityQuality("q", (), None, (), F(333))).amount == Decimal("0.00")


def test_a_population_budget_is_a_base_and_a_sum_per_inhabitant() -> None:
    # 10,000 + 4,400 * 2.50 + 1,100 * 7.25 = 10,000 + 11,000 + 7,975
    rule = Population("dorpsbudget", F(10_000), ((F(4400), F("2.50")), (F(1100), F("7.25"))))
    assert rule_amount(rule).amount == Decimal("28975.00")


@pytest.mark.parametrize(
    ("total", "shares", "expected"),
    [
        ("100.00", ["1/3", "1/3", "1/3"], ["33.34", "33.33", "33.33"]),
        ("0.05", ["1/3", "1/3", "1/3"], ["0.02", "0.02", "0.01"]),
        # remainders .67, .33 and 0: the cent goes to the largest, not the first
        ("10.00", ["1/6", "1/3", "1/2"], ["1.67", "3.33", "5.00"]),
        ("281250.00", ["0.5", "0.3", "0.2"], ["140625.00", "84375.00", "56250.00"]),
    ],
)
def test_the_split_divides_to_the_cent_by_largest_remainder(
    total: str, shares: list[str], expected: list[str]
) -> None:
    parts = [(f"deel {index}", F(share)) for index, share in enumerate(shares)]
    found = split(Decimal(total), parts)
    assert [str(amount) for _name, amount in found] == expected
    assert sum(amount for _name, amount in found) == Decimal(total)
