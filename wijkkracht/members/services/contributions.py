"""The yearly contribution: rules per year, the run that charges every household, payments."""

import datetime
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q, QuerySet, Sum
from django.utils.translation import gettext as _

from wijkkracht.core.models import Collective, User
from wijkkracht.core.services.audit import audit_record
from wijkkracht.members.models import (
    Contribution,
    ContributionLine,
    ContributionRule,
    ContributionStatus,
    LineKind,
    Mandate,
    Member,
    Payment,
    PaymentMethod,
    RateKind,
)
from wijkkracht.members.models.members import household_key

ZERO = Decimal("0.00")


@transaction.atomic
def rule_set(
    *,
    actor: User | None,
    collective: Collective,
    year: int,
    first_amount: Decimal,
    further_amount: Decimal,
    reduced_amount: Decimal,
) -> ContributionRule:
    """Set the amounts for a year. Contributions already charged keep their amounts."""
    rule = ContributionRule.objects.filter(year=year).first() or ContributionRule(
        collective=collective, year=year
    )
    rule.first_amount = first_amount
    rule.further_amount = further_amount
    rule.reduced_amount = reduced_amount
    rule.full_clean(exclude=["collective"])
    rule.save()
    audit_record(
        actor=actor,
        action="contribution_rule.set",
        target=rule,
        collective=collective,
        data={"year": year},
    )
    return rule


def household_lines(
    rule: ContributionRule, members: list[Member], *, first_taken: bool
) -> list[tuple[Member, str, Decimal]]:
    """What each member of one household pays: (member, kind, amount).

    The first member at the address on the ordinary rate pays the first amount and every further
    one the further amount (Hollandscheveld: €10 + €7.50 = €17.50). Reduced members pay the
    reduced amount; exempt members pay nothing. ``first_taken`` says the household was already
    charged a first amount this year (a member who joined later is a further member).
    """
    lines: list[tuple[Member, str, Decimal]] = []
    for member in sorted(members, key=lambda m: (m.rate != RateKind.STANDARD, m.number)):
        if member.rate == RateKind.EXEMPT:
            lines.append((member, LineKind.EXEMPT, ZERO))
        elif member.rate == RateKind.REDUCED:
            lines.append((member, LineKind.REDUCED, rule.reduced_amount))
        elif first_taken:
            lines.append((member, LineKind.FURTHER, rule.further_amount))
        else:
            lines.append((member, LineKind.FIRST, rule.first_amount))
            first_taken = True
    return lines


@dataclass(frozen=True)
class RunResult:
    year: int
    households: int
    members: int
    total: Decimal


def members_to_charge(year: int) -> QuerySet[Member]:
    """Members in the register at any time in the year and not yet charged for it."""
    start, end = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    return (
        Member.objects.filter(since__lte=end)
        .filter(Q(until__isnull=True) | Q(until__gte=start))
        .exclude(contribution_lines__year=year)
        .select_related("person")
        .order_by("number")
    )


def contribution_run(*, actor: User | None, collective: Collective, year: int) -> RunResult:
    """Charge every member not yet charged for the year, per household; safe to run again."""
    with transaction.atomic():
        # Locking the rule makes two treasurers' runs take turns instead of charging twice.
        rule = ContributionRule.objects.select_for_update().filter(year=year).first()
        if rule is None:
            raise ValidationError(
                _("Er zijn nog geen bedragen voor %(year)s. Vul eerst de bedragen in.")
                % {"year": year}
            )
        result = charge_members(rule, list(members_to_charge(year)))
        audit_record(
            actor=actor,
            action="contribution.run",
            target=rule,
            collective=collective,
            data={"year": year, "households": result.households, "members": result.members},
        )
    return result


