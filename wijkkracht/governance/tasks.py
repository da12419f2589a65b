"""The convocation by e-mail, one per member with an address, sent by the task queue."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django_scopes import scope
from django_tasks import task

from wijkkracht.core.mail import templated_mail
from wijkkracht.core.models import Collective, Person
from wijkkracht.governance.models import Meeting
from wijkkracht.governance.services.roll import checkin_code


@task()
def convocation_mail(*, collective_id: int, meeting_id: int, person_id: int) -> None:
    collective = Collective.objects.get(pk=collective_id)
    with scope(collective=collective), translation.override(settings.LANGUAGE_CODE):
        meeting = Meeting.objects.get(pk=meeting_id)
        person = Person.objects.get(pk=person_id)
        link = settings.SITE_URL + reverse("governance:meeting", args=[collective.slug, meeting.pk])
        templated_mail(
            "governance/mail/convocation",
            {
                "collective": collective,
                "meeting": meeting,
                "items": list(meeting.items.all()),
                "name": person.given_name,
                "code": checkin_code(meeting, person),
                "link": link,
            },
            [person.email],
        )
