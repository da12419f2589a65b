"""Places, rooms and room bookings. The database keeps two holding bookings of one room from
overlapping; the services check first only to say which booking is in the way."""

import datetime
from functools import partial
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from wijkkracht.activities.models import (
    HOLDING_STATUSES,
    Booking,
    BookingStatus,
    Place,
    Room,
)
from wijkkracht.activities.schedule import zone
from wijkkracht.activities.tasks import booking_decided_notify, booking_requested_notify
from wijkkracht.core.models import Collective, Person, User
from wijkkracht.core.services.audit import audit_record
from wijkkracht.core.services.records import record_save

OVERLAP_CONSTRAINT = "booking_no_overlap"


@transaction.atomic
def place_save(
    *, actor: User | None, collective: Collective, place: Place | None = None, **fields: Any
) -> Place:
    place = place or Place(collective=collective)
    record_save(place, fields)
    audit_record(actor=actor, action="place.save", target=place, collective=collective)
    return place


@transaction.atomic
def room_save(*, actor: User | None, place: Place, room: Room | None = None, **fields: Any) -> Room:
    room = room or Room(collective_id=place.collective_id, place=place)
    record_save(room, fields)
    audit_record(actor=actor, action="room.save", target=room, collective=place.collective)
    return room


def _moment(value: datetime.datetime) -> str:
    local = value.astimezone(zone())
    return f"{date_format(local, 'l j F Y')} {local:%H:%M}"


def booking_conflict(
    room: Room,
    starts_at: datetime.datetime,
    ends_at: datetime.datetime,
    *,
    exclude: Booking | None = None,
) -> Booking | None:
    """The holding booking of this room that overlaps the given time, if any."""
    overlapping = Booking.objects.filter(
        room=room, status__in=HOLDING_STATUSES, starts_at__lt=ends_at, ends_at__gt=starts_at
    )
    if exclude is not None:
        overlapping = overlapping.exclude(pk=exclude.pk)
    return overlapping.first()


def _conflict_error(room: Room, booking: Booking | None) -> ValidationError:
    if booking is None:
        return ValidationError(
            _("De %(room)s is op dat moment al gereserveerd. Kies een andere tijd of zaal.")
            % {"room": room.name}
        )
    return ValidationError(
        _(
            "De %(room)s is op %(moment)s al gereserveerd (%(purpose)s). "
            "Kies een andere tijd of zaal."
        )
        % {"room": room.name, "moment": _moment(booking.starts_at), "purpose": booking.purpose}
    )


def booking_store(booking: Booking) -> Booking:
    """Save a booking; an overlap becomes a Dutch error, whether the check or the database
    finds it (the latter when another request took the room a moment ago).

    Bookings of one room are stored one at a time: the room's row is locked first. Without it,
    two requests inserting overlapping bookings at once can deadlock in PostgreSQL's exclusion
    check (each waits for the other's transaction), and one of them gets a 500."""
    with transaction.atomic():
        if booking.holds_room:
            Room.objects.select_for_update().get(pk=booking.room_id)
            conflict = booking_conflict(
                booking.room, booking.starts_at, booking.ends_at, exclude=booking
            )
            if conflict is not None:
                raise _conflict_error(booking.room, conflict)
        try:
            with transaction.atomic():
                booking.save()
        except IntegrityError as error:
            if OVERLAP_CONSTRAINT in str(error):
                raise _conflict_error(booking.room, None) from error
            raise
    return booking


@transaction.atomic
def booking_request(
    *,
    actor: User | None,
    room: Room,
    person: Person,
    starts_at: datetime.datetime,
    ends_at: datetime.datetime,
    purpose: str,
    group_name: str = "",
) -> Booking:
    """A resident or group asks for a room; the place's manager approves it later."""
    if starts_at < timezone.now():
        raise ValidationError(_("Dit moment is al voorbij. Kies een tijd in de toekomst."))
    if ends_at <= starts_at:
        raise ValidationError(_("De eindtijd moet na de begintijd liggen."))
    booking = Booking(
        collective_id=room.collective_id,
        room=room,
        requested_by=person,
        purpose=purpose,
        group_name=group_name,
        starts_at=starts_at,
        ends_at=ends_at,
    )
    booking.full_clean(exclude=["collective", "room"])
    booking_store(booking)
    audit_record(
        actor=actor,
        action="booking.request",
        target=booking,
        collective=room.place.collective,
        on_behalf_of=person,
    )
    transaction.on_commit(
        partial(
            booking_requested_notify.enqueue,
            collective_id=room.collective_id,
            booking_id=booking.pk,
        )
    )
    return booking


def _lock(booking: Booking) -> Booking:
    return (
        Booking.objects.select_for_update(of=("self",))
        .select_related("room__place")
        .get(pk=booking.pk)
    )


@transaction.atomic
def booking_decide(*, actor: User, booking: Booking, approve: bool, note: str = "") -> Booking:
    booking = _lock(booking)
    if booking.status != BookingStatus.REQUESTED:
        raise ValidationError(
            _("Over deze reservering is al beslist (%(status)s).")
            % {"status": booking.get_status_display()}
        )
    booking.status = BookingStatus.APPROVED if approve else BookingStatus.REFUSED
    booking.decided_by = actor
    booking.decision_note = note
    booking.save(update_fields=["status", "decided_by", "decision_note"])
    audit_record(
        actor=actor,
        action="booking.approve" if approve else "booking.refuse",
        target=booking,
        collective=booking.room.place.collective,
    )
    transaction.on_commit(
        partial(
            booking_decided_notify.enqueue,
            collective_id=booking.collective_id,
            booking_id=booking.pk,
        )
    )
    return booking


@transaction.atomic
def booking_cancel(*, actor: User | None, booking: Booking) -> Booking:
    booking = _lock(booking)
    if not booking.holds_room:
        return booking
    booking.status = BookingStatus.CANCELLED
    booking.save(update_fields=["status"])
    audit_record(
        actor=actor,
        action="booking.cancel",
        target=booking,
        collective=booking.room.place.collective,
    )
    return booking
