"""People clicking at the same moment, as real requests through the whole stack.

Each thread has its own client and database connection. On PostgreSQL the row lock on the
occurrence serialises sign-ups and the exclusion constraint refuses a second booking; on
SQLite the IMMEDIATE transaction and the trigger do the same.
"""

import datetime
import time

import pytest
from django.test import Client
from django.utils import timezone
from django_scopes import scope

from tests.activities.build import an_activity
from tests.activities.conftest import Meeting
from tests.concurrent import at_once
from tests.conftest import PASSWORD, make_person
from wijkkracht.activities.models import Booking, Registration, RegistrationStatus, Via
from wijkkracht.activities.services import places, registrations
from wijkkracht.activities.services.registrations import registration_create
from wijkkracht.core.models import User

pytestmark = pytest.mark.django_db(transaction=True)
PEOPLE, CAPACITY, TAKEN = 50, 25, 20  # 50 people click at once for the last 5 places


def _residents(meeting: Meeting, count: int) -> list[Client]:
    clients = []
    for number in range(count):
        email = f"buur{number}@dorp.example"
        user = User.objects.create_user(email, PASSWORD, name=f"Buur {number}")
        person = make_person(
            meeting.collective, "resident", email=email, given_name=f"Buur{number}"
        )
        with scope(collective=meeting.collective):
            person.user = user
            person.save(update_fields=["user"])
        client = Client()
        client.force_login(user)
        clients.append(client)
    return clients


def test_fifty_sign_ups_for_the_last_five_places_give_five_places_and_forty_five_waiting(
    meeting: Meeting, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = registrations.places_taken

    def slow(occurrence):  # type: ignore[no-untyped-def]
        taken = real(occurrence)
        time.sleep(0.01)  # between counting and writing, as on a busy server
        return taken

    monkeypatch.setattr(registrations, "places_taken", slow)
    meal = an_activity(meeting.collective, capacity=CAPACITY)
    with scope(collective=meeting.collective):
        occurrence = meal.occurrences.get()
        for number in range(TAKEN):
            registration_create(
                actor=None,
                occurrence=occurrence,
                person=make_person(meeting.collective, "resident", given_name=f"Al{number}"),
                via=Via.PHONE,
            )
    clients = _residents(meeting, PEOPLE)
    url = f"/{meeting.collective.slug}/keer/{occurrence.pk}/aanmelden/"
    codes = at_once(clients, lambda index, client: client.post(url, {}))
    assert codes == [302] * PEOPLE  # every click got its page, none an error
    with scope(collective=meeting.collective):
        newcomers = Registration.objects.filter(person__given_name__startswith="Buur")
        assert newcomers.filter(status=RegistrationStatus.PLACE).count() == CAPACITY - TAKEN
        assert newcomers.filter(status=RegistrationStatus.WAITING).count() == PEOPLE - (
            CAPACITY - TAKEN
        )
        assert occurrence.registrations.filter(status=RegistrationStatus.PLACE).count() == CAPACITY


def test_two_groups_asking_for_one_room_at_one_time_get_one_booking(
    meeting: Meeting, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The service's own check is made blind here: only the database stands in the way."""
    monkeypatch.setattr(places, "booking_conflict", lambda *args, **kwargs: None)
    groups = 4
    clients = _residents(meeting, groups)
    url = f"/{meeting.collective.slug}/zalen/{meeting.room.pk}/reserveren/"
    day = (timezone.localdate() + datetime.timedelta(days=5)).isoformat()
    codes = at_once(
        clients,
        lambda index, client: client.post(
            url,
            {"date": day, "start_time": "19:00", "end_time": "21:00", "purpose": f"Groep {index}"},
        ),
    )
    assert sorted(codes) == [200] * (groups - 1) + [302]  # one booked, the others told in Dutch
    with scope(collective=meeting.collective):
        assert Booking.objects.filter(room=meeting.room).count() == 1
