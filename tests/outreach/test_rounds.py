"""Walk lists: every home on exactly one list, in walking order, a code per door."""

import itertools

import pytest
from django.test import Client
from django_scopes import scope
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import World, login, make_user
from tests.outreach.build import a_round
from wijkkracht.core.models import Person
from wijkkracht.outreach.models import Door, Stop
from wijkkracht.outreach.services.rounds import walk_lists, walking_key

DOOR = st.builds(
    lambda street, number, letter: Door(
        street=street, house_number=number, house_letter=letter, addition="", place="Dorp"
    ),
    st.sampled_from(["Dorpsstraat", "Kerkstraat", "Molenweg"]),
    st.integers(min_value=1, max_value=300),
    st.sampled_from(["", "A", "B"]),
)


@given(
    doors=st.lists(
        DOOR, max_size=200, unique_by=lambda d: (d.street, d.house_number, d.house_letter)
    ),
    size=st.integers(min_value=1, max_value=70),
)
@settings(max_examples=200, deadline=None)
def test_every_door_is_on_exactly_one_list_in_walking_order(doors: list[Door], size: int) -> None:
    lists = walk_lists(doors, size)
    walked = [door for walk_list in lists for door in walk_list]
    assert sorted(map(id, walked)) == sorted(map(id, doors))  # each door once
    assert all(0 < len(walk_list) <= size for walk_list in lists)
    keys = [walking_key(door) for door in walked]
    assert keys == sorted(keys)
    for before, after in itertools.pairwise(walked):
        if before.street == after.street and before.house_number % 2 == after.house_number % 2:
            assert before.house_number <= after.house_number


@pytest.mark.django_db
def test_a_round_covers_every_home_once_and_deals_the_lists_out(
    world: World, client: Client
) -> None:
    ans = make_user(world.a, "volunteer", email="ans@dorp-a.example")
    piet = make_user(world.a, "volunteer", email="piet@dorp-a.example")
    with scope(collective=world.a):
        people = [Person.objects.get(user=user) for user in (ans, piet)]
    found = a_round(world.a, *people, size=5)
    with scope(collective=world.a):
        stops = list(Stop.objects.filter(round=found).select_related("door", "walk_list"))
        homes = set(Door.objects.filter(residential=True).values_list("pk", flat=True))
        assert sorted(stop.door_id for stop in stops) == sorted(homes)
        assert len({stop.code for stop in stops}) == len(stops)
        dealt = [walk_list.assistant for walk_list in found.lists.order_by("number")]
    assert dealt == [people[0], people[1], people[0]]  # 11 homes in lists of 5
    # Dorpsstraat: the even side first, then the odd side.
    first = [f"{s.door.street} {s.door.number}" for s in stops if s.walk_list.number == 1]
    assert first == [f"Dorpsstraat {n}" for n in (2, 4, 6, 8, 10)]
    # Piet sees his own list, not Ans's.
    login(client, piet)
    mine = client.get(f"/{world.a.slug}/aanbellen/mijn-lijsten/").content.decode()
    assert "Kennismaken 2027, lijst 2" in mine and "lijst 1<" not in mine
    with scope(collective=world.a):
        ans_list = found.lists.get(number=1).pk
    assert client.get(f"/{world.a.slug}/aanbellen/lijsten/{ans_list}/").status_code == 404
