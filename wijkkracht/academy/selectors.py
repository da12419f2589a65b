"""What the academy's pages read: courses with their next edition, a professional's points
against the register's norm, and an edition's presence list for the register."""

import datetime
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from dateutil.relativedelta import relativedelta
from django.db.models import Count, Min, Q, QuerySet, Sum
from django.utils import timezone

from wijkkracht.academy.models import Certificate, Course, Edition, RegisterNumber
from wijkkracht.academy.registers import Norm, register_get
from wijkkracht.academy.services.attendance import Result, sessions_held
from wijkkracht.core.models import Person, RoleName

# The draft convenant: 10 % of a professional's points from education run by residents.
RESIDENT_SHARE_TARGET = Fraction(1, 10)


def courses_listed(topic: str = "") -> QuerySet[Course]:
    """Courses still given, with the start of their next edition."""
    courses = Course.objects.filter(archived=False).annotate(
        next_start=Min(
            "editions__activity__occurrences__starts_at",
            filter=Q(editions__activity__occurrences__starts_at__gte=timezone.now()),
        )
    )
    return courses.filter(topic=topic) if topic else courses


def editions_of(course: Course) -> list[Edition]:
    return list(
        course.editions.select_related("activity__room")
        .annotate(
            first=Min("activity__occurrences__starts_at"),
            places=Count(
                "activity__occurrences__registrations__person",
                filter=Q(activity__occurrences__registrations__status="place"),
                distinct=True,
            ),
        )
        .order_by("-first")
    )


@dataclass(frozen=True)
class Ledger:
    number: RegisterNumber
    register_name: str
    period_end: datetime.date | None
    norm: Norm | None
    points: Decimal
    accredited: Decimal
    by_residents: Decimal

    @property
    def resident_target(self) -> Fraction | None:
        """The convenant's 10 % of the norm, exactly (18.4 of 184)."""
        return self.norm.points * RESIDENT_SHARE_TARGET if self.norm else None

    @property
    def resident_target_text(self) -> str:
        target = self.resident_target
        return "" if target is None else f"{float(target):.1f}".replace(".", ",")


def points_ledger(person: Person) -> list[Ledger]:
    """Per register number: the points of valid certificates in the current period."""
    ledgers = []
    for number in person.register_numbers.all():
        register = register_get(number.register)
        years = register.period_years
        period_end = (
            number.period_start + relativedelta(years=years) - datetime.timedelta(days=1)
            if years
            else None
        )
        certificates = Certificate.objects.filter(
            person=person,
            register=number.register,
            revoked_on__isnull=True,
            last_day__gte=number.period_start,
        )
        if period_end:
            certificates = certificates.filter(last_day__lte=period_end)
        sums = certificates.aggregate(
            earned=Sum("points"),
            accredited=Sum("points", filter=~Q(accreditation_id="")),
            by_residents=Sum("points", filter=Q(resident_run=True)),
        )
        ledgers.append(
            Ledger(
                number=number,
                register_name=register.name,
                period_end=period_end,
                norm=register.norm(period_end) if period_end else None,
                points=sums["earned"] or Decimal(0),
                accredited=sums["accredited"] or Decimal(0),
                by_residents=sums["by_residents"] or Decimal(0),
            )
        )
    return ledgers


# The presence list's columns, named as PE-online's course mapping names them.
PRESENCE_COLUMNS = (
    "register",
    "externalCourseID",
    "externalEditionID",
    "externalMeetingID",
    "externalPersonID",
    "naam",
    "netto_minuten",
    "punten",
)


@dataclass(frozen=True)
class Presence:
    rows: list[list[object]]
    missing: list[Person]  # care providers who passed without a valid number for the register


def presence_list(edition: Edition, net: int, results: list[Result]) -> Presence:
    """From the edition's results (``edition_results``): one row per attendee who reached the
    threshold and has a valid number in the course's register; care providers without one are
    named, not left out quietly."""
    course = edition.course
    register = register_get(course.register)
    passed = [result for result in results if result.passed]
    numbers = dict(
        RegisterNumber.objects.filter(
            register=course.register, person__in=[result.person for result in passed]
        ).values_list("person_id", "number")
    )
    professionals = set(
        Person.objects.filter(
            pk__in=[result.person.pk for result in passed], roles__name=RoleName.PROFESSIONAL
        ).values_list("pk", flat=True)
    )
    meetings = ",".join(str(session.pk) for session in sessions_held(edition))
    rows: list[list[object]] = []
    missing = []
    for result in passed:
        number = numbers.get(result.person.pk, "")
        if not register.number_valid(number):
            if result.person.pk in professionals:
                missing.append(result.person)
            continue
        rows.append(
            [
                register.key,
                course.accreditation_id,
                str(edition.pk),
                meetings,
                number,
                result.person.full_name,
                net,
                Decimal(f"{float(result.points):.1f}"),
            ]
        )
    return Presence(rows=rows, missing=missing)
