"""A volunteer's and a resident's own pages: my tasks, my hours, my questions."""

import datetime

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from wijkkracht.core.access import CollectiveRequest, role_required
from wijkkracht.core.feedback import show_errors
from wijkkracht.core.models import RoleName
from wijkkracht.help.forms import (
    DAY_PART_LABELS,
    AnswerForm,
    HoursForm,
    PauseForm,
    ResidentRequestForm,
)
from wijkkracht.help.matching import describe_when
from wijkkracht.help.models import (
    AnswerVia,
    Assignment,
    AssignmentState,
    Channel,
    HealthNote,
    HelpRequest,
    HoursEntry,
    Volunteer,
)
from wijkkracht.help.selectors import hours_per_month, volunteer_tasks, when_of
from wijkkracht.help.services.assignments import assignment_answer
from wijkkracht.help.services.health import health_note_read
from wijkkracht.help.services.hours import hours_log
from wijkkracht.help.services.requests import help_request_create
from wijkkracht.help.services.volunteers import DAY_PARTS
from wijkkracht.help.views.volunteers import pause_toggle


def _me(request: CollectiveRequest) -> Volunteer:
    """The logged-in volunteer's profile; without one, the page does not exist for them."""
    return get_object_or_404(
        Volunteer.objects.select_related("person"), person=request.membership.person
    )


def _my_task(request: CollectiveRequest, assignment_id: int) -> Assignment:
    return get_object_or_404(
        Assignment.objects.select_related("request__resident", "request__area"),
        pk=assignment_id,
        volunteer=_me(request),
    )


@role_required(RoleName.VOLUNTEER)
def my_tasks_view(request: CollectiveRequest) -> HttpResponse:
    volunteer = Volunteer.objects.filter(person=request.membership.person).first()
    if volunteer is None:
        return render(request, "help/my_tasks.html", {"volunteer": None})
    today = timezone.localdate()
    tasks = list(volunteer_tasks(volunteer)[:50])
    context = {
        "volunteer": volunteer,
        "asked": [task for task in tasks if task.state == AssignmentState.PROPOSED],
        "agreed": [
            task
            for task in tasks
            if task.state == AssignmentState.ACCEPTED and task.request.is_open
        ],
        "earlier": [
            task
            for task in tasks
            if task.state != AssignmentState.PROPOSED
            and not (task.state == AssignmentState.ACCEPTED and task.request.is_open)
        ][:10],
        "pause_form": PauseForm(),
        "year": today.year,
        "paused_now": volunteer.is_paused_on(today),
    }
    return render(request, "help/my_tasks.html", context)


@role_required(RoleName.VOLUNTEER)
def my_task_view(request: CollectiveRequest, assignment_id: int) -> HttpResponse:
    """One task; name, address and phone only once the volunteer said yes."""
    task = _my_task(request, assignment_id)
    note = None
    if task.state == AssignmentState.ACCEPTED:
        note = HealthNote.objects.filter(request=task.request, share_with_volunteer=True).first()
    context = {
        "task": task,
        "when": describe_when(when_of(task.request)),
        "has_note": note is not None,
        "hours_form": HoursForm(),
        "logged": HoursEntry.objects.filter(request=task.request, volunteer=task.volunteer),
    }
    return render(request, "help/my_task.html", context)


