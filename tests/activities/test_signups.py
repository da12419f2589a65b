"""Sign-ups, the waiting list, "I need transport" and attendance."""

import datetime

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import timezone
from django_scopes import scope

from tests.activities.build import an_activity
from tests.activities.conftest import Meeting
from tests.conftest import login, make_person, make_user
from wijkkracht.activities.models import Registration, RegistrationStatus, Repeat, Via
from wijkkracht.activities.selectors import meals_served, participation
from wijkkracht.activities.services.activities import activity_save, occurrence_cancel
from wijkkracht.activities.services.registrations import (
    attendance_save,
    registration_cancel,
    registration_create,
)
from wijkkracht.help.models import Category, HelpRequest, Status


def _people(meeting: Meeting, count: int) -> list:  # type: ignore[type-arg]
    return [
        make_person(
            meeting.collective, "resident", given_name=f"Gast{n}", email=f"gast{n}@dorp.example"
        )
        for n in range(count)
    ]


def test_a_full_meal_puts_people_on_the_waiting_list_and_a_cancellation_promotes_the_first(
    meeting: Meeting, immediate_tasks: None, django_capture_on_commit_callbacks
) -> None:
    meal = an_activity(meeting.collective, capacity=2)
    first, second, third, fourth = _people(meeting, 4)
    with scope(collective=meeting.collective):
        occurrence = meal.occurrences.get()
        signed = [
            registration_create(actor=None, occurrence=occurrence, person=person, via=Via.PHONE)
            for person in (first, second, third, fourth)
        ]
        assert [r.status for r in signed] == ["place", "place", "waiting", "waiting"]
        with django_capture_on_commit_callbacks(execute=True):
            registration_cancel(actor=None, registration=signed[0])
        statuses = dict(Registration.objects.values_list("person__given_name", "status"))
    assert statuses == {
        "Gast0": "cancelled",
        "Gast1": "place",
        "Gast2": "place",  # first on the waiting list
        "Gast3": "waiting",
    }
    assert [message.to for message in mail.outbox] == [["gast2@dorp.example"]]
    assert "plaats" in mail.outbox[0].subject


def test_more_places_move_people_up_from_the_waiting_list(meeting: Meeting) -> None:
    meal = an_activity(meeting.collective, capacity=1)
    people = _people(meeting, 3)
    with scope(collective=meeting.collective):
        occurrence = meal.occurrences.get()
        for person in people:
            registration_create(actor=None, occurrence=occurrence, person=person, via=Via.ONLINE)
        activity_save(actor=None, collective=meeting.collective, activity=meal, capacity=2)
        assert occurrence.registrations.filter(status=RegistrationStatus.PLACE).count() == 2
        assert occurrence.registrations.filter(status=RegistrationStatus.WAITING).count() == 1


def test_clear_dutch_refusals(meeting: Meeting) -> None:
    meal = an_activity(meeting.collective, capacity=5)
    walk_in_only = an_activity(meeting.collective, title="Koffie", signup=False, capacity=None)
    person = meeting.person(meeting.resident)
    with scope(collective=meeting.collective):
        occurrence = meal.occurrences.get()
        registration_create(actor=None, occurrence=occurrence, person=person, via=Via.ONLINE)
        with pytest.raises(ValidationError, match="is al aangemeld"):
            registration_create(actor=None, occurrence=occurrence, person=person, via=Via.PHONE)
        with pytest.raises(ValidationError, match="hoeft u zich niet aan te melden"):
            registration_create(
                actor=None,
                occurrence=walk_in_only.occurrences.get(),
                person=person,
                via=Via.ONLINE,
            )
        occurrence.starts_at = timezone.now() - datetime.timedelta(minutes=5)
        occurrence.save()
        with pytest.raises(ValidationError, match="al begonnen"):
            registration_create(
                actor=None,
                occurrence=occurrence,
                person=make_person(meeting.collective, "resident", given_name="Laat"),
                via=Via.ONLINE,
            )


def test_i_need_transport_asks_the_1_loket_once_there_is_a_place_and_cancels_with_me(
    meeting: Meeting,
) -> None:
    meal = an_activity(meeting.collective, capacity=1, place=meeting.place)
    early, late = _people(meeting, 2)
    with scope(collective=meeting.collective):
        occurrence = meal.occurrences.get()
        registration_create(actor=None, occurrence=occurrence, person=early, via=Via.PHONE)
        waiting = registration_create(
            actor=None, occurrence=occurrence, person=late, via=Via.PHONE, needs_transport=True
        )
        assert waiting.transport_request_id is None  # no ride while on the waiting list
        assert not HelpRequest.objects.exists()
        registration_cancel(actor=None, registration=early.registrations.get())
        waiting.refresh_from_db()
        ride = HelpRequest.objects.get(pk=waiting.transport_request_id)
        assert ride.resident == late
        assert ride.category == Category.TRANSPORT
        assert ride.channel == "phone"
        assert ride.date == timezone.localdate(occurrence.starts_at)
        assert (ride.start_time, ride.end_time) == (datetime.time(17), datetime.time(20))
        assert "Aanschuiftafel" in ride.description and "Dorpshuis" in ride.description
        registration_cancel(actor=None, registration=waiting)
        ride.refresh_from_db()
        assert ride.status == Status.CANCELLED


