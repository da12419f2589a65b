"""Collective A's business case, for the isolation walk and the browser's page registry."""

from dataclasses import dataclass

from django_scopes import scope

from wijkkracht.businesscase.services.cases import business_case_create
from wijkkracht.core.models import Collective, User


@dataclass(frozen=True)
class BusinessCaseIds:
    case_id: int
    scenario_id: int
    index: int  # the first cost and effect line of the scenario


def businesscase_build(collective: Collective, actor: User | None = None) -> BusinessCaseIds:
    with scope(collective=collective):
        case = business_case_create(
            actor=actor,
            collective=collective,
            title="Dorpsondersteuner",
            intervention="Een vast gezicht in het dorp.",
            template="dorpsondersteuner",
        )
        return BusinessCaseIds(case_id=case.pk, scenario_id=case.scenarios.get().pk, index=0)
