"""Coordinators clicking at the same moment, as real requests through the whole stack.

Each thread has its own client and database connection, so the transactions really overlap:
on SQLite the IMMEDIATE transaction serialises them, on PostgreSQL the row locks on the
volunteer and the request do, and the partial unique index backs both.
"""

import time

import pytest
from django.test import Client
from django_scopes import scope

from tests.concurrent import at_once
from tests.conftest import login, make_user
from tests.help.build import a_request, a_volunteer
from tests.help.conftest import Loket
from wijkkracht.core.models import AuditEntry, Person
from wijkkracht.help.models import ACTIVE_STATES, Assignment
from wijkkracht.help.services import assignments
from wijkkracht.help.services.assignments import assignment_propose
from wijkkracht.help.tokens import answer_token

pytestmark = pytest.mark.django_db(transaction=True)
COORDINATORS = 4


@pytest.fixture(autouse=True)
def slow_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pause between reading the volunteer's tasks and writing the new one, as on a busy
    server, so that without the locks the requests surely interleave (and these tests fail)."""
    real = assignments.next_day

    def slow(request):  # type: ignore[no-untyped-def]
        time.sleep(0.2)
        return real(request)

    monkeypatch.setattr(assignments, "next_day", slow)


def coordinators(loket: Loket) -> list[Client]:
    users = [loket.coordinator] + [
        make_user(loket.collective, "coordinator", email=f"coordinator{n}@dorp.example")
        for n in range(1, COORDINATORS)
    ]
    return [login(Client(), user) for user in users]


def test_two_coordinators_never_give_one_volunteer_two_tasks_at_the_same_time(
    loket: Loket,
) -> None:
    with scope(collective=loket.collective):
        resident = Person.objects.get(user=loket.coordinator)
        loket.volunteer.max_tasks_per_week = 10
        loket.volunteer.save()
    requests = [
        a_request(loket.collective, resident, start=10 + n % 2, end=12 + n % 2)
        for n in range(COORDINATORS)
    ]
    slug = loket.collective.slug
    codes = at_once(
        coordinators(loket),
        lambda index, client: client.post(
            f"/{slug}/hulp/vragen/{requests[index].pk}/vrijwilliger-vragen/",
            {"volunteer": loket.volunteer.pk, "score": 50},
        ),
    )
    assert codes == [302] * COORDINATORS  # every coordinator got an answer, none an error
    with scope(collective=loket.collective):
        assert Assignment.objects.filter(volunteer=loket.volunteer).count() == 1


def test_two_coordinators_never_ask_two_volunteers_for_one_request(loket: Loket) -> None:
    with scope(collective=loket.collective):
        resident = Person.objects.get(user=loket.coordinator)
    volunteers = [loket.volunteer] + [
        a_volunteer(loket.collective, f"Extra{n}") for n in range(1, COORDINATORS)
    ]
    help_request = a_request(loket.collective, resident)
    slug = loket.collective.slug
    codes = at_once(
        coordinators(loket),
        lambda index, client: client.post(
            f"/{slug}/hulp/vragen/{help_request.pk}/vrijwilliger-vragen/",
            {"volunteer": volunteers[index].pk, "score": 50},
        ),
    )
    assert codes == [302] * COORDINATORS
    with scope(collective=loket.collective):
        assert Assignment.objects.filter(request=help_request).count() == 1
        assert Assignment.objects.filter(state__in=ACTIVE_STATES).count() == 1


def test_a_double_click_on_yes_in_the_e_mail_says_yes_once(loket: Loket) -> None:
    with scope(collective=loket.collective):
        resident = Person.objects.get(user=loket.coordinator)
    help_request = a_request(loket.collective, resident)
    with scope(collective=loket.collective):
        task = assignment_propose(actor=None, request=help_request, volunteer=loket.volunteer)
    path = f"/{loket.collective.slug}/hulp/antwoord/{answer_token(task.pk)}/"
    codes = at_once([Client() for _n in range(3)], lambda _i, c: c.post(path, {"answer": "yes"}))
    assert codes == [200, 200, 200]
    with scope(collective=loket.collective):
        assert AuditEntry.objects.filter(action="assignment.accept").count() == 1
