"""What ringing doorbells achieved, for the coordinator per round and buurt, and for partners
through the API with counts under 10 hidden."""

import datetime
import uuid

import pytest
from django.test import Client
from django.utils import timezone
from django_scopes import scope

from tests.conftest import World, login, make_person
from wijkkracht.core.models import Person
from wijkkracht.core.services.accounts import api_token_create
from wijkkracht.outreach.models import Outcome, Stop
from wijkkracht.outreach.services.visits import Told, visit_record

pytestmark = pytest.mark.django_db


def three_visits(world: World) -> None:
    """Two doors not at home, then one that opened with a question."""
    with scope(collective=world.a):
        stops = list(Stop.objects.filter(round_id=world.a_outreach.round_id).select_related("door"))
        now = timezone.now()
        for stop in stops[:2]:
            visit_record(actor=None, stop=stop, outcome=Outcome.NOT_HOME, visited_at=now)
        visit_record(
            actor=None,
            stop=stops[0],
            outcome=Outcome.QUESTION,
            visited_at=now + datetime.timedelta(days=2),
            consent=True,
            told=Told(name="Jan de Vries", question="Wie helpt met de tuin?"),
            client_id=uuid.uuid4(),
        )


def test_the_coordinator_sees_doors_rung_opened_and_hand_offs(world: World, client: Client) -> None:
    three_visits(world)
    # Known here: someone at Dorpsstraat 2, and at Kerkstraat 4-1 written as "-1".
    make_person(world.a, "member", postcode="7915 AB", house_number=2)
    make_person(world.a, postcode="7915 AC", house_number=4, house_number_addition="-1")
    login(client, world.a_coordinator)
    page = client.get(f"/{world.a.slug}/aanbellen/rondes/{world.a_outreach.round_id}/")
    text = page.content.decode()
    # 11 homes; two rung (18 %), one opened, one question handed to the 1-loket.
    assert "<strong>11</strong> deuren" in text
    # Dorpsstraat 2 (a member, and Jan de Vries recorded there with consent), Kerkstraat 4-1.
    assert "<strong>2</strong> waar we al iemand kennen" in text
    assert "<strong>2</strong> aangebeld (18 %)" in text
    assert "<strong>1</strong> keer deed iemand open" in text
    assert "<strong>1</strong> naar het 1-loket of lid worden" in text


def test_partners_get_each_rounds_figures_with_small_counts_hidden(
    world: World, client: Client
) -> None:
    three_visits(world)
    with scope(collective=world.a):
        partner = Person.objects.get(user=world.a_partner)
        token = api_token_create(actor=world.a_partner, person=partner, label="gemeente")
    headers = {"Authorization": f"Bearer {token}"}
    answer = client.get(f"/api/collectives/{world.a.slug}/outreach", headers=headers).json()
    (found,) = answer["rounds"]
    assert (found["doors"], found["rung"], found["questions"]) == (11, None, None)
    assert answer["suppressed_below"] == 10
    other = client.get(f"/api/collectives/{world.b.slug}/outreach", headers=headers)
    assert other.status_code == 404
