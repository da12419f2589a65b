"""The morning round: tomorrow's reminders, and a full year of occurrences ahead."""

import datetime
from functools import partial

from django.db import transaction
from django.utils import timezone

from wijkkracht.activities.models import Activity, Occurrence
from wijkkracht.activities.schedule import local_datetime
from wijkkracht.activities.services.activities import occurrences_sync
from wijkkracht.activities.tasks import occurrence_remind


def _remind(collective_id: int, occurrence_id: int) -> None:
    occurrence_remind.enqueue(collective_id=collective_id, occurrence_id=occurrence_id)


def reminders_send(*, collective_id: int, today: datetime.date) -> int:
    """Queue one reminder per occurrence of tomorrow, once; return how many were queued."""
    tomorrow = today + datetime.timedelta(days=1)
    due = Occurrence.objects.filter(
        starts_at__gte=local_datetime(tomorrow, datetime.time()),
        starts_at__lt=local_datetime(tomorrow + datetime.timedelta(days=1), datetime.time()),
        cancelled=False,
        reminded_at__isnull=True,
    )
    count = 0
    for occurrence in due:
        with transaction.atomic():
            # Mark first, in the same transaction: a second run the same day sends nothing.
            if Occurrence.objects.filter(pk=occurrence.pk, reminded_at__isnull=True).update(
                reminded_at=timezone.now()
            ):
                transaction.on_commit(partial(_remind, collective_id, occurrence.pk))
                count += 1
    return count


def horizon_extend() -> int:
    """Make the occurrences of repeating activities reach a year ahead again."""
    repeating = Activity.objects.filter(ended=False).exclude(rrule="")
    for activity in repeating:
        with transaction.atomic():
            occurrences_sync(activity)
    return len(repeating)
