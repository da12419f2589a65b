from dataclasses import dataclass

import pytest
from django_scopes import scope

from tests.conftest import make_collective, make_user
from wijkkracht.core.models import Collective, User
from wijkkracht.info.models import Need, Organisation, Service
from wijkkracht.info.services.socialmap import organisation_save, service_save


@dataclass
class Point:
    """An information point: a village with a coordinator, a desk volunteer and a member."""

    collective: Collective
    coordinator: User
    volunteer: User
    member: User

    def service(self, organisation: str, name: str, need: str, **fields: object) -> Service:
        with scope(collective=self.collective):
            found = Organisation.objects.filter(name=organisation).first()
            found = found or organisation_save(
                actor=None, collective=self.collective, name=organisation, kind="zorg"
            )
            return service_save(actor=None, organisation=found, name=name, need=need, **fields)


@pytest.fixture
def point(db: None) -> Point:
    collective = make_collective("dorp", "Dorpscoöperatie")
    return Point(
        collective=collective,
        coordinator=make_user(collective, "coordinator"),
        volunteer=make_user(collective, "volunteer"),
        member=make_user(collective, "member"),
    )


# A small social map as a village has it; the search tests ask it questions.
MAP = [
    (
        "Dorpscoöperatie",
        "Hulp bij de belastingaangifte",
        Need.MONEY,
        "Vrijwilligers helpen met de aangifte inkomstenbelasting en de toeslagen.",
    ),
    (
        "Wmo-loket gemeente",
        "Hulpmiddelen lenen",
        Need.MOBILITY,
        "Een rolstoel of scootmobiel via de Wmo.",
    ),
    ("Huisartsenpraktijk", "Huisarts", Need.HEALTH, "Voor als u ziek bent."),
    ("Klusdienst", "Hulp bij klussen in huis", Need.HOME, "Een lamp ophangen of een kraan."),
    ("Tafeltje-dekje", "Maaltijden aan huis", Need.FOOD, "Elke dag een warme maaltijd."),
    ("Bibliotheek", "Digitaal Café", Need.WORK, "Hulp met de tablet en met DigiD."),
    (
        "Ouderenbond",
        "Ouderenadviseur",
        Need.QUESTIONS,
        "Een vrijwilliger komt bij u thuis voor een gesprek over wonen en zorg.",
    ),
]


@pytest.fixture
def village_map(point: Point) -> Point:
    for organisation, name, need, description in MAP:
        point.service(organisation, name, need, description=description)
    return point
