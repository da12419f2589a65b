"""The village's buurtacademie: the Buurtassistent path, part 1 held last week for residents
and two nurses of the home-care team (Marloes taught it and printed the sign-in list, Sanne
typed it in, Esther checked in with the code in the room), certificates made, the nurses'
register numbers; part 2 open for sign-up. In the city, Lombok shares a course the other
collectives can copy."""

import datetime
import random

from django.utils import timezone

from wijkkracht.academy.models import Course, Edition, RegisterNumber, Session
from wijkkracht.academy.services.attendance import (
    paper_code,
    paper_codes_enter,
    room_check_in,
    room_code,
    teacher_ticks_save,
)
from wijkkracht.academy.services.certificates import certificates_issue
from wijkkracht.academy.services.courses import course_save, path_seed
from wijkkracht.academy.services.editions import edition_create, edition_enrol
from wijkkracht.activities.models import Activity, Occurrence, Room, Via
from wijkkracht.activities.schedule import local_datetime
from wijkkracht.core.models import Collective, Person, User
from wijkkracht.core.services.people import person_create
from wijkkracht.demo.care import NURSE_EMAIL

PART_1, PART_2 = "Buurtassistent, deel 1", "Buurtassistent, deel 2"
START, END = datetime.time(9, 30), datetime.time(12, 30)


def _held_last_week(edition: Edition) -> Session:
    """Move a one-session edition, made for next week with its sign-ups, to last week."""
    day = timezone.localdate() - datetime.timedelta(days=7)
    Activity.objects.filter(pk=edition.activity_id).update(date=day)
    session = edition.sessions.select_related("occurrence").get()
    Occurrence.objects.filter(pk=session.occurrence_id).update(
        starts_at=local_datetime(day, START), ends_at=local_datetime(day, END)
    )
    session.occurrence.refresh_from_db()
    return session


def village_academy_load(collective: Collective, coordinator: User, rng: random.Random) -> None:
    path = path_seed(actor=coordinator, collective=collective, key="buurtassistent")
    courses = {step.course.title.split(":")[0]: step.course for step in path.steps.all()}
    teacher = Person.objects.get(user__email="teacher@veldhoek.example")
    part_1 = course_save(
        actor=coordinator,
        collective=collective,
        course=courses[PART_1],
        teachers=[teacher],
        register="kr-vv",
        accreditation_id="512345",
    )
    courses[PART_2].teachers.set([teacher])
    esther = Person.objects.get(user__email=NURSE_EMAIL)
    fenna = person_create(
        actor=coordinator,
        collective=collective,
        roles=["professional"],
        given_name="Fenna",
        family_name="de Boer",
        phone="0528 299 411",
    )
    for nurse, number, start in (
        (esther, "19012345601", datetime.date(2023, 3, 1)),
        (fenna, "29012345602", datetime.date(2022, 1, 1)),  # ends before July 2027: 147 points
    ):
        RegisterNumber.objects.create(
            collective=collective, person=nurse, register="kr-vv", number=number, period_start=start
        )
    residents = list(
        Person.objects.filter(roles__name="resident", user__isnull=True).order_by("pk")[:40]
    )
    learners = rng.sample(residents, 8)
    edition = edition_create(
        actor=coordinator,
        collective=collective,
        course=part_1,
        date=timezone.localdate() + datetime.timedelta(days=7),
        start_time=START,
        end_time=END,
        sessions=1,
        room=None,
        capacity=16,
    )
    for person in [*learners, esther, fenna]:
        edition_enrol(actor=coordinator, edition=edition, person=person, via=Via.PHONE)
    session = _held_last_week(edition)
    _attendance(session, learners, esther, fenna)
    certificates_issue(actor=teacher.user, edition=edition)
    _part_2(coordinator, collective, courses[PART_2], residents, esther)


def _attendance(session: Session, learners: list[Person], esther: Person, fenna: Person) -> None:
    """Sanne types in the sign-in list; Esther checked in with the room code four minutes in;
    Fenna came ten minutes late (the welcome: nothing missed); one learner left an hour early."""
    sanne = User.objects.get(email="volunteer@veldhoek.example")
    codes = " ".join(paper_code(session, person) for person in learners)
    paper_codes_enter(actor=sanne, session=session, codes=codes)
    moment = session.occurrence.starts_at + datetime.timedelta(minutes=4)
    room_check_in(actor=esther.user, person=esther, code=room_code(session, moment), at=moment)
    marloes = User.objects.get(email="teacher@veldhoek.example")
    teacher_ticks_save(
        actor=marloes,
        session=session,
        rows={fenna.pk: (True, 10, 0), learners[-1].pk: (True, 0, 60)},
    )


def _part_2(
    coordinator: User,
    collective: Collective,
    course: Course,
    residents: list[Person],
    esther: Person,
) -> None:
    room = Room.objects.filter(name="Vergaderkamer").first()
    edition = edition_create(
        actor=coordinator,
        collective=collective,
        course=course,
        date=timezone.localdate() + datetime.timedelta(days=21),
        start_time=START,
        end_time=END,
        sessions=1,
        room=room,
        capacity=14,
    )
    for person in [*residents[:4], esther]:
        edition_enrol(actor=coordinator, edition=edition, person=person, via=Via.ONLINE)


def city_academy_load(collective: Collective, coordinator: User) -> None:
    """Lombok's course on finding one's way online, for the federation's catalogue."""
    course_save(
        actor=coordinator,
        collective=collective,
        title="Digitaal de weg vinden",
        summary="U leert DigiD gebruiken en uw post van de gemeente lezen. Op uw eigen telefoon.",
        goals="U logt in met DigiD.\nU vindt uw berichten van de gemeente.",
        level="start",
        audience="residents",
        topic="basic",
        register="algemeen",
        threshold="0.90",
        blocks=[
            {"kind": "welcome", "minutes": 10},
            {"kind": "teaching", "minutes": 90},
        ],
        handout="Neem uw telefoon en uw DigiD-gegevens mee.",
    )
