"""Reading the 1-loket: facts for matching, lists and figures. Callers are inside a scope."""

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from operator import attrgetter
from typing import TYPE_CHECKING

from django.db import models
from django.db.models import Count, Prefetch, Q, QuerySet, Sum, Window
from django.db.models.functions import RowNumber
from django.utils import timezone

from wijkkracht.core.models import Area
from wijkkracht.help.matching import (
    RequestFacts,
    VolunteerFacts,
    When,
    week_start,
)
from wijkkracht.help.models import (
    ACTIVE_STATES,
    OPEN_STATUSES,
    UNMATCHED_STATUSES,
    Absence,
    Assignment,
    AssignmentState,
    Availability,
    Category,
    HelpRequest,
    HoursEntry,
    Referral,
    Status,
    Urgency,
    Volunteer,
)

if TYPE_CHECKING:
    from django.utils.functional import _StrOrPromise


def when_of(request: HelpRequest) -> When:
    return When(
        date=request.date,
        start=request.start_time,
        end=request.end_time,
        weekly=request.repeats_weekly,
        until=request.repeat_until,
    )


def request_facts(request: HelpRequest) -> RequestFacts:
    area: Area | None = request.area
    return RequestFacts(
        id=request.pk,
        resident_id=request.resident_id,
        resident_name=request.resident.full_name,
        category=request.category,
        area_id=request.area_id,
        area_parent_id=area.parent_id if area else None,
        when=when_of(request),
        needs_vog=request.needs_vog,
    )


def next_day(request: HelpRequest, today: datetime.date | None = None) -> datetime.date:
    """The next day the help is needed: the date, or for weekly help the next occurrence."""
    today = today or timezone.localdate()
    if not request.repeats_weekly or request.date >= today:
        return request.date
    for day in request.occurrences(today, today + datetime.timedelta(days=6)):
        return day
    return request.date


def volunteer_facts(
    residents: Iterable[int], today: datetime.date | None = None
) -> list[VolunteerFacts]:
    """Every volunteer of the collective with what matching needs, in a fixed number of queries.

    Plain rows, not model objects: ranking 5,000 volunteers is mostly reading them. Who helped
    before is looked up for ``residents`` only (the people the questions are for), so the
    years of history behind a large 1-loket are never all read.
    """
    today = today or timezone.localdate()
    volunteers = Volunteer.objects.all()
    availability: dict[int, list[tuple[int, datetime.time, datetime.time]]] = {}
    for volunteer_id, *slot in Availability.objects.values_list(
        "volunteer_id", "weekday", "start_time", "end_time"
    ):
        availability.setdefault(volunteer_id, []).append(tuple(slot))
    absences: dict[int, list[tuple[datetime.date, datetime.date]]] = {}
    for volunteer_id, first, last in Absence.objects.filter(last_day__gte=today).values_list(
        "volunteer_id", "first_day", "last_day"
    ):
        absences.setdefault(volunteer_id, []).append((first, last))
    areas: dict[int, list[tuple[int, int | None]]] = {}
    served = Volunteer.areas.through.objects.filter(volunteer__in=volunteers.values("pk"))
    for volunteer_id, area_id, parent_id in served.values_list(
        "volunteer_id", "area_id", "area__parent_id"
    ):
        areas.setdefault(volunteer_id, []).append((area_id, parent_id))
    busy: dict[int, list[tuple[int, When]]] = {}
    active = Assignment.objects.filter(
        state__in=ACTIVE_STATES,
        request__in=HelpRequest.objects.filter(status__in=OPEN_STATUSES).values("pk"),
    ).select_related("request")
    for assignment in active:
        request = assignment.request
        last = request.last_day
        if last is not None and last < today:
            continue
        busy.setdefault(assignment.volunteer_id, []).append((request.pk, when_of(request)))
    helped: dict[int, dict[int, bool | None]] = {}
    past = Assignment.objects.filter(
        state=AssignmentState.ACCEPTED,
        request__status=Status.DONE,
        request__resident_id__in=list(residents),
    ).values_list("volunteer_id", "request__resident_id", "request__resident_satisfied")
    for volunteer_id, resident_id, satisfied in past.order_by("request__closed_at"):
        helped.setdefault(volunteer_id, {})[resident_id] = satisfied
    rows = volunteers.values_list(
        "pk",
        "person__given_name",
        "person__family_name_prefix",
        "person__family_name",
        "categories",
        "reach",
        "transport",
        "max_tasks_per_week",
        "vog_valid_until",
        "paused",
        "paused_until",
    )
    return [
        VolunteerFacts(
            id=pk,
            name=" ".join(part for part in (given, prefix, family) if part),
            categories=frozenset(categories),
            area_ids=frozenset(area for area, _parent in areas.get(pk, [])),
            area_parent_ids=frozenset(parent for _area, parent in areas.get(pk, []) if parent),
            reach=reach,
            transport=transport,
            max_tasks=max_tasks,
            vog_until=vog_until,
            paused=paused,
            paused_until=paused_until,
            availability=availability.get(pk, []),
            absences=absences.get(pk, []),
            busy=busy.get(pk, []),
            helped=helped.get(pk, {}),
        )
        for (
            pk,
            given,
            prefix,
            family,
            categories,
            reach,
            transport,
            max_tasks,
            vog_until,
            paused,
            paused_until,
        ) in rows.order_by("person__family_name", "person__given_name", "pk")
    ]


