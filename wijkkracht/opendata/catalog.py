"""The open data catalogue in DCAT-AP-NL 3.0 (Geonovum, 2024:
https://docs.geostandaarden.nl/dcat/dcat-ap-nl30/), as Turtle and as JSON-LD, for a collective
(its published datasets) and for a federation (those of its collectives). A harvester such as
data.overheid.nl reads it to find the files.

Every node has its own address (no blank nodes) and the triples are added in a fixed order, so
the same datasets give the same bytes. Values come from the lists the profile prescribes
(section "Waardelijsten"): EU themes, access rights, file types and languages, IANA media
types. The tests check the result against SHACL shapes of every mandatory class and property
(``tests/opendata/dcat-ap-nl-30.ttl``)."""

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.conf import settings
from django.db.models import Prefetch, QuerySet
from django.db.models.functions import Length
from django.urls import reverse

from wijkkracht.core.models import Collective, Federation
from wijkkracht.opendata.models import DataFile, Dataset, DatasetKey

if TYPE_CHECKING:
    from rdflib import Graph

EU = "http://publications.europa.eu/resource/authority/"
IANA = "https://www.iana.org/assignments/media-types/"
PROFILE = "https://docs.geostandaarden.nl/dcat/dcat-ap-nl30/"

# A file of a dataset as a distribution: its EU file type and IANA media type.
FORMATS = {
    ".csv": ("CSV", "text/csv"),
    ".json": ("JSON", "application/json"),
    ".xlsx": ("XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
}
THEMES = {
    DatasetKey.ACTIVITY: ["SOCI"],  # population and society
    DatasetKey.SOCIAL_MAP: ["SOCI", "HEAL"],  # and health
}
FREQUENCY = {DatasetKey.ACTIVITY: "ANNUAL", DatasetKey.SOCIAL_MAP: "IRREG"}


@dataclass(frozen=True)
class Publisher:
    """Who a catalogue is of: a collective or a federation."""

    name: str
    uri: str
    email: str
    homepage: str


def absolute(path: str) -> str:
    return settings.SITE_URL + path


def collective_publisher(collective: Collective) -> Publisher:
    home = absolute(reverse("core:collective_home", args=[collective.slug]))
    return Publisher(collective.name, f"{home}#organisatie", collective.email, home)


def federation_publisher(federation: Federation) -> Publisher:
    home = absolute(reverse("federation:open_data", args=[federation.slug]))
    return Publisher(federation.name, f"{home}#organisatie", "", home)


def published(datasets: QuerySet[Dataset]) -> list[Dataset]:
    """The datasets whose files are made, with their collective and their files (no content:
    its length is enough)."""
    files = DataFile.objects.defer("content").annotate(size=Length("content"))
    return list(
        datasets.filter(files__isnull=False)
        .distinct()
        .select_related("collective")
        .prefetch_related(Prefetch("files", queryset=files))
        .order_by("collective__slug", "key")
    )


def catalog_graph(publisher: Publisher, uri: str, datasets: Iterable[Dataset]) -> "Graph":
    """The catalogue of ``datasets`` as ``published`` gives them."""
    from wijkkracht.opendata.dcat import CatalogGraph  # rdflib: slow to import

    graph = CatalogGraph(publisher, uri)
    for dataset in datasets:
        graph.dataset(dataset)
    return graph.done()
