"""The demo's business cases: the village's coordinator, planned and cautious side by side, and
a neighbourhood meal in the city."""

from typing import Any

from wijkkracht.businesscase.models import Scenario
from wijkkracht.businesscase.services.cases import (
    business_case_create,
    scenario_copy,
    scenario_line_save,
    scenario_publish,
)
from wijkkracht.core.models import Collective, User

# The cautious version of the village case: fewer visits saved, later admission less certain.
_CAUTIOUS = {
    "Minder bezoek aan de huisarts met een niet-medische reden": {
        "low": "200",
        "mode": "350",
        "high": "600",
    },
    "Minder ligdagen van ouderen in het ziekenhuis": {"low": "10", "mode": "20", "high": "40"},
    "Later naar het verpleeghuis": {"low": "3", "mode": "9", "high": "18"},
}


def village_case_load(collective: Collective, coordinator: User) -> None:
    """The dorpsondersteuner's case, published, with a cautious copy; call inside the scope."""
    case = business_case_create(
        actor=coordinator,
        collective=collective,
        title="Dorpsondersteuner Veldhoek",
        intervention=(
            "Sinds 2025 heeft Veldhoek een dorpsondersteuner, 24 uur per week, betaald door de "
            "gemeente Hoogeveen. Zij is het vaste aanspreekpunt in het Dorpshuis, kent de "
            "ouderen en zet de 120 vrijwilligers in."
        ),
        template="dorpsondersteuner",
    )
    basis = case.scenarios.get()
    scenario_publish(actor=coordinator, scenario=basis, revision=basis.revision)
    cautious = scenario_copy(actor=coordinator, scenario=basis, name="Voorzichtig")
    for index, line in enumerate(cautious.data["effects"]):
        if line["label"] in _CAUTIOUS:
            cautious = _quantity(coordinator, cautious, index, line, _CAUTIOUS[line["label"]])


def _quantity(
    actor: User, scenario: Scenario, index: int, line: dict[str, Any], quantity: dict[str, str]
) -> Scenario:
    return scenario_line_save(
        actor=actor,
        scenario=scenario,
        revision=scenario.revision,
        section="effects",
        index=index,
        line={**line, "quantity": quantity},
    )


def meal_case_load(collective: Collective, coordinator: User, house: str) -> None:
    """The neighbourhood meal's case, its meals bound to those served; call inside the scope."""
    business_case_create(
        actor=coordinator,
        collective=collective,
        title=f"Buurtmaaltijd in {house}",
        intervention="Elke week samen eten, gekookt door vrijwilligers uit de buurt.",
        template="gezamenlijke-maaltijd",
    )
