"""Aaltje Mulder's care circle: her daughter as main carer, Sanne de Groot, a neighbour and the
district nurse (view only); a Thursday ride nobody could take, handed to the 1-loket; the
daughter's weekend off, covered by the circle and a volunteer with a VOG; her strain answered
by name, and high: a call for the coordinator."""

import datetime
from decimal import Decimal

from django.utils import timezone

from wijkkracht.care.models import Circle, CircleRole, ConsentBy, Member, TaskKind
from wijkkracht.care.services.circles import circle_create, member_add, note_add, notes_consent_give
from wijkkracht.care.services.respite import respite_request, respite_to_loket
from wijkkracht.care.services.strain import strain_check
from wijkkracht.care.services.tasks import task_claim, task_create, task_escalate
from wijkkracht.core.models import Collective, Person, User
from wijkkracht.core.services.people import person_create
from wijkkracht.help.models import AnswerVia, Channel
from wijkkracht.help.services.assignments import assignment_answer
from wijkkracht.help.services.planning import plan_confirm, week_plan
from wijkkracht.impact.models import Reach, Stage
from wijkkracht.impact.services.rounds import round_create, round_open
from wijkkracht.participation.services.surveys import survey_answer

CARER_EMAIL = "mantelzorger@veldhoek.example"
NURSE_EMAIL = "wijkverpleging@veldhoek.example"
RIA_YES = 7  # of the EDIZ's nine statements: at the collective's default threshold


def _next(weekday: int, after: int) -> datetime.date:
    """The first such weekday (0 = Monday) at least ``after`` days from today."""
    day = timezone.localdate() + datetime.timedelta(days=after)
    return day + datetime.timedelta(days=(weekday - day.weekday()) % 7)


def _login(
    collective: Collective, email: str, password: str, role: str, **fields: object
) -> Person:
    person = person_create(
        actor=None,
        collective=collective,
        roles=[role],
        email=email,
        contact_preference="email",
        **fields,
    )
    person.user = User.objects.create_user(email, password, name=person.full_name)
    person.save(update_fields=["user"])
    return person


def village_care_load(collective: Collective, coordinator: User, password: str) -> None:
    aaltje = Person.objects.get(given_name="Aaltje", family_name="Mulder")
    daughter = _login(
        collective,
        CARER_EMAIL,
        password,
        "resident",
        given_name="Ria",
        family_name="Mulder",
        phone="06 4182 7730",
        street="Prinsenstraat",
        house_number=41,
        postcode="7901 CE",
        city="Hoogeveen",
    )
    nurse = _login(
        collective,
        NURSE_EMAIL,
        password,
        "professional",
        given_name="Esther",
        family_name="Wolters",
        phone="0528 299 410",
    )
    sanne = Person.objects.get(user__email="volunteer@veldhoek.example")
    neighbour = person_create(
        actor=coordinator,
        collective=collective,
        roles=["resident"],
        given_name="Jan",
        family_name="Kuiper",
        phone="0528 341 288",
        street=aaltje.street,
        house_number=9,
        postcode=aaltje.postcode,
        city=aaltje.city,
    )
    circle = circle_create(
        actor=coordinator,
        person=aaltje,
        consent=True,
        consent_by=ConsentBy.SELF,
        representative="",
        consent_via=Channel.PHONE,
        birth_date=datetime.date(1942, 3, 14),
    )
    ria = member_add(
        actor=coordinator,
        circle=circle,
        person=daughter,
        role=CircleRole.MAIN_CARER,
        reads_notes=True,
        hours_per_week=Decimal(12),
        cares_since=datetime.date(2023, 9, 1),
        appreciation_consent=True,
        strain_consent=True,
    )
    jan = member_add(
        actor=coordinator,
        circle=circle,
        person=neighbour,
        role=CircleRole.NEIGHBOUR,
        hours_per_week=Decimal(3),
        cares_since=datetime.date(2024, 2, 1),
    )
    sanne_member = member_add(
        actor=coordinator, circle=circle, person=sanne, role=CircleRole.VOLUNTEER
    )
    member_add(
        actor=coordinator,
        circle=circle,
        person=nurse,
        role=CircleRole.PROFESSIONAL,
        reads_notes=True,
    )
    notes_consent_give(actor=coordinator, circle=circle)
    note_add(
        actor=coordinator,
        circle=circle,
        text="Mevrouw Mulder gebruikt sinds oktober bloedverdunners. Valt ze: bel de huisarts.",
    )
    _tasks(coordinator, circle, jan)
    _weekend_off(coordinator, ria, sanne_member, jan)
    _carers_measured(collective, coordinator, ria)


