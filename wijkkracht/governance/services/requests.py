"""Members' requests for a meeting (art. 2:41 BW): members co-sign online or on paper; when the
signatures reach the statutory share of the members (one tenth unless the statuten say less),
the board must convene within 14 days and hold the meeting within four weeks; when 14 days
pass without a convocation, the requesters may convene it themselves."""

import datetime
import math
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from wijkkracht.core.models import Collective, Person, User
from wijkkracht.core.services.audit import audit_record
from wijkkracht.governance.models import DecisionType, Meeting, MeetingRequest, Signature
from wijkkracht.governance.outcome import share
from wijkkracht.governance.services.meetings import (
    convocation_send,
    item_add,
    meeting_create,
    voters_on,
)
from wijkkracht.governance.services.rules import statutes_in_force

BOARD_DAYS = 14  # to convene
HOLD_DAYS = 28  # to hold the meeting


def members_today() -> QuerySet[Person]:
    return voters_on(timezone.localdate())


def signatures_needed() -> int:
    """The statutory share of today's members, rounded up: 3 of 25 for one tenth."""
    statutes = statutes_in_force(timezone.localdate())
    if statutes is None:
        raise ValidationError(_("Zet eerst de statuten erin."))
    return math.ceil(share(statutes.request_share) * members_today().count())


@dataclass(frozen=True)
class Clock:
    convene_by: datetime.date
    hold_by: datetime.date

    def members_may_convene(self, today: datetime.date) -> bool:
        return today > self.convene_by


def clock(request: MeetingRequest) -> Clock | None:
    if request.reached_on is None:
        return None
    return Clock(
        convene_by=request.reached_on + datetime.timedelta(days=BOARD_DAYS),
        hold_by=request.reached_on + datetime.timedelta(days=HOLD_DAYS),
    )


@transaction.atomic
def request_sign(
    *, actor: User | None, request: MeetingRequest, person: Person, via: str
) -> Signature:
    """One signature per member; the request reaches its share on the day it does."""
    request = MeetingRequest.objects.select_for_update().get(pk=request.pk)
    if not members_today().filter(pk=person.pk).exists():
        raise ValidationError(_("Alleen leden kunnen tekenen."))
    try:
        with transaction.atomic():
            signature = Signature.objects.create(
                collective=request.collective,
                request=request,
                person=person,
                via=via,
                recorded_by=actor,
            )
    except IntegrityError:
        raise ValidationError(
            _("%(name)s heeft al getekend.") % {"name": person.full_name}
        ) from None
    if request.reached_on is None and request.signatures.count() >= signatures_needed():
        request.reached_on = timezone.localdate()
        request.save(update_fields=["reached_on"])
    audit_record(
        actor=actor,
        action="governance.sign",
        target=request,
        collective=request.collective,
        on_behalf_of=person,
        data={"via": via},
    )
    return signature


@transaction.atomic
def request_start(
    *, actor: User | None, collective: Collective, person: Person, subject: str
) -> MeetingRequest:
    if not subject.strip():
        raise ValidationError(_("Schrijf op waarover de leden willen vergaderen."))
    request = MeetingRequest.objects.create(
        collective=collective, subject=subject.strip(), started_by=person
    )
    request_sign(actor=actor, request=request, person=person, via="online")
    return request


@transaction.atomic
def request_answer(*, actor: User | None, request: MeetingRequest, meeting: Meeting) -> None:
    """The board names the meeting it convened for the request."""
    request.meeting = meeting
    request.save(update_fields=["meeting"])
    audit_record(
        actor=actor,
        action="governance.request_answer",
        target=request,
        collective=request.collective,
    )


@transaction.atomic
def request_convene(
    *,
    actor: User | None,
    request: MeetingRequest,
    person: Person,
    starts_at: datetime.datetime,
    place: str,
) -> Meeting:
    """The requesters convene the meeting themselves, after the board's 14 days passed without
    a convocation; the statuten's term for a convocation still applies."""
    request = MeetingRequest.objects.select_for_update().get(pk=request.pk)
    found = clock(request)
    if found is None:
        raise ValidationError(_("Er hebben nog niet genoeg leden getekend."))
    if not found.members_may_convene(timezone.localdate()):
        raise ValidationError(
            _("Het bestuur heeft tot en met %(day)s om op te roepen.")
            % {"day": found.convene_by.strftime("%d-%m-%Y")}
        )
    if request.meeting is not None and request.meeting.convened_at is not None:
        raise ValidationError(_("Het bestuur heeft de vergadering al opgeroepen."))
    if not request.signatures.filter(person=person).exists():
        raise ValidationError(_("Alleen wie tekende, kan zelf oproepen."))
    meeting = meeting_create(
        actor=actor,
        collective=request.collective,
        title=_("Ledenvergadering op verzoek van leden"),
        starts_at=starts_at,
        place=place,
    )
    item_add(
        actor=actor,
        meeting=meeting,
        title=_("Op verzoek van leden"),
        proposal=request.subject,
        decision_type=DecisionType.ORDINARY,
    )
    convocation_send(actor=actor, meeting=meeting)
    meeting.refresh_from_db()
    request.meeting, request.by_members = meeting, True
    request.save(update_fields=["meeting", "by_members"])
    return meeting
