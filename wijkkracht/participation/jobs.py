"""Participation's long work, run as jobs with a progress page (see core.jobs)."""

from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext_lazy

from wijkkracht.core.jobs import Progress, job_kind
from wijkkracht.core.models import Job
from wijkkracht.participation.models import Budget
from wijkkracht.participation.services.budgets import budget_import, budget_next_phase


@job_kind(
    "budget_import",
    title=gettext_lazy("Stemming inlezen"),
    unit=gettext_lazy("stembiljetten"),
    result=gettext_lazy("Naar de uitslag"),
)
def budget_import_job(job: Job, progress: Progress) -> str:
    budget = budget_import(
        actor=job.created_by, collective=job.collective, text=job.arguments["text"]
    )
    progress(budget.result["ballots"], budget.result["ballots"])
    return reverse("participation:budget_result", args=[job.collective.slug, budget.pk])


@job_kind(
    "budget_count",
    title=gettext_lazy("De stemmen tellen"),
    unit=gettext_lazy("stembiljetten"),
    result=gettext_lazy("Naar de uitslag"),
)
def budget_count_job(job: Job, progress: Progress) -> str:
    budget = get_object_or_404(Budget, pk=job.arguments["budget_id"])
    budget = budget_next_phase(actor=job.created_by, budget=budget)
    progress(budget.result["ballots"], budget.result["ballots"])
    return reverse("participation:budget_result", args=[job.collective.slug, budget.pk])
