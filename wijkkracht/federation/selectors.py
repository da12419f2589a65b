"""The one place that reads across collectives. It returns aggregates only, small counts hidden."""

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Count, Q, Sum
from django_scopes import scopes_disabled

from wijkkracht.core.models import Collective, Federation, Person
from wijkkracht.core.selectors import suppress_small
from wijkkracht.outreach.models import Door, Visit


@dataclass(frozen=True)
class CollectiveFigures:
    name: str
    inhabitants: int | None
    persons: int | None
    members: int | None
    volunteers: int | None


def _figures(name: str, inhabitants: int | None, counts: dict[str, int]) -> CollectiveFigures:
    return CollectiveFigures(
        name=name,
        inhabitants=inhabitants,
        persons=suppress_small(counts["persons"]),
        members=suppress_small(counts["members"]),
        volunteers=suppress_small(counts["volunteers"]),
    )


def federation_figures(
    *, federation: Federation
) -> tuple[list[CollectiveFigures], CollectiveFigures]:
    """Figures per member collective and in total, in a fixed number of queries."""
    with scopes_disabled():
        collectives = list(
            Collective.objects.filter(federation=federation)
            .annotate(inhabitants=Sum("areas__inhabitants"))
            .order_by("name")
        )
        rows = (
            Person.objects.filter(collective__federation=federation)
            .values("collective_id")
            .annotate(
                persons=Count("id", distinct=True),
                members=Count("id", filter=Q(roles__name="member"), distinct=True),
                volunteers=Count("id", filter=Q(roles__name="volunteer"), distinct=True),
            )
        )
        by_collective: dict[int, dict[str, int]] = {
            row["collective_id"]: {key: row[key] for key in ("persons", "members", "volunteers")}
            for row in rows
        }
    empty = {"persons": 0, "members": 0, "volunteers": 0}
    figures = [_figures(c.name, c.inhabitants, by_collective.get(c.pk, empty)) for c in collectives]
    counts = [by_collective.get(c.pk, empty) for c in collectives]
    inhabitants = sum(c.inhabitants or 0 for c in collectives)
    return figures, _total(federation.name, inhabitants or None, counts)


def _column_total(values: list[int]) -> int | None:
    """A column's sum, hidden when it would give away the one hidden cell in the column."""
    hidden = sum(1 for value in values if suppress_small(value) is None)
    return None if hidden == 1 else suppress_small(sum(values))


def _total(name: str, inhabitants: int | None, counts: list[dict[str, int]]) -> CollectiveFigures:
    totals = {
        key: _column_total([row[key] for row in counts])
        for key in ("persons", "members", "volunteers")
    }
    return CollectiveFigures(name=name, inhabitants=inhabitants, **totals)


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
    counts = [
        (
            name,
            {"homes": homes.get(pk, 0), "rung": rung.get(pk, 0), "questions": questions.get(pk, 0)},
        )
        for pk, name in collectives
    ]
    rows = [
        OutreachRow(name, *(suppress_small(row[key]) for key in OUTREACH_COLUMNS))
        for name, row in counts
    ]
    total = [_column_total([row[key] for _name, row in counts]) for key in OUTREACH_COLUMNS]
    return [*rows, OutreachRow(federation.name, *total)]


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
    rows = []
    for pk, name in collectives:
        certificates, awarded = points.get(pk, (0, Decimal(0)))
        shown = awarded if suppress_small(certificates) is not None else None
        rows.append(
            AcademyRow(name, int(pk in active), suppress_small(participants.get(pk, 0)), shown)
        )
    all_certificates = [points.get(pk, (0, 0))[0] for pk, _name in collectives]
    hidden_points = _column_total(all_certificates) is None
    total = AcademyRow(
        federation.name,
        len(active),
        _column_total([participants.get(pk, 0) for pk, _name in collectives]),
        None if hidden_points else sum((p for _n, p in points.values()), Decimal(0)),
    )
    return [*rows, total]


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
