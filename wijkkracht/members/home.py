"""What the members app adds to the public home ("Lid worden") and to the treasurer's day."""

from typing import Any

from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wijkkracht.core.access import CollectiveRequest, Membership
from wijkkracht.core.public_home import TodayLine
from wijkkracht.members.models import Contribution, ContributionStatus
from wijkkracht.members.selectors import (
    applications_waiting,
    contribution_rule_now,
    undated_mandates,
)


def join(request: CollectiveRequest) -> dict[str, Any] | None:
    """Lid worden, for visitors and residents who are not a member yet."""
    if not request.membership.roles <= {"resident"}:
        return None
    return {"rule": contribution_rule_now()}


def today_lines(membership: Membership) -> list[TodayLine]:
    if not membership.has("coordinator", "board"):
        return []
    slug = membership.collective.slug
    year = timezone.localdate().year
    lines = [
        TodayLine(
            _("Aanmeldingen van nieuwe leden"),
            applications_waiting().count(),
            reverse("members:application_list", args=[slug]),
        )
    ]
    if membership.has("board"):
        year_page = reverse("members:contribution_year", args=[slug, year])
        counts = Contribution.objects.filter(year=year).aggregate(
            reversed=Count("pk", filter=Q(status=ContributionStatus.REVERSED)),
            open=Count("pk", filter=Q(status=ContributionStatus.OPEN)),
        )
        lines += [
            TodayLine(_("Teruggeboekte incasso's"), counts["reversed"], year_page),
            TodayLine(_("Huishoudens die nog niet betaalden"), counts["open"], year_page),
            TodayLine(_("Machtigingen zonder datum"), undated_mandates().count(), year_page),
        ]
    return lines