def _carers_measured(collective: Collective, coordinator: User, ria: Member) -> None:
    """The carers' EDIZ by name: Ria answers 'ja' to seven of the nine, so the coordinator
    finds 'even bellen' on Vandaag."""
    today = timezone.localdate()
    measurement = round_create(
        actor=coordinator,
        collective=collective,
        title=f"Mantelzorgers {today.year}",
        stage=Stage.AREA,
        instruments=["ediz"],
        reach=Reach.CARERS,
        period_start=today.replace(month=1, day=1),
        period_end=today,
    )
    round_open(actor=coordinator, measurement=measurement)
    questions = measurement.survey.questions.order_by("position")
    survey_answer(
        actor=ria.person.user,
        survey=measurement.survey,
        answers={q.pk: "ja" if n < RIA_YES else "nee" for n, q in enumerate(questions)},
        person=ria.person,
    )
    strain_check(collective)


def _tasks(coordinator: User, circle: Circle, jan: Member) -> None:
    tuesday = _next(1, 1)
    groceries = task_create(
        actor=coordinator,
        circle=circle,
        kind=TaskKind.GROCERIES,
        title="Boodschappen bij de Spar",
        date=tuesday,
        start_time=datetime.time(10),
        end_time=datetime.time(11),
    )
    task_claim(actor=None, task=groceries, member=jan)
    task_create(
        actor=coordinator,
        circle=circle,
        kind=TaskKind.MEDICATION,
        title="Even bellen of de medicijnen van de avond genomen zijn",
        date=_next(2, 1),
        start_time=datetime.time(19),
        end_time=datetime.time(19, 30),
    )
    ride = task_create(
        actor=coordinator,
        circle=circle,
        kind=TaskKind.RIDE,
        title="Rit naar het ziekenhuis in Hoogeveen, controle bij de cardioloog",
        date=_next(3, 1),
        start_time=datetime.time(9, 30),
        end_time=datetime.time(12),
    )
    # Nobody in the circle can: as the job does 48 hours before, it goes to the 1-loket.
    task_escalate(actor=None, collective=circle.collective, task=ride)


def _weekend_off(coordinator: User, ria: Member, sanne: Member, jan: Member) -> None:
    saturday = _next(5, 3)
    respite = respite_request(
        actor=ria.person.user,
        carer=ria,
        first_day=saturday,
        last_day=saturday + datetime.timedelta(days=1),
        parts=["morning", "afternoon"],
        note="Mam wil graag koffie om half elf en een wandelingetje als het droog is.",
    )
    saturday_morning, saturday_afternoon, sunday_morning, sunday_afternoon = respite.tasks.order_by(
        "date", "start_time"
    )
    task_claim(actor=None, task=saturday_morning, member=sanne)
    task_claim(actor=None, task=sunday_morning, member=jan)
    afternoons = [saturday_afternoon, sunday_afternoon]
    respite_to_loket(actor=coordinator, respite=respite)
    # The week planner asks volunteers with a VOG for the afternoons; they say yes on the phone.
    plan, requests = week_plan(sunday_morning.date - datetime.timedelta(days=6))
    wanted = set(
        respite.tasks.filter(pk__in=[task.pk for task in afternoons]).values_list(
            "help_request_id", flat=True
        )
    )
    pairs = [
        (pair.request_id, pair.candidate.volunteer_id, pair.candidate.score)
        for pair in plan.pairs
        if pair.request_id in wanted
    ]
    plan_confirm(actor=coordinator, pairs=pairs)
    for request_id in wanted:
        for assignment in requests[request_id].assignments.all():
            assignment_answer(actor=None, assignment=assignment, accept=True, via=AnswerVia.PHONE)
