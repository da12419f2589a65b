"""The member register's long work, run as jobs with a progress page (see core.jobs)."""

import datetime

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wijkkracht.core.jobs import Progress, job_kind
from wijkkracht.core.models import Job
from wijkkracht.members.services.sepa import debit_run_create


@job_kind(
    "debit_run",
    title=_("Incassobestand maken"),
    unit=_("incasso's"),
    result=_("Download het incassobestand"),
)
def debit_run_job(job: Job, progress: Progress) -> str:
    run = debit_run_create(
        actor=job.created_by,
        collective=job.collective,
        year=job.arguments["year"],
        collection_date=datetime.date.fromisoformat(job.arguments["collection_date"]),
        progress=progress,
    )
    return reverse("members:debit_file", args=[job.collective.slug, run.pk])
