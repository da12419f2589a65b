"""The partner API grows, aggregates only: what a collective did in a calendar period (null
with suppressed true under 10), keys that expire, a limit of calls per key per minute, every
call in the audit log, and the Dutch API Design Rules the API touches, one test each."""

import datetime

import pytest
from django.test import Client, override_settings
from django.utils import timezone
from django_scopes import scope, scopes_disabled
from freezegun import freeze_time

from tests.conftest import World, make_person
from wijkkracht.core.models import ApiToken, AuditEntry, Person
from wijkkracht.core.models.people import hash_token
from wijkkracht.core.services.accounts import api_token_create


@pytest.fixture
def token(world: World) -> str:
    with scope(collective=world.a):
        partner = Person.objects.get(user=world.a_partner)
        return api_token_create(actor=world.a_partner, person=partner, label="gemeente")


def _get(client: Client, path: str, token: str):  # type: ignore[no-untyped-def]
    return client.get(path, headers={"Authorization": f"Bearer {token}"})


def test_what_the_collective_did_in_a_year(world: World, client: Client, token: str) -> None:
    for _index in range(12):
        make_person(world.a, "volunteer")
    year = timezone.localdate().year
    response = _get(client, f"/api/collectives/{world.a.slug}/activity?period={year}", token)
    body = response.json()
    assert response.status_code == 200
    assert (body["start"], body["end"]) == (f"{year}-01-01", f"{year}-12-31")
    figures = {figure["key"]: figure for figure in body["figures"]}
    assert figures["volunteers"] == {
        "key": "volunteers",
        "label": "Vrijwilligers",
        "value": 13.0,  # 12 and the world's 1-loket volunteer
        "suppressed": False,
    }
    small = [figure for figure in body["figures"] if figure["suppressed"]]
    assert all(figure["value"] is None for figure in small)
    refused = _get(client, f"/api/collectives/{world.a.slug}/activity?period=2026-01-03", token)
    assert refused.status_code == 400
    assert refused.json() == {"detail": "Kies een jaar, bijvoorbeeld 2026."}
    other = _get(client, f"/api/collectives/{world.b.slug}/activity?period=2026", token)
    assert other.status_code == 404  # another collective's figures: not found
    # A quarter beside its year would give a hidden count away: refused for now.
    quarter = _get(client, f"/api/collectives/{world.a.slug}/activity?period=2026-K3", token)
    assert quarter.status_code == 400 and "Kwartalen" in quarter.json()["detail"]


def test_a_key_expires_after_a_year(world: World, client: Client, token: str) -> None:
    path = f"/api/collectives/{world.a.slug}/figures"
    assert _get(client, path, token).status_code == 200
    with scopes_disabled():
        made = ApiToken.objects.get(token_hash=hash_token(token))
        lifetime = made.expires_at - made.created_at
        assert abs(lifetime - datetime.timedelta(days=365)) < datetime.timedelta(seconds=1)
        ApiToken.objects.filter(pk=made.pk).update(expires_at=timezone.now())
    expired = _get(client, path, token)
    assert expired.status_code == 401 and "verlopen" in expired.json()["detail"]


@override_settings(API_CALLS_PER_MINUTE=3)
def test_a_key_makes_at_most_so_many_calls_a_minute(
    world: World, client: Client, token: str
) -> None:
    path = f"/api/collectives/{world.a.slug}/figures"
    with freeze_time("2026-12-04 12:00:15"):
        statuses = [_get(client, path, token).status_code for _call in range(4)]
        refused = _get(client, path, token)
    assert statuses == [200, 200, 200, 429]
    assert refused["Retry-After"] == "45"  # the minute ends in 45 seconds
    assert refused.json()["detail"].startswith("Te veel verzoeken.")
    with freeze_time("2026-12-04 12:01:00"):  # a new minute
        assert _get(client, path, token).status_code == 200


def test_every_call_is_in_the_audit_log(world: World, client: Client, token: str) -> None:
    _get(client, f"/api/collectives/{world.a.slug}/figures?x=1", token)
    with scope(collective=world.a):
        entry = AuditEntry.objects.filter(action="api.call").get()
    assert entry.data == {"method": "GET", "path": f"/api/collectives/{world.a.slug}/figures"}
    assert token not in str(entry.data)
    assert entry.actor == world.a_partner


# Dutch API Design Rules (Logius, API Design Rules 2.0), the rules this API touches.


def test_adr_version_header_on_every_answer(world: World, client: Client, token: str) -> None:
    # /core/version-header
    for response in (
        client.get("/api/openapi.json"),
        client.get("/api/health"),
        client.get(f"/api/collectives/{world.a.slug}/figures"),  # 401
        _get(client, f"/api/collectives/{world.a.slug}/figures", token),
    ):
        assert response["API-Version"] == "1.0.0"


def test_adr_openapi_document(client: Client) -> None:
    # /core/doc-openapi and /core/publish-openapi: OpenAPI 3 at openapi.json, with the version.
    document = client.get("/api/openapi.json").json()
    assert document["openapi"].startswith("3.")
    assert document["info"]["version"] == "1.0.0"
    for path, operations in document["paths"].items():
        # /core/no-trailing-slash, /core/naming-resources (lower case, plural collections)
        assert not path.endswith("/") and path == path.lower(), path
        segments = [part for part in path.split("/") if part and not part.startswith("{")]
        assert segments[0] == "api", path
        assert segments[1] in {"health", "ready", "collectives", "contracts"}, path
        for method, operation in operations.items():
            # /core/http-methods: reading only; every operation says what it is
            assert method == "get" and operation.get("summary"), path
            if operation.get("security"):
                # /core/problem-details in spirit: refusals are documented, with a body
                assert {"401", "404", "429"} <= set(operation["responses"]), path


def test_published_business_cases_and_finished_impact_rounds(
    world: World, client: Client, token: str
) -> None:
    from wijkkracht.businesscase.models import Scenario
    from wijkkracht.participation.models import Survey

    with scope(collective=world.a):
        published = Scenario.objects.select_related("case").get(
            pk=world.a_businesscase.published_id
        )
    cases = _get(client, f"/api/collectives/{world.a.slug}/businesscases", token).json()
    (case,) = cases["business_cases"]
    assert (case["title"], case["version"]) == (published.case.title, published.version)
    for party in case["parties"]:
        assert abs(party["benefits"] - party["costs"] - party["net"]) <= 0.01

    # The world's round is still open: not yet a result a partner reads. Closed, it is, and
    # with fewer than 10 answers every figure is null and suppressed.
    rounds = _get(client, f"/api/collectives/{world.a.slug}/impact", token).json()
    assert rounds["rounds"] == []
    with scope(collective=world.a):
        Survey.objects.filter(pk__in=Survey.objects.values("pk")).update(status="closed")
    (found,) = _get(client, f"/api/collectives/{world.a.slug}/impact", token).json()["rounds"]
    figures = [figure for part in found["parts"] for figure in part["figures"]]
    assert figures and all(f["suppressed"] and f["value"] is None for f in figures)
    assert all(part["respondents"] is None for part in found["parts"])
    other = _get(client, f"/api/collectives/{world.b.slug}/impact", token)
    assert other.status_code == 404
