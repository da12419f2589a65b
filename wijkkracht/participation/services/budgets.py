"""The neighbourhood budget: its phases, the votes online and on paper, and the count."""

from decimal import Decimal
from fractions import Fraction
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wijkkracht.core.models import Collective, Person, User
from wijkkracht.core.services.audit import audit_record
from wijkkracht.members.selectors import member_list
from wijkkracht.participation.models import Ballot, Budget, Channel, Phase, Rule, Status
from wijkkracht.participation.selectors import ballot_projects, budget_election
from wijkkracht.participation.services.codes import roll_fill, take_part
from wijkkracht.participation.services.proposals import proposal_create
from wijkkracht.participation.voting.outcome import Outcome
from wijkkracht.participation.voting.pabulib import PbInvalid, pb_read
from wijkkracht.participation.voting.rules import count

ORDER = list(Phase)


def phase_after(phase: str) -> Phase | None:
    """The phase that follows this one, or None after the last."""
    place = ORDER.index(Phase(phase)) + 1
    return ORDER[place] if place < len(ORDER) else None


@transaction.atomic
def budget_create(
    *,
    actor: User | None,
    collective: Collective,
    title: str,
    description: str,
    amount: Decimal,
    rule: str,
) -> Budget:
    budget = Budget(
        collective=collective, title=title, description=description, amount=amount, rule=rule
    )
    budget.full_clean(exclude=["collective"])
    budget.save()
    audit_record(actor=actor, action="budget.create", target=budget, collective=collective)
    return budget


@transaction.atomic
def budget_top_up(
    *, actor: User | None, collective: Collective, title: str, description: str, amount: Decimal
) -> Budget:
    """Add money to the budget of this name while residents can still hand in ideas, or open
    one (money from a contract's savings flows back to the neighbourhood this way). A negative
    amount (a corrected statement) takes money back, never below nothing."""
    budget = Budget.objects.select_for_update().filter(title=title, phase=Phase.SUBMIT).first()
    if budget is None:
        return budget_create(
            actor=actor,
            collective=collective,
            title=title,
            description=description,
            amount=max(amount, Decimal("0.00")),
            rule=Rule.EQUAL_SHARES_ADD1,
        )
    budget.amount = max(budget.amount + amount, Decimal("0.00"))
    budget.save(update_fields=["amount"])
    audit_record(
        actor=actor,
        action="budget.top_up",
        target=budget,
        collective=collective,
        data={"amount": str(amount)},
    )
    return budget


def _locked(budget: Budget) -> Budget:
    return Budget.objects.select_for_update().get(pk=budget.pk)


@transaction.atomic
def budget_next_phase(*, actor: User | None, budget: Budget) -> Budget:
    """Move on one phase. Voting starts with the members on the roll; it ends with the count."""
    budget = _locked(budget)
    following = phase_after(budget.phase)
    if following is None:
        raise ValidationError(_("Dit wijkbudget is al in de laatste fase."))
    if following == Phase.VOTE:
        if not ballot_projects(budget).exists():
            raise ValidationError(
                _("Er staat nog geen haalbaar idee met kosten op de lijst. Bekijk eerst de ideeën.")
            )
        persons = [member.person for member in member_list()]
        roll_fill(target=budget, persons=persons)
    if following == Phase.RESULT:
        _count(budget)
    budget.phase = following
    budget.save(update_fields=["phase", "result", "counted_at"])
    audit_record(
        actor=actor,
        action="budget.phase",
        target=budget,
        collective=budget.collective,
        data={"phase": following},
    )
    return budget


def outcome_data(found: Outcome, ballots: int) -> dict[str, Any]:
    def exact(value: Fraction | None) -> str | None:
        return None if value is None else str(value)

    return {
        "rule": found.rule,
        "budget": exact(found.budget),
        "cost": exact(found.cost),
        "selected": found.selected,
        "voter_budget": exact(found.voter_budget),
        "ballots": ballots,
        "verdicts": {
            project: {
                "funded": verdict.funded,
                "round": verdict.round,
                "share": exact(verdict.share),
                "money_left": exact(verdict.money_left),
            }
            for project, verdict in found.verdicts.items()
        },
    }


def _count(budget: Budget) -> None:
    election = budget_election(budget)
    found = count(election, budget.rule)
    budget.result = outcome_data(found, len(election.ballots))
    budget.counted_at = timezone.now()
    chosen = set(found.selected)
    for proposal in ballot_projects(budget):
        proposal.status = Status.FUNDED if proposal.project_code in chosen else Status.NOT_FUNDED
        proposal.save(update_fields=["status"])


@transaction.atomic
def budget_vote(
    *,
    actor: User | None,
    budget: Budget,
    approvals: list[str],
    area: str,
    person: Person | None = None,
    code: str = "",
) -> Ballot:
    """Store one ballot, from a person online or from a paper code; one per place on the roll.

    The ballot is stored without a link to the roll, so the count cannot be traced to anyone.
    """
    budget = _locked(budget)
    if budget.phase != Phase.VOTE:
        raise ValidationError(_("Stemmen kan nu niet: de stemming is niet open."))
    on_ballot = set(ballot_projects(budget).values_list("project_code", flat=True))
    chosen = sorted(set(approvals))
    if not on_ballot.issuperset(chosen):
        raise ValidationError(_("Er is een project gekozen dat niet op het stembiljet staat."))
    channel = Channel.PAPER if code else Channel.ONLINE
    take_part(target=budget, channel=channel, code=code, person=person)
    ballot = Ballot.objects.create(
        collective=budget.collective,
        budget=budget,
        approvals=chosen,
        area=area,
        channel=channel,
    )
    # The audit row says that someone voted and how, never what.
    audit_record(
        actor=actor,
        action="budget.vote",
        target=budget,
        collective=budget.collective,
        data={"channel": channel},
    )
    return ballot


@transaction.atomic
def budget_import(*, actor: User | None, collective: Collective, text: str) -> Budget:
    """Read a Pabulib `.pb` vote as a counted budget: its projects, ballots and outcome under
    the default rule. All or nothing: a wrong line stops the import and names the line."""
    try:
        election = pb_read(text)
    except PbInvalid as error:
        raise ValidationError(error.errors) from error
    budget = Budget.objects.create(
        collective=collective,
        title=election.meta.get("description") or _("Ingelezen stemming"),
        description=_("Ingelezen uit een Pabulib-bestand (.pb)."),
        amount=_decimal(election.budget),
        phase=Phase.VOTE,
    )
    for project in election.projects.values():
        proposal_create(
            collective=collective,
            budget=budget,
            title=project.name or project.id,
            description=_("Project %s uit het ingelezen bestand.") % project.id,
            cost=_decimal(project.cost),
            status=Status.FEASIBLE,
            project_code=project.id,
        )
    Ballot.objects.bulk_create(
        Ballot(collective=collective, budget=budget, approvals=sorted(ballot), channel="import")
        for ballot in election.ballots
    )
    _count(budget)
    budget.phase = Phase.RESULT
    budget.save()
    audit_record(
        actor=actor,
        action="budget.import",
        target=budget,
        collective=collective,
        data={"projects": len(election.projects), "ballots": len(election.ballots)},
    )
    return budget


def _decimal(value: Fraction) -> Decimal:
    return Decimal(value.numerator) / Decimal(value.denominator)
