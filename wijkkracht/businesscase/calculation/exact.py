"""The outcome of a case in exact rational arithmetic, rounded to cents only for display.

Year 0 is not discounted; an amount in year t is divided by (1 + r)^t. An effect line is worth
quantity * unit value * (1 - deadweight) * (1 - displacement) * (1 - attribution) *
(1 - drop-off)^(t - first year) in each year of its duration; a negative value is a cost of its
stakeholder.
"""

import math
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from wijkkracht.businesscase.calculation.case import Case, CostLine, EffectLine


def cents(value: Fraction) -> Decimal:
    """The value in euros rounded to the cent, halves away from zero (exactly, no floats)."""
    whole = math.floor(abs(value) * 100 + Fraction(1, 2))
    return Decimal(whole if value >= 0 else -whole).scaleb(-2)


@dataclass(frozen=True)
class Figures:
    """Present values of one stakeholder or of everyone, with the discounted net per year."""

    costs_by_year: tuple[Fraction, ...]
    benefits_by_year: tuple[Fraction, ...]

    @property
    def pv_costs(self) -> Fraction:
        return sum(self.costs_by_year, Fraction(0))

    @property
    def pv_benefits(self) -> Fraction:
        return sum(self.benefits_by_year, Fraction(0))

    @property
    def npv(self) -> Fraction:
        return self.pv_benefits - self.pv_costs

    @property
    def ratio(self) -> Fraction | None:
        """Benefit/cost ratio PV(B)/PV(C); none without costs."""
        return self.pv_benefits / self.pv_costs if self.pv_costs else None

    @property
    def net_ratio(self) -> Fraction | None:
        """NPV/PV(C); none without costs."""
        return self.npv / self.pv_costs if self.pv_costs else None

    @property
    def cumulative(self) -> list[Fraction]:
        """The discounted net summed over years 0 … t, for each year t."""
        running, totals = Fraction(0), []
        for cost, benefit in zip(self.costs_by_year, self.benefits_by_year, strict=True):
            running += benefit - cost
            totals.append(running)
        return totals

    @property
    def payback_year(self) -> int | None:
        """The first year in which the cumulative discounted net is at least zero."""
        return next((year for year, net in enumerate(self.cumulative) if net >= 0), None)


@dataclass(frozen=True)
class LineValue:
    """The present value of one line: positive is a benefit, negative a cost."""

    kind: str  # "cost" or "effect"
    index: int
    label: str
    stakeholder: str
    pv: Fraction


@dataclass(frozen=True)
class Outcome:
    total: Figures
    by_stakeholder: dict[str, Figures]
    lines: list[LineValue]


class _Ledger:
    """Discounted costs and benefits per stakeholder per year, filled line by line."""

    def __init__(self, case: Case) -> None:
        rate = case.discount_rate.mode
        self.factors = [1 / (1 + rate) ** year for year in range(case.horizon_years + 1)]
        years = len(self.factors)
        self.costs = {name: [Fraction(0)] * years for name in case.stakeholders}
        self.benefits = {name: [Fraction(0)] * years for name in case.stakeholders}

    def add(self, stakeholder: str, year: int, value: Fraction) -> Fraction:
        """Book an undiscounted value (negative: a cost); return it discounted."""
        discounted = value * self.factors[year]
        if discounted < 0:
            self.costs[stakeholder][year] -= discounted
        else:
            self.benefits[stakeholder][year] += discounted
        return discounted

    def figures(self, names: list[str]) -> Figures:
        years = range(len(self.factors))
        return Figures(
            costs_by_year=tuple(sum((self.costs[n][t] for n in names), Fraction(0)) for t in years),
            benefits_by_year=tuple(
                sum((self.benefits[n][t] for n in names), Fraction(0)) for t in years
            ),
        )


def effect_value(effect: EffectLine, year: int) -> Fraction:
    """The undiscounted value of an effect line in one year of its duration (at the modes)."""
    value = effect.quantity.mode * effect.unit_value.mode
    for adjustment in (effect.deadweight, effect.displacement, effect.attribution):
        value *= 1 - adjustment.mode
    return value * (1 - effect.drop_off.mode) ** (year - effect.first_year)


def _cost_pv(ledger: _Ledger, cost: CostLine) -> Fraction:
    return sum(
        (ledger.add(cost.stakeholder, year, -amount.mode) for year, amount in cost.amounts.items()),
        Fraction(0),
    )


def outcome(case: Case) -> Outcome:
    """Present values, NPV, ratios and payback, per stakeholder and in total, at the modes."""
    ledger = _Ledger(case)
    lines = [
        LineValue("cost", index, cost.label, cost.stakeholder, _cost_pv(ledger, cost))
        for index, cost in enumerate(case.costs)
    ]
    for index, effect in enumerate(case.effects):
        pv = sum(
            (
                ledger.add(effect.stakeholder, year, effect_value(effect, year))
                for year in effect.years(case.horizon_years)
            ),
            Fraction(0),
        )
        lines.append(LineValue("effect", index, effect.label, effect.stakeholder, pv))
    return Outcome(
        total=ledger.figures(list(case.stakeholders)),
        by_stakeholder={name: ledger.figures([name]) for name in case.stakeholders},
        lines=lines,
    )
