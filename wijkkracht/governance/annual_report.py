"""The annual report: what the collective did in a year, in plain words on a few A4 pages:
members at the start and the end and why people left, contributions collected, help given,
activities and who came, the year's measurements beside the Netherlands as bars, and the
business cases planned beside what really happened, the contracts' statements, the decisions
of the members' meetings, and the accounts with the members' committee's signatures."""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, Q, Sum

from wijkkracht.activities.models import Occurrence, Registration
from wijkkracht.businesscase.selectors import newest_published, realised
from wijkkracht.contracts.selectors import current_statements
from wijkkracht.core.models import Collective
from wijkkracht.governance.accounts_sheet import euro
from wijkkracht.governance.models import Accounts, Decision, Section
from wijkkracht.help.models import HelpRequest
from wijkkracht.impact.models import Round
from wijkkracht.impact.results import round_results
from wijkkracht.members.models import Contribution, EndReason, Member


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    national: float | None
    unit: str


@dataclass
class Report:
    collective: str
    year: int
    members_start: int
    members_end: int
    joined: int
    left: list[tuple[str, int]]
    collected: Decimal
    help_done: int
    activities: int
    visits: int
    measurements: list[tuple[str, list[Bar]]] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    accounts: "AccountsSummary | None" = None
    business_cases: list[str] = field(default_factory=list)
    contracts: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class AccountsSummary:
    """The year's accounts as the report prints them: per part its lines and total, the
    result, who of the members' committee signed, and the adopting decision."""

    parts: list[tuple[str, list[tuple[str, Decimal]], Decimal]]
    result: Decimal
    checks: list[str]
    adopted: Decision | None


def _business_cases(year: int) -> list[str]:
    """Each published business case's newest scenario: what was planned a year and what really
    happened in this year, per effect bound to a recorded figure."""
    lines = []
    period = (datetime.date(year, 1, 1), datetime.date(year, 12, 31))
    for scenario in newest_published():
        found = realised(scenario, period)
        for line in found.lines:
            lines.append(
                f"{scenario.case.title}, {line.label}: gepland {line.planned:.0f} per jaar, "
                f"echt gebeurd {line.realised:.0f}."
            )
    return lines


def _contracts(year: int) -> list[str]:
    """The statements of the year that count (no later one corrects them)."""
    return [
        f"{statement.contract.title}, {statement.period_start:%d-%m-%Y} tot en met "
        f"{statement.period_end:%d-%m-%Y}: {euro(statement.total)}."
        for statement in current_statements()
        .filter(period_end__year=year)
        .select_related("contract")
        .order_by("period_end", "pk")
    ]


def _accounts(year: int) -> AccountsSummary | None:
    from wijkkracht.governance.services.accounts import accounts_adopted

    accounts = Accounts.objects.filter(year=year).first()
    if accounts is None:
        return None
    lines = list(accounts.lines.all())
    parts = []
    for section in Section:
        rows = [(line.label, line.amount) for line in lines if line.section == section]
        if rows:
            parts.append((str(section.label), rows, sum((a for _, a in rows), Decimal(0))))
    totals = {
        section: sum((line.amount for line in lines if line.section == section), Decimal(0))
        for section in Section
    }
    checks = [
        f"{check.person.full_name}, {check.signed_on:%d-%m-%Y}: "
        + ("akkoord" if check.approved else f"niet akkoord ({check.remark})")
        for check in accounts.checks.select_related("person").order_by("signed_on")
    ]
    return AccountsSummary(
        parts=parts,
        result=totals[Section.INCOME] - totals[Section.COSTS],
        checks=checks,
        adopted=accounts_adopted(year),
    )


def _members_on(day: datetime.date) -> int:
    return (
        Member.objects.filter(since__lte=day)
        .filter(Q(until__isnull=True) | Q(until__gte=day))
        .count()
    )


def _measurements(year: int) -> list[tuple[str, list[Bar]]]:
    """Each round that ended in the year: its figures (shown ones only) beside the country."""
    found = []
    for measurement in Round.objects.filter(period_end__year=year).order_by("period_end"):
        bars = [
            Bar(figure.label, figure.estimate.value, figure.national, figure.unit)
            for result in round_results(measurement)
            if result.shown
            for figure in result.figures
            if figure.estimate is not None
        ]
        if bars:
            found.append((measurement.title, bars))
    return found


def annual_report(collective: Collective, year: int) -> Report:
    start, end = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    left = (
        Member.objects.filter(until__year=year)
        .values("end_reason")
        .annotate(n=Count("pk"))
        .order_by("-n")
    )
    reasons = dict(EndReason.choices)
    return Report(
        collective=collective.name,
        year=year,
        members_start=_members_on(start),
        members_end=_members_on(end),
        joined=Member.objects.filter(since__year=year).count(),
        left=[(str(reasons.get(row["end_reason"], "")), row["n"]) for row in left],
        collected=Contribution.objects.filter(year=year, status="paid").aggregate(
            total=Sum("amount")
        )["total"]
        or Decimal("0.00"),
        help_done=HelpRequest.objects.filter(status="done", closed_at__year=year).count(),
        activities=Occurrence.objects.filter(starts_at__year=year, cancelled=False).count(),
        visits=Registration.objects.filter(occurrence__starts_at__year=year, attended=True).count(),
        measurements=_measurements(year),
        decisions=list(Decision.objects.filter(decided_on__year=year).order_by("number")),
        accounts=_accounts(year),
        business_cases=_business_cases(year),
        contracts=_contracts(year),
    )
