"""The federation's shared social map: public services of the other member collectives, to
copy onto one's own map."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django_scopes import scopes_disabled

from wijkkracht.core.access import CollectiveRequest, role_required
from wijkkracht.federation.selectors import federation_services
from wijkkracht.info.models import Service
from wijkkracht.info.services.socialmap import service_copy


@role_required("coordinator")
def shared_map_view(request: CollectiveRequest) -> HttpResponse:
    services = federation_services(collective=request.collective)
    return render(request, "info/shared_map.html", {"services": services})


@role_required("coordinator")
def shared_copy_view(request: CollectiveRequest, source_service_id: int) -> HttpResponse:
    """Copy a service of another collective; only within the federation (else 404)."""
    federation = request.collective.federation_id
    with scopes_disabled():
        source = (
            Service.objects.filter(pk=source_service_id, public=True)
            .filter(collective__federation_id=federation)
            .exclude(collective=request.collective)
            .select_related("collective", "organisation")
            .first()
        )
    if federation is None or source is None:
        raise Http404
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    try:
        service = service_copy(actor=request.user, collective=request.collective, source=source)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("info:shared_map", request.collective.slug)
    messages.success(
        request,
        _("De dienst staat nu op uw kaart, nog niet openbaar. Kijk hem na en zet hem dan open."),
    )
    return redirect("info:service_edit", request.collective.slug, service.pk)