@role_required(RoleName.VOLUNTEER)
def my_task_answer_view(request: CollectiveRequest, assignment_id: int) -> HttpResponse:
    task = _my_task(request, assignment_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    answer(request, task, AnswerVia.PAGE)
    return redirect("help:my_task", request.collective.slug, task.pk)


def answer(request: CollectiveRequest, task: Assignment, via: str) -> None:
    """Record a yes or no from the volunteer's own page or the e-mail link."""
    form = AnswerForm(request.POST)
    if not form.is_valid():
        return
    accept = form.cleaned_data["answer"] == "yes"
    actor = request.user if request.user.is_authenticated else None
    try:
        assignment_answer(actor=actor, assignment=task, accept=accept, via=via)
    except ValidationError as error:
        show_errors(request, error)
    else:
        messages.success(
            request,
            _("Dank je wel! Je hebt ja gezegd.")
            if accept
            else _("Je hebt nee gezegd. De coördinator vraagt iemand anders."),
        )


@role_required(RoleName.VOLUNTEER)
def my_task_note_view(request: CollectiveRequest, assignment_id: int) -> HttpResponse:
    """The health note, for the volunteer who said yes and only when it may be shared."""
    task = _my_task(request, assignment_id)
    if task.state != AssignmentState.ACCEPTED:
        raise Http404
    note = get_object_or_404(HealthNote, request=task.request, share_with_volunteer=True)
    health_note_read(actor=request.user, actor_role=str(RoleName.VOLUNTEER.label), note=note)
    return render(request, "help/health_note.html", {"help_request": task.request, "note": note})


@role_required(RoleName.VOLUNTEER)
def my_task_hours_view(request: CollectiveRequest, assignment_id: int) -> HttpResponse:
    task = _my_task(request, assignment_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = HoursForm(request.POST)
    if task.state != AssignmentState.ACCEPTED:
        messages.error(request, _("Uren schrijf je bij een taak waar je ja op zei."))
    elif not form.is_valid():
        messages.error(request, _("Vul de datum en het aantal uren in, bijvoorbeeld 1,5."))
    else:
        try:
            hours_log(
                actor=request.user,
                volunteer=task.volunteer,
                request=task.request,
                **form.cleaned_data,
            )
        except ValidationError as error:
            show_errors(request, error)
        else:
            messages.success(request, _("Je uren zijn opgeslagen. Dank je wel!"))
    return redirect("help:my_task", request.collective.slug, task.pk)


@role_required(RoleName.VOLUNTEER)
def my_pause_view(request: CollectiveRequest) -> HttpResponse:
    volunteer = _me(request)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    pause_toggle(request, volunteer)
    return redirect("help:my_tasks", request.collective.slug)


@role_required(RoleName.VOLUNTEER)
def my_hours_view(request: CollectiveRequest, year: int) -> HttpResponse:
    """A year of hours, to print and to say thank you."""
    volunteer = _me(request)
    months = hours_per_month(volunteer, year)
    context = {
        "volunteer": volunteer,
        "year": year,
        "months": [(datetime.date(year, month, 1), total) for month, total in months],
        "total": sum(total for _month, total in months),
        "tasks": HelpRequest.objects.filter(hours__volunteer=volunteer, hours__day__year=year)
        .distinct()
        .count(),
    }
    return render(request, "help/my_hours.html", context)


@role_required()
def ask_view(request: CollectiveRequest) -> HttpResponse:
    """The resident's own short form; any logged-in person of the collective may ask."""
    person = request.membership.person
    form = ResidentRequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and person is not None:
        start, end = DAY_PARTS[form.cleaned_data["day_part"]]
        try:
            help_request_create(
                actor=request.user,
                collective=request.collective,
                resident=person,
                channel=Channel.ONLINE,
                category=form.cleaned_data["category"],
                description=form.cleaned_data["description"],
                date=form.cleaned_data["date"],
                start_time=start,
                end_time=end,
                urgency=form.cleaned_data["urgency"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request, _("Uw vraag is verstuurd. De coördinator neemt contact met u op.")
            )
            return redirect("help:my_requests", request.collective.slug)
    return render(request, "help/ask.html", {"form": form, "day_parts": DAY_PART_LABELS})


@role_required()
def my_requests_view(request: CollectiveRequest) -> HttpResponse:
    requests = HelpRequest.objects.filter(resident=request.membership.person).order_by("-date")
    return render(request, "help/my_requests.html", {"requests": requests[:50]})
