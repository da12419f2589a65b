"""Reading contracts: who may see which, and one contract with its parts."""

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404

from wijkkracht.contracts.models import Contract, ContractStatus, Statement
from wijkkracht.core.access import Membership

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
