"""The information point's long work, run as jobs with a progress page (see core.jobs)."""

from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext_lazy

from wijkkracht.core.jobs import Progress, job_kind, sheet_refused
from wijkkracht.core.models import Job
from wijkkracht.info.models import MapImport
from wijkkracht.info.services.importing import MapImportError, map_import_confirm


@job_kind(
    "map_import",
    title=gettext_lazy("Sociale kaart inlezen"),
    unit=gettext_lazy("diensten"),
    result=gettext_lazy("Naar de sociale kaart"),
)
def map_import_job(job: Job, progress: Progress) -> str:
    upload = get_object_or_404(MapImport, pk=job.arguments["map_import_id"])
    try:
        map_import_confirm(actor=job.created_by, upload=upload, progress=progress)
    except MapImportError as error:
        raise sheet_refused(len(error.plan.errors)) from None
    return reverse("info:map_manage", args=[job.collective.slug])
