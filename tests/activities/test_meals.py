"""The shared meal: diets kept with consent, the cook's portions, every read in the log."""

import datetime
import io

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from django_scopes import scope

from tests.activities.build import an_activity
from tests.activities.conftest import Meeting
from tests.conftest import login, make_person
from wijkkracht.activities.models import DietProfile, Repeat, Via
from wijkkracht.activities.services.activities import occurrences_sync
from wijkkracht.activities.services.meals import diet_save
from wijkkracht.activities.services.registrations import registration_create
from wijkkracht.core.models import AccessEntry, AuditEntry
from wijkkracht.core.services.privacy import person_erase, person_export


def _guest(meeting: Meeting, name: str, **diet: object):  # type: ignore[no-untyped-def]
    person = make_person(
        meeting.collective, "resident", given_name=name, email=f"{name}@dorp.example"
    )
    if diet:
        with scope(collective=meeting.collective):
            diet_save(actor=None, person=person, consent=True, via=Via.PHONE, **diet)  # type: ignore[arg-type]
    return person


def test_no_diet_is_kept_without_consent(meeting: Meeting) -> None:
    person = meeting.person(meeting.resident)
    with scope(collective=meeting.collective), pytest.raises(ValidationError, match="toestemming"):
        diet_save(
            actor=None,
            person=person,
            consent=False,
            via=Via.ONLINE,
            diet="halal",
            allergens=["nuts"],
            texture="normal",
        )
    with scope(collective=meeting.collective):
        assert not DietProfile.objects.exists()


def test_the_cook_sees_portions_per_diet_and_who_is_allergic_and_each_guest_sees_the_read(
    meeting: Meeting, client: Client
) -> None:
    meal = an_activity(meeting.collective, organiser=meeting.person(meeting.cook))
    guests = [
        _guest(meeting, "Aaltje", diet="vegetarian", allergens=["peanuts", "milk"], texture="soft"),
        _guest(meeting, "Bert", diet="vegetarian", allergens=[], texture="normal"),
        _guest(meeting, "Cor"),
        _guest(meeting, "Dini", diet="any", allergens=["gluten"], texture="normal", note="geen ui"),
    ]
    with scope(collective=meeting.collective):
        occurrence = meal.occurrences.get()
        for person in guests:
            registration_create(actor=None, occurrence=occurrence, person=person, via=Via.PHONE)
    login(client, meeting.cook)
    page = client.get(f"/{meeting.collective.slug}/keer/{occurrence.pk}/kok/").content.decode()
    assert "4 porties" in page
    assert 'Alles</th><td class="wk-number">2' in page
    assert 'Vegetarisch</th><td class="wk-number">2' in page
    assert 'Waarvan zacht eten</th><td class="wk-number">1' in page
    assert "Gluten:</strong> Dini Jansen" in page
    assert "Pinda&#x27;s:</strong> Aaltje Jansen" in page
    assert "geen ui" in page
    with scope(collective=meeting.collective):
        readers = set(AccessEntry.objects.values_list("person__given_name", "actor_role"))
        assert readers == {("Aaltje", "organiser"), ("Bert", "organiser"), ("Dini", "organiser")}
        # The audit log says that a diet changed, never what it is.
        assert not AuditEntry.objects.filter(data__icontains="peanuts").exists()


def test_a_resident_who_does_not_run_the_meal_cannot_open_the_cook_list(
    meeting: Meeting, client: Client
) -> None:
    meal = an_activity(meeting.collective, organiser=meeting.person(meeting.cook))
    with scope(collective=meeting.collective):
        occurrence = meal.occurrences.get()
    login(client, meeting.resident)
    assert client.get(f"/{meeting.collective.slug}/keer/{occurrence.pk}/kok/").status_code == 404


def test_export_shows_and_erasure_removes_the_diet_and_keeps_anonymous_attendance(
    meeting: Meeting,
) -> None:
    meal = an_activity(meeting.collective)
    person = _guest(meeting, "Aaltje", diet="halal", allergens=["eggs"], texture="minced")
    with scope(collective=meeting.collective):
        registration_create(
            actor=None, occurrence=meal.occurrences.get(), person=person, via=Via.PHONE
        )
        exported = person_export(person)
        assert exported["dieet"]["eet"] == "halal"
        assert exported["dieet"]["allergieen"] == ["eieren"]
        assert exported["aanmeldingen"][0]["activiteit"] == "Aanschuiftafel"
        person_erase(actor=None, person=person)
        assert not DietProfile.objects.exists()
        assert meal.occurrences.get().registrations.count() == 1  # still counted, nameless


