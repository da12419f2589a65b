"""The village budget's plan: which business case scenario it is compared with."""

from django.db import transaction

from wijkkracht.businesscase.models import Scenario
from wijkkracht.contracts.models import BudgetPlan
from wijkkracht.core.models import Collective, User
from wijkkracht.core.services.audit import audit_record


@transaction.atomic
def budget_plan_set(
    *, actor: User | None, collective: Collective, scenario: Scenario, year_zero: int
) -> BudgetPlan:
    plan, _created = BudgetPlan.objects.update_or_create(
        collective=collective, defaults={"scenario": scenario, "year_zero": year_zero}
    )
    audit_record(actor=actor, action="contract.budget_plan", target=plan, collective=collective)
    return plan
