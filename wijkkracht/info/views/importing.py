"""Read in a municipality's social map: upload, look at the preview and the errors, confirm."""

from django.core.exceptions import ValidationError
from django.http import HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render

from wijkkracht.core.access import CollectiveRequest, role_required
from wijkkracht.core.feedback import show_errors
from wijkkracht.core.models import RoleName
from wijkkracht.core.services.records import sheet_upload_store, sheet_upload_unread
from wijkkracht.core.views.jobs import job_started
from wijkkracht.info.forms import UploadForm
from wijkkracht.info.models import MapImport
from wijkkracht.info.services.importing import map_plan

PREVIEW_ROWS = 25


@role_required(RoleName.COORDINATOR)
def import_upload_view(request: CollectiveRequest) -> HttpResponse:
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        stored = sheet_upload_store(
            MapImport,
            actor=request.user,
            collective=request.collective,
            upload=form.cleaned_data["file"],
        )
        return redirect("info:import_preview", request.collective.slug, stored.pk)
    history = MapImport.objects.exclude(imported_at=None)[:10]
    return render(request, "info/import_upload.html", {"form": form, "history": history})


@role_required(RoleName.COORDINATOR)
def import_preview_view(request: CollectiveRequest, map_import_id: int) -> HttpResponse:
    upload = get_object_or_404(MapImport, pk=map_import_id)
    plan = map_plan(content=bytes(upload.content), filename=upload.filename)
    context = {"upload": upload, "plan": plan, "preview": plan.rows[:PREVIEW_ROWS]}
    return render(request, "info/import_preview.html", context)


@role_required(RoleName.COORDINATOR)
def import_confirm_view(request: CollectiveRequest, map_import_id: int) -> HttpResponse:
    upload = get_object_or_404(MapImport, pk=map_import_id)
    if request.method != "POST":  # after the lookup, so another collective's id is a 404
        return HttpResponseNotAllowed(["POST"])
    try:
        sheet_upload_unread(upload)
    except ValidationError as error:
        show_errors(request, error)
        return redirect("info:import_upload", request.collective.slug)
    return job_started(
        request, "map_import", {"map_import_id": upload.pk}, "info:import_preview", upload.pk
    )
