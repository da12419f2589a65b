"""Attendance three ways: the code next to one's name on the printed sign-in list, typed in by
a volunteer; the code shown in the room, which changes every 30 seconds and is accepted for 60;
or the teacher's ticks. Each person's present minutes count only the teaching they were there
for."""

import datetime
import re
from dataclasses import dataclass
from fractions import Fraction

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext as _

from wijkkracht.academy.minutes import blocks_of, net_minutes, passes, points_text, present_net
from wijkkracht.academy.models import Attendance, Edition, Session, Via
from wijkkracht.academy.registers import register_get
from wijkkracht.activities.models import RegistrationStatus
from wijkkracht.activities.services.registrations import occurrence_lock
from wijkkracht.core.models import Person, User
from wijkkracht.core.services.audit import audit_record

# The participation letters' alphabet: no 0/O, 1/I/L, so a code is read and typed right.
ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
PAPER_LENGTH = 5
ROOM_STEP = 30  # seconds a room code is shown
ROOM_STEPS_ACCEPTED = 2  # the code on the screen and the one before: 60 seconds
EARLY_CHECK_IN = datetime.timedelta(minutes=30)


def _code(message: str, length: int, salt: str) -> str:
    digest = salted_hmac(salt, message).digest()
    return "".join(ALPHABET[byte % len(ALPHABET)] for byte in digest[:length])


def paper_code(session: Session, person: Person) -> str:
    """The short code printed next to a person's name on one session's sign-in list."""
    return _code(f"{session.pk}:{person.pk}", PAPER_LENGTH, "academy.paper")


def normalise(code: str) -> str:
    return re.sub(r"[^A-Z0-9]", "", code.upper())


def _step(at: datetime.datetime) -> int:
    return int(at.timestamp()) // ROOM_STEP


def room_code(session: Session, at: datetime.datetime) -> str:
    """Six digits for the screen in the room, new every 30 seconds."""
    digest = salted_hmac("academy.room", f"{session.pk}:{_step(at)}").digest()
    return f"{int.from_bytes(digest[:4], 'big') % 1_000_000:06d}"


def room_code_seconds_left(at: datetime.datetime) -> int:
    return ROOM_STEP - int(at.timestamp()) % ROOM_STEP


def _room_code_valid(session: Session, code: str, at: datetime.datetime) -> bool:
    step = datetime.timedelta(seconds=ROOM_STEP)
    return any(
        constant_time_compare(room_code(session, at - back * step), code)
        for back in range(ROOM_STEPS_ACCEPTED)
    )


def _record(
    *, actor: User | None, session: Session, person: Person, via: str, late: int, early: int
) -> Attendance:
    day = timezone.localtime(session.occurrence.starts_at).date()
    if timezone.localdate() < day:
        raise ValidationError(_("Wie er was, vult u in op de dag zelf of later."))
    length = sum(block["minutes"] for block in session.blocks)
    if late < 0 or early < 0 or late + early > length:
        raise ValidationError(
            _("Te laat en eerder weg samen kan niet meer zijn dan de %(length)s minuten.")
            % {"length": length}
        )
    attendance, _created = Attendance.objects.update_or_create(
        session=session,
        person=person,
        defaults={
            "collective_id": session.collective_id,
            "via": via,
            "late_minutes": late,
            "early_minutes": early,
            "recorded_by": actor,
        },
    )
    session.occurrence.registrations.filter(person=person, status=RegistrationStatus.PLACE).update(
        attended=True
    )
    return attendance


def _lock(session: Session) -> None:
    """One writer per session at a time (two volunteers typing the same list, a teacher
    ticking while someone checks in): the occurrence's row lock, as sign-ups take it."""
    occurrence_lock(session.occurrence)


def _recorded(session: Session) -> dict[int, Attendance]:
    """What is already recorded for the session, by person: kept where a new entry says
    nothing about it (the minutes, or how someone was first marked)."""
    return {row.person_id: row for row in Attendance.objects.filter(session=session)}


def _places(session: Session) -> dict[int, Person]:
    registrations = session.occurrence.registrations.filter(
        status=RegistrationStatus.PLACE
    ).select_related("person")
    return {registration.person_id: registration.person for registration in registrations}


@transaction.atomic
def paper_codes_enter(*, actor: User | None, session: Session, codes: str) -> list[Person]:
    """The codes of everyone who signed, as typed from the list (in any case, with or
    without spaces). All or nothing: one code that fits nobody and nothing is saved."""
    _lock(session)
    by_code = {paper_code(session, person): person for person in _places(session).values()}
    typed = [normalise(code) for code in re.split(r"[\s,;]+", codes) if normalise(code)]
    if not typed:
        raise ValidationError(_("Typ de codes van wie er was, met een spatie ertussen."))
    unknown = [code for code in typed if code not in by_code]
    if unknown:
        raise ValidationError(
            _(
                "Deze codes horen bij niemand op de lijst: %(codes)s. Kijk ze na; er is niets "
                "bewaard."
            )
            % {"codes": ", ".join(unknown)}
        )
    present = []
    recorded = _recorded(session)
    for code in dict.fromkeys(typed):
        person = by_code[code]
        existing = recorded.get(person.pk)
        late, early = (existing.late_minutes, existing.early_minutes) if existing else (0, 0)
        _record(actor=actor, session=session, person=person, via=Via.PAPER, late=late, early=early)
        present.append(person)
    audit_record(
        actor=actor,
        action="academy.paper",
        target=session,
        collective=session.edition.collective,
        data={"present": len(present)},
    )
    return present


