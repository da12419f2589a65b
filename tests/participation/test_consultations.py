"""Consultation before procurement: residents weigh the criteria in a survey, the published
report ranks what they asked for, and the collective attaches its bid plan."""

from django.test import Client
from django_scopes import scope

from tests.conftest import login
from tests.participation.conftest import Village
from wijkkracht.participation.models import Consultation, Question

BASE = "/dorp/inspraak/aanbesteding/"


def test_residents_weigh_the_criteria_and_the_report_ranks_them(village: Village) -> None:
    coordinator = login(Client(), village.coordinator)
    one = coordinator.post(
        f"{BASE}nieuw/",
        {
            "service": "Huishoudelijke hulp",
            "announced_by": "municipality",
            "criteria": "Alleen dit",
        },
    )
    assert "Geef minstens twee punten om te wegen" in one.content.decode()
    response = coordinator.post(
        f"{BASE}nieuw/",
        {
            "service": "Huishoudelijke hulp",
            "announced_by": "municipality",
            "description": "De gemeente koopt in 2027 nieuwe hulp in.",
            "criteria": "Vaste hulp die u kent\nHulp uit het dorp\nLage eigen bijdrage",
        },
    )
    with scope(collective=village.collective):
        consultation = Consultation.objects.get()
        scales = list(
            Question.objects.filter(survey=consultation.survey, kind="scale").values_list(
                "pk", flat=True
            )
        )
    assert response["Location"] == f"{BASE}{consultation.pk}/"
    assert len(scales) == 3
    anna, bert = login(Client(), village.anna), login(Client(), village.bert)
    assert anna.get(f"{BASE}{consultation.pk}/").status_code == 404  # survey not open yet
    coordinator.post(f"/dorp/inspraak/enquetes/{consultation.survey.pk}/openen/")
    # Anna: 5, 3, 4; Bert: 4, 5, 2. Means 4.5, 4.0, 3.0; important (4 or 5): 100, 50, 50 %.
    for client, marks in ((anna, (5, 3, 4)), (bert, (4, 5, 2))):
        data = {f"q{pk}": str(mark) for pk, mark in zip(scales, marks, strict=True)}
        client.post(f"/dorp/inspraak/enquetes/{consultation.survey.pk}/invullen/", data)
    page = anna.get(f"{BASE}{consultation.pk}/").content.decode()
    assert "Het verslag is nog niet gepubliceerd." in page
    coordinator.post(f"{BASE}{consultation.pk}/publiceren/")
    coordinator.post(
        f"{BASE}{consultation.pk}/biedplan/",
        {
            "bid_plan": "Hulp van dorpsgenoten, via de dorpsondersteuner.",
            "bid_link": "https://example.org/rapport",
        },
    )
    page = anna.get(f"{BASE}{consultation.pk}/").content.decode()
    rows = [
        page.index(c) for c in ("Vaste hulp die u kent", "Hulp uit het dorp", "Lage eigen bijdrage")
    ]
    assert rows == sorted(rows)
    assert "4,5" in page and "100,0 %" in page
    assert "Hulp van dorpsgenoten, via de dorpsondersteuner." in page
    assert 'href="https://example.org/rapport"' in page


def test_the_report_cannot_be_published_without_answers(village: Village) -> None:
    coordinator = login(Client(), village.coordinator)
    coordinator.post(
        f"{BASE}nieuw/",
        {"service": "Vervoer", "announced_by": "collective", "criteria": "Op tijd\nGoedkoop"},
    )
    with scope(collective=village.collective):
        consultation = Consultation.objects.get()
    page = coordinator.post(f"{BASE}{consultation.pk}/publiceren/", follow=True)
    assert "Er zijn nog geen antwoorden" in page.content.decode()
    with scope(collective=village.collective):
        assert Consultation.objects.get().published_at is None
