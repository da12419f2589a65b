"""The coordinator's pages for one help request: take it, match it, refer it, close it."""

from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wijkkracht.core.access import CollectiveRequest, role_required
from wijkkracht.core.feedback import show_errors
from wijkkracht.core.forms import PersonForm
from wijkkracht.core.models import Person, RoleName
from wijkkracht.core.selectors import person_get
from wijkkracht.core.services.people import PERSON_FIELDS, person_create
from wijkkracht.help.forms import (
    AnswerForm,
    CloseForm,
    FollowUpForm,
    ProposeForm,
    RequestForm,
    ResidentSearchForm,
)
from wijkkracht.help.matching import describe_when, rank
from wijkkracht.help.models import (
    ACTIVE_STATES,
    AnswerVia,
    Assignment,
    HelpRequest,
    Status,
    Volunteer,
)
from wijkkracht.help.selectors import (
    active_assignment,
    next_day,
    request_facts,
    request_list,
    volunteer_facts,
    when_of,
)
from wijkkracht.help.services.assignments import (
    assignment_answer,
    assignment_propose,
    assignment_withdraw,
)
from wijkkracht.help.services.requests import (
    REQUEST_FIELDS,
    follow_up_record,
    help_request_cancel,
    help_request_close,
    help_request_create,
    help_request_update,
)

PAGE_SIZE = 50
# Lazy: these are read per request, in the language of that request.
EXCLUSION_LABELS = {
    "category": gettext_lazy("doen deze soort hulp niet"),
    "unavailable": gettext_lazy("kunnen dan niet"),
    "busy": gettext_lazy("hebben dan al een taak"),
    "full": gettext_lazy("hebben hun taken voor die week al"),
    "vog": gettext_lazy("hebben geen geldige VOG"),
    "too_far": gettext_lazy("wonen te ver weg"),
    "no_car": gettext_lazy("hebben geen auto"),
}


def request_get(request_id: int) -> HelpRequest:
    return get_object_or_404(
        HelpRequest.objects.select_related("resident", "area", "collective"), pk=request_id
    )


@role_required(RoleName.COORDINATOR)
def request_list_view(request: CollectiveRequest) -> HttpResponse:
    status = request.GET.get("stand", "open")
    if status not in {"open", "", *Status.values}:
        status = "open"
    search = request.GET.get("q", "").strip()
    page = Paginator(request_list(status=status, search=search), PAGE_SIZE).get_page(
        request.GET.get("pagina")
    )
    context = {
        "page": page,
        "status": status,
        "statuses": Status.choices,
        "search": search,
        "query": urlencode({"stand": status, "q": search}),
    }
    return render(request, "help/request_list.html", context)


@role_required(RoleName.COORDINATOR)
def request_start_view(request: CollectiveRequest) -> HttpResponse:
    """Step 1 of taking a call: find the resident, or register them on the spot."""
    search = ResidentSearchForm(request.GET or None)
    found: list[Person] = []
    if search.is_valid() and search.cleaned_data["q"]:
        term = search.cleaned_data["q"].strip()
        match = (
            Q(family_name__icontains=term)
            | Q(given_name__icontains=term)
            | Q(phone__icontains=term)
            | Q(postcode__icontains=term.upper())
        )
        found = list(Person.objects.filter(match, erased_at=None)[:25])
    form = PersonForm(request.POST or None, with_roles=False)
    if request.method == "POST" and form.is_valid():
        fields = {name: form.cleaned_data[name] for name in PERSON_FIELDS}
        try:
            person = person_create(
                actor=request.user, collective=request.collective, roles=["resident"], **fields
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            return redirect("help:request_create", request.collective.slug, person.pk)
    context = {"search": search, "found": found, "form": form}
    return render(request, "help/request_start.html", context)


@role_required(RoleName.COORDINATOR)
def request_create_view(request: CollectiveRequest, person_id: int) -> HttpResponse:
    """Step 2: the question itself, entered on the resident's behalf."""
    resident = person_get(person_id=person_id)
    form = RequestForm(request.POST or None, collective=request.collective, with_channel=True)
    if request.method == "POST" and form.is_valid():
        fields = {name: form.cleaned_data[name] for name in REQUEST_FIELDS if name in form.fields}
        try:
            help_request = help_request_create(
                actor=request.user,
                collective=request.collective,
                resident=resident,
                channel=form.cleaned_data["channel"],
                **fields,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("De vraag is opgeslagen. Kies nu een vrijwilliger."))
            return redirect("help:request_detail", request.collective.slug, help_request.pk)
    return render(request, "help/request_form.html", {"form": form, "resident": resident})


@role_required(RoleName.COORDINATOR)
def request_detail_view(request: CollectiveRequest, request_id: int) -> HttpResponse:
    help_request = request_get(request_id)
    assignment = active_assignment(help_request)
    ranking = None
    if help_request.is_open and assignment is None:
        facts = request_facts(help_request)
        ranking = rank(volunteer_facts([facts.resident_id]), facts, next_day(help_request))
    context = {
        "help_request": help_request,
        "when": describe_when(when_of(help_request)),
        "assignment": assignment,
        "history": help_request.assignments.exclude(state__in=ACTIVE_STATES).select_related(
            "volunteer__person"
        ),
        "ranking": ranking,
        "excluded": [
            (EXCLUSION_LABELS[key], count)
            for key, count in (ranking.excluded.items() if ranking else [])
        ],
        "referrals": help_request.referrals.select_related("organisation"),
        "has_note": hasattr(help_request, "health_note"),
        "follow_up_form": FollowUpForm(),
    }
    return render(request, "help/request_detail.html", context)


@role_required(RoleName.COORDINATOR)
def request_edit_view(request: CollectiveRequest, request_id: int) -> HttpResponse:
    help_request = request_get(request_id)
    form = RequestForm(
        request.POST or None,
        instance=help_request,
        collective=request.collective,
        with_channel=False,
    )
    if request.method == "POST" and form.is_valid():
        fields = {name: form.cleaned_data[name] for name in REQUEST_FIELDS if name in form.fields}
        try:
            help_request_update(actor=request.user, request=help_request, **fields)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("De vraag is bijgewerkt."))
            return redirect("help:request_detail", request.collective.slug, help_request.pk)
    context = {"form": form, "resident": help_request.resident, "help_request": help_request}
    return render(request, "help/request_form.html", context)


