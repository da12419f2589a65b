"""The browser tests' world: the two collectives of the test world, and the people the browser
logs in as."""

import datetime
from dataclasses import dataclass

from django_scopes import scope

from tests.conftest import PASSWORD, World, federation_build, make_user, world_build
from wijkkracht.core.models import Person, User
from wijkkracht.core.services.people import federation_staff_add
from wijkkracht.help.models import Assignment
from wijkkracht.help.services.assignments import assignment_answer
from wijkkracht.members.services.delegation import delegation_grant
from wijkkracht.members.services.members import member_create


@dataclass
class BrowserWorld:
    world: World
    staff: User  # platform administrator
    federation_staff: User
    member: User
    fresh: User  # invited, has not chosen a password yet
    volunteer: User  # the test world's volunteer, who said yes to the matched request


def make_browser_world() -> BrowserWorld:
    world = world_build()
    federation_staff = federation_build(world.a)
    # The federation's staff is its treasurer too, and collective A lets it make the debits.
    federation = world.a.federation
    assert federation is not None
    federation_staff_add(actor=None, federation=federation, user=federation_staff, treasurer=True)
    staff = User.objects.create_superuser("beheer@platform.example", PASSWORD, name="Beheer")
    fresh = User.objects.create_user("nieuw@dorp-a.example", None, name="Nieuw")
    member = make_user(world.a, "member", email="lid@dorp-a.example")
    with scope(collective=world.a):
        person = Person.objects.get(user=member)
        person.postcode, person.house_number = "7915 AB", 40
        person.save()
        member_create(actor=None, person=person, since=datetime.date(2023, 1, 1))
        delegation_grant(actor=world.a_coordinator, collective=world.a)
        volunteer = User.objects.create_user("vera@dorp-a.example", PASSWORD, name="Vera Hulp")
        Person.objects.filter(pk=world.a_help.volunteer_person_id).update(user=volunteer)
        assignment_answer(
            actor=None,
            assignment=Assignment.objects.get(pk=world.a_help.assignment_id),
            accept=True,
            via="phone",
        )
    return BrowserWorld(
        world=world,
        staff=staff,
        federation_staff=federation_staff,
        member=member,
        fresh=fresh,
        volunteer=volunteer,
    )
