"""Background work of the members app. Tasks take ids and re-enter the collective's scope."""

from django.conf import settings
from django.utils import translation
from django_scopes import scope
from django_tasks import task

from wijkkracht.core.mail import templated_mail
from wijkkracht.core.models import Collective
from wijkkracht.members.models import Application, Contribution
from wijkkracht.members.services.contributions import outstanding


@task()
def reminder_send(*, collective_id: int, contribution_id: int) -> None:
    """Mail the payer of a household what is still owed and how to pay it."""
    collective = Collective.objects.get(pk=collective_id)
    with scope(collective=collective), translation.override(settings.LANGUAGE_CODE):
        contribution = Contribution.objects.select_related("payer__person").get(pk=contribution_id)
        person = contribution.payer.person
        if not person.email:
            return
        context = {
            "collective": collective,
            "contribution": contribution,
            "person": person,
            "owed": outstanding(contribution),
        }
        templated_mail("members/mail/reminder", context, [person.email])


@task()
def application_mail(*, collective_id: int, application_id: int, kind: str) -> None:
    """Tell an applicant with e-mail that the application came in, was accepted or refused."""
    collective = Collective.objects.get(pk=collective_id)
    with scope(collective=collective), translation.override(settings.LANGUAGE_CODE):
        application = Application.objects.select_related("member").get(pk=application_id)
        context = {"collective": collective, "application": application}
        templated_mail(f"members/mail/application_{kind}", context, [application.email])
