"""The coordinator's pages for volunteers: who they are, what they offer and when."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.http import HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from wijkkracht.core.access import CollectiveRequest, role_required
from wijkkracht.core.feedback import show_errors
from wijkkracht.core.models import Person, RoleName
from wijkkracht.core.selectors import person_get
from wijkkracht.help.forms import AbsenceForm, AvailabilityForm, PauseForm, VolunteerForm
from wijkkracht.help.models import ACTIVE_STATES, Absence, Volunteer
from wijkkracht.help.services.volunteers import (
    VOLUNTEER_FIELDS,
    absence_add,
    absence_remove,
    availability_set,
    parts_from_windows,
    volunteer_pause,
    volunteer_resume,
    volunteer_save,
    windows_from_parts,
)


@role_required(RoleName.COORDINATOR)
def volunteer_list_view(request: CollectiveRequest) -> HttpResponse:
    """Everyone with the volunteer role, with their profile and open tasks when they have one."""
    people = (
        Person.objects.filter(roles__name=RoleName.VOLUNTEER)
        .select_related("volunteer")
        .annotate(
            open_tasks=Count(
                "volunteer__assignments",
                filter=Q(volunteer__assignments__state__in=ACTIVE_STATES),
            )
        )
        .order_by("family_name", "given_name")
    )
    return render(request, "help/volunteer_list.html", {"people": people})


@role_required(RoleName.COORDINATOR)
def volunteer_profile_view(request: CollectiveRequest, person_id: int) -> HttpResponse:
    """The profile of one volunteer; saving it the first time makes them a matchable volunteer."""
    person = person_get(person_id=person_id)
    volunteer = Volunteer.objects.filter(person=person).prefetch_related("areas").first()
    initial = {"reach": "nearby", "transport": "bike", "max_tasks_per_week": 2}
    if volunteer:
        initial = {name: getattr(volunteer, name) for name in VOLUNTEER_FIELDS}
        initial["areas"] = list(volunteer.areas.all())
    form = VolunteerForm(request.POST or None, initial=initial, collective=request.collective)
    if request.method == "POST" and form.is_valid():
        fields = {name: form.cleaned_data[name] for name in VOLUNTEER_FIELDS}
        try:
            volunteer_save(
                actor=request.user, person=person, areas=list(form.cleaned_data["areas"]), **fields
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Het profiel is opgeslagen."))
            return redirect("help:volunteer_profile", request.collective.slug, person.pk)
    context = {
        "person": person,
        "volunteer": volunteer,
        "form": form,
        "availability_form": AvailabilityForm(
            parts=parts_from_windows(volunteer) if volunteer else {}
        ),
        "absence_form": AbsenceForm(),
        "pause_form": PauseForm(),
    }
    return render(request, "help/volunteer_profile.html", context)


def _volunteer_of(person_id: int) -> Volunteer:
    return get_object_or_404(Volunteer.objects.select_related("person"), person_id=person_id)


@role_required(RoleName.COORDINATOR)
def availability_view(request: CollectiveRequest, person_id: int) -> HttpResponse:
    volunteer = _volunteer_of(person_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = AvailabilityForm(request.POST, parts={})
    if form.is_valid():
        availability_set(
            actor=request.user, volunteer=volunteer, windows=windows_from_parts(form.parts())
        )
        messages.success(request, _("De vaste tijden zijn opgeslagen."))
    return redirect("help:volunteer_profile", request.collective.slug, person_id)


@role_required(RoleName.COORDINATOR)
def absence_add_view(request: CollectiveRequest, person_id: int) -> HttpResponse:
    volunteer = _volunteer_of(person_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = AbsenceForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Vul de eerste en de laatste dag in."))
    else:
        try:
            absence_add(actor=request.user, volunteer=volunteer, **form.cleaned_data)
        except ValidationError as error:
            show_errors(request, error)
        else:
            messages.success(request, _("De afwezigheid is opgeslagen."))
    return redirect("help:volunteer_profile", request.collective.slug, person_id)


@role_required(RoleName.COORDINATOR)
def absence_remove_view(request: CollectiveRequest, absence_id: int) -> HttpResponse:
    absence = get_object_or_404(Absence.objects.select_related("volunteer"), pk=absence_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    absence_remove(actor=request.user, absence=absence)
    messages.success(request, _("De afwezigheid is weggehaald."))
    return redirect("help:volunteer_profile", request.collective.slug, absence.volunteer.person_id)


@role_required(RoleName.COORDINATOR)
def pause_view(request: CollectiveRequest, person_id: int) -> HttpResponse:
    volunteer = _volunteer_of(person_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    pause_toggle(request, volunteer)
    return redirect("help:volunteer_profile", request.collective.slug, person_id)


def pause_toggle(request: CollectiveRequest, volunteer: Volunteer) -> None:
    """Pause or resume, for the coordinator's page and the volunteer's own."""
    if request.POST.get("resume"):
        volunteer_resume(actor=request.user, volunteer=volunteer)
        messages.success(request, _("Er kunnen weer taken komen."))
        return
    form = PauseForm(request.POST)
    if form.is_valid():
        volunteer_pause(actor=request.user, volunteer=volunteer, until=form.cleaned_data["until"])
        messages.success(request, _("De pauze staat aan. Er komen even geen nieuwe taken."))
