"""The walk-in desk: where and when to walk in, and a question logged in two clicks."""

import datetime

from django.test import Client
from django.utils import timezone
from django_scopes import scope

from tests.conftest import login
from tests.info.conftest import Point
from wijkkracht.info.models import Question, WalkInHour
from wijkkracht.info.selectors import desk_figures, next_date
from wijkkracht.info.services.socialmap import walk_in_save


def _walk_in(point: Point, weekday: int = 1) -> WalkInHour:
    service = point.service("Dorpscoöperatie", "Belastingspreekuur", "geld")
    with scope(collective=point.collective):
        return walk_in_save(
            actor=None,
            service=service,
            weekday=weekday,
            starts_at=datetime.time(10),
            ends_at=datetime.time(12),
            location="Dorpshuis, Dorpsstraat 12",
            hosts="Henk en Fatma",
        )


def test_a_resident_sees_where_and_when_to_walk_in(point: Point, client: Client) -> None:
    walk_in = _walk_in(point)
    page = client.get(f"/dorp/informatie/diensten/{walk_in.service_id}/").content.decode()
    assert "Dinsdag van 10:00 tot 12:00 uur, Dorpshuis, Dorpsstraat 12" in page
    assert "Aan de balie: Henk en Fatma" in page
    week = client.get("/dorp/informatie/spreekuren/").content.decode()
    assert "Belastingspreekuur" in week and "Henk en Fatma" in week


def test_the_next_date_of_a_walk_in_is_this_week_or_today() -> None:
    monday = datetime.date(2026, 11, 23)
    assert next_date(WalkInHour(weekday=0), monday) == monday
    assert next_date(WalkInHour(weekday=1), monday) == datetime.date(2026, 11, 24)
    assert next_date(WalkInHour(weekday=6), datetime.date(2026, 11, 30)) == datetime.date(
        2026, 12, 6
    )


def test_the_desk_volunteer_logs_a_question_in_two_clicks(point: Point, client: Client) -> None:
    walk_in = _walk_in(point)
    other = point.service("SchuldHulpMaatje", "Schuldhulp", "geld")
    point.service("Huisarts", "Huisarts", "gezondheid")
    login(client, point.volunteer)
    first = client.post(f"/dorp/informatie/balie/{walk_in.pk}/vraag/", {"topic": "geld"})
    second_page = client.get(first["Location"]).content.decode()
    # the organisations with a service for the topic come first
    assert second_page.index("SchuldHulpMaatje") < second_page.index("Huisarts")
    second = client.post(first["Location"], {"organisation": other.organisation_id})
    assert second["Location"] == f"/dorp/informatie/balie/{walk_in.pk}/"
    client.post(
        client.post(f"/dorp/informatie/balie/{walk_in.pk}/vraag/", {"topic": "geld"})["Location"],
        {"organisation": ""},
    )
    page = client.get(second["Location"]).content.decode()
    assert "Geld, post en papieren, doorverwezen naar SchuldHulpMaatje" in page
    assert "Geld, post en papieren, hier beantwoord" in page
    today = timezone.localdate()
    with scope(collective=point.collective):
        figures = desk_figures(start=today, end=today)
        assert Question.objects.filter(logged_by=point.volunteer).count() == 2
    assert (figures.total, figures.answered_here, figures.referred) == (2, 1, 1)
    assert figures.by_topic == [("Geld, post en papieren", 2)]
    assert figures.by_organisation == [("SchuldHulpMaatje", 1)]


def test_a_question_without_a_known_topic_is_refused_and_members_cannot_log(
    point: Point, client: Client
) -> None:
    walk_in = _walk_in(point)
    login(client, point.volunteer)
    response = client.post(f"/dorp/informatie/balie/{walk_in.pk}/vraag/", {"topic": "x"})
    assert "Kies een onderwerp." in client.get(response["Location"]).content.decode()
    client.logout()
    login(client, point.member)
    assert client.get(f"/dorp/informatie/balie/{walk_in.pk}/").status_code == 404
    response = client.post(f"/dorp/informatie/balie/{walk_in.pk}/vraag/", {"topic": "geld"})
    assert response.status_code == 404
    with scope(collective=point.collective):
        assert not Question.objects.exists()