def charge_members(rule: ContributionRule, members: list[Member]) -> RunResult:
    """Charge these members for the rule's year, per household (a new member too)."""
    by_household: dict[str, list[Member]] = defaultdict(list)
    for member in members:
        by_household[household_key(member.person)].append(member)
    earlier = Contribution.objects.filter(year=rule.year, household__in=list(by_household))
    first_taken = set(
        earlier.filter(lines__kind=LineKind.FIRST).values_list("household", flat=True)
    )
    payers = _payers_with_mandate([member.pk for member in members])
    contributions, planned = [], []
    for key, household in by_household.items():
        lines = household_lines(rule, household, first_taken=key in first_taken)
        payer = next((m for m in household if m.pk in payers), household[0])
        amount = sum((amount for _member, _kind, amount in lines), ZERO)
        status = ContributionStatus.OPEN if amount else ContributionStatus.PAID
        contributions.append(
            Contribution(
                collective_id=rule.collective_id,
                year=rule.year,
                household=key,
                address=payer.person.address,
                payer=payer,
                amount=amount,
                status=status,
            )
        )
        planned.append(lines)
    Contribution.objects.bulk_create(contributions, batch_size=500)
    ContributionLine.objects.bulk_create(
        [
            ContributionLine(
                collective_id=rule.collective_id,
                contribution=contribution,
                member=member,
                year=rule.year,
                kind=kind,
                amount=amount,
            )
            for contribution, lines in zip(contributions, planned, strict=True)
            for member, kind, amount in lines
        ],
        batch_size=500,
    )
    return RunResult(
        year=rule.year,
        households=len(contributions),
        members=len(members),
        total=sum((c.amount for c in contributions), ZERO),
    )


def _payers_with_mandate(member_ids: list[int]) -> set[int]:
    return set(
        Mandate.objects.filter(member_id__in=member_ids, revoked_on=None).values_list(
            "member_id", flat=True
        )
    )


def status_refresh(contribution: Contribution) -> Contribution:
    """Set the status from the payments: paid in full, reversed, or still open."""
    payments = Payment.objects.filter(contribution=contribution)
    paid = payments.filter(reversed_on=None).aggregate(total=Sum("amount"))["total"] or ZERO
    if paid >= contribution.amount:
        contribution.status = ContributionStatus.PAID
    elif payments.exclude(reversed_on=None).exists():
        contribution.status = ContributionStatus.REVERSED
    else:
        contribution.status = ContributionStatus.OPEN
    contribution.save(update_fields=["status"])
    return contribution


def outstanding(contribution: Contribution) -> Decimal:
    paid = (
        Payment.objects.filter(contribution=contribution, reversed_on=None).aggregate(
            total=Sum("amount")
        )["total"]
        or ZERO
    )
    return max(contribution.amount - paid, ZERO)


@transaction.atomic
def payment_record(
    *,
    actor: User | None,
    contribution: Contribution,
    amount: Decimal,
    method: str,
    paid_on: datetime.date,
) -> Payment:
    """Register a cash or bank-transfer payment the treasurer received."""
    contribution = Contribution.objects.select_for_update().get(pk=contribution.pk)
    if method == PaymentMethod.DIRECT_DEBIT:
        raise ValidationError(_("Incasso's komen uit een incassobestand, niet met de hand."))
    if amount <= ZERO:
        raise ValidationError(_("Vul een bedrag in dat groter is dan nul."))
    payment = Payment(
        collective_id=contribution.collective_id,
        contribution=contribution,
        amount=amount,
        method=method,
        paid_on=paid_on,
        recorded_by=actor,
    )
    payment.full_clean(exclude=["collective", "contribution", "mandate", "debit_run"])
    payment.save()
    status_refresh(contribution)
    audit_record(
        actor=actor,
        action="payment.record",
        target=payment,
        collective=contribution.collective,
        on_behalf_of=contribution.payer.person,
        data={"method": method},
    )
    return payment


@transaction.atomic
def payment_reverse(*, actor: User | None, payment: Payment, reversed_on: datetime.date) -> Payment:
    """The bank reports a reversed debit (storno): the household owes the amount again."""
    payment = Payment.objects.select_for_update().get(pk=payment.pk)
    if payment.reversed_on is not None:
        raise ValidationError(_("Deze betaling is al teruggeboekt."))
    payment.reversed_on = reversed_on
    payment.save(update_fields=["reversed_on"])
    status_refresh(payment.contribution)
    audit_record(
        actor=actor,
        action="payment.reverse",
        target=payment,
        collective=payment.contribution.collective,
        on_behalf_of=payment.contribution.payer.person,
    )
    return payment
