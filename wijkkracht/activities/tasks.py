"""E-mails about activities, sent by the task queue. Tasks take ids and re-enter the scope."""

from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation
from django_scopes import scope
from django_tasks import task

from wijkkracht.activities.models import Booking, Occurrence, Registration, RegistrationStatus
from wijkkracht.core.mail import templated_mail
from wijkkracht.core.models import Collective
from wijkkracht.core.selectors import coordinator_emails


def _mail(template: str, context: dict[str, object], to: str) -> None:
    templated_mail(f"activities/mail/{template}", context, [to])


def _context(collective: Collective, occurrence: Occurrence) -> dict[str, object]:
    link = settings.SITE_URL + reverse(
        "activities:occurrence_detail", args=[collective.slug, occurrence.pk]
    )
    return {
        "collective": collective,
        "occurrence": occurrence,
        "activity": occurrence.activity,
        "link": link,
    }


def _registrations(occurrence: Occurrence, *statuses: str) -> list[Registration]:
    return list(
        occurrence.registrations.filter(status__in=statuses)
        .exclude(person__email="")
        .select_related("person")
    )


def _occurrence(occurrence_id: int) -> Occurrence:
    return Occurrence.objects.select_related("activity__place", "activity__room").get(
        pk=occurrence_id
    )


@task()
def occurrence_remind(*, collective_id: int, occurrence_id: int) -> None:
    """The day before: a reminder to everyone with a place and an e-mail address."""
    collective = Collective.objects.get(pk=collective_id)
    with scope(collective=collective), translation.override(settings.LANGUAGE_CODE):
        occurrence = _occurrence(occurrence_id)
        if occurrence.cancelled:
            return
        context = _context(collective, occurrence)
        for registration in _registrations(occurrence, RegistrationStatus.PLACE):
            _mail("reminder", {**context, "person": registration.person}, registration.person.email)


@task()
def occurrence_cancelled_notify(*, collective_id: int, occurrence_id: int) -> None:
    collective = Collective.objects.get(pk=collective_id)
    with scope(collective=collective), translation.override(settings.LANGUAGE_CODE):
        occurrence = _occurrence(occurrence_id)
        if occurrence.starts_at < timezone.now():
            return
        context = _context(collective, occurrence)
        for registration in _registrations(
            occurrence, RegistrationStatus.PLACE, RegistrationStatus.WAITING
        ):
            _mail(
                "cancelled", {**context, "person": registration.person}, registration.person.email
            )


@task()
def registration_promoted_notify(*, collective_id: int, registration_id: int) -> None:
    """Someone cancelled: the first on the waiting list now has a place."""
    collective = Collective.objects.get(pk=collective_id)
    with scope(collective=collective), translation.override(settings.LANGUAGE_CODE):
        registration = Registration.objects.select_related("person").get(pk=registration_id)
        if registration.status != RegistrationStatus.PLACE:
            return
        occurrence = _occurrence(registration.occurrence_id)
        context = {**_context(collective, occurrence), "person": registration.person}
        _mail("promoted", context, registration.person.email)


def _booking(collective: Collective, booking_id: int) -> tuple[Booking, dict[str, object]]:
    booking = Booking.objects.select_related("room__place__manager", "requested_by").get(
        pk=booking_id
    )
    link = settings.SITE_URL + reverse("activities:booking_list", args=[collective.slug])
    return booking, {"collective": collective, "booking": booking, "link": link}


@task()
def booking_requested_notify(*, collective_id: int, booking_id: int) -> None:
    """Tell the place's manager (or, without one, the coordinators) that a room is asked for."""
    collective = Collective.objects.get(pk=collective_id)
    with scope(collective=collective), translation.override(settings.LANGUAGE_CODE):
        booking, context = _booking(collective, booking_id)
        manager = booking.room.place.manager
        recipients = [manager.email] if manager and manager.email else coordinator_emails()
        for email in recipients:
            _mail("booking_requested", context, email)


@task()
def booking_decided_notify(*, collective_id: int, booking_id: int) -> None:
    """Tell the one who asked whether the room is theirs."""
    collective = Collective.objects.get(pk=collective_id)
    with scope(collective=collective), translation.override(settings.LANGUAGE_CODE):
        booking, context = _booking(collective, booking_id)
        if booking.requested_by is not None:
            _mail("booking_decided", context, booking.requested_by.email)
