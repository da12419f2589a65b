import datetime
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from wijkkracht.core.models import User
from wijkkracht.core.services.audit import audit_record
from wijkkracht.help.models import HelpRequest, HoursEntry, Volunteer

MAX_HOURS = Decimal(24)


@transaction.atomic
def hours_log(
    *,
    actor: User | None,
    volunteer: Volunteer,
    day: datetime.date,
    hours: Decimal,
    request: HelpRequest | None = None,
    note: str = "",
) -> HoursEntry:
    """Write down time given; it counts in the yearly thanks and the impact figures."""
    if not Decimal(0) < hours <= MAX_HOURS:
        raise ValidationError(_("Vul een aantal uren in tussen 0 en 24."))
    entry = HoursEntry.objects.create(
        collective_id=volunteer.collective_id,
        volunteer=volunteer,
        request=request,
        day=day,
        hours=hours,
        note=note,
        logged_by=actor,
    )
    audit_record(
        actor=actor,
        action="hours.log",
        target=entry,
        collective=volunteer.collective,
        on_behalf_of=volunteer.person,
    )
    return entry
