"""What the circle pages read."""

import datetime
from typing import TYPE_CHECKING, TypedDict

from django.db.models import Count, Prefetch, Q, QuerySet
from django.utils import timezone

from wijkkracht.care.models import (
    CARER_ROLES,
    Circle,
    Member,
    Respite,
    StrainCall,
    Task,
    unclaimed,
)
from wijkkracht.core.models import Person
from wijkkracht.help.models import Assignment, AssignmentState

if TYPE_CHECKING:
    from django_stubs_ext import WithAnnotations


class OpenTasks(TypedDict):
    open_tasks: int


def with_open_tasks(circles: QuerySet[Circle]) -> "QuerySet[WithAnnotations[Circle, OpenTasks]]":
    """Each circle with ``open_tasks``: the coming tasks nobody in it or at the 1-loket has."""
    coming = Q(tasks__date__gte=timezone.localdate()) & unclaimed("tasks__")
    return circles.annotate(open_tasks=Count("tasks", filter=coming, distinct=True))


def circles_for(person: Person | None, *, coordinator: bool) -> QuerySet[Circle]:
    circles = Circle.objects.select_related("person")
    if not coordinator:
        circles = circles.filter(members__person=person)
    return with_open_tasks(circles).annotate(people=Count("members", distinct=True))


def tasks_shown(circle: Circle, since: datetime.date) -> QuerySet[Task]:
    """The tasks from ``since`` on, with what their state needs in the same few queries."""
    accepted = Assignment.objects.filter(state=AssignmentState.ACCEPTED).select_related(
        "volunteer__person"
    )
    return (
        circle.tasks.filter(date__gte=since)
        .select_related("claimed_by__person", "help_request")
        .prefetch_related(Prefetch("help_request__assignments", queryset=accepted))
    )


def members_of(circle: Circle) -> QuerySet[Member]:
    return circle.members.select_related("person")


def respites_of(circle: Circle, since: datetime.date) -> QuerySet[Respite]:
    return circle.respites.filter(last_day__gte=since).select_related("carer__person")


def strain_calls_open() -> QuerySet[StrainCall]:
    return StrainCall.objects.filter(done_at__isnull=True).select_related("carer")


def carers_measured() -> list[Person]:
    """The carers of the collective who agreed to answer by name, each once."""
    members = Member.objects.filter(role__in=CARER_ROLES, strain_consent=True)
    return list(Person.objects.filter(pk__in=members.values("person_id")).order_by("pk"))
