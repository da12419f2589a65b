"""What governance adds to the board's day: actions from decisions still open, and the days
left to adopt last year's accounts (from three months before the date the law sets)."""

import datetime

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from wijkkracht.core.access import Membership
from wijkkracht.core.public_home import TodayLine
from wijkkracht.governance.deadlines import accounts_deadlines
from wijkkracht.governance.models import FollowUp
from wijkkracht.governance.services.accounts import accounts_adopted

WARN_DAYS = 90


def today_lines(membership: Membership) -> list[TodayLine]:
    if not membership.has("coordinator", "board"):
        return []
    slug = membership.collective.slug
    lines = [
        TodayLine(
            _("Acties uit besluiten van de ledenvergadering"),
            FollowUp.objects.filter(done_on__isnull=True).count(),
            reverse("governance:decisions", args=[slug]),
        )
    ]
    today = timezone.localdate()
    year = today.year - 1
    deadline = accounts_deadlines(datetime.date(year, 12, 31)).adopted
    left = (deadline - today).days
    if left <= WARN_DAYS and accounts_adopted(year) is None:
        url = reverse("governance:accounts", args=[slug, year])
        if left >= 0:
            label = _("dagen om de jaarrekening %(year)s vast te stellen (uiterlijk %(day)s)")
        else:
            label = _("dagen te laat: de jaarrekening %(year)s is nog niet vastgesteld (%(day)s)")
        label = label % {"year": year, "day": deadline.strftime("%d-%m-%Y")}
        lines.append(TodayLine(label, abs(left), url))
    return lines
