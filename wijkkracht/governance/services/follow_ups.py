"""Follow-up actions on the meeting's decisions: what the board does, by whom, by when."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wijkkracht.core.models import Person, User
from wijkkracht.core.services.audit import audit_record
from wijkkracht.governance.models import Decision, FollowUp


@transaction.atomic
def follow_up_add(
    *,
    actor: User | None,
    decision: Decision,
    text: str,
    owner: Person | None,
    due_on: datetime.date | None,
) -> FollowUp:
    if due_on is not None and due_on < decision.decided_on:
        raise ValidationError(_("Een actie kan niet klaar zijn vóór het besluit."))
    follow_up = FollowUp.objects.create(
        collective=decision.collective, decision=decision, text=text, owner=owner, due_on=due_on
    )
    audit_record(
        actor=actor, action="governance.follow_up", target=decision, collective=decision.collective
    )
    return follow_up


@transaction.atomic
def follow_up_done(*, actor: User | None, follow_up: FollowUp) -> FollowUp:
    follow_up = FollowUp.objects.select_for_update().get(pk=follow_up.pk)
    if follow_up.done_on is None:
        follow_up.done_on = timezone.localdate()
        follow_up.save(update_fields=["done_on"])
        audit_record(
            actor=actor,
            action="governance.follow_up_done",
            target=follow_up.decision,
            collective=follow_up.collective,
        )
    return follow_up
