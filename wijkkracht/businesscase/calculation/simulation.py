"""Uncertainty: Monte Carlo over the ranges, and one-way sensitivity for the tornado chart.

Both evaluate the case for many sets of numbers at once with NumPy (floats): each row is one
draw, or one number at its low or high value. The exact outcome lives in ``exact``.
"""

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from wijkkracht.businesscase.calculation.case import (
    EFFECT_NUMBERS,
    Case,
    Estimate,
    Key,
    estimates,
)

DEFAULT_DRAWS = 10_000
DEFAULT_SEED = 2025

Array = npt.NDArray[np.float64]


@dataclass(frozen=True)
class Evaluated:
    """Present values of costs and benefits per stakeholder, one entry per row."""

    costs: dict[str, Array]
    benefits: dict[str, Array]

    def npv(self, stakeholder: str | None = None) -> Array:
        names = [stakeholder] if stakeholder else list(self.costs)
        return np.sum([self.benefits[n] - self.costs[n] for n in names], axis=0)

    def total_costs(self) -> Array:
        return np.sum(list(self.costs.values()), axis=0)

    def total_benefits(self) -> Array:
        return np.sum(list(self.benefits.values()), axis=0)


def evaluate(case: Case, samples: dict[Key, Array], rows: int) -> Evaluated:
    """The case for ``rows`` sets of numbers; a number not in ``samples`` is at its mode."""

    def value(key: Key, estimate: Estimate) -> Array:
        return samples[key] if key in samples else np.full(rows, float(estimate.mode))

    years = np.arange(case.horizon_years + 1)
    rate = value(("discount_rate",), case.discount_rate)
    factors = (1 + rate)[:, None] ** -years[None, :]
    costs = {name: np.zeros(rows) for name in case.stakeholders}
    benefits = {name: np.zeros(rows) for name in case.stakeholders}

    def book(stakeholder: str, pv: Array) -> None:
        benefits[stakeholder] += np.maximum(pv, 0)
        costs[stakeholder] += np.maximum(-pv, 0)

    for index, cost in enumerate(case.costs):
        pv = np.zeros(rows)
        for year, amount in cost.amounts.items():
            pv += value(("cost", index, year), amount) * factors[:, year]
        book(cost.stakeholder, -pv)
    for index, effect in enumerate(case.effects):
        span = effect.years(case.horizon_years)
        if not span:
            continue
        n = {name: value(("effect", index, name), getattr(effect, name)) for name in EFFECT_NUMBERS}
        base = n["quantity"] * n["unit_value"]
        for name in ("deadweight", "displacement", "attribution"):
            base = base * (1 - n[name])
        kept = (1 - n["drop_off"])[:, None] ** np.arange(len(span))[None, :]
        book(effect.stakeholder, base * (kept * factors[:, span.start : span.stop]).sum(axis=1))
    return Evaluated(costs=costs, benefits=benefits)


@dataclass(frozen=True)
class Spread:
    p5: float
    p50: float
    p95: float
    prob_positive: float | None = None


def _spread(values: Array, *, with_probability: bool = True) -> Spread:
    p5, p50, p95 = np.percentile(values, [5, 50, 95])
    probability = float(np.mean(values > 0)) if with_probability else None
    return Spread(float(p5), float(p50), float(p95), probability)


@dataclass(frozen=True)
class Simulation:
    draws: int
    seed: int
    npv: Spread
    ratio: Spread | None  # none when no draw has costs
    by_stakeholder: dict[str, Spread]
    histogram: tuple[list[int], list[float]]  # counts, and the bin edges in euros


def simulate(case: Case, *, draws: int = DEFAULT_DRAWS, seed: int = DEFAULT_SEED) -> Simulation:
    """Draw every range from its triangular distribution ``draws`` times, reproducibly."""
    rng = np.random.default_rng(seed)
    samples = {
        key: rng.triangular(float(e.at("low")), float(e.mode), float(e.at("high")), draws)
        for key, e in estimates(case)
        if e.uncertain
    }
    evaluated = evaluate(case, samples, draws)
    npv = evaluated.npv()
    costs = evaluated.total_costs()
    with_costs = costs > 0
    ratio = (
        _spread(evaluated.total_benefits()[with_costs] / costs[with_costs], with_probability=False)
        if with_costs.any()
        else None
    )
    counts, edges = np.histogram(npv, bins=20)
    return Simulation(
        draws=draws,
        seed=seed,
        npv=_spread(npv),
        ratio=ratio,
        by_stakeholder={name: _spread(evaluated.npv(name)) for name in case.stakeholders},
        histogram=([int(c) for c in counts], [float(e) for e in edges]),
    )


@dataclass(frozen=True)
class Swing:
    """The total NPV with one line's range at its low and at its high value."""

    key: Key  # ("discount_rate",), ("cost", line) or ("effect", line, field name)
    at_low: float
    at_high: float

    @property
    def width(self) -> float:
        return abs(self.at_high - self.at_low)


def _groups(case: Case) -> dict[Key, list[tuple[Key, Estimate]]]:
    """The ranges of the case, a cost line's yearly amounts taken together."""
    groups: dict[Key, list[tuple[Key, Estimate]]] = {}
    for key, estimate in estimates(case):
        if estimate.uncertain:
            group: Key = ("cost", key[1]) if key[0] == "cost" else key
            groups.setdefault(group, []).append((key, estimate))
    return groups


def sensitivity(case: Case) -> tuple[float, list[Swing]]:
    """The NPV at the modes, and its swing per range, widest first (for the tornado)."""
    groups = _groups(case)
    rows = 1 + 2 * len(groups)
    samples: dict[Key, Array] = {}
    for number, members in enumerate(groups.values()):
        for key, estimate in members:
            column = np.full(rows, float(estimate.mode))
            column[1 + 2 * number] = float(estimate.at("low"))
            column[2 + 2 * number] = float(estimate.at("high"))
            samples[key] = column
    npv = evaluate(case, samples, rows).npv()
    swings = [
        Swing(group, float(npv[1 + 2 * n]), float(npv[2 + 2 * n])) for n, group in enumerate(groups)
    ]
    return float(npv[0]), sorted(swings, key=lambda swing: -swing.width)
