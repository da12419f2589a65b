"""Reads of the member register and the contributions, inside the request's scope."""

from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Count, Q, QuerySet, Sum
from django.http import Http404
from django.utils import timezone

from wijkkracht.core.models import Person
from wijkkracht.core.selectors import person_search_filter
from wijkkracht.members.models import (
    Application,
    ApplicationStatus,
    Contribution,
    ContributionRule,
    ContributionStatus,
    DebitRun,
    Mandate,
    Member,
    MemberImport,
    Payment,
    PaymentMethod,
)
from wijkkracht.members.models.members import household_key

ZERO = Decimal("0.00")
CENT = Decimal("0.01")


def member_list(*, search: str = "", status: str = "active") -> QuerySet[Member]:
    """The register: active members by default, former ones on request, searchable."""
    members = Member.objects.select_related("person")
    if status == "active":
        members = members.filter(until=None)
    elif status == "former":
        members = members.exclude(until=None)
    if search.isdigit():
        return members.filter(Q(number=int(search)) | Q(person__house_number=int(search)))
    return members.filter(person_search_filter(search, prefix="person__"))


def member_get(*, member_id: int) -> Member:
    member = Member.objects.select_related("person").filter(pk=member_id).first()
    if member is None:
        raise Http404
    return member


def household_of(member: Member) -> list[Member]:
    """Everyone in the register at the same address, this member included."""
    person = member.person
    if person.house_number is None:
        return [member]
    return list(
        Member.objects.filter(
            until=None,
            person__postcode=person.postcode,
            person__house_number=person.house_number,
            person__house_number_addition=person.house_number_addition,
        ).select_related("person")
    )


def member_counts() -> dict[str, int]:
    active = Member.objects.filter(until=None)
    # Every member has a postcode and house number (member_address_check), so the address
    # fields alone tell the households apart.
    addresses = active.values_list(
        "person__postcode", "person__house_number", "person__house_number_addition"
    )
    return {
        "members": active.count(),
        "households": addresses.order_by().distinct().count(),
        "former": Member.objects.exclude(until=None).count(),
    }


def import_get(*, import_id: int) -> MemberImport:
    upload = MemberImport.objects.filter(pk=import_id).first()
    if upload is None:
        raise Http404
    return upload


def contribution_years() -> list[int]:
    return list(ContributionRule.objects.values_list("year", flat=True))


def contribution_list(*, year: int, status: str = "", search: str = "") -> QuerySet[Contribution]:
    contributions = (
        Contribution.objects.filter(year=year)
        .select_related("payer__person")
        .annotate(paid=Sum("payments__amount", filter=Q(payments__reversed_on=None)))
        .order_by("payer__number")
    )
    if status in ContributionStatus.values:
        contributions = contributions.filter(status=status)
    return contributions.filter(person_search_filter(search, prefix="payer__person__"))


def contribution_get(*, contribution_id: int) -> Contribution:
    contribution = (
        Contribution.objects.select_related("payer__person").filter(pk=contribution_id).first()
    )
    if contribution is None:
        raise Http404
    return contribution


def payment_get(*, payment_id: int) -> Payment:
    payment = Payment.objects.select_related("contribution").filter(pk=payment_id).first()
    if payment is None:
        raise Http404
    return payment


def debit_run_get(*, run_id: int) -> DebitRun:
    run = DebitRun.objects.filter(pk=run_id).first()
    if run is None:
        raise Http404
    return run


@dataclass(frozen=True)
class YearFigures:
    """The year in money, for the treasurer and the members' meeting."""

    year: int
    households: int
    members: int
    charged: Decimal
    received: Decimal
    by_method: dict[str, Decimal]
    statuses: dict[str, int]
    outstanding: Decimal
    reversed_count: int
    joined: int
    left: int


def year_figures(year: int) -> YearFigures:
    contributions = Contribution.objects.filter(year=year)
    charged = (contributions.aggregate(total=Sum("amount"))["total"] or ZERO).quantize(CENT)
    payments = Payment.objects.filter(contribution__year=year, reversed_on=None)
    by_method = {
        row["method"]: row["total"].quantize(CENT)
        for row in payments.values("method").annotate(total=Sum("amount"))
    }
    received = sum(by_method.values(), ZERO)
    statuses = Counter(dict(contributions.values_list("status").annotate(n=Count("id"))))
    return YearFigures(
        year=year,
        households=contributions.count(),
        members=contributions.aggregate(n=Count("lines"))["n"],
        charged=charged,
        received=received,
        by_method={
            str(label): by_method.get(value, ZERO) for value, label in PaymentMethod.choices
        },
        statuses={
            str(label): statuses.get(value, 0) for value, label in ContributionStatus.choices
        },
        outstanding=charged - received,
        reversed_count=Payment.objects.filter(contribution__year=year)
        .exclude(reversed_on=None)
        .count(),
        joined=Member.objects.filter(since__year=year).count(),
        left=Member.objects.filter(until__year=year).count(),
    )


def owed(contribution: Contribution) -> Decimal:
    """What is still owed, for a contribution from ``contribution_list`` (which sums the paid)."""
    return contribution.amount - (getattr(contribution, "paid", None) or ZERO)


def arrears(year: int) -> QuerySet[Contribution]:
    """Households that still owe for the year: open, or their debit came back."""
    return contribution_list(year=year).filter(
        status__in=[ContributionStatus.OPEN, ContributionStatus.REVERSED], amount__gt=0
    )


def household(person: Person) -> str:
    """The key that makes the people at one address one household."""
    return household_key(person)


def debitable_mandates() -> QuerySet[Mandate]:
    """Standing mandates that may be debited: not revoked, and with the date they were signed
    (a member list without dates reads them in as "datum onbekend")."""
    return Mandate.objects.filter(revoked_on=None, signed_on__isnull=False)


def undated_mandates() -> QuerySet[Mandate]:
    """Standing mandates read from a member list without the date they were signed."""
    return Mandate.objects.filter(revoked_on=None, signed_on=None).order_by("member__number")


def contribution_rule_now() -> ContributionRule | None:
    """What a new member pays: this year's amounts, or the latest the treasurer set."""
    year = timezone.localdate().year
    return ContributionRule.objects.filter(year__lte=year).order_by("-year").first()


def applications_waiting() -> QuerySet[Application]:
    return Application.objects.filter(status=ApplicationStatus.WAITING)


def contributions_received(year: int) -> Decimal:
    """Money members paid in the year (reversed debits not counted), for the village budget."""
    payments = Payment.objects.filter(paid_on__year=year, reversed_on=None)
    return (payments.aggregate(total=Sum("amount"))["total"] or ZERO).quantize(CENT)
