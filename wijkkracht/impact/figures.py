"""What the collective did over a round's period, beside its scores: read from the operational
apps through the figures the business case binds to as well."""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext as _

from wijkkracht.activities.selectors import participation
from wijkkracht.businesscase.realised import figure_label, figure_value
from wijkkracht.impact.models import Round

SHOWN = ["participants", "help_done", "volunteer_hours", "meals_served", "desk_questions"]


@dataclass(frozen=True)
class Did:
    label: str
    value: Decimal


def did(measurement: Round) -> list[Did]:
    """The collective's figures over the period; for an activity's round also the activity's
    own (how many people came, how often)."""
    period = (measurement.period_start, measurement.period_end)
    found = []
    if measurement.activity is not None:
        came = participation(activity=measurement.activity, since=period[0], until=period[1])
        name = measurement.activity.title
        found += [
            Did(_("Verschillende mensen bij %s") % name, Decimal(came.unique)),
            Did(_("Keren dat iemand kwam bij %s") % name, Decimal(came.visits)),
        ]
    for code in SHOWN:
        value = figure_value(code, period)
        if value:
            found.append(Did(figure_label(code), value))
    return found
