"""Attendance as a session runs it: the sign-in list with a code per person typed in by a
volunteer (all or nothing), the code on the screen that changes every 30 seconds and is
accepted for 60, the teacher's ticks with minutes late, and the minutes that count."""

import datetime

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_scopes import scope

from tests.academy.build import an_edition, held, running
from tests.academy.conftest import Academy
from tests.conftest import login, make_user
from wijkkracht.academy.minutes import Block, present_net
from wijkkracht.academy.models import Attendance, Session, Via
from wijkkracht.academy.registers import register_get
from wijkkracht.academy.services.attendance import (
    edition_results,
    paper_code,
    room_check_in,
    room_code,
    teacher_ticks_save,
)
from wijkkracht.academy.services.editions import edition_enrol
from wijkkracht.activities.models import Via as SignUpVia
from wijkkracht.activities.services.activities import occurrence_cancel


def _url(academy: Academy, name: str, *args: int) -> str:
    return reverse(f"academy:{name}", args=[academy.collective.slug, *args])


def _enrol(academy: Academy, *users: object) -> Session:
    with scope(collective=academy.collective):
        for user in users:
            edition_enrol(
                actor=None,
                edition=academy.edition,
                person=academy.person(user),  # type: ignore[arg-type]
                via=SignUpVia.PHONE,
            )
    return running(academy.edition)


MORNING = [Block("welcome", 10), Block("teaching", 80), Block("break", 15), Block("teaching", 75)]


def test_minutes_present_count_only_the_teaching_one_was_there_for() -> None:
    general = register_get("algemeen")
    assert present_net(MORNING, general, 0, 0) == 155
    # Ten minutes late at a ten-minute welcome misses nothing; fifteen misses five of teaching.
    assert present_net(MORNING, general, 10, 0) == 155
    assert present_net(MORNING, general, 15, 0) == 150
    # Leaving 15 minutes early misses 15 of the last teaching block: 140 of 155 still passes.
    assert present_net(MORNING, general, 0, 15) == 140
    assert present_net(MORNING, general, 10, 16) == 139


def test_the_sign_in_list_is_typed_in_by_a_volunteer_all_or_nothing(academy: Academy) -> None:
    session = _enrol(academy, academy.resident, academy.nurse)
    resident, nurse = academy.person(academy.resident), academy.person(academy.nurse)
    teacher = login(Client(), academy.teacher)
    sheet = teacher.get(_url(academy, "session_sheet", session.pk)).content.decode()
    resident_code, nurse_code = paper_code(session, resident), paper_code(session, nurse)
    assert resident_code in sheet and nurse_code in sheet and resident.full_name in sheet
    volunteer = login(Client(), academy.volunteer)
    paper = _url(academy, "session_paper", session.pk)
    # One wrong code: nothing saved, the wrong one named.
    refused = volunteer.post(paper, {"codes": f"{resident_code} ZZZZZ"})
    assert "ZZZZZ" in refused.content.decode()
    with scope(collective=academy.collective):
        assert not Attendance.objects.exists()
    # Typed in lower case with a dash: still found.
    typed = f"{resident_code[:2].lower()}-{resident_code[2:].lower()}\n{nurse_code}"
    assert volunteer.post(paper, {"codes": typed}).status_code == 302
    with scope(collective=academy.collective):
        assert set(Attendance.objects.values_list("person_id", "via")) == {
            (resident.pk, Via.PAPER),
            (nurse.pk, Via.PAPER),
        }
    # A volunteer types in lists and minutes, but does not print them or show the room code.
    assert volunteer.get(_url(academy, "session", session.pk)).status_code == 200
    assert volunteer.get(_url(academy, "session_sheet", session.pk)).status_code == 404
    assert volunteer.get(_url(academy, "session_room", session.pk)).status_code == 404


