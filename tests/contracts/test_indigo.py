"""The INDIGO export: valid against the data standard's project schema, signed contracts only,
and only to a partner of the contract's own collective."""

import json
from pathlib import Path

import jsonschema_rs
import pytest
from django.test import Client
from django_scopes import scope

from tests.conftest import World, make_user
from wijkkracht.core.models import Person
from wijkkracht.core.services.accounts import api_token_create

pytestmark = pytest.mark.django_db

SCHEMA = json.loads(
    (
        Path(__file__).resolve().parents[2] / "wijkkracht" / "contracts" / "indigo" / "project.json"
    ).read_text()
)
VALIDATOR = jsonschema_rs.Draft7Validator(SCHEMA)


def token_of(user, collective) -> str:  # type: ignore[no-untyped-def]
    with scope(collective=collective):
        person = Person.objects.get(user=user)
        return api_token_create(actor=user, person=person, label="gemeente")


def indigo(client: Client, contract_id: int, token: str):  # type: ignore[no-untyped-def]
    return client.get(
        f"/api/contracts/{contract_id}/indigo.json", headers={"Authorization": f"Bearer {token}"}
    )


def test_a_signed_contract_exports_valid_indigo_with_its_payments(
    world: World, client: Client
) -> None:
    response = indigo(client, world.a_contracts.contract_id, token_of(world.a_partner, world.a))
    assert response.status_code == 200
    data = response.json()
    errors = [error.message for error in VALIDATOR.iter_errors(data)]
    assert errors == []
    assert data["name"] == {"value": "Wijkcontract Dorp A"}
    assert [metric["id"] for metric in data["outcome_metrics"]] == ["maaltijden", "zorgkosten"]
    assert data["outcome_pricings"][0]["price_per_unit"]["amount"] == {"value": 4.5}
    savings = [
        p for p in data["outcome_payments"] if p["outcome_metric_id"]["value"] == "zorgkosten"
    ]
    # ½ · 4.50 · 1,250 for the test world's statement of last year
    assert savings[0]["money"]["amount"] == {"value": 2812.5}
    assert savings[0]["type"] == {"value": "Actual"}


def test_the_validator_refuses_a_wrong_shape() -> None:
    wrong = {"status": "OPEN", "outcome_payments": [{"money": {"amount": {"value": "veel"}}}]}
    assert len(list(VALIDATOR.iter_errors(wrong))) == 2


def test_drafts_and_other_collectives_are_not_found(world: World, client: Client) -> None:
    token = token_of(world.a_partner, world.a)
    assert indigo(client, world.a_contracts.draft_id, token).status_code == 404
    other = make_user(world.b, "partner", email="partner@wijk-b.example")
    other_token = token_of(other, world.b)
    assert indigo(client, world.a_contracts.contract_id, other_token).status_code == 404
    assert indigo(client, world.a_contracts.contract_id, token + "x").status_code == 401
