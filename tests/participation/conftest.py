import datetime
from dataclasses import dataclass

import pytest
from django_scopes import scope

from tests.conftest import make_collective, make_user
from wijkkracht.core.models import Collective, Person, User
from wijkkracht.members.services.members import member_create


@dataclass
class Village:
    """A village with a coordinator, a volunteer who types in paper, and two members who may
    vote: Anna and Bert (at one address), plus a user of another village."""

    collective: Collective
    coordinator: User
    volunteer: User
    anna: User
    bert: User
    outsider: User

    def person(self, user: User) -> Person:
        with scope(collective=self.collective):
            return Person.objects.get(user=user)


def _member(collective: Collective, email: str) -> User:
    user = make_user(collective, "member", email=email)
    with scope(collective=collective):
        person = Person.objects.get(user=user)
        person.postcode, person.house_number = "7915 AB", 3
        person.save()
        member_create(actor=None, person=person, since=datetime.date(2024, 1, 1))
    return user


@pytest.fixture
def village(db: None) -> Village:
    collective = make_collective("dorp", "Dorpscoöperatie")
    other = make_collective("elders", "Elders")
    return Village(
        collective=collective,
        coordinator=make_user(collective, "coordinator"),
        volunteer=make_user(collective, "volunteer"),
        anna=_member(collective, "anna@dorp.example"),
        bert=_member(collective, "bert@dorp.example"),
        outsider=make_user(other, "coordinator", "member"),
    )
