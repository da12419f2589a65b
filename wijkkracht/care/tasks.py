"""E-mails of the care circles, sent by the task queue: a new task or a request for time off
goes to the people in the circle who can help and have e-mail; not to whoever asked, not to
the care providers who only look on. Tasks take ids and re-enter the scope."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django_scopes import scope
from django_tasks import task

from wijkkracht.care.models import Circle, CircleRole, Respite, Task
from wijkkracht.core.mail import templated_mail
from wijkkracht.core.models import Collective


def _announce(
    collective: Collective,
    circle: Circle,
    template: str,
    context: dict[str, object],
    *,
    asker_person: int | None = None,
    asker_user: int | None = None,
) -> None:
    link = settings.SITE_URL + reverse("care:circle", args=[collective.slug, circle.pk])
    members = circle.members.exclude(role=CircleRole.PROFESSIONAL).select_related("person")
    for member in members:
        person = member.person
        asked = person.pk == asker_person or (asker_user and person.user_id == asker_user)
        if not person.email or asked:
            continue
        templated_mail(
            f"care/mail/{template}",
            {
                **context,
                "collective": collective,
                "circle": circle,
                "name": person.given_name,
                "link": link,
            },
            [person.email],
        )


@task()
def task_announce(*, collective_id: int, task_id: int) -> None:
    """Ask the circle who can take a new task, while nobody has it."""
    collective = Collective.objects.get(pk=collective_id)
    with scope(collective=collective), translation.override(settings.LANGUAGE_CODE):
        found = Task.objects.select_related("circle__person").get(pk=task_id)
        if found.claimed_by_id is None and found.cancelled_at is None:
            _announce(
                collective,
                found.circle,
                "task_new",
                {"task": found},
                asker_user=found.created_by_id,
            )


@task()
def respite_announce(*, collective_id: int, respite_id: int) -> None:
    """Tell the circle the main carer asked for time off, and how many day parts are open."""
    collective = Collective.objects.get(pk=collective_id)
    with scope(collective=collective), translation.override(settings.LANGUAGE_CODE):
        found = Respite.objects.select_related("circle__person", "carer__person").get(pk=respite_id)
        context = {"respite": found, "parts": found.tasks.count()}
        _announce(
            collective, found.circle, "respite_new", context, asker_person=found.carer.person_id
        )