@role_required(RoleName.COORDINATOR)
def request_propose_view(request: CollectiveRequest, request_id: int) -> HttpResponse:
    help_request = request_get(request_id)
    if request.method != "POST":  # after the lookup, so another collective's id is a 404
        return HttpResponseNotAllowed(["POST"])
    form = ProposeForm(request.POST)
    if form.is_valid():
        volunteer = get_object_or_404(Volunteer, pk=form.cleaned_data["volunteer"])
        try:
            assignment_propose(
                actor=request.user,
                request=help_request,
                volunteer=volunteer,
                score=form.cleaned_data["score"],
            )
        except ValidationError as error:
            show_errors(request, error)
        else:
            messages.success(
                request,
                _("%(name)s is gevraagd. Het antwoord komt hier te staan.")
                % {"name": volunteer.person.full_name},
            )
    return redirect("help:request_detail", request.collective.slug, help_request.pk)


@role_required(RoleName.COORDINATOR)
def assignment_answer_view(request: CollectiveRequest, assignment_id: int) -> HttpResponse:
    """The volunteer answered by phone; the coordinator writes it down."""
    assignment = get_object_or_404(Assignment, pk=assignment_id)
    if request.method != "POST":  # after the lookup, so another collective's id is a 404
        return HttpResponseNotAllowed(["POST"])
    form = AnswerForm(request.POST)
    if form.is_valid():
        try:
            assignment_answer(
                actor=request.user,
                assignment=assignment,
                accept=form.cleaned_data["answer"] == "yes",
                via=AnswerVia.PHONE,
            )
        except ValidationError as error:
            show_errors(request, error)
        else:
            messages.success(request, _("Het antwoord is opgeslagen."))
    return redirect("help:request_detail", request.collective.slug, assignment.request_id)


@role_required(RoleName.COORDINATOR)
def assignment_withdraw_view(request: CollectiveRequest, assignment_id: int) -> HttpResponse:
    assignment = get_object_or_404(Assignment, pk=assignment_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    assignment_withdraw(actor=request.user, assignment=assignment)
    messages.success(request, _("De vraag is teruggenomen. U kunt iemand anders vragen."))
    return redirect("help:request_detail", request.collective.slug, assignment.request_id)


@role_required(RoleName.COORDINATOR)
def request_cancel_view(request: CollectiveRequest, request_id: int) -> HttpResponse:
    help_request = request_get(request_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    try:
        help_request_cancel(actor=request.user, request=help_request)
    except ValidationError as error:
        show_errors(request, error)
    else:
        messages.success(request, _("De vraag is geannuleerd."))
    return redirect("help:request_detail", request.collective.slug, help_request.pk)


@role_required(RoleName.COORDINATOR)
def request_close_view(request: CollectiveRequest, request_id: int) -> HttpResponse:
    help_request = request_get(request_id)
    logged = sum(entry.hours for entry in help_request.hours.all())
    form = CloseForm(request.POST or None, initial={"hours": logged or None})
    if request.method == "POST" and form.is_valid():
        satisfied = {"yes": True, "no": False}.get(form.cleaned_data["satisfied"])
        try:
            help_request_close(
                actor=request.user,
                request=help_request,
                outcome=form.cleaned_data["outcome"],
                hours=form.cleaned_data["hours"],
                satisfied=satisfied,
                follow_up_on=form.cleaned_data["follow_up_on"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("De vraag is afgesloten. Dank je wel!"))
            return redirect("help:request_detail", request.collective.slug, help_request.pk)
    context = {"form": form, "help_request": help_request, "logged": logged}
    return render(request, "help/request_close.html", context)


@role_required(RoleName.COORDINATOR)
def request_follow_up_view(request: CollectiveRequest, request_id: int) -> HttpResponse:
    help_request = request_get(request_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = FollowUpForm(request.POST)
    if form.is_valid():
        follow_up_record(actor=request.user, request=help_request, note=form.cleaned_data["note"])
        messages.success(request, _("Het nabellen is genoteerd."))
    else:
        messages.error(request, _("Schrijf kort op wat eruit kwam."))
    return redirect("help:request_detail", request.collective.slug, help_request.pk)
