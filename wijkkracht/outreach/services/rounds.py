"""A round: the doors of a buurt (or all of them) cut into walk lists in walking order, every
door on exactly one list, a short code per door for the paper list."""

import datetime
import secrets
from collections.abc import Iterable, Sequence

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from wijkkracht.core.models import Area, Collective, Person, User
from wijkkracht.core.services.audit import audit_record
from wijkkracht.outreach.models import Door, Round, Stop, WalkList

# Letters and digits nobody mixes up on paper (no 0/O, 1/I/L).
ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 4


def walking_key(door: Door) -> tuple[str, str, int, int, str, str]:
    """Street by street; on a street the even side, then the odd side; up the numbers."""
    return (
        door.place.lower(),
        door.street.lower(),
        door.house_number % 2,
        door.house_number,
        door.house_letter,
        door.addition,
    )


def walk_lists(doors: Iterable[Door], size: int) -> list[list[Door]]:
    """The doors in walking order cut into lists of at most `size`; every door once."""
    ordered = sorted(doors, key=walking_key)
    return [ordered[start : start + size] for start in range(0, len(ordered), size)]


def _codes(count: int) -> list[str]:
    codes: set[str] = set()
    while len(codes) < count:
        codes.add("".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH)))
    return list(codes)


@transaction.atomic
def round_create(
    *,
    actor: User | None,
    collective: Collective,
    name: str,
    area: Area | None,
    starts_on: datetime.date,
    ends_on: datetime.date,
    list_size: int,
    assistants: Sequence[Person] = (),
) -> Round:
    """Make the round with its walk lists; the assistants take the lists in turn."""
    if ends_on < starts_on:
        raise ValidationError(_("De ronde eindigt vóór ze begint."))
    if not 5 <= list_size <= 500:  # noqa: PLR2004
        raise ValidationError(_("Een looplijst heeft 5 tot 500 deuren."))
    doors = Door.objects.filter(residential=True)
    if area is not None:
        doors = doors.filter(area=area)
    lists = walk_lists(doors, list_size)
    if not lists:
        raise ValidationError(_("Er zijn geen woningen in deze buurt. Lees eerst de adressen in."))
    found = Round.objects.create(
        collective=collective,
        name=name.strip(),
        area=area,
        starts_on=starts_on,
        ends_on=ends_on,
        list_size=list_size,
    )
    made = WalkList.objects.bulk_create(
        WalkList(
            collective=collective,
            round=found,
            number=number,
            assistant=assistants[(number - 1) % len(assistants)] if assistants else None,
        )
        for number in range(1, len(lists) + 1)
    )
    codes = iter(_codes(sum(len(doors) for doors in lists)))
    Stop.objects.bulk_create(
        (
            Stop(
                collective=collective,
                round=found,
                walk_list=walk_list,
                door=door,
                position=position,
                code=next(codes),
            )
            for walk_list, doors in zip(made, lists, strict=True)
            for position, door in enumerate(doors, start=1)
        ),
        batch_size=1000,
    )
    audit_record(
        actor=actor,
        action="outreach.round",
        target=found,
        collective=collective,
        data={"lists": len(lists)},
    )
    return found


def list_assign(*, actor: User | None, walk_list: WalkList, assistant: Person | None) -> None:
    walk_list.assistant = assistant
    walk_list.save(update_fields=["assistant"])
    audit_record(
        actor=actor,
        action="outreach.assign",
        target=walk_list.round,
        collective=walk_list.round.collective,
        data={"list": walk_list.number},
    )
