"""The circle as its people use it: made with consent, seen only by who is in it, tasks
claimed, time off asked, and notes that only the chosen members read, every read logged."""

import datetime

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_scopes import scope

from tests.care.build import a_member, a_task
from tests.care.conftest import Care
from tests.conftest import login, make_person, make_user
from wijkkracht.care.models import Circle, CircleRole, Note, Task
from wijkkracht.core.models import AccessEntry
from wijkkracht.core.services.privacy import person_erase
from wijkkracht.help.models import Category, HelpRequest


def _url(care: Care, name: str, *args: int) -> str:
    return reverse(f"care:{name}", args=[care.collective.slug, *args])


def test_a_circle_is_made_only_with_the_residents_consent(care: Care) -> None:
    piet = make_person(care.collective, "resident", given_name="Piet", family_name="Bakker")
    client = login(Client(), care.coordinator)
    found = client.get(_url(care, "circle_start"), {"q": "Bakker"})
    create = _url(care, "circle_create", piet.pk)
    assert create in found.content.decode()
    refused = client.post(create, {"consent_by": "self", "consent_via": "phone"})
    assert "Zonder toestemming van de bewoner" in refused.content.decode()
    missing = client.post(
        create, {"consent": "on", "consent_by": "representative", "consent_via": "phone"}
    )
    assert "naam van de vertegenwoordiger" in missing.content.decode()
    made = client.post(create, {"consent": "on", "consent_by": "self", "consent_via": "phone"})
    with scope(collective=care.collective):
        circle = Circle.objects.get(person=piet)
    assert made["Location"] == _url(care, "circle", circle.pk)


def test_only_the_coordinator_and_the_people_in_the_circle_see_it(care: Care) -> None:
    circle = _url(care, "circle", care.circle.pk)
    outsider = make_user(care.collective, "volunteer", email="buiten@dorp.example")
    assert login(Client(), outsider).get(circle).status_code == 404
    for user in (care.coordinator, care.daughter_user, care.nurse_user):
        assert login(Client(), user).get(circle).status_code == 200


def test_the_daughter_claims_a_task_and_the_nurse_cannot(care: Care) -> None:
    task = a_task(care.circle, days=3)
    claim = _url(care, "task_claim", care.circle.pk, task.pk)
    assert login(Client(), care.nurse_user).post(claim).status_code == 404
    daughter = login(Client(), care.daughter_user)
    page = daughter.post(claim, follow=True).content.decode()
    assert "De taak staat op uw naam" in page
    assert f"{care.daughter.person.full_name} komt" in page
    with scope(collective=care.collective):
        assert Task.objects.get(pk=task.pk).claimed_by == care.daughter


def test_the_main_carer_asks_for_a_weekend_off_and_the_loket_gets_what_the_circle_left(
    care: Care,
) -> None:
    saturday = timezone.localdate() + datetime.timedelta(
        days=(5 - timezone.localdate().weekday()) % 7 + 7
    )
    daughter = login(Client(), care.daughter_user)
    asked = daughter.post(
        _url(care, "respite_create", care.circle.pk),
        {
            "first_day": saturday.isoformat(),
            "last_day": (saturday + datetime.timedelta(days=1)).isoformat(),
            "parts": ["morning", "afternoon"],
        },
    )
    assert asked.status_code == 302
    with scope(collective=care.collective):
        respite = care.circle.respites.get()
        tasks = list(respite.tasks.order_by("date", "start_time"))
    assert [(t.date.weekday(), t.start_time.hour) for t in tasks] == [
        (5, 9),
        (5, 13),
        (6, 9),
        (6, 13),
    ]
    coordinator = login(Client(), care.coordinator)
    coordinator.post(_url(care, "respite_loket", care.circle.pk, respite.pk))
    coordinator.post(_url(care, "respite_loket", care.circle.pk, respite.pk))
    with scope(collective=care.collective):
        requests = list(HelpRequest.objects.all())
    assert len(requests) == 4
    assert all(r.category == Category.RESPITE and r.needs_vog for r in requests)


def test_only_the_main_carer_or_coordinator_asks_for_time_off(care: Care) -> None:
    nurse = login(Client(), care.nurse_user)
    assert nurse.get(_url(care, "respite_create", care.circle.pk)).status_code == 404
    assert nurse.get(_url(care, "task_create", care.circle.pk)).status_code == 404


