"""Sign-ups, the waiting list and attendance.

Every change to an occurrence's sign-ups first locks the occurrence's row, so concurrent
sign-ups are counted one after another: 50 people clicking at once for the last 5 places
give 5 places and 45 waiting-list spots. On SQLite the IMMEDIATE transaction does the same.
"""

import datetime
from collections.abc import Callable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wijkkracht.activities.models import Occurrence, Registration, RegistrationStatus, Via
from wijkkracht.activities.schedule import local_datetime, zone
from wijkkracht.activities.selectors import places_taken
from wijkkracht.activities.tasks import registration_promoted_notify
from wijkkracht.activities.transport import transport_cancel, transport_request
from wijkkracht.core.models import Person, User
from wijkkracht.core.services.audit import audit_record


def occurrence_lock(occurrence: Occurrence) -> Occurrence:
    """The occurrence's row, locked until the transaction ends (only that row)."""
    return (
        Occurrence.objects.select_for_update(of=("self",))
        .select_related("activity__collective", "activity__place", "booking")
        .get(pk=occurrence.pk)
    )


def _refuse_closed(occurrence: Occurrence) -> None:
    if occurrence.cancelled:
        raise ValidationError(_("Deze keer gaat niet door."))
    if occurrence.starts_at <= timezone.now():
        raise ValidationError(_("Dit is al begonnen of voorbij. Aanmelden kan niet meer."))
    if not occurrence.activity.signup:
        raise ValidationError(
            _("Voor deze activiteit hoeft u zich niet aan te melden. U kunt gewoon komen.")
        )


def _already(occurrence: Occurrence, person: Person) -> Registration | None:
    return (
        occurrence.registrations.filter(person=person)
        .exclude(status=RegistrationStatus.CANCELLED)
        .first()
    )


@transaction.atomic
def registration_create(
    *,
    actor: User | None,
    occurrence: Occurrence,
    person: Person,
    via: str,
    needs_transport: bool = False,
) -> Registration:
    """Sign someone up: a place while there is one, else the waiting list."""
    occurrence = occurrence_lock(occurrence)
    _refuse_closed(occurrence)
    existing = _already(occurrence, person)
    if existing is not None:
        raise ValidationError(
            _("%(name)s is al aangemeld (%(status)s).")
            % {"name": person.full_name, "status": existing.get_status_display()}
        )
    capacity = occurrence.activity.capacity
    has_place = capacity is None or places_taken(occurrence) < capacity
    registration = Registration.objects.create(
        collective_id=occurrence.collective_id,
        occurrence=occurrence,
        person=person,
        status=RegistrationStatus.PLACE if has_place else RegistrationStatus.WAITING,
        via=via,
        needs_transport=needs_transport,
        entered_by=actor,
    )
    transport_request(actor=actor, registration=registration)
    audit_record(
        actor=actor,
        action="registration.create",
        target=registration,
        collective=occurrence.activity.collective,
        on_behalf_of=person,
        data={"status": registration.status, "via": via},
    )
    return registration


def _notify_promoted(collective_id: int, registration_id: int) -> Callable[[], None]:
    def notify() -> None:
        registration_promoted_notify.enqueue(
            collective_id=collective_id, registration_id=registration_id
        )

    return notify


def _promote(*, actor: User | None, occurrence: Occurrence) -> list[Registration]:
    """Give free places to the waiting list, first come first served; the occurrence is locked."""
    capacity = occurrence.activity.capacity
    waiting = occurrence.registrations.filter(status=RegistrationStatus.WAITING).order_by(
        "created_at", "pk"
    )
    free = len(waiting) if capacity is None else capacity - places_taken(occurrence)
    promoted = list(waiting[: max(free, 0)])
    for registration in promoted:
        registration.status = RegistrationStatus.PLACE
        registration.save(update_fields=["status"])
        transport_request(actor=actor, registration=registration)
        transaction.on_commit(_notify_promoted(occurrence.collective_id, registration.pk))
    return promoted


@transaction.atomic
def waiting_list_promote(*, actor: User | None, occurrence: Occurrence) -> list[Registration]:
    """After more places were made: move people up from the waiting list."""
    occurrence = occurrence_lock(occurrence)
    if occurrence.cancelled or occurrence.starts_at <= timezone.now():
        return []
    return _promote(actor=actor, occurrence=occurrence)


@transaction.atomic
def registration_cancel(*, actor: User | None, registration: Registration) -> Registration:
    """Sign off; a freed place goes to the first on the waiting list, and a ride is cancelled."""
    occurrence = occurrence_lock(registration.occurrence)
    registration = Registration.objects.select_related("person").get(pk=registration.pk)
    if registration.status == RegistrationStatus.CANCELLED:
        return registration
    had_place = registration.status == RegistrationStatus.PLACE
    registration.status = RegistrationStatus.CANCELLED
    registration.cancelled_at = timezone.now()
    registration.save(update_fields=["status", "cancelled_at"])
    transport_cancel(actor=actor, registration=registration)
    if had_place and not occurrence.cancelled and occurrence.starts_at > timezone.now():
        _promote(actor=actor, occurrence=occurrence)
    audit_record(
        actor=actor,
        action="registration.cancel",
        target=registration,
        collective=occurrence.activity.collective,
        on_behalf_of=registration.person,
    )
    return registration


def rides_cancel(*, actor: User | None, occurrence: Occurrence) -> None:
    """The occurrence does not take place: nobody needs a ride to it any more."""
    for registration in occurrence.registrations.filter(transport_request_id__isnull=False):
        transport_cancel(actor=actor, registration=registration)


def _attendance_open(occurrence: Occurrence) -> None:
    day = occurrence.starts_at.astimezone(zone()).date()
    if timezone.now() < local_datetime(day, datetime.time()):
        raise ValidationError(_("Wie er was, vult u in op de dag zelf of later."))


@transaction.atomic
def attendance_save(
    *, actor: User | None, occurrence: Occurrence, present: set[int], walk_ins: list[Person]
) -> int:
    """Record who came: ticked sign-ups (registration ids) and people who came unannounced.
    Returns how many people were there."""
    occurrence = occurrence_lock(occurrence)
    _attendance_open(occurrence)
    registrations = occurrence.registrations.filter(status=RegistrationStatus.PLACE)
    for registration in registrations:
        attended = registration.pk in present
        if registration.attended != attended:
            registration.attended = attended
            registration.save(update_fields=["attended"])
    for person in walk_ins:
        existing = _already(occurrence, person)
        if existing is not None:
            existing.status, existing.attended = RegistrationStatus.PLACE, True
            existing.save(update_fields=["status", "attended"])
            continue
        Registration.objects.create(
            collective_id=occurrence.collective_id,
            occurrence=occurrence,
            person=person,
            status=RegistrationStatus.PLACE,
            via=Via.WALK_IN,
            attended=True,
            entered_by=actor,
        )
    audit_record(
        actor=actor,
        action="occurrence.attendance",
        target=occurrence,
        collective=occurrence.activity.collective,
        data={"present": len(present), "walk_ins": len(walk_ins)},
    )
    return occurrence.registrations.filter(attended=True).count()
