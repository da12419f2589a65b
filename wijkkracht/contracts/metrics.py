"""What an input of a payment rule can be bound to, so the statement fills it in itself: a
figure Wijkkracht counts (the business case's realised figures), an impact result as a score
from 0 to 100, or a CBS count of the collective's areas in a stated year.

A binding is ``{path: code}`` on the rule; the path names the input as ``contract_compute``
reads it ("achieved", "quantities[0].count", "quality_scores[1]", "rates[0].count").
"""

import datetime
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.db.models import Count, Sum
from django.utils.translation import gettext as _

from wijkkracht.businesscase.realised import figure_choices, figure_label, figure_value
from wijkkracht.core.models import Collective
from wijkkracht.impact.outcomes import PREFIX as IMPACT
from wijkkracht.impact.outcomes import outcome_choices, outcome_score
from wijkkracht.info.models import AreaFigure, Measure

COUNTED, SCORE, PEOPLE = "counted", "score", "people"
CBS = "cbs"
CBS_MEASURES = (
    Measure.INHABITANTS,
    Measure.INHABITANTS_65_PLUS,
    Measure.INHABITANTS_80_PLUS,
)


@dataclass(frozen=True)
class Slot:
    """An input of a rule that a binding can fill in."""

    path: str
    label: str
    family: str  # COUNTED, SCORE or PEOPLE: which sources fit


def slots(kind: str, parameters: dict[str, Any]) -> list[Slot]:
    """The inputs of a rule of this kind and these numbers that can be bound."""
    if kind == "rate_card":
        return [Slot("achieved", _("wat bereikt is"), COUNTED)]
    if kind == "quantity_quality":
        return [
            Slot(f"quantities[{i}].count", _("het aantal op regel %(n)d") % {"n": i + 1}, COUNTED)
            for i in range(len(parameters.get("quantities", [])))
        ] + [
            Slot(f"quality_scores[{i}]", _("kwaliteitsscore %(n)d") % {"n": i + 1}, SCORE)
            for i in range(len(parameters.get("quality_scores", [])))
        ]
    if kind == "population":
        return [
            Slot(f"rates[{i}].count", _("het aantal op regel %(n)d") % {"n": i + 1}, PEOPLE)
            for i in range(len(parameters.get("rates", [])))
        ]
    return []


def _cbs_code(measure: str, year: int) -> str:
    return f"{CBS}:{measure}:{year}"


def _cbs_years(collective: Collective) -> list[tuple[str, int]]:
    """(measure, year) for which CBS figures of all the collective's areas are loaded."""
    codes = list(collective.areas.values_list("code", flat=True))
    if not codes:
        return []
    found = (
        AreaFigure.objects.filter(code__in=codes, measure__in=CBS_MEASURES)
        .values("measure", "year")
        .annotate(areas=Count("code"))
        .filter(areas=len(codes))
        .order_by("measure", "-year")
    )
    return [(row["measure"], row["year"]) for row in found]


def source_choices(family: str, collective: Collective) -> list[tuple[str, str]]:
    """The sources that fit an input of this family, as (code, label)."""
    if family == COUNTED:
        return [(code, str(label)) for code, label in figure_choices() if code]
    if family == SCORE:
        return outcome_choices()
    return [
        (
            _cbs_code(measure, year),
            _("%(measure)s volgens het CBS van %(year)s")
            % {
                "measure": Measure(measure).label,
                "year": year,
            },
        )
        for measure, year in _cbs_years(collective)
    ]


def source_label(code: str) -> str:
    if code.startswith(f"{CBS}:"):
        _cbs, measure, year = code.split(":")
        return _("%(measure)s volgens het CBS van %(year)s") % {
            "measure": Measure(measure).label,
            "year": year,
        }
    if code.startswith(f"{IMPACT}:"):
        return dict(outcome_choices()).get(code, code)
    return figure_label(code)


@dataclass(frozen=True)
class Reading:
    value: Decimal
    source: str


def source_read(
    code: str, collective: Collective, start: datetime.date, end: datetime.date
) -> Reading:
    """The bound value over the period, with where it comes from; 0 when there is none."""
    label = source_label(code)
    if code.startswith(f"{CBS}:"):
        _cbs, measure, year = code.split(":")
        codes = collective.areas.values_list("code", flat=True)
        total = AreaFigure.objects.filter(
            code__in=codes, measure=measure, year=int(year)
        ).aggregate(total=Sum("value"))["total"]
        return Reading(total or Decimal(0), _("CBS: %(label)s") % {"label": label})
    if code.startswith(f"{IMPACT}:"):
        outcome = outcome_score(code, start, end)
        source = _("%(label)s, %(source)s") % {"label": label, "source": outcome.source}
        if outcome.score is None:
            return Reading(Decimal(0), _("%(source)s: telt als 0") % {"source": source})
        return Reading(outcome.score, source)
    value = figure_value(code, (start, end)) or Decimal(0)
    return Reading(value, _("geteld door Wijkkracht: %(metric)s") % {"metric": label})


def known(code: str, family: str, collective: Collective) -> bool:
    return code in dict(source_choices(family, collective))


_PATH = re.compile(r"^(\w+)(?:\[(\d+)\](?:\.(\w+))?)?$")


def path_set(data: dict[str, Any], path: str, value: str) -> None:
    """Put `value` at `path` in a rule's JSON form (lists copied, never changed in place)."""
    match = _PATH.match(path)
    if match is None:
        raise KeyError(path)
    name, index, field = match.groups()
    if index is None:
        data[name] = value
        return
    items = list(data.get(name, []))
    position = int(index)
    items[position] = {**items[position], field: value} if field else value
    data[name] = items
