"""Health notes and referrals: the sensitive and the formal side of a request."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from wijkkracht.core.access import CollectiveRequest, role_required
from wijkkracht.core.models import RoleName
from wijkkracht.help.forms import FollowUpForm, HealthNoteForm, ReferralForm
from wijkkracht.help.models import HealthNote, Referral
from wijkkracht.help.services.health import (
    CONSENT_TEXT,
    health_note_erase,
    health_note_read,
    health_note_save,
)
from wijkkracht.help.services.referrals import referral_create, referral_follow_up
from wijkkracht.help.views.requests import request_get


def _role(request: CollectiveRequest) -> str:
    return ", ".join(sorted(str(RoleName(name).label) for name in request.membership.roles))


@role_required(RoleName.COORDINATOR)
def health_note_view(request: CollectiveRequest, request_id: int) -> HttpResponse:
    """Show the note; opening this page is a logged read."""
    help_request = request_get(request_id)
    note = get_object_or_404(HealthNote, request=help_request)
    health_note_read(actor=request.user, actor_role=_role(request), note=note)
    return render(request, "help/health_note.html", {"help_request": help_request, "note": note})


@role_required(RoleName.COORDINATOR)
def health_note_edit_view(request: CollectiveRequest, request_id: int) -> HttpResponse:
    help_request = request_get(request_id)
    note = HealthNote.objects.filter(request=help_request).first()
    initial = {"text": note.text, "share_with_volunteer": note.share_with_volunteer} if note else {}
    if note is not None and request.method == "GET":
        health_note_read(actor=request.user, actor_role=_role(request), note=note)
    form = HealthNoteForm(request.POST or None, initial={**initial, "consent": note is not None})
    if request.method == "POST" and form.is_valid():
        try:
            health_note_save(
                actor=request.user,
                request=help_request,
                text=form.cleaned_data["text"],
                share_with_volunteer=form.cleaned_data["share_with_volunteer"],
                consent=form.cleaned_data["consent"],
                consent_via=form.cleaned_data["consent_via"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("De gezondheidsnotitie is opgeslagen."))
            return redirect("help:request_detail", request.collective.slug, help_request.pk)
    context = {
        "help_request": help_request,
        "note": note,
        "form": form,
        "consent_text": CONSENT_TEXT,
    }
    return render(request, "help/health_note_form.html", context)


@role_required(RoleName.COORDINATOR)
def health_note_erase_view(request: CollectiveRequest, request_id: int) -> HttpResponse:
    help_request = request_get(request_id)
    note = get_object_or_404(HealthNote, request=help_request)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    health_note_erase(actor=request.user, note=note)
    messages.success(request, _("De toestemming is ingetrokken en de notitie is gewist."))
    return redirect("help:request_detail", request.collective.slug, help_request.pk)


@role_required(RoleName.COORDINATOR)
def referral_create_view(request: CollectiveRequest, request_id: int) -> HttpResponse:
    help_request = request_get(request_id)
    form = ReferralForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        referral_create(
            actor=request.user,
            request=help_request,
            organisation=form.cleaned_data["organisation"],
            handover=form.cleaned_data["handover"],
            follow_up_on=form.cleaned_data["follow_up_on"],
            contact_name=form.cleaned_data["contact_name"],
        )
        messages.success(request, _("De doorverwijzing is opgeslagen."))
        return redirect("help:request_detail", request.collective.slug, help_request.pk)
    context = {"form": form, "help_request": help_request}
    return render(request, "help/referral_form.html", context)


@role_required(RoleName.COORDINATOR)
def referral_follow_up_view(request: CollectiveRequest, referral_id: int) -> HttpResponse:
    referral = get_object_or_404(Referral.objects.select_related("request"), pk=referral_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = FollowUpForm(request.POST)
    if form.is_valid():
        referral_follow_up(actor=request.user, referral=referral, result=form.cleaned_data["note"])
        messages.success(request, _("Het nabellen is genoteerd."))
    else:
        messages.error(request, _("Schrijf kort op wat eruit kwam."))
    return redirect("help:request_detail", request.collective.slug, referral.request_id)
