"""A care circle in the test world's village: the resident in the middle, a main carer and a
neighbour, a task for the day after tomorrow and a weekend off."""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.utils import timezone
from django_scopes import scope

from wijkkracht.care.models import (
    Circle,
    CircleRole,
    ConsentBy,
    Member,
    StrainCall,
    Task,
    TaskKind,
)
from wijkkracht.care.services.circles import circle_create, member_add
from wijkkracht.care.services.respite import respite_request
from wijkkracht.care.services.tasks import task_create
from wijkkracht.core.models import Collective, Person
from wijkkracht.core.services.people import person_create
from wijkkracht.help.models import Channel
from wijkkracht.participation.models import Response, Survey


@dataclass(frozen=True)
class CareIds:
    circle_id: int
    circle_member_id: int  # the main carer
    care_task_id: int
    respite_id: int
    strain_call_id: int  # the main carer's, from a named answer


def a_circle(collective: Collective, resident: Person) -> Circle:
    with scope(collective=collective):
        return circle_create(
            actor=None,
            person=resident,
            consent=True,
            consent_by=ConsentBy.SELF,
            representative="",
            consent_via=Channel.PHONE,
            birth_date=datetime.date(1942, 3, 14),
        )


def a_member(
    circle: Circle,
    role: str = CircleRole.MAIN_CARER,
    *,
    person: Person | None = None,
    **fields: object,
) -> Member:
    collective = circle.collective
    with scope(collective=collective):
        person = person or person_create(
            actor=None,
            collective=collective,
            roles=[],
            given_name="Ria",
            family_name=f"Verhoeven-{role}",
            street="Prinsenstraat",
            house_number=41,
            postcode="7901 CE",
            city="Hoogeveen",
        )
        return member_add(actor=None, circle=circle, person=person, role=role, **fields)


def a_task(circle: Circle, *, days: int = 5, hour: int = 10, kind: str = TaskKind.RIDE) -> Task:
    with scope(collective=circle.collective):
        return task_create(
            actor=None,
            circle=circle,
            kind=kind,
            title="Naar de huisarts",
            date=timezone.localdate() + datetime.timedelta(days=days),
            start_time=datetime.time(hour),
            end_time=datetime.time(hour + 1),
        )


def care_build(collective: Collective, resident: Person) -> CareIds:
    circle = a_circle(collective, resident)
    carer = a_member(
        circle,
        hours_per_week=Decimal(10),
        cares_since=datetime.date(2024, 1, 1),
        appreciation_consent=True,
    )
    task = a_task(circle)
    saturday = timezone.localdate() + datetime.timedelta(days=10)
    with scope(collective=collective):
        respite = respite_request(
            actor=None, carer=carer, first_day=saturday, last_day=saturday, parts=["morning"]
        )
        survey = Survey.objects.create(
            collective=collective, title="Mantelzorgers", anonymous=False
        )
        answer = Response.objects.create(
            collective=collective, survey=survey, channel="online", person=carer.person
        )
        call = StrainCall.objects.create(collective=collective, carer=carer.person, response=answer)
    return CareIds(
        circle_id=circle.pk,
        circle_member_id=carer.pk,
        care_task_id=task.pk,
        respite_id=respite.pk,
        strain_call_id=call.pk,
    )
