import datetime
from dataclasses import dataclass, field

import pytest
from django_scopes import scope

from tests.activities.build import an_activity
from tests.conftest import make_collective, make_person, make_user
from wijkkracht.activities.models import Activity, Repeat, Via
from wijkkracht.activities.services.registrations import registration_create
from wijkkracht.core.models import Collective, Person, User
from wijkkracht.impact.models import Round
from wijkkracht.impact.services.rounds import round_create, round_open
from wijkkracht.members.services.members import member_create
from wijkkracht.participation.services.surveys import survey_answer

MEMBERS = 14
YEAR = (datetime.date(2025, 1, 1), datetime.date(2025, 12, 31))


@dataclass
class Neighbourhood:
    """A collective with a coordinator, a board member, a partner, 14 members of whom one
    logs in (Anna, the first), and a shared meal they all signed up for; plus an outsider."""

    collective: Collective
    coordinator: User
    board: User
    partner: User
    anna: User
    outsider: User
    meal: Activity
    members: list[Person] = field(default_factory=list)


@pytest.fixture
def wijk(db: None) -> Neighbourhood:
    collective = make_collective("wijk", "Wijkcoöperatie")
    other = make_collective("elders", "Elders")
    anna = make_user(collective, "member", email="anna@wijk.example")
    meal = an_activity(collective, repeat=Repeat.WEEKLY, capacity=40)
    found = Neighbourhood(
        collective=collective,
        coordinator=make_user(collective, "coordinator"),
        board=make_user(collective, "board"),
        partner=make_user(collective, "partner"),
        anna=anna,
        outsider=make_user(other, "coordinator", "board"),
        meal=meal,
    )
    with scope(collective=collective):
        people = [Person.objects.get(user=anna)] + [
            make_person(collective, "member", given_name=f"Lid {n}", house_number=n)
            for n in range(2, MEMBERS + 1)
        ]
        occurrence = meal.occurrences.order_by("starts_at").first()
        assert occurrence is not None
        for number, person in enumerate(people, start=1):
            person.postcode, person.house_number = "3500 AA", number
            person.save()
            member_create(actor=None, person=person, since=datetime.date(2024, 1, 1))
            registration_create(actor=None, occurrence=occurrence, person=person, via=Via.PHONE)
    found.members = people
    return found


def make_round(wijk: Neighbourhood, **fields: object) -> Round:
    values: dict[str, object] = {
        "title": "Buurtmeting 2025",
        "stage": "area",
        "instruments": ["cbs-cohesion", "djg6"],
        "reach": "members",
        "period_start": YEAR[0],
        "period_end": YEAR[1],
    }
    with scope(collective=wijk.collective):
        measurement = round_create(actor=None, collective=wijk.collective, **{**values, **fields})
        return round_open(actor=None, measurement=measurement)


def answer_all(wijk: Neighbourhood, measurement: Round, sheets: list[list[str | None]]) -> None:
    """The first len(sheets) members answer online, sheet n for member n, in question order."""
    with scope(collective=wijk.collective):
        questions = list(measurement.survey.questions.values_list("pk", flat=True))
        for person, sheet in zip(wijk.members, sheets, strict=False):
            answers = {pk: value for pk, value in zip(questions, sheet, strict=False) if value}
            survey_answer(actor=None, survey=measurement.survey, answers=answers, person=person)
