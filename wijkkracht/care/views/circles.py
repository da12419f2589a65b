"""The circles: the list, a new circle with consent, one circle, its members."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from wijkkracht.care.access import circle_access
from wijkkracht.care.forms import CircleForm, MemberForm, SettingsForm
from wijkkracht.care.models import Circle, Member, StrainCall
from wijkkracht.care.selectors import (
    circles_for,
    members_of,
    respites_of,
    strain_calls_open,
    tasks_shown,
)
from wijkkracht.care.services.circles import circle_create, member_add, member_remove, member_update
from wijkkracht.care.services.strain import settings_get, strain_call_done
from wijkkracht.care.services.tasks import task_state
from wijkkracht.core.access import CollectiveRequest, role_required
from wijkkracht.core.models import Person
from wijkkracht.core.selectors import person_list

FOUND = 20


def _found(request: CollectiveRequest) -> tuple[str, list[Person]]:
    search = request.GET.get("q", "").strip()
    if not search:
        return search, []
    return search, list(person_list(search=search)[:FOUND])


@role_required()
def circles_view(request: CollectiveRequest) -> HttpResponse:
    coordinator = request.membership.has("coordinator")
    context = {
        "circles": circles_for(request.membership.person, coordinator=coordinator),
        "coordinator": coordinator,
        "calls": strain_calls_open() if coordinator else [],
    }
    return render(request, "care/circles.html", context)


@role_required("coordinator")
def circle_start_view(request: CollectiveRequest) -> HttpResponse:
    search, found = _found(request)
    context = {
        "search": search,
        "found": found,
        "title": _("Nieuwe zorgcirkel"),
        "lead": _("Zoek de bewoner om wie de cirkel komt."),
        "label": _("Naam, straat of postcode van de bewoner"),
        "next": "care:circle_create",
        "args": [],
    }
    return render(request, "care/person_search.html", context)


@role_required("coordinator")
def circle_create_view(request: CollectiveRequest, person_id: int) -> HttpResponse:
    person = get_object_or_404(Person, pk=person_id)
    existing = Circle.objects.filter(person=person).first()
    if existing is not None:
        return redirect("care:circle", request.collective.slug, existing.pk)
    form = CircleForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            circle = circle_create(actor=request.user, person=person, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("De zorgcirkel is gemaakt. Zet er nu mensen in."))
            return redirect("care:circle", request.collective.slug, circle.pk)
    context = {
        "form": form,
        "title": _("Zorgcirkel rond %(name)s") % {"name": person.full_name},
        "lead": _("Vraag eerst of de bewoner dit wil. Lees de zin bij het vinkje voor."),
        "back": reverse("care:circles", args=[request.collective.slug]),
    }
    return render(request, "core/form.html", context)


@role_required()
def circle_view(request: CollectiveRequest, circle_id: int) -> HttpResponse:
    access = circle_access(request, circle_id)
    today = timezone.localdate()
    tasks = [(task, task_state(task)) for task in tasks_shown(access.circle, today)]
    context = {
        "access": access,
        "circle": access.circle,
        "members": members_of(access.circle),
        "tasks": tasks,
        "respites": respites_of(access.circle, today),
    }
    return render(request, "care/circle.html", context)


@role_required("coordinator")
def member_search_view(request: CollectiveRequest, circle_id: int) -> HttpResponse:
    circle = circle_access(request, circle_id).circle
    search, found = _found(request)
    context = {
        "search": search,
        "found": found,
        "title": _("Iemand in de cirkel zetten"),
        "lead": _(
            "Zoek de persoon. Staat die er nog niet in, zet hem dan eerst bij Mensen en kom "
            "hier terug."
        ),
        "label": _("Naam, straat of postcode"),
        "next": "care:member_add",
        "args": [circle.pk],
    }
    return render(request, "care/person_search.html", context)


@role_required("coordinator")
def member_add_view(request: CollectiveRequest, circle_id: int, person_id: int) -> HttpResponse:
    circle = circle_access(request, circle_id).circle
    person = get_object_or_404(Person, pk=person_id)
    form = MemberForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            member_add(actor=request.user, circle=circle, person=person, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request, _("%(name)s staat nu in de cirkel.") % {"name": person.full_name}
            )
            return redirect("care:circle", request.collective.slug, circle.pk)
    context = {
        "form": form,
        "title": _("%(name)s in de cirkel rond %(resident)s")
        % {"name": person.full_name, "resident": circle.person.full_name},
        "back": reverse("care:circle", args=[request.collective.slug, circle.pk]),
    }
    return render(request, "core/form.html", context)


def _member(circle: Circle, member_id: int) -> Member:
    return get_object_or_404(circle.members.select_related("person", "circle"), pk=member_id)


@role_required("coordinator")
def member_edit_view(
    request: CollectiveRequest, circle_id: int, circle_member_id: int
) -> HttpResponse:
    circle = circle_access(request, circle_id).circle
    member = _member(circle, circle_member_id)
    form = MemberForm(request.POST or None, instance=member)
    if request.method == "POST" and form.is_valid():
        try:
            member_update(actor=request.user, member=member, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Opgeslagen."))
            return redirect("care:circle", request.collective.slug, circle.pk)
    context = {
        "form": form,
        "member": member,
        "circle": circle,
    }
    return render(request, "care/member_form.html", context)


@role_required("coordinator")
def member_remove_view(
    request: CollectiveRequest, circle_id: int, circle_member_id: int
) -> HttpResponse:
    circle = circle_access(request, circle_id).circle
    member = _member(circle, circle_member_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    member_remove(actor=request.user, member=member)
    messages.success(
        request, _("%(name)s staat niet meer in de cirkel.") % {"name": member.person.full_name}
    )
    return redirect("care:circle", request.collective.slug, circle.pk)


@role_required("coordinator")
def strain_call_view(request: CollectiveRequest, strain_call_id: int) -> HttpResponse:
    call = get_object_or_404(StrainCall.objects.select_related("carer"), pk=strain_call_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    strain_call_done(actor=request.user, call=call, note=request.POST.get("note", "")[:300])
    messages.success(
        request, _("Genoteerd: u hebt %(name)s gebeld.") % {"name": call.carer.full_name}
    )
    return redirect("care:circles", request.collective.slug)


@role_required("coordinator")
def settings_view(request: CollectiveRequest) -> HttpResponse:
    found = settings_get(request.collective)
    form = SettingsForm(request.POST or None, instance=found)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Opgeslagen."))
        return redirect("care:circles", request.collective.slug)
    context = {
        "form": form,
        "title": _("Instellingen zorgcirkels"),
        "lead": _(
            "De EDIZ telt 0 tot 9 punten. Vanaf dit aantal zet Wijkkracht 'even bellen' voor u "
            "klaar. Er is geen landelijke grens voor de EDIZ: kies samen met uw "
            "mantelzorgconsulent."
        ),
        "back": reverse("care:circles", args=[request.collective.slug]),
    }
    return render(request, "core/form.html", context)
