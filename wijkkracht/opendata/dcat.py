"""The catalogue as an RDF graph, built with rdflib (loaded only when a catalogue is asked
for: it takes a third of a second to import)."""

import datetime

from django.urls import reverse
from django.utils import timezone
from rdflib import RDF, XSD, Graph, Literal, Namespace, URIRef

from wijkkracht.opendata.catalog import (
    EU,
    FORMATS,
    FREQUENCY,
    IANA,
    PROFILE,
    THEMES,
    Publisher,
    absolute,
    collective_publisher,
)
from wijkkracht.opendata.models import DataFile, Dataset, DatasetKey
from wijkkracht.opendata.tables import DESCRIPTIONS, LICENCE_URL, YEARS

DCAT = Namespace("http://www.w3.org/ns/dcat#")
DCT = Namespace("http://purl.org/dc/terms/")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")


def _when(moment: datetime.datetime) -> Literal:
    return Literal(moment.replace(microsecond=0).isoformat(), datatype=XSD.dateTime)


class CatalogGraph:
    """A catalogue, its datasets and their distributions, added in a fixed order."""

    def __init__(self, publisher: Publisher, uri: str) -> None:
        self.graph = graph = Graph()
        for prefix, namespace in (
            ("dcat", DCAT),
            ("dct", DCT),
            ("foaf", FOAF),
            ("vcard", VCARD),
            ("skos", SKOS),
        ):
            graph.bind(prefix, namespace)
        self.licence = URIRef(LICENCE_URL)
        graph.add((self.licence, RDF.type, DCT.LicenseDocument))
        self.public = self._concept("access-right", "PUBLIC", DCT.RightsStatement)
        self.dutch = self._concept("language", "NLD", DCT.LinguisticSystem)
        self.changed: list[datetime.datetime] = []
        self.node = catalog = URIRef(uri)
        about = f"De open data van {publisher.name}: cijfers zonder personen."
        self._add(
            catalog,
            (RDF.type, DCAT.Catalog),
            (DCT.title, Literal(f"Open data van {publisher.name}", lang="nl")),
            (DCT.description, Literal(about, lang="nl")),
            (DCT.publisher, self._agent(publisher)),
            (DCAT.contactPoint, self._contact(publisher)),
            (DCT.language, self.dutch),
            (DCT.license, self.licence),
            (FOAF.homepage, self._document(publisher.homepage)),
            (DCT.conformsTo, URIRef(PROFILE)),
        )
        graph.add((URIRef(PROFILE), RDF.type, DCT.Standard))

    def _add(self, node: URIRef, *pairs: tuple[URIRef, URIRef | Literal]) -> None:
        for predicate, value in pairs:
            self.graph.add((node, predicate, value))

    def _concept(self, kind: str, code: str, cls: URIRef = SKOS.Concept) -> URIRef:
        node = URIRef(f"{EU}{kind}/{code}")
        self.graph.add((node, RDF.type, cls))
        return node

    def _document(self, address: str) -> URIRef:
        node = URIRef(address)
        self.graph.add((node, RDF.type, FOAF.Document))
        return node

    def _agent(self, who: Publisher) -> URIRef:
        node = URIRef(who.uri)
        self._add(
            node,
            (RDF.type, FOAF.Organization),
            (RDF.type, FOAF.Agent),
            (FOAF.name, Literal(who.name, lang="nl")),
            (FOAF.homepage, self._document(who.homepage)),
        )
        return node

    def _contact(self, who: Publisher) -> URIRef:
        node = URIRef(who.uri.replace("#organisatie", "#contact"))
        self._add(
            node,
            (RDF.type, VCARD.Organization),
            (RDF.type, VCARD.Kind),
            (VCARD.fn, Literal(who.name, lang="nl")),
            (VCARD.hasURL, URIRef(who.homepage)),
        )
        if who.email:
            self.graph.add((node, VCARD.hasEmail, URIRef(f"mailto:{who.email}")))
        return node

    def dataset(self, dataset: Dataset) -> None:
        owner = collective_publisher(dataset.collective)
        key = DatasetKey(dataset.key)
        landing = absolute(reverse("opendata:index", args=[dataset.collective.slug]))
        node = URIRef(f"{landing}{key}")
        title = f"{owner.name}: {dataset.get_key_display()}"
        self.graph.add((self.node, DCAT.dataset, node))
        self._add(
            node,
            (RDF.type, DCAT.Dataset),
            (DCT.identifier, Literal(str(node))),
            (DCT.title, Literal(title, lang="nl")),
            (DCT.description, Literal(DESCRIPTIONS[key], lang="nl")),
            (DCT.accessRights, self.public),
            (DCT.publisher, self._agent(owner)),
            (DCT.creator, self._agent(owner)),
            (DCAT.contactPoint, self._contact(owner)),
            *[(DCAT.theme, self._concept("data-theme", theme)) for theme in THEMES[key]],
            (DCT.accrualPeriodicity, self._concept("frequency", FREQUENCY[key], DCT.Frequency)),
            (DCT.language, self.dutch),
            (DCAT.landingPage, self._document(landing)),
            (DCT.issued, _when(dataset.published_at)),
        )
        if key == DatasetKey.ACTIVITY:
            self._period(node)
        files = list(dataset.files.all())
        if files:
            changed = max(file.changed_at for file in files)
            self.graph.add((node, DCT.modified, _when(changed)))
            self.changed.append(changed)
        for file in files:
            self._file(node, dataset, file)

    def _period(self, node: URIRef) -> None:
        """The finished years the activity table covers."""
        period = URIRef(f"{node}#periode")
        year = timezone.localdate().year
        self.graph.add((node, DCT.temporal, period))
        self._add(
            period,
            (RDF.type, DCT.PeriodOfTime),
            (DCAT.startDate, Literal(datetime.date(year - YEARS, 1, 1))),
            (DCAT.endDate, Literal(datetime.date(year - 1, 12, 31))),
        )

    def _file(self, node: URIRef, dataset: Dataset, file: DataFile) -> None:
        """A data file as a distribution; the README as the dataset's documentation. The CSV on
        the Web description is found from its CSV file (the W3C's naming rule)."""
        path = reverse("opendata:file", args=[dataset.collective.slug, dataset.key, file.name])
        address = URIRef(absolute(path))
        if file.name == "LEESMIJ.md":
            self.graph.add((node, FOAF.page, self._document(address)))
            return
        kind = next((kind for end, kind in FORMATS.items() if file.name.endswith(end)), None)
        if kind is None or file.name.endswith("-metadata.json"):
            return
        distribution = URIRef(f"{address}#distributie")
        size: int = file.size  # type: ignore[attr-defined]  # annotated by published()
        media = URIRef(f"{IANA}{kind[1]}")
        self.graph.add((media, RDF.type, DCT.MediaType))
        self.graph.add((node, DCAT.distribution, distribution))
        self._add(
            distribution,
            (RDF.type, DCAT.Distribution),
            (DCT.title, Literal(file.name, lang="nl")),
            (DCAT.accessURL, address),
            (DCAT.downloadURL, address),
            (DCT.license, self.licence),
            (DCT["format"], self._concept("file-type", kind[0], DCT.MediaTypeOrExtent)),
            (DCAT.mediaType, media),
            (DCAT.byteSize, Literal(size, datatype=XSD.nonNegativeInteger)),
            (DCT.modified, _when(file.changed_at)),
        )

    def done(self) -> Graph:
        if self.changed:
            self.graph.add((self.node, DCT.modified, _when(max(self.changed))))
        return self.graph
