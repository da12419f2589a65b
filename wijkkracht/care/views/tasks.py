"""A circle's tasks and time off: adding, claiming, done, and handing to the 1-loket."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from wijkkracht.care.access import circle_access, managed_circle
from wijkkracht.care.forms import RespiteForm, TaskForm
from wijkkracht.care.models import CircleRole, Respite
from wijkkracht.care.services.respite import respite_request, respite_to_loket
from wijkkracht.care.services.tasks import (
    task_cancel,
    task_claim,
    task_create,
    task_done,
    task_release,
)
from wijkkracht.core.access import CollectiveRequest, role_required


@role_required()
def task_create_view(request: CollectiveRequest, circle_id: int) -> HttpResponse:
    circle = managed_circle(request, circle_id)
    form = TaskForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            task_create(actor=request.user, circle=circle, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("De taak staat in de cirkel. Wie kan, neemt hem op zich."))
            return redirect("care:circle", request.collective.slug, circle.pk)
    context = {
        "form": form,
        "title": _("Nieuwe taak"),
        "lead": _(
            "Heeft 48 uur van tevoren nog niemand de taak, dan vraagt het 1-loket een vrijwilliger."
        ),
        "back": reverse("care:circle", args=[request.collective.slug, circle.pk]),
    }
    return render(request, "core/form.html", context)


ACTIONS = {
    "claim": _("Dank u wel! De taak staat op uw naam."),
    "release": _("De taak is weer vrij voor de anderen."),
    "done": _("Fijn, de taak is gedaan."),
    "cancel": _("De taak gaat niet door."),
}


@role_required()
def task_action_view(
    request: CollectiveRequest, circle_id: int, care_task_id: int, action: str
) -> HttpResponse:
    access = circle_access(request, circle_id)
    task = get_object_or_404(access.circle.tasks.select_related("claimed_by"), pk=care_task_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    own = access.member is not None and task.claimed_by_id == access.member.pk
    try:
        if action == "claim" and access.claims and access.member is not None:
            task_claim(actor=request.user, task=task, member=access.member)
        elif action in ("release", "done") and (own or access.coordinator):
            (task_release if action == "release" else task_done)(actor=request.user, task=task)
        elif action == "cancel" and access.manages:
            task_cancel(actor=request.user, task=task)
        else:
            raise Http404
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, str(ACTIONS[action]))
    return redirect("care:circle", request.collective.slug, access.circle.pk)


@role_required()
def respite_create_view(request: CollectiveRequest, circle_id: int) -> HttpResponse:
    circle = managed_circle(request, circle_id)
    carer = circle.members.filter(role=CircleRole.MAIN_CARER).select_related("person").first()
    if carer is None:
        messages.error(request, _("Zet eerst de mantelzorger in de cirkel."))
        return redirect("care:circle", request.collective.slug, circle.pk)
    form = RespiteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            respite_request(actor=request.user, carer=carer, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _("De dagdelen staan als taken in de cirkel. Wie kan, neemt er een op zich."),
            )
            return redirect("care:circle", request.collective.slug, circle.pk)
    context = {
        "form": form,
        "title": _("Even vrij voor %(name)s") % {"name": carer.person.full_name},
        "lead": _(
            "Eerst kunnen de mensen uit de cirkel de dagdelen nemen. Wat open blijft, vraagt "
            "het 1-loket aan vrijwilligers met een VOG."
        ),
        "back": reverse("care:circle", args=[request.collective.slug, circle.pk]),
    }
    return render(request, "core/form.html", context)


@role_required("coordinator")
def respite_loket_view(request: CollectiveRequest, circle_id: int, respite_id: int) -> HttpResponse:
    circle = circle_access(request, circle_id).circle
    respite = get_object_or_404(Respite.objects.filter(circle=circle), pk=respite_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    handed = respite_to_loket(actor=request.user, respite=respite)
    messages.success(
        request,
        ngettext(
            "%(count)d dagdeel is aan het 1-loket gevraagd. Plan het bij De week plannen.",
            "%(count)d dagdelen zijn aan het 1-loket gevraagd. Plan ze bij De week plannen.",
            handed,
        )
        % {"count": handed},
    )
    return redirect("care:circle", request.collective.slug, circle.pk)
