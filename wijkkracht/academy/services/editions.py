"""Editions: an activity of the kind 'learning' whose occurrences are the sessions. Enrolling
is signing up for every session still to come, with the activities' waiting list."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wijkkracht.academy.models import Course, Edition, Session
from wijkkracht.activities.models import Kind, Organiser, Registration, RegistrationStatus, Room
from wijkkracht.activities.schedule import rule_for
from wijkkracht.activities.services.activities import activity_save
from wijkkracht.activities.services.registrations import registration_create
from wijkkracht.core.models import Collective, Person, User
from wijkkracht.core.services.audit import audit_record

MAX_SESSIONS = 12


def _minutes(start: datetime.time, end: datetime.time) -> int:
    return (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)


@transaction.atomic
def edition_create(
    *,
    actor: User | None,
    collective: Collective,
    course: Course,
    date: datetime.date,
    start_time: datetime.time,
    end_time: datetime.time,
    sessions: int,
    room: Room | None,
    capacity: int | None,
    public: bool = True,
) -> Edition:
    """An edition of ``sessions`` weekly meetings; the course's programme must fit in one."""
    if not 1 <= sessions <= MAX_SESSIONS:
        raise ValidationError(_("Kies 1 tot %(max)s bijeenkomsten.") % {"max": MAX_SESSIONS})
    programme = sum(block["minutes"] for block in course.blocks)
    length = _minutes(start_time, end_time)
    if programme > length:
        raise ValidationError(
            _("Het programma duurt %(programme)s minuten, de bijeenkomst maar %(length)s.")
            % {"programme": programme, "length": length}
        )
    weekly = sessions > 1
    activity = activity_save(
        actor=actor,
        collective=collective,
        title=course.title,
        description=course.summary,
        kind=Kind.LEARNING,
        organiser_kind=Organiser.COLLECTIVE,
        organiser_name="",
        organiser=course.teachers.first(),
        place=room.place if room else None,
        room=room,
        date=date,
        start_time=start_time,
        end_time=end_time,
        rrule=rule_for("weekly", date) if weekly else "",
        repeat_until=date + datetime.timedelta(weeks=sessions - 1) if weekly else None,
        exdates=[],
        capacity=capacity,
        signup=True,
        public=public,
    )
    edition = Edition.objects.create(collective=collective, course=course, activity=activity)
    sessions_sync(edition)
    audit_record(
        actor=actor, action="edition.create", target=edition, collective=collective, data={}
    )
    return edition


def sessions_sync(edition: Edition) -> list[Session]:
    """A session for each occurrence that goes ahead, with the course's programme as it is
    now; a session keeps its programme when the course changes later."""
    have = {session.occurrence_id: session for session in edition.sessions.all()}
    occurrences = edition.activity.occurrences.filter(cancelled=False).order_by("starts_at")
    sessions = []
    for occurrence in occurrences:
        session = have.get(occurrence.pk)
        if session is None:
            session = Session.objects.create(
                collective_id=edition.collective_id,
                edition=edition,
                occurrence=occurrence,
                blocks=edition.course.blocks,
            )
        sessions.append(session)
    return sessions


@transaction.atomic
def edition_enrol(*, actor: User | None, edition: Edition, person: Person, via: str) -> str:
    """Sign someone up for every session still to come: a place, or the waiting list where
    the sessions are full. Returns the status of the first of those sessions."""
    now = timezone.now()
    sessions = [s for s in sessions_sync(edition) if s.occurrence.ends_at > now]
    if not sessions:
        raise ValidationError(_("Deze cursus is al voorbij."))
    status = ""
    for session in sessions:
        registration = registration_create(
            actor=actor, occurrence=session.occurrence, person=person, via=via
        )
        status = status or registration.status
    return status


def enrolled(session: Session) -> list[Registration]:
    """Who has a place at a session, by name."""
    return list(
        session.occurrence.registrations.filter(status=RegistrationStatus.PLACE)
        .select_related("person")
        .order_by("person__family_name", "person__given_name")
    )
