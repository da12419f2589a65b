"""The minutes of a meeting: the board writes them and opens them for changes; who was there
proposes changes; everyone reads them once adopted."""

import datetime

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from wijkkracht.core.access import CollectiveRequest, role_required
from wijkkracht.governance.models import Meeting, Minutes, MinutesStatus
from wijkkracht.governance.services.minutes import (
    amendment_add,
    amendments_open,
    minutes_draft,
    minutes_save,
)
from wijkkracht.governance.views.rules import MANAGERS

AMENDMENT_DAYS = 14


def _act(request: CollectiveRequest, meeting: Meeting, minutes: Minutes | None) -> None:
    action = request.POST.get("action", "")
    person = request.membership.person
    manages = request.membership.has(*MANAGERS)
    if action == "draft" and manages:
        minutes_draft(actor=request.user, meeting=meeting)
    elif action == "save" and manages and minutes:
        minutes_save(actor=request.user, minutes=minutes, text=request.POST.get("text", ""))
    elif action == "open" and manages and minutes:
        until = timezone.localdate() + datetime.timedelta(days=AMENDMENT_DAYS)
        amendments_open(actor=request.user, minutes=minutes, until=until)
    elif action == "amend" and minutes and person is not None:
        amendment_add(minutes=minutes, person=person, text=request.POST.get("amendment", ""))
    else:
        raise Http404


@role_required()
def minutes_view(request: CollectiveRequest, meeting_id: int) -> HttpResponse:
    meeting = get_object_or_404(Meeting, pk=meeting_id)
    minutes = Minutes.objects.filter(meeting=meeting).first()
    if request.method == "POST":
        try:
            _act(request, meeting, minutes)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Opgeslagen."))
        return redirect("governance:minutes", request.collective.slug, meeting.pk)
    manages = request.membership.has(*MANAGERS)
    person = request.membership.person
    was_there = person is not None and meeting.attendances.filter(person=person).exists()
    readable = minutes is not None and (
        manages
        or minutes.status == MinutesStatus.ADOPTED
        or (minutes.status == MinutesStatus.AMENDMENT and was_there)
    )
    context = {
        "meeting": meeting,
        "minutes": minutes if readable else None,
        "manages": manages,
        "amends": readable and minutes.status == MinutesStatus.AMENDMENT and was_there,
        "amendments": minutes.amendments.select_related("person") if readable and manages else [],
        "started": timezone.now() >= meeting.starts_at,
    }
    return render(request, "governance/minutes.html", context)
