"""The infographic: an A4 page to print or share, and the SVG on its own."""

from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string

from wijkkracht.core.access import CollectiveRequest
from wijkkracht.core.downloads import attachment
from wijkkracht.impact.models import Round
from wijkkracht.impact.poster import Poster, poster
from wijkkracht.impact.results import round_results
from wijkkracht.impact.views.rounds import readers


def _poster(request: CollectiveRequest, round_id: int) -> tuple[Round, Poster]:
    measurement = get_object_or_404(Round.objects.select_related("activity"), pk=round_id)
    return measurement, poster(measurement, round_results(measurement), request.collective.name)


@readers
def infographic_view(request: CollectiveRequest, round_id: int) -> HttpResponse:
    measurement, found = _poster(request, round_id)
    context = {"round": measurement, "poster": found}
    return render(request, "impact/infographic.html", context)


@readers
def infographic_svg_view(request: CollectiveRequest, round_id: int) -> HttpResponse:
    measurement, found = _poster(request, round_id)
    svg = render_to_string("impact/poster.svg", {"poster": found}, request=request)
    return attachment(svg.encode(), f"infographic-{measurement.pk}.svg", "image/svg+xml")
