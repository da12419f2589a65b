"""The impact measurements of a federation's collectives side by side: for each instrument,
every collective's round that ended in the year, its means and shares with their 95 % interval,
and the national figure. Nothing over fewer than 10 people is shown (`impact.results`); there
are no totals, so nothing can be subtracted.

Each round is scored from its answers (a few queries per round, not per collective): a
federation's year holds a round or two per collective."""

from dataclasses import dataclass, field

from django_scopes import scope, scopes_disabled

from wijkkracht.core.models import Federation
from wijkkracht.federation.figures import Period
from wijkkracht.impact.instruments import Instrument
from wijkkracht.impact.models import Round
from wijkkracht.impact.results import Figure, round_results


@dataclass
class ImpactRow:
    collective: str
    round: str
    respondents: int | None  # None: fewer than 10, nothing shown
    figures: list[Figure]


@dataclass
class ImpactTable:
    instrument: Instrument
    labels: list[Figure]  # the figures' labels, units and national values, in order
    rows: list[ImpactRow] = field(default_factory=list)


def impact_tables(federation: Federation, period: Period) -> list[ImpactTable]:
    with scopes_disabled():
        rounds = list(
            Round.objects.filter(
                collective__federation=federation,
                survey__status="closed",
                period_end__range=period,
            )
            .select_related("survey", "collective")
            .order_by("collective__name", "period_end", "pk")
        )
    tables: dict[str, ImpactTable] = {}
    for measurement in rounds:
        with scope(collective=measurement.collective):
            results = round_results(measurement)
        for result in results:
            table = tables.setdefault(
                result.instrument.ref, ImpactTable(result.instrument, result.figures)
            )
            table.rows.append(
                ImpactRow(
                    measurement.collective.name,
                    measurement.title,
                    result.respondents if result.shown else None,
                    result.figures,
                )
            )
    return sorted(tables.values(), key=lambda table: table.instrument.name)
