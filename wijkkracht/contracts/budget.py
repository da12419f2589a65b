"""One village budget: all money the collective received in a year, per funder: what the
contracts' statements pay (corrections replace what they correct), what funders owe for the
service vouchers redeemed, what members paid, and other income such as subsidies."""

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from django.db.models import Count
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from wijkkracht.businesscase.calculation.exact import cents
from wijkkracht.businesscase.models import Stakeholder, stakeholder_label
from wijkkracht.businesscase.selectors import scenario_case
from wijkkracht.contracts.models import BudgetPlan, Income, PartyKind, PaymentRule, VoucherScheme
from wijkkracht.contracts.selectors import current_statements
from wijkkracht.members.selectors import contributions_received

ZERO = Decimal("0.00")


# The contract parties as the business case names its stakeholders; a fund is "other".
PARTY_STAKEHOLDER = {
    PartyKind.COLLECTIVE: Stakeholder.COLLECTIVE,
    PartyKind.MUNICIPALITY: Stakeholder.MUNICIPALITY,
    PartyKind.INSURER: Stakeholder.INSURER,
    PartyKind.WLZ: Stakeholder.LONG_TERM_CARE,
    PartyKind.PROVIDER: Stakeholder.PROVIDERS,
}


@dataclass(frozen=True)
class FunderRow:
    funder: str
    source: str
    amount: Decimal
    kind: str = ""  # the business case's stakeholder, "" for other funders


@dataclass(frozen=True)
class PlanRow:
    """Per party: what the business case plans it pays the collective, what it did."""

    label: str
    planned: Decimal
    received: Decimal


@dataclass(frozen=True)
class VillageBudget:
    year: int
    rows: tuple[FunderRow, ...]
    total: Decimal
    plan: BudgetPlan | None = None
    beside_plan: tuple[PlanRow, ...] = ()


def _contract_rows(year: int) -> list[FunderRow]:
    statements = list(current_statements().filter(period_end__year=year).select_related("contract"))
    rules = PaymentRule.objects.filter(
        contract_id__in={statement.contract_id for statement in statements}
    ).select_related("payer")
    payers = {(rule.contract_id, rule.key): rule.payer for rule in rules}
    sums: dict[tuple[str, str, str], Decimal] = defaultdict(lambda: ZERO)
    for statement in statements:
        for line in statement.lines:
            payer = payers.get((statement.contract_id, line["key"]))
            name, kind = (payer.name, PARTY_STAKEHOLDER.get(payer.kind, "")) if payer else ("", "")
            sums[name, statement.contract.title, kind] += Decimal(line["amount"])
    return [
        FunderRow(funder, _("wijkcontract %(title)s") % {"title": title}, amount, kind)
        for (funder, title, kind), amount in sorted(sums.items())
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
            scheme.funder_kind,
        )
        for scheme in schemes
    ]


def village_budget(year: int) -> VillageBudget:
    rows = _contract_rows(year) + _voucher_rows(year)
    members = contributions_received(year)
    if members:
        rows.append(FunderRow(_("Leden"), _("contributie"), members, Stakeholder.RESIDENTS))
    incomes: dict[tuple[str, str], Decimal] = defaultdict(lambda: ZERO)
    for income in Income.objects.filter(received_on__year=year):
        incomes[income.funder, income.description] += income.amount
    rows += [
        FunderRow(funder, description or _("ontvangst"), amount)
        for (funder, description), amount in sorted(incomes.items())
    ]
    plan = BudgetPlan.objects.select_related("scenario").first()
    return VillageBudget(
        year,
        tuple(rows),
        sum((row.amount for row in rows), ZERO),
        plan,
        _beside_plan(plan, year, rows) if plan else (),
    )


def planned(plan: BudgetPlan, year: int) -> dict[str, Decimal]:
    """Per stakeholder other than the collective, the case's costs in this calendar year (the
    most likely value of a range), rounded to the cent."""
    case = scenario_case(plan.scenario)
    found: dict[str, Fraction] = defaultdict(Fraction)
    for cost in case.costs if case else ():
        amount = cost.amounts.get(year - plan.year_zero)
        if amount is not None and cost.stakeholder != Stakeholder.COLLECTIVE:
            found[cost.stakeholder] += amount.mode
    return {kind: cents(value) for kind, value in found.items()}


def _beside_plan(plan: BudgetPlan, year: int, rows: list[FunderRow]) -> tuple[PlanRow, ...]:
    plans = planned(plan, year)
    received: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for row in rows:
        received[row.kind] += row.amount
    kinds = [kind for kind in plans if kind] + [k for k in received if k and k not in plans]
    found = [PlanRow(stakeholder_label(k), plans.get(k, ZERO), received[k]) for k in kinds]
    if received.get(""):
        found.append(PlanRow(_("Anderen (niet in de businesscase)"), ZERO, received[""]))
    return tuple(found)
