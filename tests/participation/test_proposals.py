"""Ideas and dialogues: residents send in and support ideas, the board decides with reasons,
progress is shown; a dialogue's ranked priorities are published."""

from django.test import Client
from django_scopes import scope

from tests.activities.build import activities_build
from tests.conftest import login
from tests.participation.conftest import Village
from wijkkracht.core.models import Collective, Person
from wijkkracht.participation.models import Dialogue, Proposal
from wijkkracht.participation.services.dialogues import dialogue_create

IDEAS = "/dorp/inspraak/ideeen/"


def test_an_idea_is_sent_in_supported_and_decided_with_reasons(village: Village) -> None:
    anna = login(Client(), village.anna)
    response = anna.post(
        f"{IDEAS}nieuw/", {"title": "Bankje bij de kerk", "description": "Om uit te rusten."}
    )
    with scope(collective=village.collective):
        proposal = Proposal.objects.get()
    assert response["Location"] == f"{IDEAS}{proposal.pk}/"
    bert = login(Client(), village.bert)
    bert.post(f"{IDEAS}{proposal.pk}/steunen/")
    assert "2 bewoners steunen dit idee" not in bert.get(f"{IDEAS}{proposal.pk}/").content.decode()
    anna.post(f"{IDEAS}{proposal.pk}/steunen/")
    assert "2 bewoners steunen dit idee" in anna.get(f"{IDEAS}{proposal.pk}/").content.decode()
    anna.post(f"{IDEAS}{proposal.pk}/steunen/")  # takes it back
    assert "1 bewoner steunt dit idee" in anna.get(f"{IDEAS}{proposal.pk}/").content.decode()
    coordinator = login(Client(), village.coordinator)
    no_reason = coordinator.post(
        f"{IDEAS}{proposal.pk}/besluit/",
        {"status": "feasible", "cost": "450", "reason": " "},
        follow=True,
    )
    assert "Kies een besluit en schrijf op waarom" in no_reason.content.decode()
    coordinator.post(
        f"{IDEAS}{proposal.pk}/besluit/",
        {"status": "feasible", "cost": "450", "reason": "De gemeente betaalt mee."},
    )
    page = bert.get(f"{IDEAS}{proposal.pk}/").content.decode()
    assert "De gemeente betaalt mee." in page
    assert "Haalbaar" in page
    coordinator.post(
        f"{IDEAS}{proposal.pk}/voortgang/",
        {"written_on": "2026-05-01", "text": "Het bankje staat er.", "done": "on"},
    )
    page = bert.get(f"{IDEAS}{proposal.pk}/").content.decode()
    assert "Het bankje staat er." in page
    assert "Klaar" in page


def test_a_member_cannot_decide_on_an_idea(village: Village) -> None:
    anna = login(Client(), village.anna)
    anna.post(f"{IDEAS}nieuw/", {"title": "Bankje", "description": "Om te zitten."})
    with scope(collective=village.collective):
        proposal = Proposal.objects.get()
    response = anna.post(f"{IDEAS}{proposal.pk}/besluit/", {"status": "feasible", "reason": "Ja"})
    assert response.status_code == 404
    with scope(collective=village.collective):
        assert Proposal.objects.get().status == "submitted"


def test_priorities_are_published_in_their_order(village: Village) -> None:
    with scope(collective=village.collective):
        dialogue = dialogue_create(
            actor=None, collective=village.collective, topic="Zorg", description=""
        )
    url = f"/dorp/inspraak/dialoog/{dialogue.pk}/"
    anna = login(Client(), village.anna)
    assert anna.get(url).status_code == 404  # not yet published
    coordinator = login(Client(), village.coordinator)
    coordinator.post(
        f"{url}prioriteiten/",
        {"lines": "Vervoer: een vaste rit\n\nSamen eten\nWonen", "publish": "on"},
    )
    page = anna.get(url).content.decode()
    assert page.index("Vervoer") < page.index("Samen eten") < page.index("Wonen")
    assert "een vaste rit" in page
    with scope(collective=village.collective):
        assert Dialogue.objects.get().published_at is not None
        assert list(Dialogue.objects.get().priorities.values_list("rank", flat=True)) == [1, 2, 3]


def test_a_meeting_links_to_an_activity_of_the_own_agenda_only(village: Village) -> None:
    with scope(collective=village.collective):
        dialogue = dialogue_create(
            actor=None, collective=village.collective, topic="Zorg", description=""
        )
        own = activities_build(village.collective, village.person(village.anna)).activity_id
    other = Collective.objects.get(slug="elders")
    with scope(collective=other):
        foreign = activities_build(other, Person.objects.get(user=village.outsider)).activity_id
    url = f"/dorp/inspraak/dialoog/{dialogue.pk}/"
    coordinator = login(Client(), village.coordinator)
    for activity in (foreign, own):
        coordinator.post(
            f"{url}bijeenkomst/",
            {"held_on": "2026-03-12", "place": "Dorpshuis", "activity": activity},
        )
    with scope(collective=village.collective):
        assert list(dialogue.meetings.values_list("activity_id", flat=True)) == [own]
    page = coordinator.get(url).content.decode()
    assert f'href="/dorp/activiteiten/{own}/"' in page
