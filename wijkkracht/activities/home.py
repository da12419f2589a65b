"""What the meeting app adds to the public home and to a person's day."""

import datetime
from typing import Any

from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wijkkracht.activities.models import Booking, BookingStatus, Post, PostStatus
from wijkkracht.activities.selectors import calendar, call_list, my_registrations, sees_private
from wijkkracht.core.access import CollectiveRequest, Membership
from wijkkracht.core.public_home import TodayLine

WEEK_ROWS = 12


def this_week(request: CollectiveRequest) -> dict[str, Any] | None:
    today = timezone.localdate()
    occurrences = list(
        calendar(
            today, today + datetime.timedelta(days=6), private=sees_private(request.membership)
        )[:WEEK_ROWS]
    )
    return {"occurrences": occurrences}


def today_lines(membership: Membership) -> list[TodayLine]:
    slug = membership.collective.slug
    lines = []
    if membership.has("coordinator"):
        lines += [
            TodayLine(
                _("Zaalreserveringen die wachten op een besluit"),
                Booking.objects.filter(status=BookingStatus.REQUESTED).count(),
                reverse("activities:booking_list", args=[slug]),
            ),
            TodayLine(
                _("Gemelde berichten op het prikbord"),
                # As the moderation page lists them: taken off, or still up with open reports.
                Post.objects.filter(
                    Q(status=PostStatus.HELD) | Q(status=PostStatus.VISIBLE, reports__handled=False)
                )
                .distinct()
                .count(),
                reverse("activities:moderation", args=[slug]),
            ),
            TodayLine(
                _("Gasten zonder e-mail bellen voor vandaag"),
                len(call_list(timezone.localdate())),
                reverse("activities:call_list", args=[slug]),
            ),
        ]
    if membership.person is not None:
        soon = timezone.now() + datetime.timedelta(days=7)
        lines.append(
            TodayLine(
                _("Mijn aanmeldingen deze week"),
                my_registrations(membership.person.pk)
                .filter(occurrence__starts_at__lt=soon)
                .count(),
                reverse("activities:my_activities", args=[slug]),
            )
        )
    return lines
