"""Real concurrent requests: two volunteers typing in the same sign-in list, and the teacher and
the coordinator making the certificates at the same instant, leave one row each."""

import pytest
from django.test import Client
from django.urls import reverse
from django_scopes import scope

from tests.academy.build import held, running
from tests.academy.conftest import Academy
from tests.concurrent import at_once
from tests.conftest import login, make_user
from wijkkracht.academy.models import Attendance, Certificate
from wijkkracht.academy.services.attendance import paper_code, teacher_ticks_save
from wijkkracht.academy.services.editions import edition_enrol
from wijkkracht.activities.models import Via

pytestmark = pytest.mark.django_db(transaction=True)


def _enrol_both(academy: Academy) -> tuple[int, int]:
    resident, nurse = academy.person(academy.resident), academy.person(academy.nurse)
    with scope(collective=academy.collective):
        for person in (resident, nurse):
            edition_enrol(actor=None, edition=academy.edition, person=person, via=Via.PHONE)
    return resident.pk, nurse.pk


def test_two_volunteers_typing_the_same_list_leave_one_attendance_each(
    academy: Academy,
) -> None:
    _enrol_both(academy)
    session = running(academy.edition)
    with scope(collective=academy.collective):
        codes = " ".join(
            paper_code(session, academy.person(user)) for user in (academy.resident, academy.nurse)
        )
    other = make_user(academy.collective, "volunteer", email="tweede@dorp.example")
    clients = [login(Client(), academy.volunteer), login(Client(), other)]
    url = reverse("academy:session_paper", args=[academy.collective.slug, session.pk])
    assert at_once(clients, lambda _i, client: client.post(url, {"codes": codes})) == [302, 302]
    with scope(collective=academy.collective):
        assert Attendance.objects.count() == 2


def test_certificates_made_twice_at_once_are_made_once(academy: Academy) -> None:
    resident, nurse = _enrol_both(academy)
    (session,) = held(academy.edition)
    with scope(collective=academy.collective):
        teacher_ticks_save(
            actor=None, session=session, rows={resident: (True, 0, 0), nurse: (True, 0, 0)}
        )
    clients = [login(Client(), academy.teacher), login(Client(), academy.coordinator)]
    url = reverse("academy:certificates_issue", args=[academy.collective.slug, academy.edition.pk])
    assert at_once(clients, lambda _i, client: client.post(url)) == [302, 302]
    with scope(collective=academy.collective):
        assert sorted(Certificate.objects.values_list("person_id", flat=True)) == sorted(
            [resident, nurse]
        )
