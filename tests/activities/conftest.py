from dataclasses import dataclass

import pytest
from django_scopes import scope

from tests.activities.build import a_place, a_room
from tests.conftest import make_collective, make_user
from wijkkracht.activities.models import Place, Room
from wijkkracht.core.models import Collective, Person, User


@dataclass
class Meeting:
    """A village with a community centre, a coordinator, a volunteer who cooks, and residents."""

    collective: Collective
    coordinator: User
    cook: User  # a volunteer who runs the shared meal
    resident: User
    place: Place
    room: Room

    def person(self, user: User) -> Person:
        with scope(collective=self.collective):
            return Person.objects.get(user=user)


@pytest.fixture
def meeting(db: None) -> Meeting:
    collective = make_collective("dorp", "Dorpscoöperatie")
    place = a_place(collective, "Dorpshuis")
    return Meeting(
        collective=collective,
        coordinator=make_user(collective, "coordinator"),
        cook=make_user(collective, "volunteer", email="sanne@dorp.example"),
        resident=make_user(collective, "resident", email="aaltje@dorp.example"),
        place=place,
        room=a_room(place, "Grote zaal", 60),
    )
