"""The one place that reads across collectives. It returns aggregates only; every column goes
through `core.disclosure` (the dashboard's columns are in figures.py)."""

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Count, Q, Sum
from django_scopes import scopes_disabled

from wijkkracht.core.disclosure import TOTAL
from wijkkracht.core.models import Collective, Federation
from wijkkracht.federation.figures import published_column
from wijkkracht.outreach.models import Door, Visit


def _members(federation: Federation) -> list[tuple[int, str]]:
    """The federation's collectives by name: (id, name). Call with scopes disabled."""
    return list(
        Collective.objects.filter(federation=federation).order_by("name").values_list("pk", "name")
    )


@dataclass(frozen=True)
class OutreachRow:
    name: str
    homes: int | None
    rung: int | None
    questions: int | None


OUTREACH_COLUMNS = ("homes", "rung", "questions")


def outreach_figures(*, federation: Federation) -> list[OutreachRow]:
    """Per collective and in total: homes in the address file, homes rung, questions at the
    door; counts under 10 hidden."""
    with scopes_disabled():
        collectives = _members(federation)
        ours = [pk for pk, _name in collectives]
        homes = dict(
            Door.objects.filter(collective__in=ours, residential=True)
            .values("collective_id")
            .annotate(n=Count("pk"))
            .values_list("collective_id", "n")
        )
        rung = dict(
            Visit.objects.filter(collective__in=ours)
            .values("collective_id")
            .annotate(n=Count("stop__door", distinct=True))
            .values_list("collective_id", "n")
        )
        questions = dict(
            Visit.objects.filter(collective__in=ours)
            .exclude(question="")
            .values("collective_id")
            .annotate(n=Count("pk"))
            .values_list("collective_id", "n")
        )
    columns = [
        published_column({str(pk): counts.get(pk, 0) for pk, _name in collectives})
        for counts in (homes, rung, questions)
    ]
    rows = [OutreachRow(name, *(column[str(pk)] for column in columns)) for pk, name in collectives]
    return [*rows, OutreachRow(federation.name, *(column[TOTAL] for column in columns))]


@dataclass(frozen=True)
class BusinessCaseUses:
    name: str
    computed: int
    published: int


def business_case_uses(*, federation: Federation) -> list[BusinessCaseUses]:
    """How often each collective computed and published a business case, and all together.

    These count uses of the calculator, not people, so no count is hidden."""
    with scopes_disabled():
        rows = (
            Collective.objects.filter(federation=federation)
            .annotate(
                computed=Count("businesscase_uses", filter=Q(businesscase_uses__kind="computed")),
                published=Count("businesscase_uses", filter=Q(businesscase_uses__kind="published")),
            )
            .order_by("name")
            .values_list("name", "computed", "published")
        )
        uses = [BusinessCaseUses(*row) for row in rows]
    total = BusinessCaseUses(
        federation.name, sum(u.computed for u in uses), sum(u.published for u in uses)
    )
    return [*uses, total]


@dataclass(frozen=True)
class AcademyRow:
    name: str
    active: int  # 1 when the collective gave at least one edition in the year
    participants: int | None
    points: Decimal | None


def academy_figures(*, federation: Federation, year: int) -> list[AcademyRow]:
    """Per collective and in total: an active academy (an edition with a session in the year),
    the people who attended a session, and the points of the year's certificates, hidden
    with fewer than 10 certificates."""
    from wijkkracht.academy.models import Attendance, Certificate, Session

    with scopes_disabled():
        collectives = _members(federation)
        ours = [pk for pk, _name in collectives]
        in_year = Q(occurrence__starts_at__year=year)
        active = set(
            Session.objects.filter(in_year, collective__in=ours).values_list(
                "collective_id", flat=True
            )
        )
        participants = dict(
            Attendance.objects.filter(
                collective__in=ours, session__occurrence__starts_at__year=year
            )
            .values("collective_id")
            .annotate(n=Count("person", distinct=True))
            .values_list("collective_id", "n")
        )
        points = {
            row["collective_id"]: (row["n"], row["points"])
            for row in Certificate.objects.filter(
                collective__in=ours, issued_on__year=year, revoked_on__isnull=True
            )
            .values("collective_id")
            .annotate(n=Count("pk"), points=Sum("points"))
        }
    people = published_column({str(pk): participants.get(pk, 0) for pk, _name in collectives})
    # Points are shown where they come from at least 10 certificates (and what would give
    # a hidden one away is hidden too).
    certificates = published_column({str(pk): points.get(pk, (0, 0))[0] for pk, _ in collectives})
    awarded = {str(pk): points.get(pk, (0, Decimal(0)))[1] for pk, _name in collectives}
    awarded[TOTAL] = sum(awarded.values(), Decimal(0))
    rows = [
        AcademyRow(
            name,
            int(pk in active),
            people[str(pk)],
            None if certificates[str(pk)] is None else awarded[str(pk)],
        )
        for pk, name in collectives
    ]
    total_points = None if certificates[TOTAL] is None else awarded[TOTAL]
    return [*rows, AcademyRow(federation.name, len(active), people[TOTAL], total_points)]


@dataclass(frozen=True)
class SharedCourse:
    pk: int
    title: str
    summary: str
    collective: str
    version: int


def federation_courses(*, collective: Collective) -> list[SharedCourse]:
    """The courses of the other collectives in the federation, to copy: content, no persons."""
    from wijkkracht.academy.models import Course

    if collective.federation_id is None:
        return []
    with scopes_disabled():
        courses = (
            Course.objects.filter(
                collective__federation_id=collective.federation_id, archived=False
            )
            .exclude(collective=collective)
            .select_related("collective")
            .order_by("title", "collective__name")
        )
        return [
            SharedCourse(c.pk, c.title, c.summary, c.collective.name, c.version) for c in courses
        ]


@dataclass(frozen=True)
class SharedService:
    pk: int
    name: str
    organisation: str
    need: str
    collective: str


def federation_services(*, collective: Collective) -> list[SharedService]:
    """The public services of the other collectives in the federation, to copy: what they
    offer, no persons."""
    from wijkkracht.info.models import Service

    if collective.federation_id is None:
        return []
    with scopes_disabled():
        services = (
            Service.objects.filter(collective__federation_id=collective.federation_id, public=True)
            .exclude(collective=collective)
            .select_related("organisation", "collective")
            .order_by("need", "name", "collective__name")
        )
        return [
            SharedService(
                s.pk, s.name, s.organisation.name, s.get_need_display(), s.collective.name
            )
            for s in services
        ]
