from collections.abc import Iterator

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import Client
from django_scopes import scope
from hypothesis import HealthCheck, settings

from tests.conftest import World, make_person
from wijkkracht.core.models import Person
from wijkkracht.core.services.accounts import api_token_create
from wijkkracht.core.services.people import role_revoke
from wijkkracht.wsgi import application


@pytest.fixture
def partner_token(world: World) -> str:
    for _index in range(12):
        make_person(world.a, "member")
    make_person(world.a, "volunteer")
    with scope(collective=world.a):
        partner = Person.objects.get(user=world.a_partner)
        return api_token_create(actor=world.a_partner, person=partner, label="gemeente")


def _figures(client: Client, slug: str, token: str):
    return client.get(
        f"/api/collectives/{slug}/figures", headers={"Authorization": f"Bearer {token}"}
    )


def test_partner_gets_aggregates_with_small_counts_hidden(
    world: World, client: Client, partner_token: str
) -> None:
    response = _figures(client, world.a.slug, partner_token)
    assert response.status_code == 200
    assert response.json() == {
        "collective": world.a.name,
        "members": 13,  # 12 + the resident of the world fixture
        "volunteers": None,  # one volunteer: hidden
        "residents": 0,
        "suppressed_below": 10,
    }


def test_token_of_one_collective_gets_404_for_another(
    world: World, client: Client, partner_token: str
) -> None:
    assert _figures(client, world.b.slug, partner_token).status_code == 404


def test_request_without_or_with_a_wrong_token_is_refused(
    world: World, client: Client, partner_token: str
) -> None:
    assert client.get(f"/api/collectives/{world.a.slug}/figures").status_code == 401
    assert _figures(client, world.a.slug, partner_token + "x").status_code == 401


def test_token_stops_working_when_the_partner_role_ends(
    world: World, client: Client, partner_token: str
) -> None:
    with scope(collective=world.a):
        role_revoke(
            actor=world.a_coordinator,
            person=Person.objects.get(user=world.a_partner),
            name="partner",
        )
    assert _figures(client, world.a.slug, partner_token).status_code == 401


def test_token_is_stored_only_as_a_hash(world: World, partner_token: str) -> None:
    with scope(collective=world.a):
        stored = list(
            Person.objects.get(user=world.a_partner).api_tokens.values_list("token_hash", flat=True)
        )
    assert partner_token not in stored
    assert all(len(value) == 64 for value in stored)


# Loaded in-process from the WSGI app: no server, the same code path as production.
schema = schemathesis.openapi.from_wsgi("/api/openapi.json", application)


@pytest.fixture
def keep_test_connection() -> Iterator[None]:
    """Keep the test's database connection open across WSGI calls, as Django's test client does."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@schema.parametrize()
@settings(max_examples=40, suppress_health_check=list(HealthCheck), deadline=None)
def test_api_never_answers_with_a_server_error(  # type: ignore[no-untyped-def]
    case, partner_token: str, keep_test_connection: None
) -> None:
    case.call_and_validate(headers={"Authorization": f"Bearer {partner_token}"})
