"""The page of a long job: how far it is, then the result or why it failed."""

from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from wijkkracht.core.access import CollectiveRequest, role_required
from wijkkracht.core.jobs import job_end_if_stale, job_start, kind_of
from wijkkracht.core.models import Job

REFRESH_SECONDS = 2


@role_required("coordinator", "board")
def job_view(request: CollectiveRequest, job_id: int) -> HttpResponse:
    """The collective's staff start jobs and see them; while one runs its page refreshes."""
    job = job_end_if_stale(get_object_or_404(Job, pk=job_id))
    kind = kind_of(job)
    context = {"job": job, "kind": kind, "refresh": REFRESH_SECONDS if job.busy else None}
    return render(request, "core/job.html", context)


def job_started(
    request: CollectiveRequest, kind: str, arguments: dict, back: str, *back_args: object
) -> HttpResponseRedirect:
    """Queue a job the user starts on this page and show its page, whose "Terug" leads to the
    URL named ``back`` (with the collective and ``back_args``)."""
    slug = request.collective.slug
    job = job_start(
        actor=request.user,
        collective=request.collective,
        kind=kind,
        arguments=arguments,
        back_url=reverse(back, args=[slug, *back_args]),
    )
    return redirect("core:job", slug, job.pk)
