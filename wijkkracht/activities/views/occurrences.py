"""One time an activity takes place: signing up, the cook's and the host's lists, attendance."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from wijkkracht.activities.forms import (
    MenuForm,
    PhoneSignupForm,
    SearchForm,
    SignupForm,
    WalkInForm,
)
from wijkkracht.activities.models import Registration, RegistrationStatus, Via
from wijkkracht.activities.selectors import (
    can_manage,
    guests,
    places_left,
    portions,
    profile_of,
    waiting_list,
)
from wijkkracht.activities.services.activities import occurrence_cancel, occurrence_menu_set
from wijkkracht.activities.services.meals import diets_read
from wijkkracht.activities.services.registrations import (
    attendance_save,
    registration_cancel,
    registration_create,
)
from wijkkracht.activities.views.common import managed_occurrence, visible_occurrence
from wijkkracht.core.access import CollectiveRequest, role_required
from wijkkracht.core.feedback import show_errors
from wijkkracht.core.models import Person, RoleName
from wijkkracht.core.selectors import person_search_filter


def occurrence_detail_view(
    request: CollectiveRequest, collective_slug: str, occurrence_id: int
) -> HttpResponse:
    occurrence = visible_occurrence(request, occurrence_id)
    person = request.membership.person
    mine = (
        occurrence.registrations.filter(person=person)
        .exclude(status=RegistrationStatus.CANCELLED)
        .first()
        if person
        else None
    )
    manages = can_manage(request.membership, occurrence.activity)
    context: dict[str, object] = {
        "occurrence": occurrence,
        "activity": occurrence.activity,
        "mine": mine,
        "left": places_left(occurrence),
        "manages": manages,
        "signup_form": SignupForm(),
        "menu_form": MenuForm(initial={"menu": occurrence.menu}),
        "logged_in": bool(request.membership.roles),
    }
    if manages:
        context["guests"] = guests(occurrence)
        context["waiting"] = waiting_list(occurrence)
    return render(request, "activities/occurrence_detail.html", context)


@role_required()
def signup_view(request: CollectiveRequest, occurrence_id: int) -> HttpResponse:
    """Sign oneself up; the page asks only about transport."""
    occurrence = visible_occurrence(request, occurrence_id)
    person = request.membership.person
    if person is None:
        raise Http404
    # Bound on every POST: a sign-up without the transport box ticked sends no fields at all.
    form = SignupForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            registration = registration_create(
                actor=request.user,
                occurrence=occurrence,
                person=person,
                via=Via.ONLINE,
                needs_transport=form.cleaned_data["needs_transport"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            _signed_up_message(request, registration)
            return redirect("activities:occurrence_detail", request.collective.slug, occurrence.pk)
    context = {"occurrence": occurrence, "activity": occurrence.activity, "form": form}
    return render(request, "activities/signup.html", context)


def _signed_up_message(request: CollectiveRequest, registration: Registration) -> None:
    name = registration.person.full_name
    if registration.status == RegistrationStatus.PLACE:
        text = _("%(name)s is aangemeld.") % {"name": name}
        if registration.transport_request_id:
            text += " " + _("Het 1-loket zoekt iemand voor het vervoer.")
    else:
        text = _(
            "Het is vol. %(name)s staat op de wachtlijst en krijgt bericht als er plaats komt."
        ) % {"name": name}
    messages.success(request, text)


def _find_people(request: CollectiveRequest) -> tuple[SearchForm, list[Person]]:
    search = SearchForm(request.GET or None)
    if not (search.is_valid() and search.cleaned_data["q"].strip()):
        return search, []
    found = Person.objects.filter(person_search_filter(search.cleaned_data["q"]), erased_at=None)
    return search, list(found.order_by("family_name", "given_name")[:25])


@role_required(RoleName.COORDINATOR, RoleName.VOLUNTEER)
def signup_for_view(request: CollectiveRequest, occurrence_id: int) -> HttpResponse:
    """Sign up someone who phoned, wrote or came by: find them, then one click."""
    occurrence = managed_occurrence(request, occurrence_id)
    search, found = _find_people(request)
    form = PhoneSignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        person = get_object_or_404(Person, pk=form.cleaned_data["person"], erased_at=None)
        try:
            registration = registration_create(
                actor=request.user,
                occurrence=occurrence,
                person=person,
                via=form.cleaned_data["via"],
                needs_transport=form.cleaned_data["needs_transport"],
            )
        except ValidationError as error:
            show_errors(request, error)
        else:
            _signed_up_message(request, registration)
            return redirect("activities:occurrence_detail", request.collective.slug, occurrence.pk)
    context = {
        "occurrence": occurrence,
        "activity": occurrence.activity,
        "search": search,
        "found": found,
        "form": PhoneSignupForm(initial={"via": "phone"}),
    }
    return render(request, "activities/signup_for.html", context)


@role_required()
def registration_cancel_view(request: CollectiveRequest, registration_id: int) -> HttpResponse:
    registration = get_object_or_404(
        Registration.objects.select_related("occurrence__activity", "person"), pk=registration_id
    )
    person = request.membership.person
    own = person is not None and registration.person_id == person.pk
    if not (own or can_manage(request.membership, registration.occurrence.activity)):
        raise Http404
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    registration_cancel(actor=request.user, registration=registration)
    messages.success(request, _("%(name)s is afgemeld.") % {"name": registration.person.full_name})
    return redirect(
        "activities:occurrence_detail", request.collective.slug, registration.occurrence_id
    )


@role_required(RoleName.COORDINATOR, RoleName.VOLUNTEER)
def occurrence_cancel_view(request: CollectiveRequest, occurrence_id: int) -> HttpResponse:
    occurrence = managed_occurrence(request, occurrence_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    occurrence_cancel(actor=request.user, occurrence=occurrence)
    messages.success(
        request, _("Deze keer gaat niet door. Wie zich had aangemeld, krijgt bericht.")
    )
    return redirect("activities:occurrence_detail", request.collective.slug, occurrence.pk)


@role_required(RoleName.COORDINATOR, RoleName.VOLUNTEER)
def menu_view(request: CollectiveRequest, occurrence_id: int) -> HttpResponse:
    occurrence = managed_occurrence(request, occurrence_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = MenuForm(request.POST)
    if form.is_valid():
        occurrence_menu_set(
            actor=request.user, occurrence=occurrence, menu=form.cleaned_data["menu"]
        )
        messages.success(request, _("Het menu is opgeslagen."))
    return redirect("activities:occurrence_detail", request.collective.slug, occurrence.pk)


def _reader_role(request: CollectiveRequest) -> str:
    return "coordinator" if request.membership.has(RoleName.COORDINATOR) else "organiser"


@role_required(RoleName.COORDINATOR, RoleName.VOLUNTEER)
def cook_view(request: CollectiveRequest, occurrence_id: int) -> HttpResponse:
    """For the cook: how many portions, which diets, who is allergic to what."""
    occurrence = managed_occurrence(request, occurrence_id)
    registrations = guests(occurrence)
    rows = [(registration, profile_of(registration)) for registration in registrations]
    special = [
        (registration, profile)
        for registration, profile in rows
        if profile and not profile.is_plain
    ]
    diets_read(
        actor=request.user,
        actor_role=_reader_role(request),
        profiles=[profile for _registration, profile in special],
    )
    context = {
        "occurrence": occurrence,
        "activity": occurrence.activity,
        "portions": portions(registrations),
        "special": special,
    }
    return render(request, "activities/cook.html", context)


@role_required(RoleName.COORDINATOR, RoleName.VOLUNTEER)
def host_list_view(request: CollectiveRequest, occurrence_id: int) -> HttpResponse:
    """The host's list: tick who came, on a phone or on paper; add who came unannounced."""
    occurrence = managed_occurrence(request, occurrence_id)
    registrations = guests(occurrence)
    if request.method == "POST":
        walk_ins: list[Person] = []
        walk_in = WalkInForm(request.POST, prefix="walk_in")
        if walk_in.is_valid():
            walk_ins = [
                get_object_or_404(Person, pk=walk_in.cleaned_data["person"], erased_at=None)
            ]
            present = {registration.pk for registration in registrations if registration.attended}
        else:
            # Ticked boxes; one for a guest who signed off meanwhile is passed over.
            ticked = {int(value) for value in request.POST.getlist("present") if value.isdigit()}
            present = ticked & {registration.pk for registration in registrations}
        try:
            count = attendance_save(
                actor=request.user, occurrence=occurrence, present=present, walk_ins=walk_ins
            )
        except ValidationError as error:
            show_errors(request, error)
        else:
            said = ngettext(
                "Opgeslagen: %(count)s persoon was er.",
                "Opgeslagen: %(count)s mensen waren er.",
                count,
            )
            messages.success(request, said % {"count": count})
        return redirect("activities:host_list", request.collective.slug, occurrence.pk)
    rows = [(registration, profile_of(registration)) for registration in registrations]
    if occurrence.activity.is_meal:
        diets_read(
            actor=request.user,
            actor_role=_reader_role(request),
            profiles=[
                profile for _registration, profile in rows if profile and not profile.is_plain
            ],
        )
    search, found = _find_people(request)
    context = {
        "occurrence": occurrence,
        "activity": occurrence.activity,
        "rows": rows,
        "waiting": waiting_list(occurrence),
        "search": search,
        "found": found,
    }
    return render(request, "activities/host_list.html", context)