def test_the_room_code_changes_every_30_seconds_and_is_accepted_for_60(academy: Academy) -> None:
    session = _enrol(academy, academy.nurse)
    # The moment a new code appears on the screen, 12 or 13 minutes after the start.
    seconds = int((session.occurrence.starts_at + datetime.timedelta(minutes=12)).timestamp())
    shown = datetime.datetime.fromtimestamp(seconds - seconds % 30 + 30, tz=datetime.UTC)
    code = room_code(session, shown)
    assert room_code(session, shown + datetime.timedelta(seconds=30)) != code
    nurse = academy.person(academy.nurse)
    with scope(collective=academy.collective):
        too_late = shown + datetime.timedelta(seconds=65)
        with pytest.raises(Exception, match="klopt niet"):
            room_check_in(actor=None, person=nurse, code=code, at=too_late)
        in_time = shown + datetime.timedelta(seconds=55)
        room_check_in(actor=None, person=nurse, code=code, at=in_time)
        attendance = Attendance.objects.get(person=nurse)
    # Checked in after the start: that many whole minutes late.
    late = int((in_time - session.occurrence.starts_at).total_seconds() // 60)
    assert late in (12, 13)
    assert (attendance.via, attendance.late_minutes) == (Via.ROOM_CODE, late)


def test_checking_in_on_the_phone_with_the_code_on_the_screen(academy: Academy) -> None:
    session = _enrol(academy, academy.nurse)
    teacher = login(Client(), academy.teacher)
    screen = teacher.get(_url(academy, "session_room", session.pk)).content.decode()
    code = room_code(session, timezone.now())
    assert (
        code in screen and 'http-equiv="refresh"' in screen and 'hx-trigger="load delay' in screen
    )
    phone = login(Client(), academy.nurse)
    today = phone.get(f"/{academy.collective.slug}/").content.decode()
    assert "Vandaag naar de cursus Luisteren en doorvragen" in today
    assert _url(academy, "check_in") in today
    teaching = teacher.get(f"/{academy.collective.slug}/").content.decode()
    assert "U geeft vandaag les: Luisteren en doorvragen" in teaching
    assert "De code op het scherm" in phone.get(_url(academy, "check_in")).content.decode()
    done = phone.post(_url(academy, "check_in"), {"code": code}, follow=True)
    assert "U bent aangemeld bij" in done.content.decode()
    # Someone without a place is told so, not checked in.
    outsider = login(Client(), make_user(academy.collective, "resident", email="x@dorp.example"))
    refused = outsider.post(_url(academy, "check_in"), {"code": code}, follow=True)
    assert "niet ingeschreven" in refused.content.decode()
    with scope(collective=academy.collective):
        assert Attendance.objects.count() == 1


def test_the_teacher_ticks_with_minutes_and_the_threshold_is_exact(academy: Academy) -> None:
    session = _enrol(academy, academy.resident, academy.nurse)
    resident, nurse = academy.person(academy.resident), academy.person(academy.nurse)
    teacher = login(Client(), academy.teacher)
    ticks = {
        f"here_{resident.pk}": "on",
        f"early_{resident.pk}": "15",  # 140 of 155: 90.3 %
        f"here_{nurse.pk}": "on",
        f"late_{nurse.pk}": "10",
        f"early_{nurse.pk}": "16",  # 139 of 155: 89.7 %
    }
    assert teacher.post(_url(academy, "session", session.pk), ticks).status_code == 302
    with scope(collective=academy.collective):
        net, results = edition_results(academy.edition)
    assert net == 155
    assert {(r.person.pk, r.minutes, r.passed, r.points) for r in results} == {
        (resident.pk, 140, True, 2.5),  # kr-vv: half points, 155 minutes is 2.5
        (nurse.pk, 139, False, 0),
    }
    # Unticked: gone from the list.
    teacher.post(_url(academy, "session", session.pk), {f"here_{resident.pk}": "on"})
    with scope(collective=academy.collective):
        assert list(Attendance.objects.values_list("person_id", flat=True)) == [resident.pk]


def test_a_cancelled_session_does_not_count(academy: Academy) -> None:
    course = academy.course
    edition = an_edition(course, days=1, sessions=2)
    resident = academy.person(academy.resident)
    with scope(collective=academy.collective):
        edition_enrol(actor=None, edition=edition, person=resident, via=SignUpVia.PHONE)
        first, second = edition.sessions.select_related("occurrence")
        occurrence_cancel(actor=None, occurrence=second.occurrence)
    (first,) = held(edition, days_ago=0)[:1]
    with scope(collective=academy.collective):
        teacher_ticks_save(actor=None, session=first, rows={resident.pk: (True, 0, 0)})
        net, (result,) = edition_results(edition)
    assert (net, result.minutes, result.passed) == (155, 155, True)