def test_the_morning_round_reminds_tomorrows_guests_once(
    meeting: Meeting,
    immediate_tasks: None,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    meal = an_activity(meeting.collective, days=1, place=meeting.place)
    later = an_activity(meeting.collective, days=2, title="Later")
    with scope(collective=meeting.collective):
        occurrence = meal.occurrences.get()
        occurrence.menu = "Erwtensoep"
        occurrence.save()
        for person in (meeting.person(meeting.resident), _guest(meeting, "Zonder")):
            registration_create(actor=None, occurrence=occurrence, person=person, via=Via.PHONE)
        registration_create(
            actor=None,
            occurrence=later.occurrences.get(),
            person=meeting.person(meeting.resident),
            via=Via.PHONE,
        )
    with django_capture_on_commit_callbacks(execute=True):
        for _run in range(2):
            call_command("activities_daily", stdout=io.StringIO())
    assert sorted(message.to[0] for message in mail.outbox) == [
        "aaltje@dorp.example",
        "zonder@dorp.example",
    ]
    body = mail.outbox[0].body
    assert "Morgen is het Aanschuiftafel" in body and "Erwtensoep" in body and "Dorpshuis" in body


def test_the_morning_round_keeps_a_year_of_occurrences_ahead(meeting: Meeting) -> None:
    meal = an_activity(meeting.collective, days=1, repeat=Repeat.WEEKLY)
    with scope(collective=meeting.collective):
        last = meal.occurrences.order_by("starts_at").last()
        assert last is not None
        # A month later, the horizon has moved on by four or five weeks.
        occurrences_sync(meal, today=timezone.localdate() + datetime.timedelta(days=31))
        assert meal.occurrences.order_by("starts_at").last().starts_at > last.starts_at + (  # type: ignore[union-attr]
            datetime.timedelta(days=27)
        )


def test_the_coordinator_notes_a_diet_told_on_the_phone_and_goes_back(
    meeting: Meeting, client: Client
) -> None:
    person = _guest(meeting, "Gerda")
    slug = meeting.collective.slug
    login(client, meeting.coordinator)
    url = f"/{slug}/activiteiten/dieet/{person.pk}/"
    form = {"diet": "vegan", "texture": "normal", "allergens": ["sesame"], "note": ""}
    refused = client.post(url, form)
    assert "Zonder toestemming bewaren we geen dieet" in refused.content.decode()
    done = client.post(f"{url}?terug=/{slug}/agenda/", {**form, "consent": "on"})
    assert done["Location"] == f"/{slug}/agenda/"
    elsewhere = client.post(f"{url}?terug=https://elders.example/", {**form, "consent": "on"})
    assert elsewhere["Location"] == f"/{slug}/mensen/{person.pk}/"
    with scope(collective=meeting.collective):
        profile = DietProfile.objects.get(person=person)
    assert (profile.diet, profile.allergens, profile.consent_via) == ("vegan", ["sesame"], "phone")


def test_the_call_list_names_tomorrows_guests_who_get_no_reminder(
    meeting: Meeting, client: Client
) -> None:
    meal = an_activity(meeting.collective, days=1)
    no_mail = make_person(
        meeting.collective, "resident", given_name="Aaltje", family_name="Mulder", phone="0528 1"
    )
    with scope(collective=meeting.collective):
        for person in (no_mail, meeting.person(meeting.resident)):
            registration_create(
                actor=None, occurrence=meal.occurrences.get(), person=person, via=Via.PHONE
            )
    login(client, meeting.coordinator)
    page = client.get(f"/{meeting.collective.slug}/activiteiten/belijst/").content.decode()
    assert "Aaltje Mulder" in page and "0528 1" in page
    assert "Gebruiker Jansen" not in page  # has e-mail, gets the reminder
