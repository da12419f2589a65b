"""A course in the test world's village: the issue's morning (09:30 to 12:30, a 10-minute welcome,
a 15-minute break: 155 net minutes), one edition held yesterday with the resident present and
a certificate."""

import datetime
from dataclasses import dataclass

from django.utils import timezone
from django_scopes import scope

from wijkkracht.academy.models import Course, Edition, Session
from wijkkracht.academy.services.attendance import teacher_ticks_save
from wijkkracht.academy.services.certificates import certificates_issue
from wijkkracht.academy.services.courses import course_save
from wijkkracht.academy.services.editions import edition_create, edition_enrol
from wijkkracht.activities.models import Occurrence, Via
from wijkkracht.core.models import Collective, Person

MORNING = [
    {"kind": "welcome", "minutes": 10},
    {"kind": "teaching", "minutes": 80},
    {"kind": "break", "minutes": 15},
    {"kind": "teaching", "minutes": 75},
]


@dataclass(frozen=True)
class AcademyIds:
    course_id: int
    edition_id: int
    session_id: int
    certificate_id: int
    certificate_code: str


def a_course(
    collective: Collective, title: str = "Luisteren en doorvragen", **fields: object
) -> Course:
    values: dict[str, object] = {
        "summary": "U leert een goed gesprek voeren.",
        "goals": "Open vragen stellen.\nSamenvatten.",
        "level": "start",
        "audience": "both",
        "topic": "care",
        "register": "algemeen",
        "blocks": MORNING,
    }
    values.update(fields)
    with scope(collective=collective):
        return course_save(actor=None, collective=collective, title=title, **values)


def an_edition(
    course: Course, *, days: int = 1, sessions: int = 1, capacity: int | None = None
) -> Edition:
    """An edition from 09:30 to 12:30, starting ``days`` from today (0: today)."""
    with scope(collective=course.collective):
        return edition_create(
            actor=None,
            collective=course.collective,
            course=course,
            date=timezone.localdate() + datetime.timedelta(days=days),
            start_time=datetime.time(9, 30),
            end_time=datetime.time(12, 30),
            sessions=sessions,
            room=None,
            capacity=capacity,
        )


def running(edition: Edition) -> Session:
    """Let the edition's one session have started two minutes ago."""
    with scope(collective=edition.collective):
        session = edition.sessions.select_related("occurrence").get()
        now = timezone.now()
        Occurrence.objects.filter(pk=session.occurrence_id).update(
            starts_at=now - datetime.timedelta(minutes=2),
            ends_at=now + datetime.timedelta(minutes=178),
        )
        session.refresh_from_db()
        session.occurrence.refresh_from_db()
        return session


def held(edition: Edition, *, days_ago: int = 1) -> list[Session]:
    """Move the edition's sessions back in time, as if they were held: the services refuse a
    new edition in the past, as a coordinator should be refused."""
    with scope(collective=edition.collective):
        first = edition.sessions.select_related("occurrence").first()
        assert first is not None
        first_day = timezone.localtime(first.occurrence.starts_at).date()
        shift = first_day - (timezone.localdate() - datetime.timedelta(days=days_ago))
        for session in edition.sessions.select_related("occurrence"):
            Occurrence.objects.filter(pk=session.occurrence_id).update(
                starts_at=session.occurrence.starts_at - shift,
                ends_at=session.occurrence.ends_at - shift,
            )
        return list(edition.sessions.select_related("occurrence"))


def academy_build(collective: Collective, resident: Person) -> AcademyIds:
    course = a_course(collective)
    edition = an_edition(course)
    with scope(collective=collective):
        edition_enrol(actor=None, edition=edition, person=resident, via=Via.PHONE)
    (session,) = held(edition)
    with scope(collective=collective):
        teacher_ticks_save(actor=None, session=session, rows={resident.pk: (True, 0, 0)})
        (certificate,) = certificates_issue(actor=None, edition=edition)
    return AcademyIds(
        course_id=course.pk,
        edition_id=edition.pk,
        session_id=session.pk,
        certificate_id=certificate.pk,
        certificate_code=certificate.code,
    )
