"""Import a member list: upload, look at the preview and the errors, then confirm."""

from django.core.exceptions import ValidationError
from django.http import HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render

from wijkkracht.core.access import CollectiveRequest, role_required
from wijkkracht.core.feedback import show_errors
from wijkkracht.core.services.records import sheet_upload_store, sheet_upload_unread
from wijkkracht.core.views.jobs import job_started
from wijkkracht.members.forms import UploadForm
from wijkkracht.members.models import MemberImport
from wijkkracht.members.selectors import import_get
from wijkkracht.members.services.importing import import_plan

PREVIEW_ROWS = 25


@role_required("coordinator", "board")
def import_upload_view(request: CollectiveRequest) -> HttpResponse:
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        stored = sheet_upload_store(
            MemberImport,
            actor=request.user,
            collective=request.collective,
            upload=form.cleaned_data["file"],
        )
        return redirect("members:import_preview", request.collective.slug, stored.pk)
    history = MemberImport.objects.exclude(imported_at=None)[:10]
    return render(request, "members/import_upload.html", {"form": form, "history": history})


@role_required("coordinator", "board")
def import_preview_view(request: CollectiveRequest, import_id: int) -> HttpResponse:
    upload = import_get(import_id=import_id)
    plan = import_plan(content=bytes(upload.content), filename=upload.filename)
    context = {
        "upload": upload,
        "plan": plan,
        "preview": plan.members[:PREVIEW_ROWS],
        "mandates": sum(1 for p in plan.members if p.iban),
    }
    return render(request, "members/import_preview.html", context)


@role_required("coordinator", "board")
def import_confirm_view(request: CollectiveRequest, import_id: int) -> HttpResponse:
    upload = import_get(import_id=import_id)
    if request.method != "POST":  # after the lookup, so another collective's id is a 404
        return HttpResponseNotAllowed(["POST"])
    try:
        sheet_upload_unread(upload)
    except ValidationError as error:
        show_errors(request, error)
        return redirect("members:import_upload", request.collective.slug)
    return job_started(
        request, "member_import", {"import_id": upload.pk}, "members:import_preview", upload.pk
    )
