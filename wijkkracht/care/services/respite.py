"""Time off for the main carer: each day part asked for is a task of the circle, so members
claim it first; what stays open goes to the 1-loket's volunteers (with a VOG, as all respite
help does) and is planned in "De week plannen" like every other question."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wijkkracht.care.models import CircleRole, Member, Respite, Task, TaskKind, unclaimed
from wijkkracht.care.services.tasks import task_escalate
from wijkkracht.care.tasks import respite_announce
from wijkkracht.core.models import User
from wijkkracht.core.services.audit import audit_record

# The day parts a carer can ask off, as the volunteers' availability knows them.
DAY_PARTS = {
    "morning": (datetime.time(9), datetime.time(13), gettext_lazy("ochtend (9 tot 13 uur)")),
    "afternoon": (datetime.time(13), datetime.time(17), gettext_lazy("middag (13 tot 17 uur)")),
    "evening": (datetime.time(18), datetime.time(22), gettext_lazy("avond (18 tot 22 uur)")),
}
LONGEST = datetime.timedelta(days=14)


@transaction.atomic
def respite_request(
    *,
    actor: User | None,
    carer: Member,
    first_day: datetime.date,
    last_day: datetime.date,
    parts: list[str],
    note: str = "",
) -> Respite:
    if carer.role != CircleRole.MAIN_CARER:
        raise ValidationError(_("Respijt is voor de mantelzorger van de cirkel."))
    if first_day < timezone.localdate():
        raise ValidationError(_("Deze datum is al voorbij. Kies vandaag of later."))
    if last_day < first_day:
        raise ValidationError(_("De laatste dag ligt voor de eerste dag."))
    if last_day - first_day >= LONGEST:
        raise ValidationError(_("Vraag hoogstens twee weken tegelijk aan."))
    unknown = set(parts) - set(DAY_PARTS)
    if not parts or unknown:
        raise ValidationError(_("Kies minstens één dagdeel."))
    circle = carer.circle
    respite = Respite.objects.create(
        collective_id=circle.collective_id,
        circle=circle,
        carer=carer,
        first_day=first_day,
        last_day=last_day,
        note=note.strip(),
    )
    title = _("Bij %(name)s zijn, zodat %(carer)s even vrij is") % {
        "name": circle.person.given_name,
        "carer": carer.person.given_name,
    }
    day = first_day
    tasks = []
    while day <= last_day:
        for part in (key for key in DAY_PARTS if key in parts):
            start, end, _label = DAY_PARTS[part]
            tasks.append(
                Task(
                    collective_id=circle.collective_id,
                    circle=circle,
                    kind=TaskKind.RESPITE,
                    title=title,
                    date=day,
                    start_time=start,
                    end_time=end,
                    respite=respite,
                    created_by=actor,
                )
            )
        day += datetime.timedelta(days=1)
    Task.objects.bulk_create(tasks)
    transaction.on_commit(
        lambda: respite_announce.enqueue(collective_id=circle.collective_id, respite_id=respite.pk)
    )
    audit_record(
        actor=actor,
        action="care.respite_request",
        target=respite,
        collective=circle.collective,
        on_behalf_of=carer.person,
        data={"day_parts": len(tasks)},
    )
    return respite


def respite_to_loket(*, actor: User | None, respite: Respite) -> int:
    """Hand the day parts nobody in the circle took to the 1-loket now, without waiting for
    the 48 hours; returns how many went."""
    open_tasks = respite.tasks.filter(unclaimed()).select_related("circle__person")
    collective = respite.circle.collective
    return sum(task_escalate(actor=actor, collective=collective, task=task) for task in open_tasks)
