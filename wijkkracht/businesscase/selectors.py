"""Reading business cases: the list, a scenario's outcome, and its report beside the realised
figures. Callers are inside a collective's scope."""

import copy
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.db.models import Count, Prefetch, Q, QuerySet

from wijkkracht.businesscase.calculation.case import Case
from wijkkracht.businesscase.calculation.exact import Outcome, outcome
from wijkkracht.businesscase.calculation.reading import case_read, most_likely
from wijkkracht.businesscase.models import BusinessCase, Scenario, Use, UseKind
from wijkkracht.businesscase.realised import Period, figure_label, figure_value

if TYPE_CHECKING:
    from wijkkracht.businesscase.calculation.simulation import Simulation, Swing


def cases(*, published_only: bool = False) -> QuerySet[BusinessCase]:
    """The collective's cases with their scenarios; for a partner only what was published."""
    if not published_only:
        return BusinessCase.objects.prefetch_related("scenarios")
    published = Scenario.objects.exclude(published_at=None)
    return (
        BusinessCase.objects.filter(scenarios__in=published)
        .distinct()
        .prefetch_related(Prefetch("scenarios", queryset=published))
    )


def newest_published() -> list[Scenario]:
    """Each case's newest published scenario: what partners and the annual report read."""
    newest: dict[int, Scenario] = {}
    for scenario in Scenario.objects.exclude(published_at=None).select_related("case"):
        newest[scenario.case_id] = scenario  # ordered by case and version
    return list(newest.values())


def scenario_case(scenario: Scenario) -> Case | None:
    """The calculation's case; none while the scenario has no lines yet."""
    data = scenario.data
    return case_read(data) if data["costs"] or data["effects"] else None


def scenario_outcome(scenario: Scenario) -> Outcome | None:
    case = scenario_case(scenario)
    return outcome(case) if case else None


@dataclass(frozen=True)
class RealisedLine:
    label: str
    figure: str
    planned: Decimal
    realised: Decimal


@dataclass
class Realised:
    period: Period
    lines: list[RealisedLine] = field(default_factory=list)
    outcome: Outcome | None = None


def realised(scenario: Scenario, period: Period) -> Realised:
    """The effect lines bound to a recorded figure, with that figure over the period as the
    yearly quantity, and the outcome of the case computed with them."""
    data = copy.deepcopy(scenario.data)
    found = Realised(period=period)
    for line in data["effects"]:
        value = figure_value(line.get("realised", ""), period)
        if value is None:
            continue
        found.lines.append(
            RealisedLine(
                line["label"],
                figure_label(line["realised"]),
                Decimal(most_likely(line["quantity"])),
                value,
            )
        )
        line["quantity"] = str(value)
    if found.lines:
        found.outcome = outcome(case_read(data))
    return found


@dataclass(frozen=True)
class Report:
    outcome: Outcome
    simulation: "Simulation"
    base_npv: float
    swings: list["Swing"]
    realised: Realised


def report(scenario: Scenario, period: Period) -> Report | None:
    from wijkkracht.businesscase.calculation.simulation import (  # numpy: slow to import
        sensitivity,
        simulate,
    )

    case = scenario_case(scenario)
    if case is None:
        return None
    base, swings = sensitivity(case)
    return Report(
        outcome=outcome(case),
        simulation=simulate(case),
        base_npv=base,
        swings=swings,
        realised=realised(scenario, period),
    )


def use_counts() -> dict[str, Any]:
    """How often the collective's cases were computed and published."""
    return Use.objects.aggregate(
        computed=Count("id", filter=Q(kind=UseKind.COMPUTED)),
        published=Count("id", filter=Q(kind=UseKind.PUBLISHED)),
    )
