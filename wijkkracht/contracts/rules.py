"""Payment rules of a neighbourhood contract, computed exactly.

Every amount is a Fraction until the end: each rule's amount is rounded to the cent once,
halves away from zero; the total is the sum of those; a split divides the total by largest
remainder, ties to the part listed first (€100 in thirds: 33.34, 33.33, 33.33).
"""

import math
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from django.conf import settings

from wijkkracht.businesscase.calculation.exact import cents


@dataclass(frozen=True)
class RateCard:
    """``min(cap, price * max(0, achieved - baseline))``."""

    id: str
    price: Fraction
    achieved: Fraction
    baseline: Fraction
    cap: Fraction | None
    fallback: Fraction


@dataclass(frozen=True)
class QuantityQuality:
    """``min(ceiling, sum(count * price)) + mean(quality scores) / 100 * quality budget``."""

    id: str
    quantities: tuple[tuple[Fraction, Fraction], ...]  # (count, price)
    ceiling: Fraction | None
    quality_scores: tuple[Fraction, ...]  # 0 to 100
    quality_budget: Fraction


FIRST_EURO = "first_euro"
ABOVE_MSR = "above_msr"


@dataclass(frozen=True)
class SharedSavings:
    """Benchmark B and actual A per person-period, exposure N, savings rate r = (B - A) / B.

    ``first_euro``: r >= m ? s*q*(B - A)*N : 0; ``above_msr``: r >= m ? s*q*(B*(1 - m) - A)*N : 0,
    never below 0; then the cap, a share of B * N.
    """

    id: str
    benchmark: Fraction
    actual: Fraction
    exposure: Fraction
    minimum_savings_rate: Fraction
    sharing_rate: Fraction
    quality_factor: Fraction
    mode: str
    cap_share: Fraction | None


@dataclass(frozen=True)
class Population:
    """``base + sum(rate * count)``: a sum per inhabitant (or per 65+, 80+)."""

    id: str
    base: Fraction
    rates: tuple[tuple[Fraction, Fraction], ...]  # (count, rate)


Rule = RateCard | QuantityQuality | SharedSavings | Population


@dataclass(frozen=True)
class RuleAmount:
    id: str
    exact: Fraction
    amount: Decimal  # rounded to the cent once
    below_ten: bool


def _capped(value: Fraction, cap: Fraction | None) -> Fraction:
    return value if cap is None else min(cap, value)


def is_small_count(value: Fraction | Decimal) -> bool:
    """1 to 9 people (below the platform's threshold): too few to show, or to pay per head,
    without pointing at persons; a rate card pays its fallback instead."""
    return 1 <= value < settings.SMALL_COUNT_THRESHOLD


def _rate_card(rule: RateCard) -> tuple[Fraction, bool]:
    if is_small_count(rule.achieved):
        return rule.fallback, True
    return _capped(rule.price * max(Fraction(0), rule.achieved - rule.baseline), rule.cap), False


def _quantity_quality(rule: QuantityQuality) -> Fraction:
    quantity = _capped(
        sum((count * price for count, price in rule.quantities), Fraction(0)), rule.ceiling
    )
    if not rule.quality_scores:
        return quantity
    mean = sum(rule.quality_scores, Fraction(0)) / len(rule.quality_scores)
    return quantity + mean / 100 * rule.quality_budget


def _shared_savings(rule: SharedSavings) -> Fraction:
    b, a, n = rule.benchmark, rule.actual, rule.exposure
    m, s, q = rule.minimum_savings_rate, rule.sharing_rate, rule.quality_factor
    if (b - a) / b < m:
        return Fraction(0)
    saved = b - a if rule.mode == FIRST_EURO else b * (1 - m) - a
    earned = max(Fraction(0), s * q * saved * n)
    return _capped(earned, None if rule.cap_share is None else rule.cap_share * b * n)


def _population(rule: Population) -> Fraction:
    return rule.base + sum((count * rate for count, rate in rule.rates), Fraction(0))


def rule_amount(rule: Rule) -> RuleAmount:
    below_ten = False
    match rule:
        case RateCard():
            exact, below_ten = _rate_card(rule)
        case QuantityQuality():
            exact = _quantity_quality(rule)
        case SharedSavings():
            exact = _shared_savings(rule)
        case Population():
            exact = _population(rule)
    return RuleAmount(rule.id, exact, cents(exact), below_ten)


def split(total: Decimal, shares: list[tuple[str, Fraction]]) -> list[tuple[str, Decimal]]:
    """Divide ``total`` over parts whose shares sum to exactly 1, to the cent: each part gets
    the cents of its share rounded down, and the cents left over go one each to the parts with
    the largest remainders, the first listed first when remainders are equal."""
    total_cents = int(total * 100)
    exact = [share * total_cents for _name, share in shares]
    given = [math.floor(value) for value in exact]
    left = total_cents - sum(given)
    order = sorted(range(len(shares)), key=lambda index: (-(exact[index] - given[index]), index))
    for index in order[:left]:
        given[index] += 1
    return [
        (name, Decimal(cent_count).scaleb(-2))
        for (name, _share), cent_count in zip(shares, given, strict=True)
    ]
