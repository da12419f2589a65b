"""A resident's export shows their ideas, support and whether they took part, never how they
voted; erasure takes their name off and keeps the count."""

from django.test import Client
from django_scopes import scope

from tests.conftest import login
from tests.participation.conftest import Village
from tests.participation.test_budgets import BASE, open_vote
from tests.participation.test_surveys import answer_data, make_survey
from wijkkracht.core.services.privacy import person_erase, person_export
from wijkkracht.participation.models import Ballot, Invitation, Proposal, Response


def test_the_export_says_that_anna_voted_not_what(village: Village) -> None:
    budget = open_vote(village)
    anna = login(Client(), village.anna)
    anna.post(f"{BASE}{budget.pk}/stemmen/", {"approvals": ["002"]})
    anna.post("/dorp/inspraak/ideeen/nieuw/", {"title": "Bankje", "description": "Bij de kerk."})
    survey = make_survey(village, anonymous=False)
    anna.post(f"/dorp/inspraak/enquetes/{survey.pk}/invullen/", answer_data(village, survey))
    with scope(collective=village.collective):
        data = person_export(village.person(village.anna))
    assert data["ideeën"] == [{"titel": "Bankje", "wat": "Bij de kerk.", "stand": "ingediend"}]
    assert {"aan": "Buurtbudget", "meegedaan": True, "via": "online", "brief_met_code": False} in (
        data["meegedaan"]
    )
    assert "002" not in str(data["meegedaan"])  # the vote itself is nowhere
    assert data["antwoorden_met_naam"][0]["enquete"] == "Hoe woont u?"

    with scope(collective=village.collective):
        person_erase(actor=None, person=village.person(village.anna))
        assert Proposal.objects.get(title="Bankje", budget=None).submitted_by is None
        assert Response.objects.get().person is None
        assert Ballot.objects.count() == 1
        # She still cannot vote a second time in the open vote.
        assert Invitation.objects.get(budget=budget, person__given_name="Gewist").used_at
