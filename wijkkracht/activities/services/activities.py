"""Activities and their occurrences. An activity's rule is expanded into occurrences for the
coming year; each occurrence in a room holds that room with an approved booking."""

import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wijkkracht.activities import schedule
from wijkkracht.activities.models import (
    Activity,
    Booking,
    BookingStatus,
    Occurrence,
    RegistrationStatus,
)
from wijkkracht.activities.services.places import booking_store
from wijkkracht.activities.services.registrations import (
    occurrence_lock,
    rides_cancel,
    waiting_list_promote,
)
from wijkkracht.activities.tasks import occurrence_cancelled_notify
from wijkkracht.core.models import Collective, User
from wijkkracht.core.services.audit import audit_record

# How far ahead occurrences exist; `manage.py activities_daily` keeps the year full.
HORIZON = datetime.timedelta(days=366)

ACTIVITY_FIELDS = (
    "title",
    "description",
    "kind",
    "organiser_kind",
    "organiser_name",
    "organiser",
    "place",
    "room",
    "date",
    "start_time",
    "end_time",
    "rrule",
    "repeat_until",
    "exdates",
    "capacity",
    "price",
    "signup",
    "is_meal",
    "public",
)


def _clean(activity: Activity) -> None:
    if activity.end_time <= activity.start_time:
        raise ValidationError(_("De eindtijd moet na de begintijd liggen."))
    room = activity.room
    if room is not None:
        if activity.place_id is None:
            activity.place = room.place
        elif room.place_id != activity.place_id:
            raise ValidationError(_("Deze zaal hoort niet bij de gekozen plek."))
    if not activity.rrule:
        activity.repeat_until = None
    if activity.repeat_until and activity.repeat_until < activity.date:
        raise ValidationError(_("Herhalen tot en met ligt voor de eerste keer."))
    activity.full_clean(exclude=["collective", "created_by"])


@transaction.atomic
def activity_save(
    *,
    actor: User | None,
    collective: Collective,
    activity: Activity | None = None,
    **fields: Any,
) -> Activity:
    """Create or change an activity and bring its occurrences (and room bookings) in line."""
    unknown = set(fields) - set(ACTIVITY_FIELDS)
    if unknown:
        raise TypeError(f"unknown activity fields: {sorted(unknown)}")
    creating = activity is None
    if activity is None:
        activity = Activity(collective=collective, created_by=actor)
        if fields.get("date") and fields["date"] < timezone.localdate():
            raise ValidationError(_("Deze datum is al voorbij. Kies vandaag of later."))
    changed = sorted(name for name, value in fields.items() if getattr(activity, name) != value)
    for name in changed:
        setattr(activity, name, fields[name])
    _clean(activity)
    activity.save()
    occurrences_sync(activity)
    if "capacity" in changed and not creating:
        for occurrence in activity.occurrences.filter(starts_at__gt=timezone.now()):
            waiting_list_promote(actor=actor, occurrence=occurrence)
    audit_record(
        actor=actor,
        action="activity.create" if creating else "activity.update",
        target=activity,
        collective=collective,
        data={"fields": changed},
    )
    return activity


def _hold_room(activity: Activity, occurrence: Occurrence) -> None:
    """Give the occurrence its room booking, or move the one it has to its time and room."""
    booking = occurrence.booking
    if activity.room_id is None or occurrence.cancelled:
        if booking is not None and booking.holds_room:
            booking.status = BookingStatus.CANCELLED
            booking.save(update_fields=["status"])
        return
    if booking is None or not booking.holds_room:
        booking = Booking(collective_id=activity.collective_id, status=BookingStatus.APPROVED)
    booking.room_id = activity.room_id
    booking.purpose = activity.title
    booking.group_name = activity.organised_by
    booking.starts_at, booking.ends_at = occurrence.starts_at, occurrence.ends_at
    booking_store(booking)
    if occurrence.booking_id != booking.pk:
        occurrence.booking = booking
        occurrence.save(update_fields=["booking"])


def _room_in_line(activity: Activity, occurrence: Occurrence) -> bool:
    """Whether the occurrence's booking already is what _hold_room would make of it."""
    booking = occurrence.booking
    holds = booking is not None and booking.holds_room
    if activity.room_id is None or occurrence.cancelled:
        return not holds
    return (
        booking is not None
        and holds
        and (booking.room_id, booking.starts_at, booking.ends_at, booking.purpose)
        == (activity.room_id, occurrence.starts_at, occurrence.ends_at, activity.title)
        and booking.group_name == activity.organised_by
    )


