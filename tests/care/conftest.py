from dataclasses import dataclass

import pytest
from django_scopes import scope

from tests.care.build import a_circle, a_member
from tests.conftest import make_collective, make_person, make_user
from wijkkracht.care.models import Circle, CircleRole, Member
from wijkkracht.core.models import Collective, Person, User


@dataclass
class Care:
    """A village with Aaltje's circle: her daughter (main carer, with a login) and the nurse."""

    collective: Collective
    coordinator: User
    aaltje: Person
    circle: Circle
    daughter: Member
    daughter_user: User
    nurse: Member
    nurse_user: User


def _logged_member(
    collective: Collective, circle: Circle, role: str, email: str, **fields: object
) -> tuple[Member, User]:
    user = make_user(collective, "resident", email=email)
    with scope(collective=collective):
        person = Person.objects.get(user=user)
        person.street, person.house_number, person.postcode, person.city = (
            "Prinsenstraat",
            41,
            "7901 CE",
            "Hoogeveen",
        )
        person.save()
    return a_member(circle, role, person=person, **fields), user


@pytest.fixture
def care(db: None) -> Care:
    collective = make_collective("dorp", "Dorpscoöperatie")
    aaltje = make_person(collective, "resident", given_name="Aaltje", family_name="Mulder")
    circle = a_circle(collective, aaltje)
    daughter, daughter_user = _logged_member(
        collective, circle, CircleRole.MAIN_CARER, "ria@dorp.example", reads_notes=True
    )
    nurse, nurse_user = _logged_member(
        collective, circle, CircleRole.PROFESSIONAL, "esther@dorp.example"
    )
    return Care(
        collective=collective,
        coordinator=make_user(collective, "coordinator"),
        aaltje=aaltje,
        circle=circle,
        daughter=daughter,
        daughter_user=daughter_user,
        nurse=nurse,
        nurse_user=nurse_user,
    )
