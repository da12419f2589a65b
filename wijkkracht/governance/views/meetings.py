"""The members' meeting: planning it, the agenda, the convocation by e-mail and letter, who is
there, and proxies recorded after a phone call."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from wijkkracht.activities.schedule import local_datetime
from wijkkracht.core.access import CollectiveRequest, role_required
from wijkkracht.core.downloads import attachment
from wijkkracht.governance.forms import CheckinForm, ItemForm, MeetingForm, ProxyForm
from wijkkracht.governance.models import AttendanceVia, Meeting, Proxy
from wijkkracht.governance.services.meetings import (
    attendance_record,
    checkin,
    convocation_send,
    inspection_from,
    item_add,
    last_convocation_day,
    meeting_create,
    paper_household_count,
    paper_households,
    second_meeting_window,
    voters,
)
from wijkkracht.governance.services.proxies import proxy_give, proxy_revoke
from wijkkracht.governance.services.roll import checkin_code
from wijkkracht.governance.views.rules import MANAGERS


@role_required(*MANAGERS)
def meeting_create_view(request: CollectiveRequest) -> HttpResponse:
    """A new meeting; with ?tweede=<id> the second meeting for that one's undecided proposals."""
    first = None
    if request.GET.get("tweede", "").isdigit():
        first = get_object_or_404(Meeting, pk=int(request.GET["tweede"]))
    initial = (
        {"title": _("Tweede vergadering: %(title)s") % {"title": first.title}} if first else {}
    )
    form = MeetingForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            meeting = meeting_create(
                actor=request.user,
                collective=request.collective,
                title=data["title"],
                starts_at=local_datetime(data["date"], data["time"]),
                place=data["place"],
                second_for=first,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            return redirect("governance:meeting", request.collective.slug, meeting.pk)
    window = second_meeting_window(first) if first else None
    context = {
        "form": form,
        "title": _("Tweede ledenvergadering") if first else _("Nieuwe ledenvergadering"),
        "lead": _(
            "Over de voorstellen waarvoor te weinig leden waren, besluit deze vergadering zonder "
            "quorum. Kies een dag van %(from)s tot en met %(to)s."
        )
        % {"from": window[0].strftime("%d-%m-%Y"), "to": window[1].strftime("%d-%m-%Y")}
        if window
        else "",
        "back": reverse("governance:home", args=[request.collective.slug]),
    }
    return render(request, "core/form.html", context)


@role_required()
def meeting_view(request: CollectiveRequest, meeting_id: int) -> HttpResponse:
    meeting = get_object_or_404(
        Meeting.objects.select_related("statutes", "second_for"), pk=meeting_id
    )
    manages = request.membership.has(*MANAGERS)
    context = {
        "meeting": meeting,
        "items": meeting.items.select_related("decision"),
        "manages": manages,
        "inspection_from": inspection_from(meeting),
        "last_day": last_convocation_day(meeting),
        "voters": voters(meeting).count(),
        "present": meeting.attendances.count(),
    }
    person = request.membership.person
    coming = timezone.localtime(meeting.starts_at).date() >= timezone.localdate()
    if coming and meeting.convened_at and person and voters(meeting).filter(pk=person.pk).exists():
        context["my_code"] = checkin_code(meeting, person)
    if manages:
        context["proxies"] = meeting.proxies.filter(revoked_at__isnull=True).select_related(
            "giver", "holder"
        )
        context["paper"] = paper_household_count(meeting)
    return render(request, "governance/meeting.html", context)


@role_required(*MANAGERS)
def item_add_view(request: CollectiveRequest, meeting_id: int) -> HttpResponse:
    meeting = get_object_or_404(Meeting, pk=meeting_id)
    form = ItemForm(request.POST or None, meeting=meeting)
    if request.method == "POST" and form.is_valid():
        try:
            item_add(actor=request.user, meeting=meeting, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            return redirect("governance:meeting", request.collective.slug, meeting.pk)
    context = {
        "form": form,
        "title": _("Agendapunt toevoegen"),
        "back": reverse("governance:meeting", args=[request.collective.slug, meeting.pk]),
    }
    return render(request, "core/form.html", context)


@role_required(*MANAGERS)
def convene_view(request: CollectiveRequest, meeting_id: int) -> HttpResponse:
    meeting = get_object_or_404(Meeting, pk=meeting_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    try:
        roll = convocation_send(actor=request.user, meeting=meeting)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _(
                "De oproep gaat uit naar %(count)s leden. Druk nu de brieven af voor wie geen "
                "e-mail heeft."
            )
            % {"count": len(roll)},
        )
    return redirect("governance:meeting", request.collective.slug, meeting.pk)


@role_required(*MANAGERS)
def letters_view(request: CollectiveRequest, meeting_id: int) -> HttpResponse:
    from wijkkracht.governance.printing import convocation_letters_pdf  # ReportLab: slow

    meeting = get_object_or_404(Meeting, pk=meeting_id)
    pdf = convocation_letters_pdf(meeting, paper_households(meeting))
    return attachment(pdf, f"uitnodiging-alv-{meeting.pk}.pdf", "application/pdf")


@role_required(*MANAGERS)
def attendance_view(request: CollectiveRequest, meeting_id: int) -> HttpResponse:
    """Who is there: the code from the invitation typed at the door, or the roll searched by
    name."""
    meeting = get_object_or_404(Meeting.objects.select_related("statutes"), pk=meeting_id)
    form = CheckinForm(request.POST if "code" in request.POST else None)
    if form.is_bound and form.is_valid():
        try:
            attendance = checkin(
                actor=request.user, meeting=meeting, code=form.cleaned_data["code"]
            )
        except ValidationError as error:
            form.add_error("code", error)
        else:
            messages.success(request, _("%(name)s is er.") % {"name": attendance.person.full_name})
            return redirect("governance:attendance", request.collective.slug, meeting.pk)
    elif request.method == "POST" and not form.is_bound:
        person = get_object_or_404(voters(meeting), pk=request.POST.get("person", 0))
        via = request.POST.get("via", AttendanceVia.COORDINATOR)
        try:
            attendance_record(actor=request.user, meeting=meeting, person=person, via=via)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("%(name)s is er.") % {"name": person.full_name})
        return redirect("governance:attendance", request.collective.slug, meeting.pk)
    search = request.GET.get("q", "").strip()
    found = []
    if search:
        found = list(
            voters(meeting).filter(family_name__icontains=search).order_by("family_name")[:20]
        )
    present = set(meeting.attendances.values_list("person_id", flat=True))
    context = {
        "meeting": meeting,
        "form": form,
        "search": search,
        "found": [(person, person.pk in present) for person in found],
        "present": len(present),
    }
    return render(request, "governance/attendance.html", context)


@role_required(*MANAGERS)
def proxy_add_view(request: CollectiveRequest, meeting_id: int) -> HttpResponse:
    meeting = get_object_or_404(Meeting.objects.select_related("statutes"), pk=meeting_id)
    form = ProxyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        roll = voters(meeting)
        giver = roll.filter(member__number=data["giver"]).first()
        holder = roll.filter(member__number=data["holder"]).first()
        if giver is None:
            form.add_error("giver", _("Geen lid met stemrecht met dit nummer."))
        if holder is None:
            form.add_error("holder", _("Geen lid met stemrecht met dit nummer."))
        if giver is not None and holder is not None:
            try:
                proxy_give(
                    actor=request.user,
                    meeting=meeting,
                    giver=giver,
                    holder=holder,
                    via=data["via"],
                    note=data["note"],
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(
                    request,
                    _("%(holder)s stemt voor %(giver)s.")
                    % {"holder": holder.full_name, "giver": giver.full_name},
                )
                return redirect("governance:meeting", request.collective.slug, meeting.pk)
    context = {
        "form": form,
        "title": _("Volmacht vastleggen"),
        "lead": _(
            "Een lid belde of schreef dat een ander lid voor hem of haar mag stemmen. De "
            "statuten staan %(max)s volmacht(en) per lid toe."
        )
        % {"max": meeting.statutes.max_proxies},
        "back": reverse("governance:meeting", args=[request.collective.slug, meeting.pk]),
    }
    return render(request, "core/form.html", context)


@role_required(*MANAGERS)
def proxy_revoke_view(request: CollectiveRequest, meeting_id: int) -> HttpResponse:
    """The proxy named in the form, of this meeting."""
    meeting = get_object_or_404(Meeting, pk=meeting_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    proxy = get_object_or_404(
        Proxy, pk=request.POST.get("proxy", 0), meeting=meeting, revoked_at__isnull=True
    )
    try:
        proxy_revoke(actor=request.user, proxy=proxy)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("De volmacht is ingetrokken."))
    return redirect("governance:meeting", request.collective.slug, meeting.pk)
