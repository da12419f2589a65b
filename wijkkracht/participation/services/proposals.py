"""Residents' ideas: submitting, supporting, the board's check with its reasons, progress."""

import datetime
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from wijkkracht.core.models import Collective, Person, User
from wijkkracht.core.services.audit import audit_record
from wijkkracht.participation.models import Budget, Phase, Proposal, ProposalUpdate, Status, Support

ASSESSED = (Status.FEASIBLE, Status.NOT_FEASIBLE)


def proposal_create(
    *,
    collective: Collective,
    budget: Budget | None,
    title: str,
    description: str,
    cost: Decimal | None = None,
    status: str = Status.SUBMITTED,
    submitted_by: Person | None = None,
    project_code: str = "",
) -> Proposal:
    # Numbers are given out one at a time per collective: lock the collective's row.
    Collective.objects.select_for_update().get(pk=collective.pk)
    last = Proposal.objects.order_by("-number").values_list("number", flat=True).first()
    number = (last or 0) + 1
    proposal = Proposal(
        collective=collective,
        budget=budget,
        number=number,
        project_code=project_code or f"{number:03d}",
        title=title,
        description=description,
        cost=cost,
        status=status,
        submitted_by=submitted_by,
    )
    proposal.full_clean(exclude=["collective"])
    proposal.save()
    return proposal


@transaction.atomic
def proposal_submit(
    *,
    actor: User | None,
    collective: Collective,
    person: Person | None,
    budget: Budget | None,
    title: str,
    description: str,
) -> Proposal:
    if budget is not None and budget.phase != Phase.SUBMIT:
        raise ValidationError(_("Voor dit wijkbudget kunt u geen ideeën meer indienen."))
    proposal = proposal_create(
        collective=collective,
        budget=budget,
        title=title,
        description=description,
        submitted_by=person,
    )
    audit_record(actor=actor, action="proposal.submit", target=proposal, collective=collective)
    return proposal


@transaction.atomic
def proposal_support(*, actor: User | None, proposal: Proposal, person: Person) -> bool:
    """Support the idea, or take the support back; return whether it is now supported."""
    found = Support.objects.filter(proposal=proposal, person=person)
    if found.exists():
        found.delete()
        return False
    Support.objects.get_or_create(collective=proposal.collective, proposal=proposal, person=person)
    return True


@transaction.atomic
def proposal_assess(
    *, actor: User | None, proposal: Proposal, status: str, cost: Decimal | None, reason: str
) -> Proposal:
    """The board's check: feasible (with its cost) or not, and why, for everyone to read."""
    proposal = Proposal.objects.select_for_update().get(pk=proposal.pk)
    if status not in ASSESSED:
        raise ValidationError(_("Kies haalbaar of niet haalbaar."))
    if proposal.budget and proposal.budget.phase not in (Phase.SUBMIT, Phase.CHECK):
        raise ValidationError(_("De stemming is begonnen: de lijst verandert niet meer."))
    if status == Status.FEASIBLE and proposal.budget and cost is None:
        raise ValidationError(_("Vul de kosten in: daarmee rekent de telling."))
    if not reason.strip():
        raise ValidationError(_("Schrijf op waarom: de indiener en de buurt lezen dat."))
    proposal.status, proposal.cost, proposal.reason = status, cost, reason
    proposal.full_clean(exclude=["collective"])
    proposal.save(update_fields=["status", "cost", "reason"])
    audit_record(
        actor=actor,
        action="proposal.assess",
        target=proposal,
        collective=proposal.collective,
        data={"status": status},
    )
    return proposal


@transaction.atomic
def proposal_progress(
    *, actor: User | None, proposal: Proposal, written_on: datetime.date, text: str, done: bool
) -> ProposalUpdate:
    if proposal.status not in (Status.FUNDED, Status.IN_PROGRESS, Status.FEASIBLE):
        raise ValidationError(_("Alleen een gekozen idee krijgt voortgang."))
    update = ProposalUpdate(
        collective=proposal.collective, proposal=proposal, written_on=written_on, text=text
    )
    update.full_clean(exclude=["collective"])
    update.save()
    proposal.status = Status.DONE if done else Status.IN_PROGRESS
    proposal.save(update_fields=["status"])
    audit_record(
        actor=actor, action="proposal.progress", target=proposal, collective=proposal.collective
    )
    return update
