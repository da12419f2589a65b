"""Members' requests for a meeting: start one, co-sign online, the board records paper
signatures and names the meeting it convened; after its 14 days the signers may convene."""

import datetime

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from wijkkracht.activities.schedule import local_datetime
from wijkkracht.core.access import CollectiveRequest, role_required
from wijkkracht.governance.models import Meeting, MeetingRequest
from wijkkracht.governance.services.requests import (
    clock,
    members_today,
    request_answer,
    request_convene,
    request_sign,
    request_start,
    signatures_needed,
)
from wijkkracht.governance.views.rules import MANAGERS


@role_required()
def requests_view(request: CollectiveRequest) -> HttpResponse:
    person = request.membership.person
    if request.method == "POST" and person is not None:
        try:
            started = request_start(
                actor=request.user,
                collective=request.collective,
                person=person,
                subject=request.POST.get("subject", ""),
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Uw verzoek staat klaar. Vraag andere leden te tekenen."))
            return redirect("governance:request", request.collective.slug, started.pk)
    context = {
        "requests": MeetingRequest.objects.all(),
        "member": person is not None and members_today().filter(pk=person.pk).exists(),
    }
    return render(request, "governance/requests.html", context)


def _act(request: CollectiveRequest, found: MeetingRequest) -> str:
    action = request.POST.get("action", "")
    person = request.membership.person
    manages = request.membership.has(*MANAGERS)
    if action == "sign" and person is not None:
        request_sign(actor=request.user, request=found, person=person, via="online")
        return _("U heeft getekend.")
    if action == "paper" and manages:
        signer = members_today().filter(member__number=request.POST.get("number") or 0).first()
        if signer is None:
            raise ValidationError(_("Geen lid met dit nummer."))
        request_sign(actor=request.user, request=found, person=signer, via="paper")
        return _("%(name)s heeft getekend.") % {"name": signer.full_name}
    if action == "answer" and manages:
        meeting = get_object_or_404(Meeting, pk=request.POST.get("meeting") or 0)
        request_answer(actor=request.user, request=found, meeting=meeting)
        return _("De vergadering is bij het verzoek gezet.")
    if action == "convene" and person is not None:
        try:
            day = datetime.date.fromisoformat(request.POST.get("date", ""))
            time = datetime.time.fromisoformat(request.POST.get("time", ""))
        except ValueError:
            raise ValidationError(_("Vul een datum en een tijd in.")) from None
        request_convene(
            actor=request.user,
            request=found,
            person=person,
            starts_at=local_datetime(day, time),
            place=request.POST.get("place", "").strip() or _("nog te melden"),
        )
        return _("De oproep gaat uit naar alle leden.")
    raise Http404


@role_required()
def request_view(request: CollectiveRequest, meeting_request_id: int) -> HttpResponse:
    found = get_object_or_404(MeetingRequest, pk=meeting_request_id)
    if request.method == "POST":
        try:
            messages.success(request, _act(request, found))
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        return redirect("governance:request", request.collective.slug, found.pk)
    person = request.membership.person
    signed = person is not None and found.signatures.filter(person=person).exists()
    deadlines = clock(found)
    today = timezone.localdate()
    convened = found.meeting is not None and found.meeting.convened_at is not None
    context = {
        "found": found,
        "signed": signed,
        "count": found.signatures.count(),
        "needed": signatures_needed(),
        "clock": deadlines,
        "manages": request.membership.has(*MANAGERS),
        "member": person is not None and members_today().filter(pk=person.pk).exists(),
        "may_convene": signed
        and not convened
        and deadlines is not None
        and deadlines.members_may_convene(today),
        "meetings": Meeting.objects.filter(starts_at__gte=timezone.now()),
    }
    return render(request, "governance/request.html", context)
