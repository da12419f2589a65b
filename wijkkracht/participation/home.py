"""What participation adds to a person's day: votes and surveys still waiting for them."""

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wijkkracht.core.access import Membership
from wijkkracht.core.public_home import TodayLine
from wijkkracht.participation.models import Invitation, Phase, SurveyStatus


def today_lines(membership: Membership) -> list[TodayLine]:
    if membership.person is None:
        return []
    waiting = Invitation.objects.filter(person=membership.person, used_at=None).filter(
        Q(budget__phase=Phase.VOTE) | Q(survey__status=SurveyStatus.OPEN)
    )
    return [
        TodayLine(
            _("Stemmingen en vragenlijsten voor u"),
            waiting.count(),
            reverse("participation:overview", args=[membership.collective.slug]),
        )
    ]
