"""A federation's dashboard for its own staff (figures of every member collective, never a
person), its downloads, and the national page anyone may read."""

import datetime
from typing import cast

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from wijkkracht.core.downloads import XLSX, attachment
from wijkkracht.core.models import Federation, User
from wijkkracht.core.tables import table_csv, table_xlsx
from wijkkracht.federation.figures import COLUMNS, Dashboard, Row, dashboard
from wijkkracht.federation.impact import impact_tables
from wijkkracht.federation.national import national_figures
from wijkkracht.federation.periods import period_shown
from wijkkracht.federation.selectors import academy_figures, business_case_uses, outreach_figures


def _federation(request: HttpRequest, slug: str) -> Federation:
    federation = Federation.objects.filter(slug=slug, staff__user=cast(User, request.user)).first()
    if federation is None:
        raise Http404
    return federation


def _period(request: HttpRequest) -> tuple[str, tuple[datetime.date, datetime.date], str]:
    """The year asked for (?periode=2026), else this year, with the reason in Dutch."""
    year = timezone.localdate().year
    code = request.GET.get("periode", str(year))
    period, reason = period_shown(code)
    if period is None:
        message = _("%(reason)s U ziet nu %(year)s.") % {"reason": reason, "year": year}
        return str(year), (datetime.date(year, 1, 1), datetime.date(year, 12, 31)), message
    return code, period, ""


def _sorted(figures: Dashboard, key: str) -> list[Row]:
    if key not in {column.key for column in COLUMNS}:
        return figures.rows

    # The most per 1,000 inhabitants first; then those without inhabitants by their count;
    # hidden last.
    def order(row: Row) -> tuple[bool, bool, float]:
        count, rate = row.values[key], row.per_thousand.get(key)
        return count is None, rate is None, -float(rate if rate is not None else count or 0)

    return sorted(figures.rows, key=order)


@login_required
def federation_home(request: HttpRequest, federation_slug: str) -> HttpResponse:
    """A federation's dashboard: figures of its collectives, for its own staff only."""
    federation = _federation(request, federation_slug)
    code, period, message = _period(request)
    figures = dashboard(federation=federation, period=period)
    sort = request.GET.get("sorteer", "")
    year = period[0].year
    return render(
        request,
        "federation/home.html",
        {
            "federation": federation,
            "figures": figures,
            "rows": _sorted(figures, sort),
            "columns": COLUMNS,
            "sort": sort,
            "code": code,
            "message": message,
            "uses": business_case_uses(federation=federation),
            "outreach": outreach_figures(federation=federation),
            "academies": academy_figures(federation=federation, year=year),
            "year": year,
        },
    )


@login_required
def federation_impact(request: HttpRequest, federation_slug: str) -> HttpResponse:
    """The collectives' impact measurements that ended in the year, side by side."""
    federation = _federation(request, federation_slug)
    code, period, message = _period(request)
    return render(
        request,
        "federation/impact.html",
        {
            "federation": federation,
            "tables": impact_tables(federation, period),
            "code": code,
            "message": message,
        },
    )


def _table(figures: Dashboard) -> tuple[list[str], list[list[object]]]:
    """One row per collective and the total; an empty cell is hidden (under 10)."""
    header = [_("collectief"), _("inwoners")]
    header += [str(column.label).lower() for column in COLUMNS]
    header += [
        _("%(what)s per 1.000 inwoners") % {"what": str(column.label).lower()}
        for column in COLUMNS
        if column.per_thousand
    ]
    rows = []
    for row in [*figures.rows, figures.total]:
        line: list[object] = [row.name, row.inhabitants]
        line += [row.values[column.key] for column in COLUMNS]
        line += [row.per_thousand[column.key] for column in COLUMNS if column.per_thousand]
        rows.append(["" if value is None else value for value in line])
    return header, rows


@login_required
def federation_download(request: HttpRequest, federation_slug: str, kind: str) -> HttpResponse:
    federation = _federation(request, federation_slug)
    code, period, _message = _period(request)
    header, rows = _table(dashboard(federation=federation, period=period))
    name = f"{federation.slug}-{code}"
    if kind == "xlsx":
        return attachment(table_xlsx(header, rows, code), f"{name}.xlsx", XLSX)
    return attachment(table_csv(header, rows), f"{name}.csv", "text/csv; charset=utf-8")


def national_view(request: HttpRequest) -> HttpResponse:
    """The movement in the country against its targets: counts of collectives and of uses,
    never of people."""
    year = timezone.localdate().year
    return render(
        request, "federation/national.html", {"figures": national_figures(year), "year": year}
    )
