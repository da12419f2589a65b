import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import pytest
import redis
from django.test import Client, TestCase, override_settings
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_scopes import scope

from tests.academy.build import AcademyIds, academy_build
from tests.activities.build import ActivityIds, activities_build
from tests.businesscase.build import BusinessCaseIds, businesscase_build
from tests.care.build import CareIds, care_build
from tests.contracts.build import ContractIds, contracts_build
from tests.governance.build import GovernanceIds, governance_build
from tests.help.build import HelpIds, help_build
from tests.impact.build import ImpactIds, impact_build
from tests.info.build import InfoIds, info_build
from tests.members.build import MemberIds, members_build
from tests.outreach.build import OutreachIds, outreach_build
from tests.participation.build import ParticipationIds, participation_build
from wijkkracht.core.models import Collective, Person, User
from wijkkracht.core.services.accounts import api_token_create
from wijkkracht.core.services.collectives import collective_create, federation_create
from wijkkracht.core.services.people import federation_staff_add, person_create

PASSWORD = "een-lang-wachtwoord-42"


def make_collective(slug: str, name: str) -> Collective:
    return collective_create(actor=None, name=name, slug=slug, legal_form="cooperatie")


def make_person(collective: Collective, *roles: str, email: str = "", **fields: object) -> Person:
    with scope(collective=collective):
        return person_create(
            actor=None,
            collective=collective,
            roles=list(roles),
            given_name=fields.pop("given_name", "Truus"),  # type: ignore[arg-type]
            family_name=fields.pop("family_name", "Jansen"),  # type: ignore[arg-type]
            email=email,
            **fields,
        )


def make_user(collective: Collective, *roles: str, email: str | None = None) -> User:
    email = email or f"{'-'.join(roles) or 'niemand'}@{collective.slug}.example"
    user = User.objects.create_user(email, PASSWORD, name=f"Gebruiker {email}")
    person = make_person(collective, *roles, email=email, given_name="Gebruiker")
    with scope(collective=collective):
        person.user = user
        person.save(update_fields=["user"])
    return user


def login(client: Client, user: User) -> Client:
    """Log in through the real pages, with a real TOTP code when the account needs one."""
    response = client.post(reverse("core:login"), {"email": user.email, "password": PASSWORD})
    assert response.status_code == 302, response.content.decode()[:500]
    if response["Location"].startswith(reverse("core:two_factor")):
        client.get(response["Location"])  # makes the unconfirmed device, as the page does
        device = TOTPDevice.objects.get(user=user)
        token = f"{totp(device.bin_key):06d}"
        done = client.post(reverse("core:two_factor"), {"token": token})
        assert done.status_code == 302
    return client


@dataclass
class World:
    """Two collectives that must never see each other, each with people in every role."""

    a: Collective
    b: Collective
    a_coordinator: User
    a_partner: User
    a_resident: Person
    a_token_id: int
    a_members: MemberIds
    a_help: HelpIds
    a_activities: ActivityIds
    a_info: InfoIds
    a_businesscase: BusinessCaseIds
    a_participation: ParticipationIds
    a_impact: ImpactIds
    a_contracts: ContractIds
    a_outreach: OutreachIds
    a_care: CareIds
    a_academy: AcademyIds
    a_governance: GovernanceIds
    b_coordinator: User
    b_everything: User


def world_build() -> World:
    """Make the two collectives; the caller provides the database."""
    a = make_collective("dorp-a", "Dorpscoöperatie A")
    b = make_collective("wijk-b", "Wijkcoöperatie B")
    a_partner = make_user(a, "partner")
    with scope(collective=a):
        partner_person = Person.objects.get(user=a_partner)
        api_token_create(actor=a_partner, person=partner_person, label="gemeente")
        token_id = partner_person.api_tokens.get().pk
    a_resident = make_person(a, phone="0528 123456", postcode="7915 AB", house_number=12)
    return World(
        a=a,
        b=b,
        a_coordinator=make_user(a, "coordinator"),
        a_partner=a_partner,
        a_resident=a_resident,
        a_token_id=token_id,
        a_members=members_build(a, a_resident),
        a_help=help_build(a, a_resident),
        a_activities=activities_build(a, a_resident),
        a_info=info_build(a),
        a_businesscase=businesscase_build(a),
        a_participation=participation_build(a, a_resident),
        a_impact=impact_build(a),
        a_contracts=contracts_build(a, a_resident),
        a_outreach=outreach_build(a),
        a_care=care_build(a, a_resident),
        a_academy=academy_build(a, a_resident),
        a_governance=governance_build(a, a_resident),
        b_coordinator=make_user(b, "coordinator"),
        b_everything=make_user(
            b,
            "resident",
            "member",
            "volunteer",
            "coordinator",
            "board",
            "teacher",
            "partner",
            email="alles@wijk-b.example",
        ),
    )


@pytest.fixture
def world(db: None) -> World:
    return world_build()


IMMEDIATE_TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture
def immediate_tasks(settings) -> None:  # type: ignore[no-untyped-def]
    """Run queued e-mails at once, as the worker would."""
    settings.TASKS = IMMEDIATE_TASKS


@contextmanager
def worker_runs_jobs() -> Iterator[None]:
    """The jobs a request inside queues run when it commits, as the task worker would run them."""
    with override_settings(TASKS=IMMEDIATE_TASKS), TestCase.captureOnCommitCallbacks(execute=True):
        yield


@pytest.fixture
def logged_in(client: Client) -> Callable[[User], Client]:
    def _login(user: User) -> Client:
        client.logout()
        return login(client, user)

    return _login


@pytest.fixture
def federation_world(world: World) -> tuple[World, User]:
    return world, federation_build(world.a, world.b)


def federation_build(*collectives: Collective) -> User:
    """Group the collectives into the federation "stad-test"; return its staff login."""
    federation = federation_create(actor=None, name="Stadscoöperatie Test", slug="stad-test")
    for collective in collectives:
        collective.federation = federation
        collective.save(update_fields=["federation"])
    staff = User.objects.create_user("staf@stad-test.example", PASSWORD, name="Staf Stad")
    federation_staff_add(actor=None, federation=federation, user=staff)
    return staff


@pytest.fixture
def redis_url(worker_id: str) -> str:
    """A Redis database of this test worker's own (15, 14, …): the Redis tests empty it."""
    base = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
    number = 0 if worker_id == "master" else int(worker_id.removeprefix("gw"))
    root, _, db = base.rpartition("/")
    return f"{root}/{int(db) - number}"


@pytest.fixture
def redis_db(redis_url: str) -> redis.Redis:
    """The test worker's Redis database, empty; the test is skipped without Redis (not in CI)."""
    client = redis.Redis.from_url(redis_url)
    try:
        client.ping()
    except redis.ConnectionError:
        if os.environ.get("CI") == "true":
            raise
        pytest.skip(f"Redis not reachable at {redis_url}")
    client.flushdb()
    return client


@pytest.fixture(autouse=True)
def fast_password_hashing(request: pytest.FixtureRequest, settings) -> None:  # type: ignore[no-untyped-def]
    """Hash passwords cheaply in tests; test_security checks production uses Argon2.

    Browser tests keep Argon2: their server runs in its own process with the real settings.
    """
    if request.node.get_closest_marker("browser") is None:
        settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The browser tests first: they take longest, so the parallel workers end together."""
    items.sort(key=lambda item: item.get_closest_marker("browser") is None)
