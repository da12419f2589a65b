"""Collective A's business case, for the isolation walk and the browser's page registry."""

from dataclasses import dataclass

from django_scopes import scope

from wijkkracht.businesscase.services.cases import (
    business_case_create,
    scenario_copy,
    scenario_publish,
)
from wijkkracht.core.models import Collective, User


@dataclass(frozen=True)
class BusinessCaseIds:
    case_id: int
    scenario_id: int
    index: int  # the first cost and effect line of the scenario
    published_id: int  # a published copy, which partners may read


def businesscase_build(collective: Collective, actor: User | None = None) -> BusinessCaseIds:
    with scope(collective=collective):
        case = business_case_create(
            actor=actor,
            collective=collective,
            title="Dorpsondersteuner",
            intervention="Een vast gezicht in het dorp.",
            template="dorpsondersteuner",
        )
        scenario = case.scenarios.get()
        published = scenario_copy(actor=actor, scenario=scenario, name="Vastgesteld")
        scenario_publish(actor=actor, scenario=published, revision=published.revision)
        return BusinessCaseIds(
            case_id=case.pk, scenario_id=scenario.pk, index=0, published_id=published.pk
        )
