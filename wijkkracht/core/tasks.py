"""Background work of the core app. Tasks take ids and re-enter the collective's scope."""

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django_scopes import scope
from django_tasks import task

from wijkkracht.core.jobs import job_do
from wijkkracht.core.mail import templated_mail
from wijkkracht.core.models import Collective, Job, Person


@task()
def invitation_send(*, collective_id: int, person_id: int) -> None:
    """Mail a person the link that sets their password, or tells them where to log in."""
    collective = Collective.objects.get(pk=collective_id)
    with scope(collective=collective), translation.override(settings.LANGUAGE_CODE):
        person = Person.objects.select_related("user").get(pk=person_id)
        user = person.user
        if user is None:
            return
        if user.has_usable_password():
            link = settings.SITE_URL + reverse("core:login")
        else:
            uid = urlsafe_base64_encode(force_bytes(user.pk))
            token = default_token_generator.make_token(user)
            link = settings.SITE_URL + reverse("core:invitation", args=[uid, token])
        context = {"person": person, "collective": collective, "link": link}
        templated_mail("core/mail/invitation", context, [user.email])


@task()
def job_run(*, collective_id: int, job_id: int) -> None:
    """Do long work a user started from a page (see core.jobs)."""
    collective = Collective.objects.get(pk=collective_id)
    with scope(collective=collective), translation.override(settings.LANGUAGE_CODE):
        job_do(Job.objects.select_related("collective", "created_by").get(pk=job_id))
