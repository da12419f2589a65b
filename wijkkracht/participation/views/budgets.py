"""The neighbourhood budget's pages: the plans, voting online and on paper, and the result."""

from collections import Counter

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from wijkkracht.core.access import CollectiveRequest
from wijkkracht.core.downloads import attachment
from wijkkracht.core.feedback import show_errors
from wijkkracht.core.models import Person
from wijkkracht.core.views.jobs import job_started
from wijkkracht.participation.forms import BallotForm, BudgetForm, PbUploadForm
from wijkkracht.participation.models import Budget, Phase, Proposal
from wijkkracht.participation.selectors import (
    approvals_by_area,
    ballot_projects,
    budget_election,
    place_of,
    proposals,
    roll_counts,
)
from wijkkracht.participation.services.budgets import (
    budget_create,
    budget_next_phase,
    budget_vote,
    outcome_data,
    phase_after,
)
from wijkkracht.participation.views.common import (
    Next,
    anyone_here,
    areas,
    form_page,
    is_staff,
    letters_response,
    money,
    paper_desk,
    staff_only,
    take_part_response,
)
from wijkkracht.participation.voting.pabulib import pb_write
from wijkkracht.participation.voting.rules import count


@anyone_here
def budget_view(request: CollectiveRequest, budget_id: int) -> HttpResponse:
    budget = get_object_or_404(Budget, pk=budget_id)
    person = request.membership.person if request.user.is_authenticated else None
    place = place_of(budget, person) if person else None
    staff = is_staff(request)
    following = phase_after(budget.phase)
    context = {
        "budget": budget,
        "proposals": proposals(budget=budget),
        "staff": staff,
        "place": place,
        "counts": roll_counts(budget=budget) if staff else None,
        "next_phase": following.label if following else "",
        "phases": Phase.choices,
    }
    return render(request, "participation/budget.html", context)


@staff_only
def budget_create_view(request: CollectiveRequest) -> HttpResponse:
    form = BudgetForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        budget = budget_create(
            actor=request.user, collective=request.collective, **form.cleaned_data
        )
        return redirect("participation:budget", request.collective.slug, budget.pk)
    return form_page(request, form=form, title=_("Nieuw wijkbudget"))


@staff_only
def budget_import_view(request: CollectiveRequest) -> HttpResponse:
    form = PbUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            text = form.cleaned_data["file"].read().decode("utf-8-sig")
        except UnicodeDecodeError:
            form.add_error("file", _("Dit is geen tekstbestand in UTF-8."))
        else:  # the worker reads and counts it: a large vote takes longer than a page may
            return job_started(
                request, "budget_import", {"text": text}, "participation:budget_import"
            )
    context = {
        "form": form,
        "title": _("Stemming inlezen"),
        "lead": _(
            "Lees een stemming in uit een Pabulib-bestand (.pb). Wij tellen die met gelijke delen."
        ),
        "multipart": True,
    }
    return form_page(request, **context)


