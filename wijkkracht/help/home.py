"""What the 1-loket adds to the public home ("Hulp vragen") and to a person's day."""

from typing import Any

from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wijkkracht.core.access import CollectiveRequest, Membership
from wijkkracht.core.public_home import TodayLine
from wijkkracht.help.models import (
    OPEN_STATUSES,
    UNMATCHED_STATUSES,
    AssignmentState,
    Callback,
    HelpRequest,
    Volunteer,
)


def ask(request: CollectiveRequest) -> dict[str, Any] | None:
    """Hulp vragen, for visitors and residents; staff and volunteers have their own pages."""
    membership = request.membership
    return {} if not membership.roles or membership.has("resident", "member") else None


def today_lines(membership: Membership) -> list[TodayLine]:
    slug = membership.collective.slug
    lines = []
    if membership.has("coordinator"):
        today = timezone.localdate()
        dashboard = reverse("help:dashboard", args=[slug])
        lines += [
            TodayLine(
                _("Terugbellen: vragen van de website"),
                Callback.objects.count(),
                reverse("help:callback_list", args=[slug]),
            ),
            TodayLine(
                _("Nabellen: hoe ging het?"),
                HelpRequest.objects.filter(follow_up_on__lte=today).count(),
                dashboard,
            ),
            TodayLine(
                _("Hulpvragen zonder vrijwilliger"),
                HelpRequest.objects.filter(status__in=UNMATCHED_STATUSES).count(),
                dashboard,
            ),
        ]
    volunteer = (
        Volunteer.objects.filter(person=membership.person).first()
        if membership.has("volunteer")
        else None
    )
    if volunteer is not None:
        tasks = volunteer.assignments.filter(
            Q(state=AssignmentState.PROPOSED)
            | Q(state=AssignmentState.ACCEPTED, request__status__in=OPEN_STATUSES)
        )
        lines.append(
            TodayLine(_("Mijn taken"), tasks.count(), reverse("help:my_tasks", args=[slug]))
        )
    return lines
