"""One village budget: all money the collective received in a year, per funder: what the
contracts' statements pay (corrections replace what they correct), what funders owe for the
service vouchers redeemed, what members paid, and other income such as subsidies."""

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Count
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from wijkkracht.contracts.models import Income, PaymentRule, VoucherScheme
from wijkkracht.contracts.selectors import current_statements
from wijkkracht.members.selectors import contributions_received

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class FunderRow:
    funder: str
    source: str
    amount: Decimal


@dataclass(frozen=True)
class VillageBudget:
    year: int
    rows: tuple[FunderRow, ...]
    total: Decimal


def _contract_rows(year: int) -> list[FunderRow]:
    statements = list(current_statements().filter(period_end__year=year).select_related("contract"))
    rules = PaymentRule.objects.filter(
        contract_id__in={statement.contract_id for statement in statements}
    ).select_related("payer")
    payers = {(rule.contract_id, rule.key): rule.payer.name for rule in rules}
    sums: dict[tuple[str, str], Decimal] = defaultdict(lambda: ZERO)
    for statement in statements:
        for line in statement.lines:
            payer = payers.get((statement.contract_id, line["key"]), "")
            sums[payer, statement.contract.title] += Decimal(line["amount"])
    return [
        FunderRow(funder, _("wijkcontract %(title)s") % {"title": title}, amount)
        for (funder, title), amount in sorted(sums.items())
        if amount
    ]


def _voucher_rows(year: int) -> list[FunderRow]:
    """What funders owe for the vouchers redeemed in the year: face value times the count."""
    schemes = (
        VoucherScheme.objects.filter(vouchers__redeemed_on__year=year)
        .annotate(redeemed=Count("vouchers"))
        .order_by("funder", "name")
    )
    return [
        FunderRow(
            scheme.funder,
            ngettext(
                "%(scheme)s: %(count)d cheque geïnd",
                "%(scheme)s: %(count)d cheques geïnd",
                scheme.redeemed,
            )
            % {"scheme": scheme.name, "count": scheme.redeemed},
            scheme.face_value * scheme.redeemed,
        )
        for scheme in schemes
    ]


def village_budget(year: int) -> VillageBudget:
    rows = _contract_rows(year) + _voucher_rows(year)
    members = contributions_received(year)
    if members:
        rows.append(FunderRow(_("Leden"), _("contributie"), members))
    incomes: dict[tuple[str, str], Decimal] = defaultdict(lambda: ZERO)
    for income in Income.objects.filter(received_on__year=year):
        incomes[income.funder, income.description] += income.amount
    rows += [
        FunderRow(funder, description or _("ontvangst"), amount)
        for (funder, description), amount in sorted(incomes.items())
    ]
    return VillageBudget(year, tuple(rows), sum((row.amount for row in rows), ZERO))
