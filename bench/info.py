"""Search on the information point at scale: 5,000 services and 2,000 articles.

Server time of the search page through the whole stack (URL, view, search, grouping, template),
for a mix of what residents type: plain words, typos, plurals, synonyms, compounds, two words,
and words nobody uses. The baseline is a collective with a tenth of the content in the same
database, measured in the same run. Queries per search are printed too.

    .venv/bin/python bench/info.py               # SQLite in a temporary file
    DATABASE_URL=postgres://... .venv/bin/python bench/info.py
"""

import io
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wijkkracht.settings")
os.environ.setdefault("HTTPS", "0")
os.environ.setdefault("SQLITE_PATH", str(Path(tempfile.mkdtemp()) / "bench.sqlite3"))

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402
from django_scopes import scope  # noqa: E402

from wijkkracht.core.models import Collective  # noqa: E402
from wijkkracht.core.services.collectives import collective_create  # noqa: E402
from wijkkracht.info.models import Article, Need, Organisation, Service  # noqa: E402
from wijkkracht.info.search import default_synonyms  # noqa: E402
from wijkkracht.info.services.index import index_rebuild  # noqa: E402

SERVICES, ARTICLES = 5_000, 2_000
SERVICES_PER_ORGANISATION = 5
# Everyday Dutch words a social map is written in; with the synonym words, about 400.
_WORDS_TEXT = """
hulp bij voor thuis huis wonen zorg ouderen buurt wijk dorp vrijwilliger vrijwilligers maaltijd
eten koken boodschappen vervoer rijden taxi bus fiets wandelen bewegen sport gym gezondheid
huisarts apotheek medicijnen dokter ziek herstel revalidatie fysiotherapie geld schulden
belasting aangifte toeslag formulier brief post administratie budget eenzaam contact koffie
ontmoeting praatje bezoek maatje gesprek luisteren samen mantelzorg mantelzorger respijt
ontlasten pauze logeren dagbesteding dementie geheugen klussen tuin schoonmaken huishouden lamp
kraan verhuizen woning aanpassing traplift computer tablet telefoon internet digid cursus leren
lezen schrijven taal nederlands kinderen gezin opvoeding school jeugd baby consultatiebureau
spelen speeltuin veiligheid politie inbraak brand rook melder buurtpreventie oplichting werk
baan solliciteren vrijwilligerswerk stage opleiding diploma gemeente loket wmo wijkteam
buurtteam ondersteuning advies informatie spreekuur inloop muziek zingen koor dansen schilderen
handwerken breien bibliotheek boeken krant
"""
WORDS = _WORDS_TEXT.split()


def _sentence(rng: random.Random, vocabulary: list[str], length: int) -> str:
    return " ".join(rng.choice(vocabulary) for _ in range(length)).capitalize() + "."


def populate(slug: str, services: int, articles: int, rng: random.Random) -> Collective:
    collective = collective_create(
        actor=None, name=f"Bench {slug}", slug=slug, legal_form="cooperatie"
    )
    vocabulary = WORDS + [word for group in default_synonyms() for word in group]
    with scope(collective=collective):
        organisations = Organisation.objects.bulk_create(
            Organisation(
                collective=collective,
                name=f"{rng.choice(vocabulary).capitalize()} {rng.choice(vocabulary)} {n}",
                description=_sentence(rng, vocabulary, 12),
                address=f"Dorpsstraat {n}",
            )
            for n in range(services // SERVICES_PER_ORGANISATION)
        )
        Service.objects.bulk_create(
            Service(
                collective=collective,
                organisation=organisations[n % len(organisations)],
                name=f"{rng.choice(vocabulary).capitalize()} {rng.choice(vocabulary)}",
                need=rng.choice(Need.values),
                description=_sentence(rng, vocabulary, 25),
                how_to=_sentence(rng, vocabulary, 6),
            )
            for n in range(services)
        )
        Article.objects.bulk_create(
            Article(
                collective=collective,
                title=_sentence(rng, vocabulary, 5),
                summary=_sentence(rng, vocabulary, 12),
                body=" ".join(_sentence(rng, vocabulary, 10) for _ in range(12)),
                published_on=timezone.localdate(),
            )
            for _ in range(articles)
        )
        index_rebuild()
    return collective


def _typo(word: str, rng: random.Random) -> str:
    spot = rng.randrange(1, len(word) - 1)
    return word[:spot] + word[spot + 1 :]


def queries(rng: random.Random) -> list[str]:
    """What residents type: 56 searches of seven kinds."""
    long_words = [word for word in WORDS if len(word) >= 7]
    found = []
    for _ in range(8):
        found += [
            rng.choice(WORDS),
            _typo(rng.choice(long_words), rng),
            rng.choice(WORDS) + "en",
            rng.choice(["rollator", "dokter", "eenzaamheid", "scootmobiel", "taxi"]),
            rng.choice(WORDS) + rng.choice(WORDS),
            f"hulp bij {rng.choice(WORDS)}",
            "xyzzy kwartel",
        ]
    return found


def search_times(collective: Collective, typed: list[str]) -> tuple[list[float], float, int]:
    client = Client()
    slug = collective.slug
    client.get(f"/{slug}/informatie/zoeken/?q=opwarmen")  # warm up: templates, URL resolver
    seconds, counted, hits = [], 0, 0
    for query in typed:
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            response = client.get(f"/{slug}/informatie/zoeken/", {"q": query})
            seconds.append(time.perf_counter() - started)
        assert response.status_code == 200, query
        counted = max(counted, len(captured.captured_queries))
        hits += response.content.count(b'class="wk-card"')
    return seconds, hits / len(typed), counted


def _p95(seconds: list[float]) -> float:
    return statistics.quantiles(seconds, n=20)[-1]


def main() -> None:
    call_command("migrate", verbosity=0)
    print(f"database: {connection.vendor}")
    rng = random.Random(2026)
    typed = queries(random.Random(7))
    results = {}
    for label, services, articles in (
        ("500 + 200", SERVICES // 10, ARTICLES // 10),
        ("5,000 + 2,000", SERVICES, ARTICLES),
    ):
        started = time.perf_counter()
        collective = populate(f"bench-{services}", services, articles, rng)
        print(f"built and indexed {label} in {time.perf_counter() - started:.0f} s")
        call_command("database_analyze", stdout=io.StringIO())
        results[label] = search_times(collective, typed)
    print(f"\n{len(typed)} searches; server time through the whole stack, ms")
    print(f"{'services + articles':<22}{'p50':>8}{'p95':>8}{'max':>8}{'cards':>8}{'queries':>9}")
    for label, (seconds, cards, counted) in results.items():
        print(
            f"{label:<22}{statistics.median(seconds) * 1000:>8.1f}{_p95(seconds) * 1000:>8.1f}"
            f"{max(seconds) * 1000:>8.1f}{cards:>8.1f}{counted:>9}"
        )
    small, large = results["500 + 200"][0], results["5,000 + 2,000"][0]
    slowest = sorted(zip(large, typed, strict=True), reverse=True)[:3]
    print("slowest at 5,000 + 2,000: " + ", ".join(f"{q!r} {s * 1000:.0f}" for s, q in slowest))
    print(
        f"ratio for 10x the content: p50 x{statistics.median(large) / statistics.median(small):.1f}"
        f", p95 x{_p95(large) / _p95(small):.1f}"
    )


if __name__ == "__main__":
    main()
