"""Courses as a coordinator makes them: the programme in rows, prerequisites that never make a
circle, the seeded Buurtassistent path, a new version when the content changes, an edition in
the agenda with the activities' waiting list, and a copy from the federation with its source."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_scopes import scope

from tests.academy.build import a_course, an_edition
from tests.academy.conftest import Academy
from tests.conftest import federation_build, login, make_collective
from wijkkracht.academy.models import Course, Path
from wijkkracht.academy.services.courses import course_save
from wijkkracht.academy.services.editions import edition_enrol
from wijkkracht.activities.models import Activity, Via


def _url(academy: Academy, name: str, *args: int) -> str:
    return reverse(f"academy:{name}", args=[academy.collective.slug, *args])


def test_a_course_is_made_with_its_programme_in_rows(academy: Academy) -> None:
    client = login(Client(), academy.coordinator)
    form = {
        "title": "Digitaal de weg vinden",
        "summary": "U leert DigiD gebruiken.",
        "level": "start",
        "audience": "residents",
        "topic": "basic",
        "register": "algemeen",
        "threshold_percent": "90",
        "kind_0": "welcome",
        "minutes_0": "10",
        "kind_1": "teaching",
        "minutes_1": "50",
        "kind_2": "break",
    }
    half = client.post(_url(academy, "course_create"), form)
    assert "Vul soort én minuten in" in half.content.decode()
    form["minutes_2"] = "10"
    form.update({"kind_3": "", "minutes_3": ""})
    made = client.post(_url(academy, "course_create"), form)
    with scope(collective=academy.collective):
        course = Course.objects.get(title="Digitaal de weg vinden")
    assert made["Location"] == _url(academy, "course", course.pk)
    assert course.threshold_percent == 90
    assert course.blocks == [
        {"kind": "welcome", "minutes": 10},
        {"kind": "teaching", "minutes": 50},
        {"kind": "break", "minutes": 10},
    ]
    page = client.get(made["Location"]).content.decode()
    assert "Netto leertijd: 50 minuten" in page and "telt niet als leertijd" in page
    # Filtered on "taal, rekenen, digitaal" the list shows it and not the care course.
    listed = client.get(_url(academy, "courses"), {"onderwerp": "basic"}).content.decode()
    assert "Digitaal de weg vinden" in listed and academy.course.title not in listed


def test_prerequisites_never_make_a_circle(academy: Academy) -> None:
    collective = academy.collective
    first = academy.course
    second = a_course(collective, "Deel 2")
    third = a_course(collective, "Deel 3")
    with scope(collective=collective):
        course_save(actor=None, collective=collective, course=second, prerequisites=[first])
        course_save(actor=None, collective=collective, course=third, prerequisites=[second])
        with pytest.raises(ValidationError, match="Deel 3 bouwt al voort op deze cursus"):
            course_save(actor=None, collective=collective, course=first, prerequisites=[third])
        with pytest.raises(ValidationError, match="op zichzelf"):
            course_save(actor=None, collective=collective, course=first, prerequisites=[first])
        assert list(first.prerequisites.all()) == []


def test_the_buurtassistent_path_is_seeded_in_order(academy: Academy) -> None:
    client = login(Client(), academy.coordinator)
    client.post(_url(academy, "path_seed"))
    client.post(_url(academy, "path_seed"))  # twice: still one path of three
    with scope(collective=academy.collective):
        path = Path.objects.get()
        steps = [step.course for step in path.steps.all()]
        assert [c.title.split(":")[0] for c in steps] == [
            "Buurtassistent, deel 1",
            "Buurtassistent, deel 2",
            "Buurtassistent, deel 3",
        ]
        assert list(steps[2].prerequisites.all()) == [steps[1]]
    page = client.get(_url(academy, "courses")).content.decode()
    assert "Buurtassistent, deel 3" in page


def test_a_change_in_what_is_taught_is_a_new_version(academy: Academy) -> None:
    with scope(collective=academy.collective):
        course = course_save(
            actor=None, collective=academy.collective, course=academy.course, title="Nieuw"
        )
        assert course.version == 1
        course = course_save(
            actor=None, collective=academy.collective, course=course, goals="Iets anders."
        )
        assert course.version == 2


def test_an_edition_is_an_activity_with_the_waiting_list(academy: Academy) -> None:
    course = a_course(academy.collective, "Klein groepje")
    edition = an_edition(course, days=3, sessions=3, capacity=1)
    with scope(collective=academy.collective):
        activity = Activity.objects.get(edition=edition)
        assert activity.kind == "learning" and activity.occurrences.count() == 3
        assert edition.sessions.count() == 3
        first = edition_enrol(
            actor=None, edition=edition, person=academy.person(academy.resident), via=Via.PHONE
        )
        second = edition_enrol(
            actor=None, edition=edition, person=academy.person(academy.nurse), via=Via.PHONE
        )
    assert (first, second) == ("place", "waiting")
    client = login(Client(), academy.coordinator)
    form = {
        "date": (timezone.localdate() + datetime.timedelta(days=2)).isoformat(),
        "start_time": "10:00",
        "end_time": "12:00",
        "sessions": "1",
    }
    short = client.post(_url(academy, "edition_create", course.pk), form)
    assert "Het programma duurt 180 minuten, de bijeenkomst maar 120" in short.content.decode()


def test_a_course_is_copied_within_the_federation_with_its_source(academy: Academy) -> None:
    neighbour = make_collective("wijk", "Wijkcoöperatie Zuid")
    outsider = make_collective("ver", "Verre Coöperatie")
    federation_build(academy.collective, neighbour)
    theirs = a_course(neighbour, "Samen koken", goals="Veilig koken.")
    far = a_course(outsider, "Buiten de federatie")
    client = login(Client(), academy.coordinator)
    catalogue = client.get(_url(academy, "catalogue")).content.decode()
    assert "Samen koken" in catalogue and "Wijkcoöperatie Zuid" in catalogue
    assert "Buiten de federatie" not in catalogue and academy.course.title not in catalogue
    assert client.post(_url(academy, "catalogue_copy", far.pk)).status_code == 404
    copied = client.post(_url(academy, "catalogue_copy", theirs.pk))
    with scope(collective=academy.collective):
        copy = Course.objects.get(title="Samen koken")
    assert copied["Location"] == _url(academy, "course", copy.pk)
    assert (copy.source_name, copy.source_version, copy.goals) == (
        "Wijkcoöperatie Zuid",
        1,
        "Veilig koken.",
    )
    assert (
        "Overgenomen van Wijkcoöperatie Zuid, versie 1"
        in client.get(copied["Location"]).content.decode()
    )
    # A teacher sees the catalogue but cannot copy.
    teacher = login(Client(), academy.teacher)
    assert "overnemen" not in teacher.get(_url(academy, "catalogue")).content.decode()


def test_residents_sign_up_on_the_edition_page_and_see_where_they_stand(
    academy: Academy,
) -> None:
    edition = an_edition(a_course(academy.collective, "Eén plek"), days=3, capacity=1)
    url = _url(academy, "edition", edition.pk)
    resident, nurse = login(Client(), academy.resident), login(Client(), academy.nurse)
    assert "Ik doe mee" in resident.get(url).content.decode()
    signed = resident.post(_url(academy, "enrol", edition.pk), follow=True).content.decode()
    assert "U bent ingeschreven." in signed
    waiting = nurse.post(_url(academy, "enrol", edition.pk), follow=True).content.decode()
    assert "U staat op de wachtlijst" in waiting
    mine = resident.get(_url(academy, "my_learning")).content.decode()
    assert "Eén plek" in mine
