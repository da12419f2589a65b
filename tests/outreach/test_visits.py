"""At the door: nothing personal without consent; a question becomes a 1-loket request and a
wish to join an application; paper lists typed in by code; a phone's visits synced twice,
or at the same moment, are stored once."""

import json
import uuid

import pytest
from django.test import Client
from django_scopes import scope

from tests.activities.build import an_activity
from tests.concurrent import at_once
from tests.conftest import World, login, make_user
from wijkkracht.help.models import Channel, HelpRequest
from wijkkracht.members.models import Application
from wijkkracht.outreach.models import Stop, Visit

pytestmark = pytest.mark.django_db


def door_url(world: World) -> str:
    ids = world.a_outreach
    return f"/{world.a.slug}/aanbellen/lijsten/{ids.list_id}/deur/{ids.stop_id}/"


def test_nothing_about_the_resident_is_kept_without_consent(world: World, client: Client) -> None:
    login(client, world.a_coordinator)
    data = {"outcome": "met", "name": "Jan de Vries", "client_id": str(uuid.uuid4())}
    page = client.post(door_url(world), data).content.decode()
    assert "Zonder toestemming bewaren we niets over de bewoner" in page
    client.post(door_url(world), {"outcome": "not_home", "client_id": str(uuid.uuid4())})
    with scope(collective=world.a):
        assert list(Visit.objects.values_list("outcome", "name")) == [("not_home", "")]


def test_a_question_and_a_wish_to_join_go_to_the_1_loket_and_the_treasurer(
    world: World, client: Client
) -> None:
    login(client, world.a_coordinator)
    client_id = str(uuid.uuid4())
    data = {
        "outcome": "question",
        "consent": "on",
        "name": "Jan de Vries",
        "phone": "0528 111 222",
        "question": "Mijn vrouw kan niet meer naar de supermarkt.",
        "category": "groceries",
        "join": "on",
        "client_id": client_id,
    }
    assert client.post(door_url(world), data).status_code == 302
    client.post(door_url(world), data)  # pressed twice: one visit
    with scope(collective=world.a):
        visit = Visit.objects.get()
        request = HelpRequest.objects.get(pk=visit.help_request_id)
        application = Application.objects.get(pk=visit.application_id)
        door = Stop.objects.get(pk=world.a_outreach.stop_id).door
    assert (request.channel, request.category) == (Channel.DOOR, "groceries")
    assert request.resident.full_name == "Jan de Vries"
    assert request.resident.postcode == door.postcode == application.postcode
    assert (application.family_name_prefix, application.via) == ("de", "door")


def test_a_paper_list_is_typed_in_by_the_codes(world: World, client: Client) -> None:
    login(client, world.a_coordinator)
    with scope(collective=world.a):
        stop = Stop.objects.get(pk=world.a_outreach.stop_id)
    url = f"/{world.a.slug}/aanbellen/lijsten/{world.a_outreach.list_id}/"
    printed = client.get(f"{url}afdrukken/").content.decode()
    assert f'<span class="wk-code">{stop.code}</span> Dorpsstraat 2' in printed
    data = {"code": stop.code.lower(), "outcome": "not_home", "day": "2026-12-01"}
    assert client.post(url, data).status_code == 302
    wrong = client.post(url, {**data, "code": "ZZZZ"}).content.decode()
    assert "Deze code staat niet op deze lijst." in wrong
    page = client.get(url).content.decode()
    assert "niet thuis, 1 december" in page


def phone_visits(world: World, count: int) -> list[dict[str, object]]:
    with scope(collective=world.a):
        codes = list(
            Stop.objects.filter(walk_list_id=world.a_outreach.list_id).values_list(
                "code", flat=True
            )
        )
    return [
        {"id": str(uuid.uuid4()), "code": code, "outcome": "met", "at": "2026-12-02T10:15:00"}
        for code in codes[:count]
    ]


def sync(client: Client, world: World, visits: list[dict[str, object]]) -> dict[str, object]:
    url = f"/{world.a.slug}/aanbellen/lijsten/{world.a_outreach.list_id}/sync/"
    response = client.post(url, json.dumps({"visits": visits}), content_type="application/json")
    return response.json()


def test_a_phone_syncing_twice_stores_each_visit_once(world: World, client: Client) -> None:
    login(client, world.a_coordinator)
    visits = phone_visits(world, 4)
    visits.append({**visits[0], "id": str(uuid.uuid4()), "name": "Piet"})  # no consent
    first = sync(client, world, visits)
    assert (first["stored"], first["already"]) == (4, 0)
    assert first["errors"] == [
        {
            "id": visits[4]["id"],
            "error": "Zonder toestemming bewaren we niets over de bewoner. Vraag eerst of het mag.",
        }
    ]
    again = sync(client, world, visits[:4])
    assert (again["stored"], again["already"]) == (0, 4)
    with scope(collective=world.a):
        assert Visit.objects.count() == 4


@pytest.mark.django_db(transaction=True)
def test_the_same_visits_sent_at_the_same_moment_are_stored_once(world: World) -> None:
    visits = phone_visits(world, 5)
    other = make_user(world.a, "coordinator", email="tweede@dorp-a.example")
    clients = [login(Client(), world.a_coordinator), login(Client(), other)]
    url = f"/{world.a.slug}/aanbellen/lijsten/{world.a_outreach.list_id}/sync/"
    body = json.dumps({"visits": visits})
    statuses = at_once(clients, lambda i, c: c.post(url, body, content_type="application/json"))
    assert statuses == [200, 200]
    with scope(collective=world.a):
        assert Visit.objects.count() == 5


def test_someone_who_wants_to_join_an_activity_is_on_the_coordinators_call_list(
    world: World, client: Client
) -> None:
    meal = an_activity(world.a, title="Eten in de buurtkamer")
    login(client, world.a_coordinator)
    data = {"outcome": "met", "interest": meal.pk, "client_id": str(uuid.uuid4())}
    refused = client.post(door_url(world), data).content.decode()
    assert "Zonder toestemming bewaren we niets" in refused
    agreed = {**data, "consent": "on", "name": "Kees Bakker", "phone": "0528 222 333"}
    assert client.post(door_url(world), agreed).status_code == 302
    page = client.get(f"/{world.a.slug}/aanbellen/rondes/{world.a_outreach.round_id}/")
    text = page.content.decode()
    assert "<strong>Eten in de buurtkamer</strong>: Kees Bakker, 0528 222 333" in text
