from dataclasses import dataclass

import pytest
from django_scopes import scope

from tests.conftest import make_collective, make_user
from tests.help.build import a_volunteer
from wijkkracht.core.models import Area, Collective, Person, User
from wijkkracht.help.models import Volunteer


@dataclass
class Loket:
    """A village with two buurten, a coordinator and a volunteer who can log in."""

    collective: Collective
    coordinator: User
    volunteer_user: User
    volunteer: Volunteer
    buurt: Area
    other_buurt: Area


@pytest.fixture
def loket(db: None) -> Loket:
    wijk = Area.objects.create(code="WK999901", name="Dorp", kind="wijk", year=2024)
    buurt = Area.objects.create(
        code="BU99990101", name="Kern", kind="buurt", parent=wijk, year=2024
    )
    other = Area.objects.create(
        code="BU99990102", name="Buiten", kind="buurt", parent=wijk, year=2024
    )
    collective = make_collective("dorp", "Dorpscoöperatie")
    collective.areas.set([wijk])
    volunteer = a_volunteer(collective, "Vera")
    user = make_user(collective, "member", email="login-vera@dorp.example")
    with scope(collective=collective):
        # Vera's login is the same person as her volunteer profile.
        Person.objects.filter(user=user).delete()
        person = volunteer.person
        person.user = user
        person.save(update_fields=["user"])
        volunteer.areas.set([buurt])
    return Loket(
        collective=collective,
        coordinator=make_user(collective, "coordinator"),
        volunteer_user=user,
        volunteer=volunteer,
        buurt=buurt,
        other_buurt=other,
    )
