"""The circle's lines on Vandaag: tasks nobody has yet, for the people in the circle."""

from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wijkkracht.care.models import Circle, StrainCall
from wijkkracht.core.access import Membership
from wijkkracht.core.public_home import TodayLine


def today_lines(membership: Membership) -> list[TodayLine]:
    slug = membership.collective.slug
    lines = []
    if membership.has("coordinator"):
        lines.append(
            TodayLine(
                _("Even bellen: mantelzorgers voor wie het zwaar is"),
                StrainCall.objects.filter(done_at__isnull=True).count(),
                reverse("care:circles", args=[slug]),
            )
        )
    if membership.person is None:
        return lines
    today = timezone.localdate()
    circles = (
        Circle.objects.filter(members__person=membership.person)
        .select_related("person")
        .annotate(
            open_tasks=Count(
                "tasks",
                filter=Q(
                    tasks__date__gte=today,
                    tasks__claimed_by__isnull=True,
                    tasks__help_request__isnull=True,
                    tasks__cancelled_at__isnull=True,
                ),
            )
        )
    )
    return lines + [
        TodayLine(
            _("Zorgcirkel rond %(name)s: taken die nog niemand heeft")
            % {"name": circle.person.given_name},
            circle.open_tasks,
            reverse("care:circle", args=[slug, circle.pk]),
        )
        for circle in circles
    ]
