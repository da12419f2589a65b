"""Search as an elderly resident types: typos, plurals, other words, compounds.

The suite runs on SQLite (FTS5) and on PostgreSQL (GIN over tsvector): every test here is one
behaviour checked on both databases.
"""

import pytest
from django.db import connection
from django.test import Client
from django.utils import timezone
from django_scopes import scope

from tests.conftest import make_collective
from tests.info.conftest import MAP, Point
from wijkkracht.info.models import Article, Service
from wijkkracht.info.search import search
from wijkkracht.info.services.articles import article_save, synonym_group_save
from wijkkracht.info.services.socialmap import service_delete, service_save
from wijkkracht.info.text import terms

# (what the resident types, the service that must come first, what the page says it searched)
FIRST_HITS = [
    ("hulp bij belastingaangifte", "Hulp bij de belastingaangifte", None),
    ("hulp bij belastingaangite", "Hulp bij de belastingaangifte", "belastingaangifte"),
    ("belastigaangifte", "Hulp bij de belastingaangifte", "belastingaangifte"),
    ("BELASTINGAANGIFTE", "Hulp bij de belastingaangifte", None),
    ("rolstoelen", "Hulpmiddelen lenen", None),
    ("rollator", "Hulpmiddelen lenen", None),  # only through the standard synonyms
    ("scootmobil", "Hulpmiddelen lenen", "scootmobiel"),
    ("huisartsen", "Huisarts", None),
    ("dokter", "Huisarts", None),
    ("klushulp", "Hulp bij klussen in huis", "klussen hulp"),  # a compound split in two
    ("maaltijd", "Maaltijden aan huis", None),
    ("tablet", "Digitaal Café", None),
]


def _titles(found_hits: list, point: Point) -> list[str]:
    with scope(collective=point.collective):
        names = []
        for hit in found_hits:
            model = Service if hit.kind == "service" else Article
            names.append(str(model.objects.get(pk=hit.object_id)))
        return names


@pytest.mark.parametrize(("typed", "first", "meant"), FIRST_HITS)
def test_a_resident_finds_the_service_however_they_type_it(
    village_map: Point, typed: str, first: str, meant: str | None
) -> None:
    with scope(collective=village_map.collective):
        found = search(typed, public_only=True)
    assert _titles(found.hits, village_map)[:1] == [first]
    if meant:
        assert meant in [correction for _, correction in found.query.corrections]


def test_a_typo_of_a_synonym_is_shown_back_as_a_word_not_a_stem(point: Point) -> None:
    point.service("Geheugenpoli", "Geheugenspreekuur", "gezondheid", description="Bij dementie.")
    with scope(collective=point.collective):
        found = search("geheugenproblmen", public_only=True)
    assert found.query.corrections == [("geheugenproblmen", "geheugenproblemen")]
    assert _titles(found.hits, point) == ["Geheugenspreekuur"]


def test_a_word_nobody_uses_finds_nothing_and_with_a_good_word_finds_part(
    village_map: Point,
) -> None:
    with scope(collective=village_map.collective):
        assert search("xyzzy", public_only=True).hits == []
        found = search("xyzzy belastingaangifte", public_only=True)
    assert found.partial
    assert _titles(found.hits, village_map) == ["Hulp bij de belastingaangifte"]


def test_a_title_word_ranks_above_a_word_in_the_text(village_map: Point) -> None:
    with scope(collective=village_map.collective):
        found = search("hulp", public_only=True)
    titles = _titles(found.hits, village_map)
    assert titles.index("Hulp bij klussen in huis") < titles.index("Digitaal Café")


def test_the_coordinator_teaches_search_a_local_word(village_map: Point) -> None:
    with scope(collective=village_map.collective):
        assert search("seniorenconsulent", public_only=True).hits == []
        synonym_group_save(
            actor=None,
            collective=village_map.collective,
            words_text="ouderenadviseur, seniorenconsulent",
        )
        found = search("seniorenconsulent", public_only=True)
    assert _titles(found.hits, village_map) == ["Ouderenadviseur"]


def test_members_only_services_are_found_by_people_of_the_collective(point: Point) -> None:
    point.service("Buurtvereniging", "Sleutelkastje voor leden", "wonen", public=False)
    with scope(collective=point.collective):
        assert search("sleutelkastje", public_only=True).hits == []
        assert len(search("sleutelkastje", public_only=False).hits) == 1


def test_another_collectives_words_are_neither_found_nor_suggested(point: Point) -> None:
    other = make_collective("wijk", "Wijkcoöperatie")
    with scope(collective=other):
        from wijkkracht.info.services.socialmap import organisation_save

        organisation = organisation_save(actor=None, collective=other, name="Scootmobielpool")
        service_save(
            actor=None, organisation=organisation, name="Scootmobielpool", need="hulpmiddelen"
        )
    with scope(collective=point.collective):
        found = search("scootmobielpol", public_only=True)
    assert found.hits == []
    assert found.query.corrections == []


def test_search_follows_every_change_to_the_map(point: Point) -> None:
    service = point.service("Stichting Welzijn", "Boodschappenplusbus", "eten")
    with scope(collective=point.collective):
        assert len(search("boodschappenplusbus", public_only=True).hits) == 1
        service_save(
            actor=None, organisation=service.organisation, service=service, name="Winkelbus"
        )
        assert search("boodschappenplusbus", public_only=True).hits == []
        assert len(search("winkelbus", public_only=True).hits) == 1
        service_delete(actor=None, service=service)
        assert search("winkelbus", public_only=True).hits == []


def test_results_are_grouped_by_need_with_explanations_last(
    village_map: Point, client: Client
) -> None:

    with scope(collective=village_map.collective):
        article_save(
            actor=None,
            collective=village_map.collective,
            kind="uitleg",
            title="Wat is de Wmo?",
            summary="De gemeente helpt met hulpmiddelen.",
            body="Een rolstoel vraagt u aan bij het Wmo-loket.",
            published_on=timezone.localdate(),
        )
    page = client.get("/dorp/informatie/zoeken/", {"q": "rolstoel"}).content.decode()
    assert page.index("Hulpmiddelen en vervoer") < page.index("Hulpmiddelen lenen")
    assert page.index("Hulpmiddelen lenen") < page.index("Uitleg") < page.index("Wat is de Wmo?")
    assert "Dinsdag" not in page  # no walk-in hours on this map


@pytest.mark.skipif(connection.vendor != "postgresql", reason="compares with PostgreSQL itself")
def test_the_analyser_reads_dutch_as_postgresql_does(village_map: Point) -> None:
    """Our stems and stop words are those of PostgreSQL's "dutch" configuration; a hyphenated
    word is indexed without its hyphen."""
    text = " ".join(" ".join((*row[:2], row[3])) for row in MAP) + (
        " rollators rolstoelen huisartsen apotheken boodschappen mantelzorgers eenzaamheid"
        " wijkverpleegkundige ouderen dementie vrijwilligers ontmoeting inloopspreekuur"
        " financiën café één de het een van en hij zij"
    )
    with connection.cursor() as cursor:
        cursor.execute("SELECT unnest(tsvector_to_array(to_tsvector('dutch', %s)))", [text])
        postgres = {row[0] for row in cursor.fetchall()}
    hyphenated = {lexeme for lexeme in postgres if "-" in lexeme}
    assert hyphenated == {"wmo-loket", "tafeltje-dekj"}
    assert set(terms(text)) == postgres - hyphenated | {"wmoloket", "tafeltjedekj"}
