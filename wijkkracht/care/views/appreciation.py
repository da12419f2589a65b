"""The yearly list of carers for the municipality, as a page, a file and thank-you letters."""

from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wijkkracht.care.services.appreciation import (
    HEADER,
    PER_CARER,
    PER_RELATION,
    appreciation_list,
    rule_get,
)
from wijkkracht.core.access import CollectiveRequest, role_required
from wijkkracht.core.downloads import XLSX, attachment
from wijkkracht.core.tables import table_csv, table_xlsx

# The list can be made for this year and the two before.
YEARS = 3


def _year(request: CollectiveRequest) -> int:
    this_year = timezone.localdate().year
    try:
        year = int(request.GET.get("jaar", this_year))
    except ValueError:
        year = this_year
    return min(max(year, this_year - YEARS + 1), this_year)


@role_required("coordinator")
def appreciation_view(request: CollectiveRequest) -> HttpResponse:
    per = request.GET.get("per", "")
    found = appreciation_list(
        _year(request), per if per in (PER_CARER, PER_RELATION) else rule_get().per
    )
    wanted = request.GET.get("bestand")
    if wanted in ("csv", "xlsx") and not found.errors:
        rows = [line.cells() for line in found.lines]
        name = f"mantelzorgwaardering-{request.collective.slug}-{found.year}"
        if wanted == "csv":
            return attachment(table_csv(HEADER, rows), f"{name}.csv", "text/csv; charset=utf-8")
        return attachment(table_xlsx(HEADER, rows, str(found.year)), f"{name}.xlsx", XLSX)
    this_year = timezone.localdate().year
    context = {
        "found": found,
        "years": range(this_year, this_year - YEARS, -1),
        "per_choices": [
            (PER_CARER, _("per mantelzorger")),
            (PER_RELATION, _("per zorgrelatie: wie voor twee mensen zorgt, staat er twee keer")),
        ],
    }
    return render(request, "care/appreciation.html", context)


@role_required("coordinator")
def appreciation_letters_view(request: CollectiveRequest) -> HttpResponse:
    found = appreciation_list(_year(request), PER_CARER)
    return render(request, "care/appreciation_letters.html", {"found": found})
