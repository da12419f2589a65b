"""The circle's lines on Vandaag: tasks nobody has yet, for the people in the circle."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wijkkracht.care.models import Circle, StrainCall
from wijkkracht.care.selectors import with_open_tasks
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
    circles = with_open_tasks(
        Circle.objects.filter(members__person=membership.person).select_related("person")
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