def open_requests_for_week(monday: datetime.date) -> list[HelpRequest]:
    """Unmatched requests that happen in the week starting ``monday``."""
    sunday = monday + datetime.timedelta(days=6)
    candidates = HelpRequest.objects.filter(status__in=UNMATCHED_STATUSES, date__lte=sunday).filter(
        Q(date__gte=monday)
        | Q(repeats_weekly=True, repeat_until__isnull=True)
        | Q(repeats_weekly=True, repeat_until__gte=monday)
    )
    requests = candidates.select_related("resident", "area").order_by("date", "start_time", "pk")
    return [request for request in requests if any(request.occurrences(monday, sunday))]


def request_list(*, status: str = "", search: str = "") -> QuerySet[HelpRequest]:
    requests = HelpRequest.objects.select_related("resident", "area")
    if status == "open":
        requests = requests.filter(status__in=OPEN_STATUSES)
    elif status:
        requests = requests.filter(status=status)
    if search:
        requests = requests.filter(
            Q(resident__family_name__icontains=search)
            | Q(resident__given_name__icontains=search)
            | Q(description__icontains=search)
        )
    return requests.order_by("-date", "-pk")


def active_assignment(request: HelpRequest) -> Assignment | None:
    return (
        request.assignments.filter(state__in=ACTIVE_STATES)
        .select_related("volunteer__person")
        .first()
    )


def follow_ups_due(today: datetime.date) -> int:
    """Requests and referrals whose call-back day has come."""
    requests = HelpRequest.objects.filter(follow_up_on__lte=today).count()
    referrals = Referral.objects.filter(follow_up_on__lte=today, followed_up_at=None).count()
    return requests + referrals


@dataclass(frozen=True)
class VolunteerLoad:
    volunteer: Volunteer
    this_week: int


@dataclass(frozen=True)
class Dashboard:
    today: list[HelpRequest]
    overdue: list[HelpRequest]
    unmatched: list[HelpRequest]
    waiting_for_answer: list[Assignment]
    follow_ups: list[HelpRequest]
    referral_follow_ups: list[Referral]
    loads: list[VolunteerLoad]
    counts: dict[str, int]


DASHBOARD_ROWS = 25
URGENCY_RANK = models.Case(
    models.When(urgency=Urgency.HIGH, then=0),
    models.When(urgency=Urgency.NORMAL, then=1),
    default=2,
)


def dashboard(today: datetime.date | None = None) -> Dashboard:
    """The coordinator's day at a glance, in five queries whatever the amount of data."""
    today = today or timezone.localdate()
    monday = week_start(today)
    sunday = monday + datetime.timedelta(days=6)
    # Read from the open requests only (an index), never the years of closed ones.
    this_week = HelpRequest.objects.filter(status__in=OPEN_STATUSES).filter(
        Q(date__range=(monday, sunday)) | Q(repeats_weekly=True, date__lte=sunday)
    )
    loads = (
        Volunteer.objects.select_related("person")
        .annotate(
            this_week=Count(
                "assignments",
                filter=Q(
                    assignments__state__in=ACTIVE_STATES,
                    assignments__request__in=this_week.values("pk"),
                ),
            )
        )
        .filter(this_week__gt=0)
        .order_by("-this_week", "pk")[:DASHBOARD_ROWS]
    )
    counts = HelpRequest.objects.filter(status__in=OPEN_STATUSES).aggregate(
        open=Count("pk"),
        unmatched=Count("pk", filter=Q(status__in=UNMATCHED_STATUSES)),
        overdue=Count("pk", filter=Q(date__lt=today, repeats_weekly=False)),
    )
    is_open = Q(status__in=OPEN_STATUSES)
    sections = _first_rows_of_sections(
        HelpRequest.objects.filter(is_open | Q(follow_up_on__lte=today)).select_related(
            "resident", "area"
        ),
        today=(is_open & Q(date=today), ["start_time", "pk"]),
        overdue=(is_open & Q(date__lt=today, repeats_weekly=False), ["date", "start_time", "pk"]),
        unmatched=(Q(status__in=UNMATCHED_STATUSES), [URGENCY_RANK, "date", "start_time", "pk"]),
        follow_ups=(Q(follow_up_on__lte=today), ["follow_up_on", "pk"]),
    )
    return Dashboard(
        **sections,
        waiting_for_answer=list(
            Assignment.objects.filter(state=AssignmentState.PROPOSED)
            .select_related("volunteer__person", "request__resident")
            .order_by("proposed_at")[:DASHBOARD_ROWS]
        ),
        referral_follow_ups=list(
            Referral.objects.filter(follow_up_on__lte=today, followed_up_at=None)
            .select_related("request__resident", "organisation")
            .order_by("follow_up_on")[:DASHBOARD_ROWS]
        ),
        loads=[VolunteerLoad(volunteer, volunteer.this_week) for volunteer in loads],
        counts=counts,
    )


