"""Neighbourhood dialogues, and the overview of everything residents can have a say in."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from wijkkracht.core.access import CollectiveRequest
from wijkkracht.core.feedback import show_errors
from wijkkracht.core.pagecache import public_page
from wijkkracht.participation.forms import DialogueForm, MeetingForm, PrioritiesForm
from wijkkracht.participation.models import Dialogue
from wijkkracht.participation.selectors import (
    budgets,
    consultations,
    dialogues,
    proposals,
    surveys,
)
from wijkkracht.participation.services.dialogues import dialogue_create, meeting_add, priorities_set
from wijkkracht.participation.views.common import anyone_here, form_page, is_staff, staff_only


@public_page
def overview_view(request: CollectiveRequest, collective_slug: str) -> HttpResponse:
    """What residents can have a say in; a visitor from outside sees only how to take part."""
    staff = is_staff(request)
    context: dict[str, object] = {"staff": staff, "member": bool(request.membership.roles)}
    if request.membership.roles:
        context.update(
            budgets=budgets(),
            surveys=surveys(open_only=not staff),
            proposals=proposals()[:5],
            dialogues=dialogues(published_only=not staff),
            consultations=consultations(open_only=not staff),
        )
    return render(request, "participation/overview.html", context)


@staff_only
def dialogue_create_view(request: CollectiveRequest) -> HttpResponse:
    form = DialogueForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        dialogue = dialogue_create(
            actor=request.user, collective=request.collective, **form.cleaned_data
        )
        return redirect("participation:dialogue", request.collective.slug, dialogue.pk)
    return form_page(request, form=form, title=_("Nieuwe wijkdialoog"))


@anyone_here
def dialogue_view(request: CollectiveRequest, dialogue_id: int) -> HttpResponse:
    dialogue = get_object_or_404(Dialogue, pk=dialogue_id)
    staff = is_staff(request)
    if not staff and dialogue.published_at is None:
        raise Http404
    lines = "\n".join(
        f"{p.title}: {p.explanation}" if p.explanation else p.title
        for p in dialogue.priorities.all()
    )
    context = {
        "dialogue": dialogue,
        "staff": staff,
        "meeting_form": MeetingForm() if staff else None,
        "priorities_form": PrioritiesForm(initial={"lines": lines}) if staff else None,
    }
    return render(request, "participation/dialogue.html", context)


@staff_only
def meeting_add_view(request: CollectiveRequest, dialogue_id: int) -> HttpResponse:
    dialogue = get_object_or_404(Dialogue, pk=dialogue_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = MeetingForm(request.POST)
    if form.is_valid():
        try:
            meeting_add(actor=request.user, dialogue=dialogue, **form.cleaned_data)
        except ValidationError as error:
            show_errors(request, error)
        else:
            messages.success(request, _("De bijeenkomst staat erbij."))
    else:
        messages.error(request, _("Vul een geldige datum in."))
    return redirect("participation:dialogue", request.collective.slug, dialogue.pk)


@staff_only
def priorities_view(request: CollectiveRequest, dialogue_id: int) -> HttpResponse:
    dialogue = get_object_or_404(Dialogue, pk=dialogue_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = PrioritiesForm(request.POST)
    if form.is_valid():
        try:
            priorities_set(
                actor=request.user,
                dialogue=dialogue,
                lines=form.cleaned_data["lines"].splitlines(),
                publish=form.cleaned_data["publish"],
            )
        except ValidationError as error:
            show_errors(request, error)
        else:
            messages.success(request, _("De prioriteiten zijn opgeslagen."))
    else:
        messages.error(request, _("Zet minstens één prioriteit op de lijst."))
    return redirect("participation:dialogue", request.collective.slug, dialogue.pk)
