"""E-mails of the 1-loket, sent by the task queue. Tasks take ids and re-enter the scope."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django_scopes import scope
from django_tasks import task

from wijkkracht.core.mail import templated_mail
from wijkkracht.core.models import Collective
from wijkkracht.core.selectors import coordinator_emails
from wijkkracht.help.models import Assignment, AssignmentState
from wijkkracht.help.tokens import answer_token


def _mail(template: str, context: dict[str, object], to: list[str]) -> None:
    templated_mail(f"help/mail/{template}", context, to)


@task()
def volunteer_ask(*, collective_id: int, assignment_id: int) -> None:
    """Ask the volunteer by e-mail, with one link to say yes or no."""
    collective = Collective.objects.get(pk=collective_id)
    with scope(collective=collective), translation.override(settings.LANGUAGE_CODE):
        assignment = Assignment.objects.select_related("volunteer__person", "request__area").get(
            pk=assignment_id
        )
        if assignment.state != AssignmentState.PROPOSED:
            return
        link = settings.SITE_URL + reverse(
            "help:answer", args=[collective.slug, answer_token(assignment.pk)]
        )
        context = {"collective": collective, "assignment": assignment, "link": link}
        _mail(
            "ask",
            context,
            [assignment.volunteer.person.email] if assignment.volunteer.person.email else [],
        )


@task()
def answer_notify(*, collective_id: int, assignment_id: int) -> None:
    """Tell the coordinators the answer, and a resident with e-mail that help is coming."""
    collective = Collective.objects.get(pk=collective_id)
    with scope(collective=collective), translation.override(settings.LANGUAGE_CODE):
        assignment = Assignment.objects.select_related(
            "volunteer__person", "request__resident"
        ).get(pk=assignment_id)
        link = settings.SITE_URL + reverse(
            "help:request_detail", args=[collective.slug, assignment.request_id]
        )
        context = {"collective": collective, "assignment": assignment, "link": link}
        _mail("answer", context, coordinator_emails())
        resident = assignment.request.resident
        if assignment.state == AssignmentState.ACCEPTED and resident.email:
            _mail("confirmed", context, [resident.email])


@task()
def follow_ups_remind(*, collective_id: int, count: int) -> None:
    """Remind the coordinators of today's call-backs; the list itself stays on the dashboard."""
    collective = Collective.objects.get(pk=collective_id)
    with scope(collective=collective), translation.override(settings.LANGUAGE_CODE):
        link = settings.SITE_URL + reverse("help:dashboard", args=[collective.slug])
        context = {"collective": collective, "count": count, "link": link}
        _mail("follow_ups", context, coordinator_emails())
