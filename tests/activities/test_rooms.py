"""Room bookings: asked, approved or refused, and never two at once in one room."""

import datetime

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_scopes import scope

from tests.activities.build import an_activity
from tests.activities.conftest import Meeting
from tests.conftest import login
from wijkkracht.activities.models import Booking, BookingStatus, Repeat
from wijkkracht.activities.schedule import local_datetime
from wijkkracht.activities.services.activities import (
    activity_save,
    occurrence_cancel,
    occurrences_sync,
)
from wijkkracht.activities.services.places import booking_decide, booking_request


def _day() -> datetime.date:
    """Ten days ahead, worked out when asked: a suite may run past midnight."""
    return timezone.localdate() + datetime.timedelta(days=10)


def _at(hour: int, minute: int = 0) -> datetime.datetime:
    return local_datetime(_day(), datetime.time(hour, minute))


def _ask(meeting: Meeting, start: int, end: int, purpose: str = "Breiclub") -> Booking:
    with scope(collective=meeting.collective):
        return booking_request(
            actor=None,
            room=meeting.room,
            person=meeting.person(meeting.resident),
            starts_at=_at(start),
            ends_at=_at(end),
            purpose=purpose,
        )


def test_an_overlapping_request_is_refused_in_dutch_and_back_to_back_is_fine(
    meeting: Meeting,
) -> None:
    _ask(meeting, 14, 16)
    with pytest.raises(ValidationError) as refused:
        _ask(meeting, 15, 17, "Buurtcommissie")
    assert "al gereserveerd (Breiclub)" in refused.value.messages[0]
    _ask(meeting, 16, 18, "Buurtcommissie")  # starts when the other ends


def test_a_refused_or_cancelled_booking_frees_the_room(meeting: Meeting) -> None:
    booking = _ask(meeting, 14, 16)
    with scope(collective=meeting.collective):
        booking_decide(actor=meeting.coordinator, booking=booking, approve=False, note="Schoonmaak")
        with pytest.raises(ValidationError, match="al beslist"):
            booking_decide(actor=meeting.coordinator, booking=booking, approve=True)
    _ask(meeting, 14, 16, "Yoga")


def test_the_database_itself_refuses_an_overlap_that_skips_the_service(meeting: Meeting) -> None:
    """The guarantee is the database's (exclusion constraint or trigger), not the check's."""
    _ask(meeting, 14, 16)
    with scope(collective=meeting.collective), pytest.raises(IntegrityError), transaction.atomic():
        Booking.objects.create(
            collective=meeting.collective,
            room=meeting.room,
            purpose="Dubbel",
            starts_at=_at(15),
            ends_at=_at(17),
            status=BookingStatus.APPROVED,
        )
    with scope(collective=meeting.collective):
        refused = Booking.objects.create(
            collective=meeting.collective,
            room=meeting.room,
            purpose="Afgewezen mag wel",
            starts_at=_at(15),
            ends_at=_at(17),
            status=BookingStatus.REFUSED,
        )
        refused.status = BookingStatus.APPROVED
        with pytest.raises(IntegrityError), transaction.atomic():
            refused.save()  # approving it later is refused too


def test_a_weekly_activity_holds_its_room_each_time_and_gives_it_back(meeting: Meeting) -> None:
    meal = an_activity(
        meeting.collective, days=10, repeat=Repeat.WEEKLY, room=meeting.room, capacity=30
    )
    with scope(collective=meeting.collective):
        occurrences = list(meal.occurrences.order_by("starts_at"))
        assert len(occurrences) >= 50  # a year ahead
        assert meal.place == meeting.place  # taken from the room
        assert all(o.booking and o.booking.status == BookingStatus.APPROVED for o in occurrences)
    with pytest.raises(ValidationError, match="al gereserveerd \\(Aanschuiftafel\\)"):
        _ask(meeting, 18, 20, "Klaverjassen")
    with scope(collective=meeting.collective):
        occurrence_cancel(actor=None, occurrence=occurrences[0])
        meal.refresh_from_db()
        assert meal.exdates == [_day().isoformat()]
    _ask(meeting, 18, 20, "Klaverjassen")  # that evening the room is free
    with scope(collective=meeting.collective):
        # Moving the meal back onto the card game's evening: refused, and nothing changes.
        with pytest.raises(ValidationError, match="Klaverjassen"):
            activity_save(actor=None, collective=meeting.collective, activity=meal, exdates=[])
        meal.refresh_from_db()
        assert meal.exdates == [_day().isoformat()]
        # Moving it half an hour later moves every booking with it.
        activity_save(
            actor=None,
            collective=meeting.collective,
            activity=meal,
            start_time=datetime.time(18),
            end_time=datetime.time(20),
        )
        later = meal.occurrences.exclude(cancelled=True).order_by("starts_at").first()
        assert later is not None and later.booking is not None
        assert timezone.localtime(later.booking.starts_at).time() == datetime.time(18)


def test_residents_ask_and_the_manager_approves_through_the_pages(
    meeting: Meeting,
    client: Client,
    immediate_tasks: None,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    slug = meeting.collective.slug
    login(client, meeting.resident)
    form = {
        "date": _day().isoformat(),
        "start_time": "14:00",
        "end_time": "16:00",
        "purpose": "Breiclub",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/{slug}/zalen/{meeting.room.pk}/reserveren/", form)
    assert response.status_code == 302
    # The place has no manager: the coordinators hear of it.
    assert [message.to for message in mail.outbox] == [["coordinator@dorp.example"]]
    assert "Breiclub" in mail.outbox[0].body
    again = client.post(f"/{slug}/zalen/{meeting.room.pk}/reserveren/", form)
    assert "al gereserveerd (Breiclub)" in again.content.decode()
    with scope(collective=meeting.collective):
        booking = Booking.objects.get()
    # A resident cannot decide; the coordinator can.
    decide = f"/{slug}/reserveringen/{booking.pk}/beslissen/"
    assert client.post(decide, {"approve": "1"}).status_code == 404
    login(client, meeting.coordinator)
    assert "Breiclub" in client.get(f"/{slug}/reserveringen/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(decide, {"approve": "1", "note": ""}).status_code == 302
    with scope(collective=meeting.collective):
        booking.refresh_from_db()
    assert booking.status == BookingStatus.APPROVED
    assert mail.outbox[-1].to == ["aaltje@dorp.example"]
    assert "is voor u" in mail.outbox[-1].subject


def test_the_morning_round_leaves_an_unchanged_year_alone(meeting: Meeting) -> None:
    meal = an_activity(meeting.collective, repeat=Repeat.WEEKLY, room=meeting.room)
    with scope(collective=meeting.collective), CaptureQueriesContext(connection) as queries:
        occurrences_sync(meal)
    writes = [q["sql"] for q in queries if q["sql"].split()[0] in {"INSERT", "UPDATE", "DELETE"}]
    assert writes == []
    assert len(queries) < 5  # read the year once, not once per week
