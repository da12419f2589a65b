"""The circle's tasks: made, claimed, done; and, unclaimed 48 hours before they start, handed
to the 1-loket as exactly one help request each."""

import datetime
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wijkkracht.care.models import Circle, Member, Task, TaskKind, unclaimed
from wijkkracht.care.tasks import task_announce
from wijkkracht.core.models import Collective, User
from wijkkracht.core.services.audit import audit_record
from wijkkracht.help.models import (
    OPEN_STATUSES,
    AssignmentState,
    Category,
    Channel,
    HelpRequest,
    Status,
)
from wijkkracht.help.services.requests import help_request_cancel, help_request_create

# A task nobody claimed this long before it starts goes to the 1-loket.
ESCALATE_BEFORE = datetime.timedelta(hours=48)

CATEGORY_OF = {
    TaskKind.GROCERIES: Category.GROCERIES,
    TaskKind.RIDE: Category.TRANSPORT,
    TaskKind.COMPANY: Category.COMPANY,
    TaskKind.MEAL: Category.MEAL,
    TaskKind.RESPITE: Category.RESPITE,
    TaskKind.MEDICATION: Category.OTHER,
    TaskKind.OTHER: Category.OTHER,
}


@transaction.atomic
def task_create(
    *,
    actor: User | None,
    circle: Circle,
    kind: str,
    title: str,
    date: datetime.date,
    start_time: datetime.time,
    end_time: datetime.time,
) -> Task:
    if date < timezone.localdate():
        raise ValidationError(_("Deze datum is al voorbij. Kies vandaag of later."))
    task = Task(
        collective_id=circle.collective_id,
        circle=circle,
        kind=kind,
        title=title.strip() or str(TaskKind(kind).label),
        date=date,
        start_time=start_time,
        end_time=end_time,
        created_by=actor,
    )
    task.full_clean(
        exclude=["collective", "circle", "respite", "claimed_by", "help_request", "created_by"]
    )
    task.save()
    transaction.on_commit(
        lambda: task_announce.enqueue(collective_id=circle.collective_id, task_id=task.pk)
    )
    audit_record(
        actor=actor,
        action="care.task_create",
        target=task,
        collective=circle.collective,
        on_behalf_of=circle.person,
    )
    return task


def _locked(task: Task) -> Task:
    return (
        Task.objects.select_for_update(of=("self",))
        .select_related(
            "help_request", "circle__collective", "circle__person", "claimed_by__person"
        )
        .get(pk=task.pk)
    )


@transaction.atomic
def task_claim(*, actor: User | None, task: Task, member: Member) -> Task:
    """A member takes the task on. When it already went to the 1-loket and no volunteer said
    yes yet, the help request is cancelled: the circle has it again."""
    if member.view_only:
        raise ValidationError(_("Een zorgverlener in de cirkel kijkt mee en neemt geen taken."))
    task = _locked(task)
    if task.claimed_by is not None:
        raise ValidationError(
            _("%(name)s doet deze taak al.") % {"name": task.claimed_by.person.full_name}
        )
    if task.done_at or task.cancelled_at:
        raise ValidationError(_("Deze taak is al klaar of gaat niet door."))
    help_request = task.help_request
    if help_request is not None:
        if help_request.status == Status.DONE:
            raise ValidationError(_("Deze taak is al klaar of gaat niet door."))
        if help_request.assignments.filter(state=AssignmentState.ACCEPTED).exists():
            raise ValidationError(_("Een vrijwilliger van het 1-loket komt al voor deze taak."))
        if help_request.status in OPEN_STATUSES:
            help_request_cancel(actor=actor, request=help_request)
    # The circle has it again: a request the 1-loket no longer handles is no longer linked, so
    # when the member lets go of the task it can go to the 1-loket again.
    task.help_request = None
    task.claimed_by = member
    task.claimed_at = timezone.now()
    task.save(update_fields=["help_request", "claimed_by", "claimed_at"])
    audit_record(
        actor=actor,
        action="care.task_claim",
        target=task,
        collective=member.circle.collective,
        on_behalf_of=member.person,
    )
    return task


@transaction.atomic
def task_release(*, actor: User | None, task: Task) -> Task:
    """The member cannot after all: the task is open again (and escalates in time)."""
    task = _locked(task)
    if task.done_at:
        raise ValidationError(_("Deze taak is al klaar."))
    task.claimed_by = None
    task.claimed_at = None
    task.save(update_fields=["claimed_by", "claimed_at"])
    audit_record(
        actor=actor, action="care.task_release", target=task, collective=task.circle.collective
    )
    return task


