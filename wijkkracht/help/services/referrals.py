"""Referring a question to formal care or a service, and calling back to see it worked."""

import datetime

from django.db import transaction
from django.utils import timezone

from wijkkracht.core.models import User
from wijkkracht.core.services.audit import audit_record
from wijkkracht.help.models import HelpRequest, Referral, Status
from wijkkracht.help.services.requests import open_request_lock, withdraw_active
from wijkkracht.info.models import Organisation


@transaction.atomic
def referral_create(
    *,
    actor: User | None,
    request: HelpRequest,
    organisation: Organisation,
    handover: str,
    follow_up_on: datetime.date,
    contact_name: str = "",
) -> Referral:
    """Hand the question over warmly; a reminder to call back comes on ``follow_up_on``."""
    request = open_request_lock(request)
    withdraw_active(request)
    referral = Referral.objects.create(
        collective_id=request.collective_id,
        request=request,
        organisation=organisation,
        contact_name=contact_name,
        handover=handover,
        referred_by=actor,
        follow_up_on=follow_up_on,
    )
    request.status = Status.REFERRED
    request.closed_at = timezone.now()
    request.save(update_fields=["status", "closed_at"])
    audit_record(
        actor=actor,
        action="referral.create",
        target=referral,
        collective=request.collective,
        on_behalf_of=request.resident,
        data={"organisation": organisation.pk},
    )
    return referral


@transaction.atomic
def referral_follow_up(*, actor: User | None, referral: Referral, result: str) -> Referral:
    referral.followed_up_at = timezone.now()
    referral.follow_up_result = result
    referral.save(update_fields=["followed_up_at", "follow_up_result"])
    audit_record(
        actor=actor,
        action="referral.follow_up",
        target=referral,
        collective=referral.request.collective,
        on_behalf_of=referral.request.resident,
    )
    return referral