def occurrences_sync(activity: Activity, *, today: datetime.date | None = None) -> None:
    """Make the coming year's occurrences match the rule. Past ones are history and stay.

    An occurrence that drops out of the rule is deleted, or, when people signed up for it,
    marked as not taking place, so nobody's sign-up disappears without a trace. One that comes
    back (an exception taken away) takes place again.
    """
    today = today or timezone.localdate()
    start = max(today, activity.date)
    wanted: set[datetime.date] = set()
    if not activity.ended:
        wanted = set(
            schedule.dates(
                first=activity.date,
                rule=activity.rrule,
                until=activity.repeat_until,
                exdates=activity.exdates,
                start=start,
                stop=today + HORIZON,
            )
        )
    existing = {
        occurrence.starts_at.astimezone(schedule.zone()).date(): occurrence
        for occurrence in activity.occurrences.select_related("booking").filter(
            starts_at__gte=schedule.local_datetime(start, datetime.time())
        )
    }
    for day, occurrence in existing.items():
        if day not in wanted:
            _drop(activity, occurrence)
            continue
        moments = (
            schedule.local_datetime(day, activity.start_time),
            schedule.local_datetime(day, activity.end_time),
        )
        if (occurrence.starts_at, occurrence.ends_at, occurrence.cancelled) != (*moments, False):
            occurrence.starts_at, occurrence.ends_at = moments
            occurrence.cancelled = False  # the rule and its exceptions are the truth
            occurrence.save(update_fields=["starts_at", "ends_at", "cancelled"])
        if not _room_in_line(activity, occurrence):
            _hold_room(activity, occurrence)
    for day in sorted(wanted - set(existing)):
        occurrence = Occurrence.objects.create(
            collective_id=activity.collective_id,
            activity=activity,
            starts_at=schedule.local_datetime(day, activity.start_time),
            ends_at=schedule.local_datetime(day, activity.end_time),
        )
        _hold_room(activity, occurrence)


def _drop(activity: Activity, occurrence: Occurrence) -> None:
    if occurrence.cancelled:
        return
    signed_up = occurrence.registrations.exclude(status=RegistrationStatus.CANCELLED).exists()
    if signed_up:
        occurrence.cancelled = True
        occurrence.save(update_fields=["cancelled"])
        _hold_room(activity, occurrence)
        rides_cancel(actor=None, occurrence=occurrence)
        return
    booking = occurrence.booking
    occurrence.delete()
    if booking is not None:
        booking.delete()


@transaction.atomic
def occurrence_cancel(*, actor: User | None, occurrence: Occurrence) -> Occurrence:
    """ "This time not": an exception to the rule. The room is freed; people who signed up
    keep their sign-up, marked as not taking place, and get an e-mail."""
    occurrence = occurrence_lock(occurrence)
    activity = occurrence.activity
    if occurrence.cancelled:
        return occurrence
    day = occurrence.starts_at.astimezone(schedule.zone()).date().isoformat()
    if day not in activity.exdates:
        activity.exdates = sorted([*activity.exdates, day])
        activity.save(update_fields=["exdates"])
    occurrence.cancelled = True
    occurrence.save(update_fields=["cancelled"])
    _hold_room(activity, occurrence)
    rides_cancel(actor=actor, occurrence=occurrence)
    audit_record(
        actor=actor, action="occurrence.cancel", target=occurrence, collective=activity.collective
    )
    collective_id = activity.collective_id
    transaction.on_commit(
        lambda: occurrence_cancelled_notify.enqueue(
            collective_id=collective_id, occurrence_id=occurrence.pk
        )
    )
    return occurrence


@transaction.atomic
def occurrence_menu_set(*, actor: User | None, occurrence: Occurrence, menu: str) -> Occurrence:
    occurrence.menu = menu
    occurrence.save(update_fields=["menu"])
    audit_record(
        actor=actor,
        action="occurrence.menu",
        target=occurrence,
        collective=occurrence.activity.collective,
    )
    return occurrence


@transaction.atomic
def activity_end(*, actor: User | None, activity: Activity) -> Activity:
    """Stop an activity: the coming occurrences go (or are marked as not taking place)."""
    activity.ended = True
    activity.save(update_fields=["ended"])
    occurrences_sync(activity)
    audit_record(
        actor=actor, action="activity.end", target=activity, collective=activity.collective
    )
    return activity
