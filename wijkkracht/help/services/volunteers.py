"""A volunteer's profile: what, where, when and how much; holidays and pauses."""

import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from wijkkracht.core.models import Area, Person, Role, RoleName, User
from wijkkracht.core.services.audit import audit_record
from wijkkracht.help.models import Absence, Availability, Category, Volunteer

VOLUNTEER_FIELDS = (
    "categories",
    "skills",
    "reach",
    "transport",
    "max_tasks_per_week",
    "vog_valid_until",
)

# The day parts a volunteer ticks; adjacent parts become one window.
DAY_PARTS = {
    "morning": (datetime.time(8), datetime.time(12)),
    "afternoon": (datetime.time(12), datetime.time(17)),
    "evening": (datetime.time(17), datetime.time(21)),
}


@transaction.atomic
def volunteer_save(
    *, actor: User | None, person: Person, areas: list[Area] | None = None, **fields: Any
) -> Volunteer:
    """Create or change the profile; the person gets the volunteer role if they lacked it."""
    unknown = set(fields) - set(VOLUNTEER_FIELDS)
    if unknown:
        raise TypeError(f"unknown volunteer fields: {sorted(unknown)}")
    if set(fields.get("categories", [])) - set(Category.values):
        raise ValidationError(_("Onbekende soort hulp."))
    volunteer, created = Volunteer.objects.get_or_create(
        person=person, defaults={"collective_id": person.collective_id}
    )
    for name, value in fields.items():
        setattr(volunteer, name, value)
    if volunteer.max_tasks_per_week < 1:
        raise ValidationError(_("Kies minstens 1 taak per week, of zet een pauze."))
    volunteer.full_clean(exclude=["person", "collective"])
    volunteer.save()
    if areas is not None:
        volunteer.areas.set(areas)
    Role.objects.get_or_create(
        person=person, name=RoleName.VOLUNTEER, defaults={"collective_id": person.collective_id}
    )
    audit_record(
        actor=actor,
        action="volunteer.create" if created else "volunteer.update",
        target=volunteer,
        collective=person.collective,
        on_behalf_of=person,
        data={"fields": sorted(fields)},
    )
    return volunteer


def windows_from_parts(
    parts: dict[int, set[str]],
) -> list[tuple[int, datetime.time, datetime.time]]:
    """Turn ticked day parts per weekday into time windows, joining parts that touch."""
    windows: list[tuple[int, datetime.time, datetime.time]] = []
    for weekday in sorted(parts):
        for name, (start, end) in DAY_PARTS.items():
            if name not in parts[weekday]:
                continue
            if windows and windows[-1][0] == weekday and windows[-1][2] == start:
                windows[-1] = (weekday, windows[-1][1], end)
            else:
                windows.append((weekday, start, end))
    return windows


def parts_from_windows(volunteer: Volunteer) -> dict[int, set[str]]:
    """Which day parts the volunteer's windows cover fully, for the tick boxes."""
    parts: dict[int, set[str]] = {}
    for slot in volunteer.availability.all():
        for name, (start, end) in DAY_PARTS.items():
            if slot.start_time <= start and end <= slot.end_time:
                parts.setdefault(slot.weekday, set()).add(name)
    return parts


@transaction.atomic
def availability_set(
    *,
    actor: User | None,
    volunteer: Volunteer,
    windows: list[tuple[int, datetime.time, datetime.time]],
) -> None:
    """Replace the weekly availability with ``windows`` (weekday, from, to)."""
    Availability.objects.filter(volunteer=volunteer).delete()
    Availability.objects.bulk_create(
        [
            Availability(
                collective_id=volunteer.collective_id,
                volunteer=volunteer,
                weekday=weekday,
                start_time=start,
                end_time=end,
            )
            for weekday, start, end in windows
        ]
    )
    audit_record(
        actor=actor,
        action="volunteer.availability",
        target=volunteer,
        collective=volunteer.collective,
        on_behalf_of=volunteer.person,
    )


@transaction.atomic
def absence_add(
    *,
    actor: User | None,
    volunteer: Volunteer,
    first_day: datetime.date,
    last_day: datetime.date,
    reason: str = "",
) -> Absence:
    if last_day < first_day:
        raise ValidationError(_("De laatste dag moet na de eerste dag liggen."))
    absence = Absence.objects.create(
        collective_id=volunteer.collective_id,
        volunteer=volunteer,
        first_day=first_day,
        last_day=last_day,
        reason=reason,
    )
    audit_record(
        actor=actor,
        action="volunteer.absence_add",
        target=absence,
        collective=volunteer.collective,
        on_behalf_of=volunteer.person,
    )
    return absence


@transaction.atomic
def absence_remove(*, actor: User | None, absence: Absence) -> None:
    audit_record(
        actor=actor,
        action="volunteer.absence_remove",
        target=absence,
        collective=absence.volunteer.collective,
        on_behalf_of=absence.volunteer.person,
    )
    absence.delete()


@transaction.atomic
def volunteer_pause(
    *, actor: User | None, volunteer: Volunteer, until: datetime.date | None
) -> Volunteer:
    """Pause (until a day, or until further notice) or, with ``until`` in the past, resume."""
    volunteer.paused = True
    volunteer.paused_until = until
    volunteer.save(update_fields=["paused", "paused_until"])
    audit_record(
        actor=actor,
        action="volunteer.pause",
        target=volunteer,
        collective=volunteer.collective,
        on_behalf_of=volunteer.person,
    )
    return volunteer


@transaction.atomic
def volunteer_resume(*, actor: User | None, volunteer: Volunteer) -> Volunteer:
    volunteer.paused = False
    volunteer.paused_until = None
    volunteer.save(update_fields=["paused", "paused_until"])
    audit_record(
        actor=actor,
        action="volunteer.resume",
        target=volunteer,
        collective=volunteer.collective,
        on_behalf_of=volunteer.person,
    )
    return volunteer
