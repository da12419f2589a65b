"""The round's aggregates as CSV and XLSX: figures only, never a person's answers, and nothing
over fewer than 10 people."""

from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from wijkkracht.core.access import CollectiveRequest
from wijkkracht.core.downloads import XLSX, attachment
from wijkkracht.core.tables import table_csv, table_xlsx
from wijkkracht.impact.aggregate import rounded
from wijkkracht.impact.models import Round
from wijkkracht.impact.results import InstrumentResult, round_results
from wijkkracht.impact.views.rounds import readers


def _value(number: float | None) -> object:
    return "" if number is None else rounded(number)


def figures_table(results: list[InstrumentResult]) -> tuple[list[str], list[list[object]]]:
    header = [
        _("vragenlijst"),
        _("versie"),
        _("maat"),
        _("eenheid"),
        _("aantal mensen"),
        _("waarde"),
        _("marge van"),
        _("marge tot"),
        _("landelijk"),
        _("verschil"),
        _("verschil van"),
        _("verschil tot"),
    ]
    rows: list[list[object]] = []
    for result in results:
        for figure in result.figures:
            estimate, change = figure.estimate, figure.change
            shown = (
                [estimate.n, _value(estimate.value), _value(estimate.low), _value(estimate.high)]
                if estimate
                else [_("minder dan 10"), "", "", ""]
            )
            moved = [change.value, change.low, change.high] if change else [None] * 3
            rows.append(
                [
                    result.instrument.key,
                    result.instrument.version,
                    figure.label,
                    figure.unit or _("gemiddelde"),
                    *shown,
                    _value(figure.national),
                    *(_value(number) for number in moved),
                ]
            )
    return header, rows


@readers
def figures_export_view(request: CollectiveRequest, round_id: int, kind: str) -> HttpResponse:
    measurement = get_object_or_404(Round, pk=round_id)
    header, rows = figures_table(round_results(measurement))
    name = f"meting-{measurement.pk}-cijfers"
    if kind == "csv":
        return attachment(table_csv(header, rows), f"{name}.csv", "text/csv; charset=utf-8")
    return attachment(table_xlsx(header, rows, _("Cijfers")), f"{name}.xlsx", XLSX)
