"""The page of a long job: how far it is, then the result or why it failed."""

from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render

from wijkkracht.core.access import CollectiveRequest, role_required
from wijkkracht.core.jobs import kind_of
from wijkkracht.core.models import Job

REFRESH_SECONDS = 2


@role_required("coordinator", "board")
def job_view(request: CollectiveRequest, job_id: int) -> HttpResponse:
    """The collective's staff start jobs and see them; while one runs its page refreshes."""
    job = get_object_or_404(Job, pk=job_id)
    kind = kind_of(job)
    context = {"job": job, "kind": kind, "refresh": REFRESH_SECONDS if job.busy else None}
    return render(request, "core/job.html", context)
