"""Asking a volunteer and recording the answer, safe when coordinators click at the same time.

Proposing locks the volunteer's row, then the request's row (always in that order, so two
transactions never wait on each other in a circle), and only those rows (``of=("self",)``: a
lock on the joined collective row would make every proposal in the collective wait in line);
on SQLite the IMMEDIATE transaction takes the database's write lock instead. Under the lock
it checks the request is still free and the volunteer has no task at an overlapping time.
The partial unique constraint on an active assignment per request is the last line: the
database itself refuses a second volunteer.
"""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wijkkracht.core.models import User
from wijkkracht.core.services.audit import audit_record
from wijkkracht.help.matching import week_start
from wijkkracht.help.models import (
    ACTIVE_STATES,
    OPEN_STATUSES,
    Assignment,
    AssignmentState,
    HelpRequest,
    Status,
    Volunteer,
)
from wijkkracht.help.selectors import next_day, when_of
from wijkkracht.help.services.requests import open_request_lock
from wijkkracht.help.tasks import answer_notify, volunteer_ask


@transaction.atomic
def assignment_propose(
    *, actor: User | None, request: HelpRequest, volunteer: Volunteer, score: int = 0
) -> Assignment:
    """Ask ``volunteer`` to take ``request``; they get an e-mail with a yes and a no link."""
    volunteer = (
        Volunteer.objects.select_for_update(of=("self",))
        .select_related("person")
        .get(pk=volunteer.pk)
    )
    request = open_request_lock(request)
    if request.assignments.filter(state__in=ACTIVE_STATES).exists():
        raise ValidationError(_("Er is al een vrijwilliger gevraagd voor deze vraag."))
    when = when_of(request)
    others = Assignment.objects.filter(volunteer=volunteer, state__in=ACTIVE_STATES).exclude(
        request__status__in=[Status.DONE, Status.CANCELLED]
    )
    for other in others.select_related("request"):
        if when_of(other.request).overlaps(when):
            raise ValidationError(
                _("%(name)s heeft op dat moment al een andere taak.")
                % {"name": volunteer.person.full_name}
            )
    monday = week_start(next_day(request))
    load = sum(1 for other in others if when_of(other.request).day_in_week(monday))
    if load >= volunteer.max_tasks_per_week:
        raise ValidationError(
            _("%(name)s heeft die week al %(count)s taken; meer wil hij of zij niet.")
            % {"name": volunteer.person.full_name, "count": load}
        )
    try:
        with transaction.atomic():
            assignment = Assignment.objects.create(
                collective=request.collective,
                request=request,
                volunteer=volunteer,
                score=score,
                proposed_by=actor,
            )
    except IntegrityError as error:
        raise ValidationError(_("Er is al een vrijwilliger gevraagd voor deze vraag.")) from error
    request.status = Status.MATCHED
    request.save(update_fields=["status"])
    audit_record(
        actor=actor,
        action="assignment.propose",
        target=assignment,
        collective=request.collective,
        on_behalf_of=request.resident,
        data={"volunteer": volunteer.pk, "request": request.pk},
    )
    collective_id, assignment_id = request.collective_id, assignment.pk
    transaction.on_commit(
        lambda: volunteer_ask.enqueue(collective_id=collective_id, assignment_id=assignment_id)
    )
    return assignment


@transaction.atomic
def assignment_answer(
    *, actor: User | None, assignment: Assignment, accept: bool, via: str
) -> Assignment:
    """Record the volunteer's yes or no (or a later "I can't after all")."""
    assignment = (
        Assignment.objects.select_for_update(of=("self",))
        .select_related("request__collective", "request__resident")
        .get(pk=assignment.pk)
    )
    request = assignment.request
    wanted = AssignmentState.ACCEPTED if accept else AssignmentState.DECLINED
    if assignment.state == wanted:
        return assignment
    if assignment.state not in ACTIVE_STATES or request.status not in OPEN_STATUSES:
        raise ValidationError(_("Deze vraag is niet meer open. De coördinator weet ervan."))
    if accept and assignment.state != AssignmentState.PROPOSED:
        raise ValidationError(_("Je had al nee gezegd. Bel de coördinator als je toch kunt."))
    assignment.state = wanted
    assignment.answered_at = timezone.now()
    assignment.answered_via = via
    assignment.save(update_fields=["state", "answered_at", "answered_via"])
    request.status = Status.CONFIRMED if accept else Status.TRIAGE
    request.save(update_fields=["status"])
    audit_record(
        actor=actor,
        action="assignment.accept" if accept else "assignment.decline",
        target=assignment,
        collective=request.collective,
        on_behalf_of=request.resident,
        data={"via": via},
    )
    collective_id, assignment_id = request.collective_id, assignment.pk
    transaction.on_commit(
        lambda: answer_notify.enqueue(collective_id=collective_id, assignment_id=assignment_id)
    )
    return assignment


@transaction.atomic
def assignment_withdraw(*, actor: User | None, assignment: Assignment) -> Assignment:
    """The coordinator takes the question back from the volunteer, to ask someone else."""
    assignment = (
        Assignment.objects.select_for_update(of=("self",))
        .select_related("request")
        .get(pk=assignment.pk)
    )
    if assignment.state not in ACTIVE_STATES:
        return assignment
    assignment.state = AssignmentState.WITHDRAWN
    assignment.answered_at = timezone.now()
    assignment.save(update_fields=["state", "answered_at"])
    request = assignment.request
    if request.status in (Status.MATCHED, Status.CONFIRMED):
        request.status = Status.TRIAGE
        request.save(update_fields=["status"])
    audit_record(
        actor=actor,
        action="assignment.withdraw",
        target=assignment,
        collective=request.collective,
        on_behalf_of=request.resident,
    )
    return assignment
