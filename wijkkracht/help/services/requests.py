"""Help requests from question to closure. Each change is audited and keeps the workflow:
new → triage → matched → confirmed → done, or cancelled / referred at any open step."""

import datetime
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wijkkracht.core.models import Area, Collective, Person, User
from wijkkracht.core.services.audit import audit_record
from wijkkracht.help.models import (
    ACTIVE_STATES,
    OPEN_STATUSES,
    VOG_CATEGORIES,
    Assignment,
    AssignmentState,
    Channel,
    HelpRequest,
    HoursEntry,
    Status,
)

# Fields the coordinator (and, for the first five, the resident) can set on a request.
REQUEST_FIELDS = (
    "category",
    "description",
    "date",
    "start_time",
    "end_time",
    "place",
    "area",
    "repeats_weekly",
    "repeat_until",
    "urgency",
    "needs_vog",
)


def _clean(request: HelpRequest) -> None:
    if not request.repeats_weekly:
        request.repeat_until = None
    if request.area_id is not None:
        served = (
            request.collective.areas.filter(pk=request.area_id).exists()
            or Area.objects.filter(
                pk=request.area_id, parent__in=request.collective.areas.all()
            ).exists()
        )
        if not served:
            raise ValidationError(_("Deze buurt hoort niet bij het werkgebied."))
    request.full_clean(exclude=["resident", "collective", "entered_by"])


@transaction.atomic
def help_request_create(
    *,
    actor: User | None,
    collective: Collective,
    resident: Person,
    channel: str,
    **fields: Any,
) -> HelpRequest:
    """Record a question, asked online by the resident or taken by the coordinator for them."""
    unknown = set(fields) - set(REQUEST_FIELDS)
    if unknown:
        raise TypeError(f"unknown request fields: {sorted(unknown)}")
    fields.setdefault("needs_vog", fields.get("category") in VOG_CATEGORIES)
    if not fields.get("place"):
        fields["place"] = resident.address
    by_resident = channel == Channel.ONLINE and actor is not None and resident.user_id == actor.pk
    request = HelpRequest(
        collective=collective,
        resident=resident,
        channel=channel,
        entered_by=actor,
        status=Status.NEW if by_resident else Status.TRIAGE,
        **fields,
    )
    if request.date < timezone.localdate():
        raise ValidationError(_("Deze datum is al voorbij. Kies vandaag of later."))
    _clean(request)
    request.save()
    audit_record(
        actor=actor,
        action="help_request.create",
        target=request,
        collective=collective,
        on_behalf_of=resident,
        data={"channel": channel, "category": request.category},
    )
    return request


def request_lock(request: HelpRequest) -> HelpRequest:
    """The request's row, locked until the transaction ends (only that row, not the joins)."""
    return (
        HelpRequest.objects.select_for_update(of=("self",))
        .select_related("collective")
        .get(pk=request.pk)
    )


def open_request_lock(request: HelpRequest) -> HelpRequest:
    """Lock the request, and refuse when it was closed meanwhile (by another coordinator)."""
    request = request_lock(request)
    if request.status not in OPEN_STATUSES:
        raise ValidationError(
            _("Deze vraag is al afgesloten (%(status)s).")
            % {"status": request.get_status_display()}
        )
    return request


@transaction.atomic
def help_request_update(*, actor: User | None, request: HelpRequest, **fields: Any) -> HelpRequest:
    """Change what, when or where; a new question is then marked as looked at (triage)."""
    request = open_request_lock(request)
    changed = sorted(name for name, value in fields.items() if getattr(request, name) != value)
    for name in changed:
        if name not in REQUEST_FIELDS:
            raise TypeError(f"unknown request field: {name}")
        setattr(request, name, fields[name])
    if request.status == Status.NEW:
        request.status = Status.TRIAGE
    _clean(request)
    request.save()
    audit_record(
        actor=actor,
        action="help_request.update",
        target=request,
        collective=request.collective,
        on_behalf_of=request.resident,
        data={"fields": changed},
    )
    return request


def withdraw_active(request: HelpRequest) -> None:
    request.assignments.filter(state__in=ACTIVE_STATES).update(
        state=AssignmentState.WITHDRAWN, answered_at=timezone.now()
    )


@transaction.atomic
def help_request_cancel(*, actor: User | None, request: HelpRequest) -> HelpRequest:
    request = open_request_lock(request)
    withdraw_active(request)
    request.status = Status.CANCELLED
    request.closed_at = timezone.now()
    request.save(update_fields=["status", "closed_at"])
    audit_record(
        actor=actor,
        action="help_request.cancel",
        target=request,
        collective=request.collective,
        on_behalf_of=request.resident,
    )
    return request


@transaction.atomic
def help_request_cancel_if_open(*, actor: User | None, request_id: int) -> bool:
    """Cancel a question another app opened (a ride to an activity), unless it was closed
    meanwhile; tell whether it was cancelled now."""
    request = HelpRequest.objects.filter(pk=request_id, status__in=OPEN_STATUSES).first()
    if request is None:
        return False
    help_request_cancel(actor=actor, request=request)
    return True


@transaction.atomic
def help_request_close(
    *,
    actor: User | None,
    request: HelpRequest,
    outcome: str,
    hours: Decimal | None,
    satisfied: bool | None,
    follow_up_on: datetime.date | None = None,
) -> HelpRequest:
    """Close a request with how it went; hours nobody logged yet go to the volunteer's total."""
    request = open_request_lock(request)
    accepted = Assignment.objects.filter(request=request, state=AssignmentState.ACCEPTED).first()
    request.assignments.filter(state=AssignmentState.PROPOSED).update(
        state=AssignmentState.WITHDRAWN, answered_at=timezone.now()
    )
    logged = sum((entry.hours for entry in request.hours.all()), Decimal(0))
    if accepted is not None and hours and hours > logged:
        HoursEntry.objects.create(
            collective=request.collective,
            volunteer=accepted.volunteer,
            request=request,
            day=min(request.last_day or timezone.localdate(), timezone.localdate()),
            hours=hours - logged,
            note=_("bij het afsluiten ingevoerd"),
            logged_by=actor,
        )
    request.status = Status.DONE
    request.outcome = outcome
    request.hours_spent = hours if hours is not None else (logged or None)
    request.resident_satisfied = satisfied
    request.follow_up_on = follow_up_on
    request.closed_at = timezone.now()
    request.save()
    audit_record(
        actor=actor,
        action="help_request.close",
        target=request,
        collective=request.collective,
        on_behalf_of=request.resident,
        data={"hours": str(request.hours_spent or 0)},
    )
    return request


@transaction.atomic
def follow_up_record(*, actor: User | None, request: HelpRequest, note: str) -> HelpRequest:
    """The coordinator called back: add what came out of it and clear the reminder."""
    request = request_lock(request)
    stamp = timezone.localdate().strftime("%d-%m-%Y")
    request.outcome = f"{request.outcome}\n\n{stamp}: {note}".strip()
    request.follow_up_on = None
    request.save(update_fields=["outcome", "follow_up_on"])
    audit_record(
        actor=actor,
        action="help_request.follow_up",
        target=request,
        collective=request.collective,
        on_behalf_of=request.resident,
    )
    return request
