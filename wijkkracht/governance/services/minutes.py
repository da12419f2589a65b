"""Minutes in three steps: the secretary's draft, made from the agenda and the decisions; an
amendment period in which those who were there propose changes; adoption by a decision of a
later meeting, after which the text is fixed."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wijkkracht.core.models import Person, User
from wijkkracht.core.services.audit import audit_record
from wijkkracht.governance.models import (
    Amendment,
    Decision,
    Meeting,
    Minutes,
    MinutesStatus,
)


def _draft_text(meeting: Meeting) -> str:
    """The skeleton the secretary fills in: each item, and what was decided with the votes."""
    starts = timezone.localtime(meeting.starts_at)
    lines = [
        f"Notulen van {meeting.title}",
        f"{starts:%d-%m-%Y}, {starts:%H:%M} uur, {meeting.place}",
        f"Aanwezig: {meeting.attendances.count()} leden; "
        f"{meeting.proxies.filter(revoked_at__isnull=True).count()} volmachten.",
        "",
    ]
    for item in meeting.items.select_related("decision"):
        lines.append(f"{item.order}. {item.title}")
        decision = getattr(item, "decision", None)
        if decision is not None:
            verdict = "aangenomen" if decision.adopted else "niet aangenomen"
            lines.append(
                f"Besluit {decision.number}: {decision.text} ({verdict}: {decision.votes_for} "
                f"voor, {decision.votes_against} tegen, {decision.abstentions} onthouding)."
            )
        lines.append("")
    return "\n".join(lines)


@transaction.atomic
def minutes_draft(*, actor: User | None, meeting: Meeting) -> Minutes:
    if timezone.now() < meeting.starts_at:
        raise ValidationError(_("Notulen maakt u na de vergadering."))
    minutes, _created = Minutes.objects.get_or_create(
        meeting=meeting,
        defaults={"collective": meeting.collective, "text": _draft_text(meeting)},
    )
    return minutes


def _fixed(minutes: Minutes) -> None:
    if minutes.status == MinutesStatus.ADOPTED:
        raise ValidationError(_("De notulen zijn vastgesteld. Ze veranderen niet meer."))


@transaction.atomic
def minutes_save(*, actor: User | None, minutes: Minutes, text: str) -> Minutes:
    minutes = Minutes.objects.select_for_update().get(pk=minutes.pk)
    _fixed(minutes)
    minutes.text = text
    minutes.save(update_fields=["text"])
    audit_record(
        actor=actor, action="governance.minutes", target=minutes, collective=minutes.collective
    )
    return minutes


@transaction.atomic
def amendments_open(*, actor: User | None, minutes: Minutes, until: datetime.date) -> Minutes:
    minutes = Minutes.objects.select_for_update().get(pk=minutes.pk)
    _fixed(minutes)
    if until <= timezone.localdate():
        raise ValidationError(_("Kies een datum na vandaag."))
    minutes.status, minutes.amendments_until = MinutesStatus.AMENDMENT, until
    minutes.save(update_fields=["status", "amendments_until"])
    return minutes


@transaction.atomic
def amendment_add(*, minutes: Minutes, person: Person, text: str) -> Amendment:
    """Only those who were there, only in the amendment period."""
    if minutes.status != MinutesStatus.AMENDMENT or (
        minutes.amendments_until and timezone.localdate() > minutes.amendments_until
    ):
        raise ValidationError(_("Wijzigingen voorstellen kan nu niet."))
    if not minutes.meeting.attendances.filter(person=person).exists():
        raise ValidationError(_("Alleen wie er was, kan wijzigingen voorstellen."))
    if not text.strip():
        raise ValidationError(_("Schrijf op wat er anders moet."))
    return Amendment.objects.create(
        collective=minutes.collective, minutes=minutes, person=person, text=text.strip()
    )


def minutes_adopt(decision: Decision) -> None:
    """Called when a decision is taken: an adopted item that adopts minutes fixes them."""
    meeting = decision.item.minutes_of
    if meeting is None or not decision.adopted:
        return
    minutes = Minutes.objects.select_for_update().filter(meeting=meeting).first()
    if minutes is None or minutes.status == MinutesStatus.ADOPTED:
        return
    minutes.status, minutes.adopted_by = MinutesStatus.ADOPTED, decision
    minutes.save(update_fields=["status", "adopted_by"])
