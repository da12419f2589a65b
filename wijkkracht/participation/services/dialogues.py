"""Neighbourhood dialogues: meetings with notes, and the ranked priorities that come out."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wijkkracht.activities.selectors import activity_choices
from wijkkracht.core.models import Collective, User
from wijkkracht.core.services.audit import audit_record
from wijkkracht.participation.models import Dialogue, Meeting, Priority


@transaction.atomic
def dialogue_create(
    *, actor: User | None, collective: Collective, topic: str, description: str
) -> Dialogue:
    dialogue = Dialogue(collective=collective, topic=topic, description=description)
    dialogue.full_clean(exclude=["collective"])
    dialogue.save()
    audit_record(actor=actor, action="dialogue.create", target=dialogue, collective=collective)
    return dialogue


@transaction.atomic
def meeting_add(
    *,
    actor: User | None,
    dialogue: Dialogue,
    held_on: datetime.date,
    place: str,
    notes: str,
    activity: int | None = None,
) -> Meeting:
    if activity is not None and activity not in dict(activity_choices()):
        raise ValidationError(_("Deze activiteit staat niet in onze agenda."))
    meeting = Meeting(
        collective=dialogue.collective,
        dialogue=dialogue,
        held_on=held_on,
        place=place,
        notes=notes,
        activity_id=activity,
    )
    meeting.full_clean(exclude=["collective"])
    meeting.save()
    audit_record(
        actor=actor, action="dialogue.meeting", target=dialogue, collective=dialogue.collective
    )
    return meeting


@transaction.atomic
def priorities_set(
    *, actor: User | None, dialogue: Dialogue, lines: list[str], publish: bool
) -> Dialogue:
    """Replace the ranked list (first line first) and publish it when asked."""
    titles = [line.strip() for line in lines if line.strip()]
    if publish and not titles:
        raise ValidationError(_("Zet minstens één prioriteit op de lijst voordat u publiceert."))
    dialogue.priorities.all().delete()
    Priority.objects.bulk_create(
        Priority(
            collective=dialogue.collective,
            dialogue=dialogue,
            rank=rank,
            title=title.partition(":")[0].strip()[:200],
            explanation=title.partition(":")[2].strip(),
        )
        for rank, title in enumerate(titles, start=1)
    )
    if publish and dialogue.published_at is None:
        dialogue.published_at = timezone.now()
        dialogue.save(update_fields=["published_at"])
    audit_record(
        actor=actor,
        action="dialogue.priorities",
        target=dialogue,
        collective=dialogue.collective,
        data={"priorities": len(titles), "published": bool(dialogue.published_at)},
    )
    return dialogue
