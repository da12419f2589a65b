"""Residents' ideas: sending one in, supporting it, the board's decision and the progress."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from wijkkracht.core.access import CollectiveRequest
from wijkkracht.core.feedback import show_errors
from wijkkracht.participation.forms import AssessForm, ProgressForm, ProposalForm
from wijkkracht.participation.models import Budget, Phase, Proposal, Support
from wijkkracht.participation.selectors import proposals
from wijkkracht.participation.services.proposals import (
    proposal_assess,
    proposal_progress,
    proposal_submit,
    proposal_support,
)
from wijkkracht.participation.views.common import anyone_here, form_page, is_staff, staff_only


@anyone_here
def proposal_list_view(request: CollectiveRequest) -> HttpResponse:
    return render(request, "participation/proposal_list.html", {"proposals": proposals()})


@anyone_here
def proposal_create_view(request: CollectiveRequest) -> HttpResponse:
    budget_id = request.GET.get("wijkbudget", "")
    budget = (
        get_object_or_404(Budget, pk=budget_id, phase=Phase.SUBMIT) if budget_id.isdigit() else None
    )
    form = ProposalForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            proposal = proposal_submit(
                actor=request.user,
                collective=request.collective,
                person=request.membership.person,
                budget=budget,
                **form.cleaned_data,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request, _("Dank u wel. Uw idee staat erbij; het bestuur bekijkt het.")
            )
            return redirect("participation:proposal", request.collective.slug, proposal.pk)
    title = _("Idee voor %s") % budget.title if budget else _("Idee insturen")
    return form_page(request, form=form, title=title)


@anyone_here
def proposal_view(request: CollectiveRequest, proposal_id: int) -> HttpResponse:
    proposal = get_object_or_404(proposals(), pk=proposal_id)
    person = request.membership.person if request.user.is_authenticated else None
    staff = is_staff(request)
    context = {
        "proposal": proposal,
        "staff": staff,
        "supported": bool(person)
        and Support.objects.filter(proposal=proposal, person=person).exists(),
        "can_support": person is not None,
        "assess_form": AssessForm(initial={"cost": proposal.cost}) if staff else None,
        "progress_form": ProgressForm() if staff else None,
    }
    return render(request, "participation/proposal.html", context)


@anyone_here
def proposal_support_view(request: CollectiveRequest, proposal_id: int) -> HttpResponse:
    proposal = get_object_or_404(Proposal, pk=proposal_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    person = request.membership.person
    if person is None:
        raise Http404
    supported = proposal_support(actor=request.user, proposal=proposal, person=person)
    messages.success(
        request, _("U steunt dit idee.") if supported else _("U steunt dit idee niet meer.")
    )
    return redirect("participation:proposal", request.collective.slug, proposal.pk)


@staff_only
def proposal_assess_view(request: CollectiveRequest, proposal_id: int) -> HttpResponse:
    proposal = get_object_or_404(Proposal, pk=proposal_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = AssessForm(request.POST)
    if form.is_valid():
        try:
            proposal_assess(actor=request.user, proposal=proposal, **form.cleaned_data)
        except ValidationError as error:
            show_errors(request, error)
        else:
            messages.success(request, _("Het besluit staat bij het idee."))
    else:
        messages.error(request, _("Kies een besluit en schrijf op waarom."))
    return redirect("participation:proposal", request.collective.slug, proposal.pk)


@staff_only
def proposal_progress_view(request: CollectiveRequest, proposal_id: int) -> HttpResponse:
    proposal = get_object_or_404(Proposal, pk=proposal_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = ProgressForm(request.POST)
    if form.is_valid():
        try:
            proposal_progress(actor=request.user, proposal=proposal, **form.cleaned_data)
        except ValidationError as error:
            show_errors(request, error)
    else:
        messages.error(request, _("Vul een datum en een tekst in."))
    return redirect("participation:proposal", request.collective.slug, proposal.pk)
