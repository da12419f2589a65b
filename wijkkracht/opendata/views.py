"""The open data pages: the board publishes or withdraws a dataset; anyone lists the
published datasets and downloads their files."""

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from wijkkracht.core.access import CollectiveRequest, role_required
from wijkkracht.core.downloads import XLSX
from wijkkracht.core.pagecache import public_page
from wijkkracht.opendata.models import DataFile, Dataset, DatasetKey
from wijkkracht.opendata.services import dataset_publish, dataset_withdraw

TYPES = {
    ".csv": "text/csv; charset=utf-8",
    ".json": "application/json",
    ".xlsx": XLSX,
    ".md": "text/markdown; charset=utf-8",
}


@role_required("coordinator", "board")
def manage_view(request: CollectiveRequest) -> HttpResponse:
    if request.method == "POST":
        key = request.POST.get("dataset", "")
        if key not in DatasetKey.values:
            raise Http404
        if request.POST.get("action") == "withdraw":
            dataset = get_object_or_404(Dataset, key=key)
            dataset_withdraw(actor=request.user, dataset=dataset)
            messages.success(request, _("De dataset staat niet meer online."))
        else:
            dataset_publish(actor=request.user, collective=request.collective, key=key)
            messages.success(
                request, _("De dataset gaat online. De bestanden zijn er over een minuut.")
            )
        return redirect("opendata:manage", request.collective.slug)
    published = {dataset.key: dataset for dataset in Dataset.objects.all()}
    datasets = [(key, label, published.get(key)) for key, label in DatasetKey.choices]
    return render(request, "opendata/manage.html", {"datasets": datasets})


@public_page
def index_view(request: CollectiveRequest, collective_slug: str) -> HttpResponse:
    datasets = Dataset.objects.prefetch_related("files").order_by("key")
    return render(request, "opendata/index.html", {"datasets": datasets})


def file_view(
    request: CollectiveRequest, collective_slug: str, key: str, name: str
) -> HttpResponse:
    found = get_object_or_404(DataFile, dataset__key=key, name=name)
    suffix = name[name.rfind(".") :]
    response = HttpResponse(bytes(found.content), content_type=TYPES.get(suffix, "text/plain"))
    response["ETag"] = f'"{found.sha256}"'
    response["Last-Modified"] = found.changed_at.strftime("%a, %d %b %Y %H:%M:%S GMT")
    if suffix == ".xlsx":
        response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
