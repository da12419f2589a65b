"""The report of a scenario (who pays, who benefits; charts; planned beside realised), its
spreadsheet and JSON, and the page that explains the calculation."""

import datetime
import json
from dataclasses import dataclass

from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wijkkracht.businesscase.calculation.case import Key
from wijkkracht.businesscase.calculation.exact import Figures
from wijkkracht.businesscase.charts import cumulative_chart, distribution_chart, tornado_chart
from wijkkracht.businesscase.models import Scenario, stakeholder_label
from wijkkracht.businesscase.realised import Period, last_twelve_months
from wijkkracht.businesscase.selectors import Report, report
from wijkkracht.businesscase.services.cases import use_count
from wijkkracht.businesscase.views.cases import is_staff, scenario_get, staff_or_partner
from wijkkracht.core.access import CollectiveRequest
from wijkkracht.core.downloads import XLSX, attachment

FIRST_YEAR = 2000
NUMBER_LABELS = {
    "quantity": gettext_lazy("aantal"),
    "unit_value": gettext_lazy("waarde per stuk"),
    "deadweight": gettext_lazy("was toch gebeurd"),
    "displacement": gettext_lazy("verschuift naar elders"),
    "attribution": gettext_lazy("komt door anderen"),
    "drop_off": gettext_lazy("neemt af"),
}


def _period(raw: str | None, today: datetime.date) -> tuple[Period, str]:
    """The period of the realised figures: a calendar year, or the last twelve months."""
    if raw and raw.isdigit() and FIRST_YEAR <= int(raw) <= today.year:
        year = int(raw)
        return (datetime.date(year, 1, 1), min(datetime.date(year, 12, 31), today)), raw
    return last_twelve_months(today), ""


def _swing_label(scenario: Scenario, key: Key) -> str:
    if key[0] == "cost":
        return str(scenario.data["costs"][int(key[1])]["label"])
    if key[0] == "effect":
        line = scenario.data["effects"][int(key[1])]
        return f"{line['label']}: {NUMBER_LABELS[str(key[2])]}"
    return _("discontovoet")


@dataclass(frozen=True)
class Row:
    """One party in "who pays, who benefits": planned, its chance of gain, and as realised."""

    label: str
    figures: Figures
    chance: float | None
    realised: Figures | None


def _matrix(found: Report) -> list[Row]:
    realised = found.realised.outcome
    return [
        Row(
            label=stakeholder_label(name),
            figures=figures,
            chance=found.simulation.by_stakeholder[name].prob_positive,
            realised=realised.by_stakeholder[name] if realised else None,
        )
        for name, figures in found.outcome.by_stakeholder.items()
    ]


@staff_or_partner
def report_view(request: CollectiveRequest, scenario_id: int) -> HttpResponse:
    scenario = scenario_get(scenario_id, published_only=not is_staff(request))
    today = timezone.localdate()
    period, year = _period(request.GET.get("jaar"), today)
    found = report(scenario, period)
    context: dict[str, object] = {
        "scenario": scenario,
        "report": found,
        "year": year,
        "years": range(today.year, today.year - 4, -1),
        "staff": is_staff(request),
    }
    if found is not None:
        use_count(scenario=scenario)
        context |= _report_context(scenario, found)
    return render(request, "businesscase/report.html", context)


def _report_context(scenario: Scenario, found: Report) -> dict[str, object]:
    swings = [(_swing_label(scenario, s.key), s.at_low, s.at_high) for s in found.swings]
    return {
        "matrix": _matrix(found),
        "cumulative": cumulative_chart([float(v) for v in found.outcome.total.cumulative]),
        "tornado": tornado_chart(found.base_npv, swings[:10]) if swings else None,
        "distribution": distribution_chart(found.simulation) if swings else None,
        "effects": scenario.data["effects"],
        "costs": scenario.data["costs"],
    }


@staff_or_partner
def report_xlsx_view(request: CollectiveRequest, scenario_id: int) -> HttpResponse:
    from wijkkracht.businesscase.workbook import scenario_workbook  # openpyxl: slow to import

    scenario = scenario_get(scenario_id, published_only=not is_staff(request))
    content = scenario_workbook(scenario)
    return attachment(
        content,
        f"businesscase-{slugify(scenario.case.title)}-v{scenario.version}.xlsx",
        XLSX,
    )


@staff_or_partner
def scenario_json_view(request: CollectiveRequest, scenario_id: int) -> HttpResponse:
    """The scenario as ``businesscase_compute`` reads it."""
    scenario = scenario_get(scenario_id, published_only=not is_staff(request))
    content = json.dumps(scenario.data, ensure_ascii=False, indent=2)
    return attachment(
        content,
        f"businesscase-{slugify(scenario.case.title)}-v{scenario.version}.json",
        "application/json",
    )


def method_view(request: CollectiveRequest, collective_slug: str) -> HttpResponse:
    return render(request, "businesscase/method.html")
