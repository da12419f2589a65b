"""Voting: a member votes online for themselves and for whoever gave them a proxy; the
tellers enter the paper and hand counts (hands confirmed by a second teller); the chair
closes the item and the decision is kept."""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from wijkkracht.core.access import CollectiveRequest, role_required
from wijkkracht.core.downloads import attachment
from wijkkracht.governance.forms import SlipForm, TallyForm
from wijkkracht.governance.models import AgendaItem, Channel, Choice, Meeting, Tally
from wijkkracht.governance.services.meetings import second_meeting_window, voters
from wijkkracht.governance.services.votes import (
    counted,
    item_decide,
    slip_enter,
    slips_make,
    tally_confirm,
    tally_enter,
    vote_cast,
    voting_opens,
)
from wijkkracht.governance.views.rules import MANAGERS
from wijkkracht.participation.models import Invitation


@role_required()
def vote_view(request: CollectiveRequest, meeting_id: int) -> HttpResponse:
    """The member's ballot: each open item, for themselves and for each proxy they hold."""
    meeting = get_object_or_404(Meeting.objects.select_related("statutes"), pk=meeting_id)
    person = request.membership.person
    if person is None or not voters(meeting).filter(pk=person.pk).exists():
        return render(request, "governance/vote.html", {"meeting": meeting, "ballots": []})
    givers = [
        proxy.giver
        for proxy in meeting.proxies.filter(holder=person, revoked_at__isnull=True).select_related(
            "giver"
        )
    ]
    items = list(meeting.items.exclude(decision_type="").filter(decision__isnull=True))
    if request.method == "POST":
        done = 0
        for item in items:
            for voter in [person, *givers]:
                choice = request.POST.get(f"item{item.pk}_voter{voter.pk}", "")
                if choice not in Choice.values:
                    continue
                try:
                    vote_cast(item=item, voter=voter, cast_by=person, choice=choice)
                    done += 1
                except ValidationError as error:
                    messages.error(request, " ".join(error.messages))
        if done:
            messages.success(request, _("Uw stem is geteld."))
        return redirect("governance:vote", request.collective.slug, meeting.pk)
    mine = [person, *givers]
    cast = set(meeting.items.filter(votes__voter__in=mine).values_list("pk", "votes__voter_id"))
    cast |= set(  # secret ballots: the roll says who voted, not what
        Invitation.objects.filter(
            agenda_item__meeting=meeting, person__in=mine, used_at__isnull=False
        ).values_list("agenda_item_id", "person_id")
    )
    ballots = [(item, [(voter, (item.pk, voter.pk) in cast) for voter in mine]) for item in items]
    opens = voting_opens(meeting)
    context = {
        "meeting": meeting,
        "ballots": ballots if timezone.now() >= opens else [],
        "opens": opens if timezone.now() < opens else None,
        "choices": Choice.choices,
    }
    return render(request, "governance/vote.html", context)


@role_required(*MANAGERS)
def item_view(request: CollectiveRequest, agenda_item_id: int) -> HttpResponse:
    item = get_object_or_404(
        AgendaItem.objects.select_related("meeting__statutes"), pk=agenda_item_id
    )
    form: forms.Form = (SlipForm if item.secret else TallyForm)(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            if isinstance(form, SlipForm):
                slip_enter(actor=request.user, item=item, **form.cleaned_data)
            else:
                tally_enter(actor=request.user, item=item, **form.cleaned_data)
        except ValidationError as error:
            form.add_error("code" if item.secret else None, error)
        else:
            messages.success(
                request,
                _("Het briefje is geteld.") if item.secret else _("De telling is opgeslagen."),
            )
            return redirect("governance:item", request.collective.slug, item.pk)
    votes = item.secret_votes if item.secret else item.votes
    context = {
        "item": item,
        "meeting": item.meeting,
        "form": form,
        "tallies": item.tallies.select_related("entered_by", "confirmed_by"),
        "online": votes.filter(channel=Channel.ONLINE).count() if item.secret else votes.count(),
        "slips": votes.filter(channel=Channel.PAPER).count() if item.secret else 0,
        "counted": counted(item),
        "decision": getattr(item, "decision", None),
        "second_window": second_meeting_window(item.meeting),
    }
    return render(request, "governance/item.html", context)


@role_required(*MANAGERS)
def tally_confirm_view(request: CollectiveRequest, agenda_item_id: int) -> HttpResponse:
    item = get_object_or_404(AgendaItem, pk=agenda_item_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    tally = get_object_or_404(Tally, item=item, channel=Channel.HANDS)
    try:
        tally_confirm(actor=request.user, tally=tally)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("De handen zijn bevestigd."))
    return redirect("governance:item", request.collective.slug, item.pk)


@role_required(*MANAGERS)
def decide_view(request: CollectiveRequest, agenda_item_id: int) -> HttpResponse:
    item = get_object_or_404(AgendaItem, pk=agenda_item_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    try:
        decision = item_decide(actor=request.user, item=item)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        if decision.adopted:
            messages.success(request, _("Aangenomen. Besluit %(n)s.") % {"n": decision.number})
        else:
            messages.success(request, _("Niet aangenomen. Besluit %(n)s.") % {"n": decision.number})
    return redirect("governance:item", request.collective.slug, item.pk)


@role_required(*MANAGERS)
def slips_view(request: CollectiveRequest, agenda_item_id: int) -> HttpResponse:
    """The ballot slips of a secret ballot, for who is there and has none yet."""
    from wijkkracht.governance.printing import ballot_slips_pdf  # ReportLab: slow

    item = get_object_or_404(AgendaItem.objects.select_related("meeting"), pk=agenda_item_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    try:
        slips = slips_make(actor=request.user, item=item)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        slips = []
    else:
        if not slips:
            messages.info(
                request, _("Wie er is of vertegenwoordigd wordt, heeft al gestemd of een briefje.")
            )
    if not slips:
        return redirect("governance:item", request.collective.slug, item.pk)
    return attachment(
        ballot_slips_pdf(item, slips), f"stembriefjes-{item.pk}.pdf", "application/pdf"
    )
