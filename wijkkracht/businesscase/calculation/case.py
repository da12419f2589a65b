"""A business case as the calculation sees it: stakeholders, cost lines and effect lines."""

from dataclasses import dataclass, field
from fractions import Fraction
from typing import Literal

# The Dutch standard real discount rate for cost-benefit analyses (Werkgroep Discontovoet 2020).
STANDARD_DISCOUNT_RATE = Fraction("0.0225")

Side = Literal["low", "mode", "high"]

# The adjustments of an effect line, each a share from 0 to 1.
ADJUSTMENTS = ("deadweight", "displacement", "attribution", "drop_off")
EFFECT_NUMBERS = ("quantity", "unit_value", *ADJUSTMENTS)


@dataclass(frozen=True)
class Estimate:
    """A number, or a range of low, most likely and high (a triangular distribution)."""

    mode: Fraction
    low: Fraction | None = None
    high: Fraction | None = None

    @property
    def uncertain(self) -> bool:
        return self.low is not None and self.high is not None and self.low < self.high

    def at(self, side: Side) -> Fraction:
        """The low, most likely or high value; a plain number is all three."""
        value = {"low": self.low, "mode": self.mode, "high": self.high}[side]
        return self.mode if value is None else value


@dataclass(frozen=True)
class CostLine:
    label: str
    stakeholder: str
    amounts: dict[int, Estimate]


@dataclass(frozen=True)
class EffectLine:
    label: str
    stakeholder: str
    quantity: Estimate
    unit_value: Estimate
    deadweight: Estimate = Estimate(Fraction(0))
    displacement: Estimate = Estimate(Fraction(0))
    attribution: Estimate = Estimate(Fraction(0))
    drop_off: Estimate = Estimate(Fraction(0))
    first_year: int = 1
    duration_years: int = 1

    def years(self, horizon: int) -> range:
        """The years of the line's duration that fall within the horizon."""
        return range(self.first_year, min(self.first_year + self.duration_years, horizon + 1))


@dataclass(frozen=True)
class Case:
    horizon_years: int
    stakeholders: tuple[str, ...]
    costs: tuple[CostLine, ...] = ()
    effects: tuple[EffectLine, ...] = ()
    discount_rate: Estimate = field(default=Estimate(STANDARD_DISCOUNT_RATE))


# Where an uncertain number sits: ("discount_rate",), ("cost", line, year) or
# ("effect", line, field name). The simulation draws one value per key.
Key = tuple[str | int, ...]


def estimates(case: Case) -> list[tuple[Key, Estimate]]:
    """Every number of the case with its key, in a fixed order (the order of the draws)."""
    found: list[tuple[Key, Estimate]] = [(("discount_rate",), case.discount_rate)]
    for index, cost in enumerate(case.costs):
        found += [(("cost", index, year), amount) for year, amount in sorted(cost.amounts.items())]
    for index, effect in enumerate(case.effects):
        found += [(("effect", index, name), getattr(effect, name)) for name in EFFECT_NUMBERS]
    return found
