"""Reading contracts: who may see which, and one contract with its parts."""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Count, Q, QuerySet
from django.shortcuts import get_object_or_404

from wijkkracht.contracts.models import (
    Contract,
    ContractStatus,
    Statement,
    Voucher,
    VoucherScheme,
)
from wijkkracht.core.access import Membership
from wijkkracht.core.models import Person

# Partners see signed contracts only, never a draft.
MAKERS = ("coordinator", "board")


def contracts_for(membership: Membership) -> QuerySet[Contract]:
    found = Contract.objects.all()
    return found if membership.has(*MAKERS) else found.exclude(status=ContractStatus.DRAFT)


def contract_get(membership: Membership, contract_id: int) -> Contract:
    return get_object_or_404(contracts_for(membership), pk=contract_id)


def current_statements() -> QuerySet[Statement]:
    """Published statements that no later one corrects: the ones that count."""
    corrected = Statement.objects.exclude(corrects=None).values("corrects")
    return Statement.objects.exclude(pk__in=corrected)


@dataclass(frozen=True)
class VoucherFigures:
    given: int  # this year
    redeemed: int
    redeemed_value: Decimal
    expired: int
    valid: int


def voucher_figures(scheme: VoucherScheme, today: datetime.date) -> VoucherFigures:
    """What a scheme gave this year, what was redeemed (and is owed by the funder), what
    expired unused and what may still be used, in one query."""
    figures = scheme.vouchers.aggregate(
        given=Count("pk", filter=Q(issued_on__year=today.year)),
        redeemed=Count("pk", filter=~Q(request=None)),
        expired=Count("pk", filter=Q(request=None, expires_on__lt=today)),
        valid=Count("pk", filter=Q(request=None, expires_on__gte=today)),
    )
    return VoucherFigures(
        given=figures["given"],
        redeemed=figures["redeemed"],
        redeemed_value=scheme.face_value * figures["redeemed"],
        expired=figures["expired"],
        valid=figures["valid"],
    )


def vouchers_of(scheme: VoucherScheme, person: Person) -> QuerySet[Voucher]:
    return (
        scheme.vouchers.filter(person=person)
        .select_related("request")
        .order_by("-issued_on", "code")
    )


def voucher_holders(scheme: VoucherScheme, year: int) -> QuerySet[Person]:
    """Who got vouchers of the scheme this year, with how many and how many are still open."""
    return (
        Person.objects.filter(vouchers__scheme=scheme, vouchers__issued_on__year=year)
        .annotate(
            given=Count("vouchers", filter=Q(vouchers__scheme=scheme)),
            open=Count("vouchers", filter=Q(vouchers__scheme=scheme, vouchers__request=None)),
        )
        .order_by("family_name", "given_name", "pk")
    )