def _first_rows_of_sections(
    rows: QuerySet[HelpRequest], **sections: tuple[Q, list[str | models.Expression]]
) -> dict[str, list[HelpRequest]]:
    """The first DASHBOARD_ROWS of each section (a condition and an order) in one query.

    Each section numbers its rows with a window function; a row is fetched when it is among the
    first of any section it belongs to, and handed to each of those sections in their order.
    """
    annotations: dict[str, models.Expression] = {}
    wanted = Q()
    for name, (condition, order_by) in sections.items():
        member = models.ExpressionWrapper(condition, output_field=models.BooleanField())
        annotations[f"in_{name}"] = member
        annotations[f"rank_{name}"] = Window(RowNumber(), partition_by=[member], order_by=order_by)
        wanted |= Q(**{f"in_{name}": True, f"rank_{name}__lte": DASHBOARD_ROWS})
    fetched = list(rows.annotate(**annotations).filter(wanted))
    return {
        name: sorted(
            (
                row
                for row in fetched
                if getattr(row, f"in_{name}") and getattr(row, f"rank_{name}") <= DASHBOARD_ROWS
            ),
            key=attrgetter(f"rank_{name}"),
        )
        for name in sections
    }


def call_list(day: datetime.date) -> list[HelpRequest]:
    """Residents without e-mail with help today or tomorrow: the coordinator phones them."""
    tomorrow = day + datetime.timedelta(days=1)
    requests = (
        HelpRequest.objects.filter(status__in=OPEN_STATUSES, resident__email="")
        .filter(
            Q(date__range=(day, tomorrow))
            | Q(repeats_weekly=True, date__lte=tomorrow)
            & (Q(repeat_until__isnull=True) | Q(repeat_until__gte=day))
        )
        .select_related("resident")
        .prefetch_related(
            Prefetch(
                "assignments",
                queryset=Assignment.objects.filter(state__in=ACTIVE_STATES).select_related(
                    "volunteer__person"
                ),
                to_attr="active_assignments",
            )
        )
        .order_by("resident__family_name", "start_time")
    )
    return [request for request in requests if any(request.occurrences(day, tomorrow))]


def volunteer_tasks(volunteer: Volunteer) -> QuerySet[Assignment]:
    return (
        Assignment.objects.filter(volunteer=volunteer)
        .exclude(state=AssignmentState.WITHDRAWN)
        .select_related("request__resident")
        .order_by("-request__date", "-pk")
    )


def hours_per_month(volunteer: Volunteer, year: int) -> list[tuple[int, Decimal]]:
    rows = (
        HoursEntry.objects.filter(volunteer=volunteer, day__year=year)
        .values_list("day__month")
        .annotate(total=Sum("hours"))
        .order_by("day__month")
    )
    return [(month, total) for month, total in rows]


@dataclass(frozen=True)
class HelpFigures:
    done_by_category: dict[str, int]
    volunteer_hours: Decimal
    referrals: int


def category_choices() -> list[tuple[str, "_StrOrPromise"]]:
    """The kinds of help, for apps that break figures down by them."""
    return list(Category.choices)


def help_figures(*, since: datetime.date, until: datetime.date) -> HelpFigures:
    """What the 1-loket did from ``since`` up to and including ``until``: for the analysis apps."""
    done = (
        HelpRequest.objects.filter(
            status=Status.DONE, closed_at__date__gte=since, closed_at__date__lte=until
        )
        .values_list("category")
        .annotate(n=Count("id"))
    )
    hours = HoursEntry.objects.filter(day__gte=since, day__lte=until).aggregate(t=Sum("hours"))
    return HelpFigures(
        done_by_category=dict(done),
        volunteer_hours=hours["t"] or Decimal(0),
        referrals=Referral.objects.filter(
            referred_at__date__gte=since, referred_at__date__lte=until
        ).count(),
    )
