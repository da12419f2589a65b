"""The open data pages: the board publishes or withdraws a dataset; anyone lists the
published datasets, downloads their files and reads the catalogue of a collective or of a
federation (DCAT-AP-NL 3.0, Turtle or JSON-LD)."""

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django_scopes import scopes_disabled

from wijkkracht.core.access import CollectiveRequest, role_required
from wijkkracht.core.downloads import XLSX
from wijkkracht.core.models import Federation
from wijkkracht.core.pagecache import public_page
from wijkkracht.opendata.catalog import (
    Publisher,
    absolute,
    catalog_graph,
    collective_publisher,
    federation_publisher,
    published,
)
from wijkkracht.opendata.models import DataFile, Dataset, DatasetKey
from wijkkracht.opendata.services import dataset_publish, dataset_withdraw

TYPES = {
    ".csv": "text/csv; charset=utf-8",
    ".json": "application/json",
    ".xlsx": XLSX,
    ".md": "text/markdown; charset=utf-8",
}
# The catalogue's two forms: rdflib's name for each and the type it is served as.
CATALOG_FORMATS = {
    "ttl": ("turtle", "text/turtle; charset=utf-8"),
    "jsonld": ("json-ld", "application/ld+json"),
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


def _catalog(publisher: Publisher, path: str, datasets: list[Dataset], kind: str) -> HttpResponse:
    """The catalogue, named by the open data page (one name for both forms); none without a
    dataset (the profile asks for at least one)."""
    if not datasets:
        raise Http404
    form, content_type = CATALOG_FORMATS[kind]
    graph = catalog_graph(publisher, absolute(path) + "#catalogus", datasets)
    return HttpResponse(graph.serialize(format=form, encoding="utf-8"), content_type=content_type)


@public_page
def catalog_view(request: CollectiveRequest, collective_slug: str, kind: str) -> HttpResponse:
    path = reverse("opendata:index", args=[collective_slug])
    datasets = published(Dataset.objects.all())
    return _catalog(collective_publisher(request.collective), path, datasets, kind)


def _federation_datasets(federation: Federation) -> list[Dataset]:
    with scopes_disabled():
        return published(Dataset.objects.filter(collective__federation=federation))


def federation_view(request: HttpRequest, federation_slug: str) -> HttpResponse:
    """Anyone: the open data of the federation's collectives, and its catalogue."""
    federation = get_object_or_404(Federation, slug=federation_slug)
    datasets = _federation_datasets(federation)
    return render(
        request, "opendata/federation.html", {"federation": federation, "datasets": datasets}
    )


def federation_catalog_view(request: HttpRequest, federation_slug: str, kind: str) -> HttpResponse:
    federation = get_object_or_404(Federation, slug=federation_slug)
    path = reverse("federation:open_data", args=[federation_slug])
    datasets = _federation_datasets(federation)
    return _catalog(federation_publisher(federation), path, datasets, kind)
