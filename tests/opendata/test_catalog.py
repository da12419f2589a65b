"""The open data catalogue (DCAT-AP-NL 3.0) of a collective and of its federation: Turtle and
JSON-LD that say the same, validate with 0 violations against shapes of every mandatory class
and property, list every data file, and stay the same bytes while nothing changes."""

from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse
from pyshacl import validate
from rdflib import RDF, Graph, Namespace, URIRef
from rdflib.compare import isomorphic

from tests.conftest import World, worker_runs_jobs
from wijkkracht.core.models import User

SHAPES = Graph().parse(Path(__file__).with_name("dcat-ap-nl-30.ttl"))
DCAT = Namespace("http://www.w3.org/ns/dcat#")
DCT = Namespace("http://purl.org/dc/terms/")


def _publish(world: World, logged_in, *keys: str) -> None:
    board = logged_in(world.a_coordinator)
    with worker_runs_jobs():
        for key in keys:
            board.post(
                reverse("opendata:manage", args=[world.a.slug]),
                {"dataset": key, "action": "publish"},
            )


def _graph(response, form: str) -> Graph:
    assert response.status_code == 200
    return Graph().parse(data=response.content, format=form)


def _violations(graph: Graph) -> str:
    conforms, _report, text = validate(graph, shacl_graph=SHAPES, inference="none")
    return "" if conforms else text


@pytest.mark.parametrize(
    ("url", "slug_of"),
    [
        ("opendata:catalog", lambda w: w.a.slug),
        ("federation:catalog", lambda w: w.a.federation.slug),
    ],
)
def test_the_catalogue_validates_and_lists_every_file(
    federation_world: tuple[World, User], logged_in, url: str, slug_of
) -> None:
    world, _staff = federation_world
    _publish(world, logged_in, "activiteiten", "sociale-kaart")
    visitor = Client()
    turtle = _graph(visitor.get(reverse(f"{url}_ttl", args=[slug_of(world)])), "turtle")
    json_ld = _graph(visitor.get(reverse(f"{url}_jsonld", args=[slug_of(world)])), "json-ld")
    assert isomorphic(turtle, json_ld)
    assert _violations(turtle) == ""
    datasets = set(turtle.subjects(RDF.type, DCAT.Dataset))
    assert {str(d).rsplit("/", 1)[1] for d in datasets} == {"activiteiten", "sociale-kaart"}
    # Every CSV, JSON and Excel file a distribution that downloads; the README documents.
    for distribution in turtle.subjects(RDF.type, DCAT.Distribution):
        address = str(turtle.value(distribution, DCAT.downloadURL))
        assert visitor.get(address.removeprefix("http://127.0.0.1:8000")).status_code == 200
    names = {str(d).rsplit("/", 1)[1] for d in turtle.subjects(RDF.type, DCAT.Distribution)}
    assert names == {
        f"{stem}{end}#distributie"
        for stem in ("activiteiten", "sociale-kaart")
        for end in (".csv", "-puntkomma.csv", ".json", ".xlsx")
    }
    assert len(set(turtle.objects(None, URIRef("http://xmlns.com/foaf/0.1/page")))) == 2


def test_the_shapes_catch_what_is_missing(world: World, logged_in) -> None:
    """The check can fail: a dataset without its theme or a distribution without its licence
    is a violation."""
    _publish(world, logged_in, "sociale-kaart")
    graph = _graph(Client().get(reverse("opendata:catalog_ttl", args=[world.a.slug])), "turtle")
    dataset = next(graph.subjects(RDF.type, DCAT.Dataset))
    graph.remove((dataset, DCAT.theme, None))
    assert "->dcat:theme" in _violations(graph)
    graph = _graph(Client().get(reverse("opendata:catalog_ttl", args=[world.a.slug])), "turtle")
    graph.remove((None, DCT.license, None))
    assert "->dct:license" in _violations(graph)


def test_same_data_same_bytes_and_none_without_a_dataset(
    federation_world: tuple[World, User], logged_in
) -> None:
    world, _staff = federation_world
    url = reverse("opendata:catalog_ttl", args=[world.a.slug])
    assert Client().get(url).status_code == 404
    assert (
        Client().get(reverse("federation:catalog_jsonld", args=[world.a.federation.slug]))
    ).status_code == 404
    _publish(world, logged_in, "activiteiten")
    first = Client().get(url).content
    assert Client().get(url).content == first
    assert Client().get(reverse("opendata:catalog_jsonld", args=[world.a.slug])).content != first