def test_an_evening_that_does_not_take_place_cancels_the_rides_to_it(meeting: Meeting) -> None:
    meal = an_activity(meeting.collective, capacity=5)
    with scope(collective=meeting.collective):
        occurrence = meal.occurrences.get()
        registration = registration_create(
            actor=None,
            occurrence=occurrence,
            person=meeting.person(meeting.resident),
            via=Via.PHONE,
            needs_transport=True,
        )
        occurrence_cancel(actor=None, occurrence=occurrence)
        ride = HelpRequest.objects.get(pk=registration.transport_request_id)
        assert ride.status == Status.CANCELLED


def test_the_host_ticks_who_came_and_the_figures_count_unique_and_returning_people(
    meeting: Meeting,
) -> None:
    meal = an_activity(meeting.collective, repeat=Repeat.WEEKLY, capacity=None)
    regular, once, walk_in = _people(meeting, 3)
    with scope(collective=meeting.collective):
        first, second = meal.occurrences.order_by("starts_at")[:2]
        for occurrence, people in ((first, [regular, once]), (second, [regular])):
            signed = [
                registration_create(actor=None, occurrence=occurrence, person=p, via=Via.PHONE)
                for p in people
            ]
            with pytest.raises(ValidationError, match="op de dag zelf"):
                attendance_save(actor=None, occurrence=occurrence, present=set(), walk_ins=[])
            occurrence.starts_at -= datetime.timedelta(days=30)  # let the evening pass
            occurrence.save()
            walk_ins = [walk_in] if occurrence == second else []
            attendance_save(
                actor=None,
                occurrence=occurrence,
                present={registration.pk for registration in signed},
                walk_ins=walk_ins,
            )
        figures = participation(
            activity=meal,
            since=timezone.localdate() - datetime.timedelta(days=60),
            until=timezone.localdate(),
        )
    assert (figures.visits, figures.unique, figures.returning, figures.occurrences) == (
        4,
        3,
        1,
        2,
    )
    with scope(collective=meeting.collective):
        assert (
            meals_served(
                since=timezone.localdate() - datetime.timedelta(days=60), until=timezone.localdate()
            )
            == 4
        )


def test_the_coordinator_signs_up_a_resident_who_phoned(meeting: Meeting, client: Client) -> None:
    meal = an_activity(meeting.collective, capacity=10)
    aaltje = make_person(
        meeting.collective, "resident", given_name="Aaltje", family_name="Mulder", phone="0528 111"
    )
    with scope(collective=meeting.collective):
        occurrence = meal.occurrences.get()
    login(client, meeting.coordinator)
    slug = meeting.collective.slug
    page = client.get(f"/{slug}/keer/{occurrence.pk}/aanmelden-voor/", {"q": "Mulder"})
    assert "Aaltje Mulder" in page.content.decode()
    response = client.post(
        f"/{slug}/keer/{occurrence.pk}/aanmelden-voor/",
        {"person": aaltje.pk, "via": "phone", "needs_transport": "on"},
        follow=True,
    )
    assert "Aaltje Mulder is aangemeld. Het 1-loket zoekt iemand voor het vervoer." in (
        response.content.decode()
    )
    with scope(collective=meeting.collective):
        registration = Registration.objects.get(person=aaltje)
        assert registration.via == Via.PHONE and registration.transport_request_id


def test_another_resident_cannot_sign_someone_else_off(meeting: Meeting, client: Client) -> None:
    meal = an_activity(meeting.collective)
    with scope(collective=meeting.collective):
        registration = registration_create(
            actor=None,
            occurrence=meal.occurrences.get(),
            person=meeting.person(meeting.resident),
            via=Via.ONLINE,
        )
    other = make_user(meeting.collective, "resident", email="buur@dorp.example")
    login(client, other)
    url = f"/{meeting.collective.slug}/aanmeldingen/{registration.pk}/afmelden/"
    assert client.post(url).status_code == 404
    login(client, meeting.resident)
    assert client.post(url).status_code == 302
    with scope(collective=meeting.collective):
        registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CANCELLED


def test_the_host_list_saves_ticks_and_passes_over_someone_who_signed_off(
    meeting: Meeting, client: Client
) -> None:
    meal = an_activity(meeting.collective, days=1)
    first, second = _people(meeting, 2)
    with scope(collective=meeting.collective):
        occurrence = meal.occurrences.get()
        kept, gone = (
            registration_create(actor=None, occurrence=occurrence, person=p, via=Via.PHONE)
            for p in (first, second)
        )
        registration_cancel(actor=None, registration=gone)
        occurrence.starts_at -= datetime.timedelta(days=2)
        occurrence.save()
    login(client, meeting.coordinator)
    url = f"/{meeting.collective.slug}/keer/{occurrence.pk}/lijst/"
    saved = client.post(url, {"present": [str(kept.pk), str(gone.pk)]}, follow=True)
    assert "Opgeslagen: 1 persoon was er." in saved.content.decode()
    nobody = client.post(url, {}, follow=True)  # every box unticked again
    assert "Opgeslagen: 0 mensen waren er." in nobody.content.decode()
    with scope(collective=meeting.collective):
        kept.refresh_from_db()
    assert kept.attended is False