def test_notes_need_consent_are_read_by_the_chosen_and_every_read_is_logged(care: Care) -> None:
    notes = _url(care, "notes", care.circle.pk)
    daughter = login(Client(), care.daughter_user)
    refused = daughter.post(notes, {"text": "Slaapt slecht."})
    assert "gaf nog geen toestemming" in refused.content.decode()
    with scope(collective=care.collective):
        assert not Note.objects.exists()
    coordinator = login(Client(), care.coordinator)
    coordinator.post(_url(care, "notes_consent", care.circle.pk), {"consent": "give"})
    daughter.post(notes, {"text": "Slaapt slecht sinds de nieuwe pillen."})
    assert "Slaapt slecht" in daughter.get(notes).content.decode()
    # The nurse is in the circle, but Aaltje did not choose her to read notes.
    assert login(Client(), care.nurse_user).get(notes).status_code == 404
    assert "Slaapt slecht" in coordinator.get(notes).content.decode()
    with scope(collective=care.collective):
        readers = set(
            AccessEntry.objects.filter(person=care.aaltje).values_list("actor", "actor_role")
        )
    assert (care.daughter_user.pk, "mantelzorger") in readers
    assert (care.coordinator.pk, "coördinator") in readers
    coordinator.post(_url(care, "notes_consent", care.circle.pk), {"consent": "withdraw"})
    with scope(collective=care.collective):
        assert not Note.objects.exists()
        care.circle.refresh_from_db()
        assert care.circle.notes_consent_at is None


@pytest.mark.parametrize("method", ["get", "post"])
def test_a_removed_member_no_longer_sees_the_circle(care: Care, method: str) -> None:
    coordinator = login(Client(), care.coordinator)
    coordinator.post(_url(care, "member_remove", care.circle.pk, care.nurse.pk))
    response = getattr(login(Client(), care.nurse_user), method)(
        _url(care, "circle", care.circle.pk)
    )
    assert response.status_code == 404


def test_the_resident_export_shows_the_circle_and_erasure_removes_it(care: Care) -> None:
    coordinator = login(Client(), care.coordinator)
    export = reverse("core:person_export", args=[care.collective.slug, care.aaltje.pk])
    page = coordinator.get(export).content.decode()
    assert "Zorgcirkel mensen" in page and care.daughter.person.full_name in page
    daughters = reverse("core:person_export", args=[care.collective.slug, care.daughter.person.pk])
    assert "Aaltje Mulder" in coordinator.get(daughters).content.decode()
    with scope(collective=care.collective):
        person_erase(actor=None, person=care.aaltje)
        assert not Circle.objects.exists()


def test_a_new_task_and_a_weekend_off_are_mailed_to_who_can_help(
    care: Care, immediate_tasks: None, django_capture_on_commit_callbacks, mailoutbox
) -> None:
    neighbour = make_person(
        care.collective,
        "resident",
        given_name="Jan",
        family_name="Kuiper",
        email="jan@dorp.example",
    )
    a_member(care.circle, CircleRole.NEIGHBOUR, person=neighbour)
    coordinator = login(Client(), care.coordinator)
    day = timezone.localdate() + datetime.timedelta(days=6)
    with django_capture_on_commit_callbacks(execute=True):
        coordinator.post(
            _url(care, "task_create", care.circle.pk),
            {
                "kind": "ride",
                "title": "Naar de fysiotherapeut",
                "date": day.isoformat(),
                "start_time": "10:00",
                "end_time": "11:00",
            },
        )
    # The daughter and the neighbour; not the nurse, who only looks on.
    assert sorted(mail.to[0] for mail in mailoutbox) == ["jan@dorp.example", "ria@dorp.example"]
    assert "Naar de fysiotherapeut" in mailoutbox[0].body
    assert _url(care, "circle", care.circle.pk) in mailoutbox[0].body
    mailoutbox.clear()
    daughter = login(Client(), care.daughter_user)
    with django_capture_on_commit_callbacks(execute=True):
        daughter.post(
            _url(care, "respite_create", care.circle.pk),
            {"first_day": day.isoformat(), "last_day": day.isoformat(), "parts": ["morning"]},
        )
    # Not to the daughter who asked.
    assert [mail.to for mail in mailoutbox] == [["jan@dorp.example"]]
    assert "wil even vrij" in mailoutbox[0].subject
