"""The circle's notes: health data, for the members the resident chose; every read logged."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from wijkkracht.care.access import circle_access
from wijkkracht.care.forms import NoteForm
from wijkkracht.care.services.circles import (
    NOTES_CONSENT_TEXT,
    note_add,
    notes_consent_give,
    notes_consent_withdraw,
    notes_read,
)
from wijkkracht.core.access import CollectiveRequest, role_required


@role_required()
def notes_view(request: CollectiveRequest, circle_id: int) -> HttpResponse:
    access = circle_access(request, circle_id)
    if not access.reads_notes:
        raise Http404
    circle = access.circle
    form = NoteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if access.member is not None and access.member.view_only:
            raise Http404
        try:
            note_add(actor=request.user, circle=circle, text=form.cleaned_data["text"])
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("De notitie is opgeslagen."))
            return redirect("care:notes", request.collective.slug, circle.pk)
    context = {
        "access": access,
        "circle": circle,
        "form": form,
        "writes": access.member is None or not access.member.view_only,
        "notes": notes_read(actor=request.user, actor_role=access.role, circle=circle),
        "consent_text": NOTES_CONSENT_TEXT,
    }
    return render(request, "care/notes.html", context)


@role_required("coordinator")
def notes_consent_view(request: CollectiveRequest, circle_id: int) -> HttpResponse:
    circle = circle_access(request, circle_id).circle
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if request.POST.get("consent") == "give":
        notes_consent_give(actor=request.user, circle=circle)
        messages.success(request, _("De toestemming is vastgelegd."))
    elif request.POST.get("consent") == "withdraw":
        notes_consent_withdraw(actor=request.user, circle=circle)
        messages.success(request, _("De toestemming is ingetrokken en de notities zijn gewist."))
    return redirect("care:notes", request.collective.slug, circle.pk)
