"""The academy's lines on Vandaag: a course session today, to check in at or to teach."""

import datetime

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wijkkracht.academy.models import Session
from wijkkracht.activities.schedule import local_datetime
from wijkkracht.core.access import Membership
from wijkkracht.core.public_home import TodayLine


def today_lines(membership: Membership) -> list[TodayLine]:
    person = membership.person
    if person is None:
        return []
    today = timezone.localdate()
    sessions = Session.objects.filter(
        occurrence__starts_at__gte=local_datetime(today, datetime.time()),
        occurrence__starts_at__lt=local_datetime(
            today + datetime.timedelta(days=1), datetime.time()
        ),
        occurrence__cancelled=False,
    ).select_related("edition__course")
    slug = membership.collective.slug
    taught = sessions.filter(edition__course__teachers=person)
    learning = sessions.filter(
        occurrence__registrations__person=person, occurrence__registrations__status="place"
    )
    return [
        TodayLine(
            _("U geeft vandaag les: %(course)s") % {"course": session.edition.course.title},
            1,
            reverse("academy:edition", args=[slug, session.edition_id]),
        )
        for session in taught
    ] + [
        TodayLine(
            _("Vandaag naar de cursus %(course)s: inchecken met de code in de zaal")
            % {"course": session.edition.course.title},
            1,
            reverse("academy:check_in", args=[slug]),
        )
        for session in learning
    ]
