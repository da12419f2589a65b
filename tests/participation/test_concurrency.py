"""Two channels at one instant: one paper code typed in twice, and a person voting online while
the volunteer types in their letter. Real simultaneous requests; one ballot each time."""

import pytest
from django.test import Client
from django_scopes import scope

from tests.concurrent import at_once
from tests.conftest import login
from tests.participation.conftest import Village
from tests.participation.test_budgets import BASE, letters, open_vote
from wijkkracht.participation.models import Ballot, Invitation
from wijkkracht.participation.services.codes import code_hash

pytestmark = pytest.mark.django_db(transaction=True)


def test_one_code_typed_in_twice_at_once_counts_once(village: Village) -> None:
    budget = open_vote(village)
    code = letters(login(Client(), village.coordinator), budget)[0]
    volunteers = [login(Client(), village.volunteer) for _ in range(2)]
    codes = at_once(
        volunteers,
        lambda i, client: client.post(
            f"{BASE}{budget.pk}/papier/", {"code": code, "approvals": ["001"]}
        ),
    )
    assert sorted(codes) == [200, 302]
    with scope(collective=village.collective):
        assert Ballot.objects.count() == 1


def test_online_and_paper_for_one_person_at_once_count_once(village: Village) -> None:
    budget = open_vote(village)
    printed = letters(login(Client(), village.coordinator), budget)
    with scope(collective=village.collective):
        annas = Invitation.objects.get(person=village.person(village.anna))
    annas_code = next(code for code in printed if code_hash(code) == annas.code_hash)
    anna, volunteer = login(Client(), village.anna), login(Client(), village.volunteer)
    statuses = at_once(
        [anna, volunteer],
        lambda i, client: client.post(
            f"{BASE}{budget.pk}/stemmen/" if i == 0 else f"{BASE}{budget.pk}/papier/",
            {"approvals": ["002"]} if i == 0 else {"code": annas_code, "approvals": ["003"]},
        ),
    )
    assert sorted(statuses) == [200, 302]
    with scope(collective=village.collective):
        assert Ballot.objects.count() == 1
        annas.refresh_from_db()
    assert annas.used_at is not None
