"""The hook from a sign-up to the 1-loket: "I need transport" becomes a help request for a
ride there and back, once the person has a place (not while on the waiting list)."""

import datetime

from django.utils.translation import gettext as _

from wijkkracht.activities.models import Registration, RegistrationStatus, Via
from wijkkracht.activities.schedule import zone
from wijkkracht.core.models import User
from wijkkracht.help.models import Category, Channel
from wijkkracht.help.services.requests import help_request_cancel_if_open, help_request_create

# Time for the ride: picked up before the start, brought home after the end.
RIDE_MARGIN = datetime.timedelta(minutes=30)
_CHANNELS = {
    Via.ONLINE: Channel.ONLINE,
    Via.PHONE: Channel.PHONE,
    Via.PAPER: Channel.PAPER,
    Via.WALK_IN: Channel.WALK_IN,
}


def transport_request(*, actor: User | None, registration: Registration) -> None:
    """Open the ride's help request; call inside the sign-up's transaction."""
    if (
        not registration.needs_transport
        or registration.transport_request_id is not None
        or registration.status != RegistrationStatus.PLACE
    ):
        return
    occurrence = registration.occurrence
    activity = occurrence.activity
    pickup = (occurrence.starts_at - RIDE_MARGIN).astimezone(zone())
    home = (occurrence.ends_at + RIDE_MARGIN).astimezone(zone())
    end_time = home.time() if home.date() == pickup.date() else datetime.time(23, 59)
    where = activity.place.name if activity.place else activity.title
    help_request = help_request_create(
        actor=actor,
        collective=activity.collective,
        resident=registration.person,
        channel=_CHANNELS[Via(registration.via)],
        category=Category.TRANSPORT,
        description=_("Vervoer naar %(activity)s (%(where)s), begint om %(start)s, en weer terug.")
        % {
            "activity": activity.title,
            "where": where,
            "start": f"{occurrence.starts_at.astimezone(zone()):%H:%M}",
        },
        date=pickup.date(),
        start_time=pickup.time(),
        end_time=end_time,
    )
    registration.transport_request_id = help_request.pk
    registration.save(update_fields=["transport_request_id"])


def transport_cancel(*, actor: User | None, registration: Registration) -> None:
    """The person no longer comes: the ride is no longer needed."""
    if registration.transport_request_id is not None:
        help_request_cancel_if_open(actor=actor, request_id=registration.transport_request_id)