@staff_only
def budget_next_phase_view(request: CollectiveRequest, budget_id: int) -> HttpResponse:
    budget = get_object_or_404(Budget, pk=budget_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if phase_after(budget.phase) == Phase.RESULT:  # the count is the worker's: it may take long
        return job_started(
            request, "budget_count", {"budget_id": budget.pk}, "participation:budget", budget.pk
        )
    try:
        budget = budget_next_phase(actor=request.user, budget=budget)
    except ValidationError as error:
        show_errors(request, error)
    else:
        messages.success(
            request, _("Het wijkbudget is nu in de fase: %s.") % budget.get_phase_display()
        )
    return redirect("participation:budget", request.collective.slug, budget.pk)


def _ballot_form(request: CollectiveRequest, budget: Budget, *, paper: bool) -> BallotForm:
    return BallotForm(
        request.POST or None,
        projects=list(ballot_projects(budget)),
        areas=areas(request),
        paper=paper,
    )


def _vote(request: CollectiveRequest, budget: Budget, *, paper: bool) -> HttpResponse:
    if budget.phase != Phase.VOTE:
        raise Http404
    form = _ballot_form(request, budget, paper=paper)

    def store(person: Person | None, code: str) -> None:
        budget_vote(
            actor=request.user,
            budget=budget,
            approvals=form.cleaned_data["approvals"],
            area=form.cleaned_data.get("area", ""),
            person=person,
            code=code,
        )

    slug = request.collective.slug
    then = Next(
        paper_url=reverse("participation:budget_paper", args=[slug, budget.pk]),
        paper_text=_("Het stembiljet is geteld. U kunt het volgende invoeren."),
        online_url=reverse("participation:budget", args=[slug, budget.pk]),
        online_text=_("Dank u wel. Uw stem is geteld."),
    )
    context = {"budget": budget, "counts": roll_counts(budget=budget) if paper else None}
    return take_part_response(
        request,
        form=form,
        store=store,
        paper=paper,
        then=then,
        template="participation/budget_vote.html",
        context=context,
    )


@anyone_here
def budget_vote_view(request: CollectiveRequest, budget_id: int) -> HttpResponse:
    return _vote(request, get_object_or_404(Budget, pk=budget_id), paper=False)


@paper_desk
def budget_paper_view(request: CollectiveRequest, budget_id: int) -> HttpResponse:
    return _vote(request, get_object_or_404(Budget, pk=budget_id), paper=True)


@staff_only
def budget_letters_view(request: CollectiveRequest, budget_id: int) -> HttpResponse:
    budget = get_object_or_404(Budget, pk=budget_id)
    context = {
        "projects": ballot_projects(budget),
        "areas": areas(request),
        "counts": roll_counts(budget=budget),
    }
    return letters_response(request, budget, "participation/budget_letters.html", context)


def _explained(
    budget: Budget, projects: list[Proposal], approvals: Counter[str]
) -> list[dict[str, object]]:
    verdicts = budget.result.get("verdicts", {})
    rows = []
    for proposal in projects:
        verdict = verdicts.get(proposal.project_code, {})
        rows.append(
            {
                "proposal": proposal,
                "approvals": approvals[proposal.project_code],
                "funded": verdict.get("funded", False),
                "round": verdict.get("round"),
                "share": money(verdict.get("share")),
                "money_left": money(verdict.get("money_left")),
            }
        )
    return sorted(
        rows, key=lambda row: (not row["funded"], row["round"] or 0, -int(str(row["approvals"])))
    )


@anyone_here
def budget_result_view(request: CollectiveRequest, budget_id: int) -> HttpResponse:
    budget = get_object_or_404(Budget, pk=budget_id)
    if not budget.counted_at:
        raise Http404
    election = budget_election(budget)
    projects = list(ballot_projects(budget))
    context = {
        "budget": budget,
        "rows": _explained(budget, projects, election.approvals()),
        "result": budget.result,
        "cost": money(budget.result["cost"]),
        "voter_budget": money(budget.result["voter_budget"]),
        "area_rows": _area_rows(request, budget, projects),
        "project_titles": [p.title for p in projects],
        "threshold": settings.SMALL_COUNT_THRESHOLD,
    }
    if "controle" in request.GET:
        # Counting again from the stored ballots must give the stored result: anyone can check
        # it. Only on request: a large vote takes seconds to count.
        recount = outcome_data(count(election, budget.rule), len(election.ballots))
        context["same_again"] = recount == budget.result
    return render(request, "participation/budget_result.html", context)


def _area_rows(
    request: CollectiveRequest, budget: Budget, projects: list[Proposal]
) -> list[tuple[str, object, list[object]]]:
    names = dict(areas(request))
    if not names:
        return []
    return [
        (
            names.get(area, area) or _("buurt niet gezegd"),
            counted["voters"],
            [counted.get(p.project_code) for p in projects],
        )
        for area, counted in approvals_by_area(budget).items()
    ]


@staff_only
def budget_pb_view(request: CollectiveRequest, budget_id: int) -> HttpResponse:
    budget = get_object_or_404(Budget, pk=budget_id)
    content = pb_write(budget_election(budget))
    return attachment(content, f"wijkbudget-{budget.pk}.pb", "text/plain; charset=utf-8")
