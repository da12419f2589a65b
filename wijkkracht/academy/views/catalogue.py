"""The federation's catalogue: courses of the other collectives, to copy with their source."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django_scopes import scopes_disabled

from wijkkracht.academy.models import Course
from wijkkracht.academy.services.courses import course_copy
from wijkkracht.core.access import CollectiveRequest, role_required
from wijkkracht.federation.selectors import federation_courses


@role_required("coordinator", "teacher")
def catalogue_view(request: CollectiveRequest) -> HttpResponse:
    context = {
        "courses": federation_courses(collective=request.collective),
        "coordinator": request.membership.has("coordinator"),
    }
    return render(request, "academy/catalogue.html", context)


@role_required("coordinator")
def catalogue_copy_view(request: CollectiveRequest, source_course_id: int) -> HttpResponse:
    """Copy a course of another collective; only within the federation (else 404)."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    federation = request.collective.federation_id
    with scopes_disabled():
        source = (
            Course.objects.filter(pk=source_course_id, archived=False)
            .filter(collective__federation_id=federation)
            .exclude(collective=request.collective)
            .select_related("collective")
            .first()
        )
    if federation is None or source is None:
        raise Http404
    try:
        course = course_copy(actor=request.user, collective=request.collective, source=source)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("academy:catalogue", request.collective.slug)
    messages.success(
        request,
        _("De cursus staat nu bij u. Kies de docenten en vraag zelf accreditatie aan."),
    )
    return redirect("academy:course", request.collective.slug, course.pk)
