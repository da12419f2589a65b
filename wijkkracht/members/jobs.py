"""The member register's long work, run as jobs with a progress page (see core.jobs)."""

import datetime

from django.urls import reverse
from django.utils.translation import gettext_lazy

from wijkkracht.core.jobs import Progress, job_kind, sheet_refused
from wijkkracht.core.models import Job
from wijkkracht.members.selectors import import_get
from wijkkracht.members.services.importing import MemberImportError, member_import_confirm
from wijkkracht.members.services.sepa import debit_run_create


@job_kind(
    "debit_run",
    title=gettext_lazy("Incassobestand maken"),
    unit=gettext_lazy("incasso's"),
    result=gettext_lazy("Download het incassobestand"),
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


@job_kind(
    "member_import",
    title=gettext_lazy("Ledenlijst inlezen"),
    unit=gettext_lazy("leden"),
    result=gettext_lazy("Naar de ledenlijst"),
)
def member_import_job(job: Job, progress: Progress) -> str:
    upload = import_get(import_id=job.arguments["import_id"])
    try:
        member_import_confirm(actor=job.created_by, upload=upload, progress=progress)
    except MemberImportError as error:
        raise sheet_refused(len(error.plan.errors)) from None
    return reverse("members:member_list", args=[job.collective.slug])
