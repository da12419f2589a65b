from dataclasses import dataclass

import pytest
from django_scopes import scope

from tests.conftest import make_collective, make_user
from wijkkracht.businesscase.models import BusinessCase, Scenario
from wijkkracht.businesscase.services.cases import business_case_create
from wijkkracht.core.models import Collective, User


@dataclass
class Office:
    """A village with a coordinator, a board member (the treasurer), a volunteer, a member and a
    partner of the municipality."""

    collective: Collective
    coordinator: User
    board: User
    volunteer: User
    member: User
    partner: User  # someone of the municipality

    def case(self, template: str = "dorpsondersteuner") -> tuple[BusinessCase, Scenario]:
        with scope(collective=self.collective):
            case = business_case_create(
                actor=self.coordinator,
                collective=self.collective,
                title="Dorpsondersteuner",
                intervention="",
                template=template,
            )
            return case, case.scenarios.get()


@pytest.fixture
def office(db: None) -> Office:
    collective = make_collective("dorp", "Dorpscoöperatie")
    return Office(
        collective=collective,
        coordinator=make_user(collective, "coordinator"),
        board=make_user(collective, "board"),
        volunteer=make_user(collective, "volunteer"),
        member=make_user(collective, "member"),
        partner=make_user(collective, "partner"),
    )
