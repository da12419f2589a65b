from typing import cast

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from wijkkracht.core.models import Federation, User
from wijkkracht.federation.selectors import (
    academy_figures,
    business_case_uses,
    federation_figures,
    outreach_figures,
)


@login_required
def federation_home(request: HttpRequest, federation_slug: str) -> HttpResponse:
    """A federation's dashboard: figures of its collectives, for its own staff only."""
    federation = Federation.objects.filter(
        slug=federation_slug, staff__user=cast(User, request.user)
    ).first()
    if federation is None:
        raise Http404
    figures, total = federation_figures(federation=federation)
    year = timezone.localdate().year
    return render(
        request,
        "federation/home.html",
        {
            "federation": federation,
            "figures": figures,
            "total": total,
            "uses": business_case_uses(federation=federation),
            "outreach": outreach_figures(federation=federation),
            "academies": academy_figures(federation=federation, year=year),
            "year": year,
        },
    )