def sessions_now(person: Person, at: datetime.datetime) -> list[Session]:
    """The sessions going on (or about to start) that the person has a place at."""
    return list(
        Session.objects.filter(
            occurrence__starts_at__lte=at + EARLY_CHECK_IN,
            occurrence__ends_at__gte=at,
            occurrence__registrations__person=person,
            occurrence__registrations__status=RegistrationStatus.PLACE,
        ).select_related("occurrence", "edition__course")
    )


@transaction.atomic
def room_check_in(
    *, actor: User | None, person: Person, code: str, at: datetime.datetime | None = None
) -> Session:
    """Check in with the code on the screen; arriving after the start counts as late."""
    at = at or timezone.now()
    sessions = sessions_now(person, at)
    if not sessions:
        raise ValidationError(
            _("U staat niet ingeschreven voor een cursus die nu bezig is. Vraag het de docent.")
        )
    code = re.sub(r"\D", "", code)
    for session in sessions:
        if _room_code_valid(session, code, at):
            _lock(session)
            started = (at - session.occurrence.starts_at).total_seconds() // 60
            existing = Attendance.objects.filter(session=session, person=person).first()
            early = existing.early_minutes if existing else 0
            late = existing.late_minutes if existing else max(0, int(started))
            _record(
                actor=actor,
                session=session,
                person=person,
                via=Via.ROOM_CODE,
                late=late,
                early=early,
            )
            return session
    raise ValidationError(_("Deze code klopt niet (meer). Typ de code die nu op het scherm staat."))


@transaction.atomic
def teacher_ticks_save(
    *, actor: User | None, session: Session, rows: dict[int, tuple[bool, int, int]]
) -> int:
    """The teacher's list: per person with a place, present or not, and minutes late and early.
    Returns how many were there."""
    _lock(session)
    places = _places(session)
    recorded = _recorded(session)
    present = 0
    for person_id, (here, late, early) in rows.items():
        person = places.get(person_id)
        if person is None:
            continue
        if here:
            existing = recorded.get(person_id)
            via = existing.via if existing else Via.TEACHER
            _record(actor=actor, session=session, person=person, via=via, late=late, early=early)
            present += 1
        else:
            Attendance.objects.filter(session=session, person=person).delete()
            session.occurrence.registrations.filter(person=person).update(attended=False)
    audit_record(
        actor=actor,
        action="academy.ticks",
        target=session,
        collective=session.edition.collective,
        data={"present": present},
    )
    return present


@dataclass(frozen=True)
class Result:
    person: Person
    minutes: int
    passed: bool
    points: Fraction

    @property
    def points_text(self) -> str:
        return points_text(self.points)


def sessions_held(edition: Edition) -> list[Session]:
    """The edition's sessions that go or went ahead, in order; a cancelled one counts for
    nothing (its minutes are not in the net minutes, and nobody was there)."""
    return list(
        edition.sessions.filter(occurrence__cancelled=False)
        .select_related("occurrence")
        .order_by("occurrence__starts_at")
    )


def edition_results(edition: Edition) -> tuple[int, list[Result]]:
    """The edition's net minutes, and per person who came: present minutes, whether they
    reached the course's threshold, and the points that brings."""
    register = register_get(edition.course.register)
    sessions = sessions_held(edition)
    blocks = {session.pk: blocks_of(session.blocks) for session in sessions}
    net = sum(net_minutes(session_blocks, register) for session_blocks in blocks.values())
    minutes: dict[int, int] = {}
    persons: dict[int, Person] = {}
    attendances = Attendance.objects.filter(session__in=sessions).select_related("person")
    for row in attendances:
        got = present_net(blocks[row.session_id], register, row.late_minutes, row.early_minutes)
        minutes[row.person_id] = minutes.get(row.person_id, 0) + got
        persons[row.person_id] = row.person
    threshold = Fraction(edition.course.threshold)
    course_points = register.points(net)
    results = []
    for person_id, person in sorted(
        persons.items(), key=lambda item: (item[1].family_name, item[1].given_name)
    ):
        passed = passes(minutes[person_id], net, threshold)
        results.append(
            Result(person, minutes[person_id], passed, course_points if passed else Fraction(0))
        )
    return net, results