@transaction.atomic
def task_done(*, actor: User | None, task: Task) -> Task:
    task = _locked(task)
    if task.claimed_by_id is None:
        raise ValidationError(_("Alleen wie de taak op zich nam, meldt hem klaar."))
    task.done_at = task.done_at or timezone.now()
    task.save(update_fields=["done_at"])
    audit_record(
        actor=actor, action="care.task_done", target=task, collective=task.circle.collective
    )
    return task


@transaction.atomic
def task_cancel(*, actor: User | None, task: Task) -> Task:
    task = _locked(task)
    help_request = task.help_request
    if help_request is not None and help_request.status in OPEN_STATUSES:
        help_request_cancel(actor=actor, request=help_request)
    task.cancelled_at = task.cancelled_at or timezone.now()
    task.save(update_fields=["cancelled_at"])
    audit_record(
        actor=actor, action="care.task_cancel", target=task, collective=task.circle.collective
    )
    return task


def _description(task: Task) -> str:
    return _("Uit de zorgcirkel rond %(name)s: %(title)s. Niemand uit de cirkel kan.") % {
        "name": task.circle.person.full_name,
        "title": task.title,
    }


def task_escalate(*, actor: User | None, collective: Collective, task: Task) -> bool:
    """Hand one task to the 1-loket. The help request is kept only when this call is the one
    that links it to the task: a second worker, or a second run, finds the link already made
    and its request rolls back. Tells whether this call handed it over."""
    try:
        with transaction.atomic():
            request = help_request_create(
                actor=actor,
                collective=collective,
                resident=task.circle.person,
                channel=Channel.CIRCLE,
                category=CATEGORY_OF[TaskKind(task.kind)],
                description=_description(task),
                date=task.date,
                start_time=task.start_time,
                end_time=task.end_time,
            )
            linked = Task.objects.filter(unclaimed(), pk=task.pk).update(help_request=request)
            if not linked:
                raise _AlreadyHandedError
    except _AlreadyHandedError:
        return False
    return True


class _AlreadyHandedError(Exception):
    """Rolls back a help request whose task another run linked first."""


@dataclass(frozen=True)
class Escalated:
    handed: int
    skipped: int


def tasks_escalate(*, collective: Collective, now: datetime.datetime) -> Escalated:
    """Every task of the collective starting within 48 hours that nobody claimed: to the
    1-loket. One query finds them; each then costs the same few queries."""
    horizon = timezone.localtime(now + ESCALATE_BEFORE)
    local = timezone.localtime(now)
    due = Task.objects.filter(
        unclaimed(), date__gte=local.date(), date__lte=horizon.date()
    ).select_related("circle__person")
    handed = skipped = 0
    for task in due:
        if not local < task.starts_at <= horizon:
            continue
        if task_escalate(actor=None, collective=collective, task=task):
            handed += 1
        else:
            skipped += 1
    return Escalated(handed=handed, skipped=skipped)


def task_state(task: Task) -> tuple[str, str]:
    """How the task stands, for the circle, as (key, words): who comes, or that nobody has it."""
    if task.cancelled_at:
        return "cancelled", _("gaat niet door")
    if task.done_at:
        # The one who did it may have left the circle since.
        if task.claimed_by is None:
            return "done", _("gedaan")
        return "done", _("gedaan door %(name)s") % {"name": task.claimed_by.person.full_name}
    if task.claimed_by is not None:
        return "claimed", _("%(name)s komt") % {"name": task.claimed_by.person.full_name}
    if task.help_request is None:
        return "open", _("nog niemand: wie kan?")
    return _loket_state(task.help_request)


def _loket_state(request: HelpRequest) -> tuple[str, str]:
    """The state of the 1-loket's request: the task is done when the volunteer closed it."""
    if request.status == Status.DONE:
        return "done", _("gedaan door een vrijwilliger van het 1-loket")
    if request.status not in OPEN_STATUSES:
        return "cancelled", _("gaat niet door")
    accepted = [a for a in request.assignments.all() if a.state == AssignmentState.ACCEPTED]
    if accepted:
        return "loket", _("%(name)s komt (vrijwilliger van het 1-loket)") % {
            "name": accepted[0].volunteer.person.full_name
        }
    return "asked", _("gevraagd aan het 1-loket")
