"""Scoring and aggregating 20,000 responses: time and peak memory.

1. A file of 20,000 respondents per instrument, as `manage.py score_survey` reads it: reading
   the file alone is the baseline; then scoring every row and aggregating.
2. A measurement round of 20,000 questionnaires (cohesion and the 6-item loneliness scale) in
   the database: fetching the stored answers alone is the baseline; then the round's results
   (scores, means, shares and intervals), which is what the round page and the infographic do.

Peak memory is Python's own allocations during the step (tracemalloc), so the two steps can
be compared; times are the best of three.

    .venv/bin/python bench/impact.py                 # SQLite in a temporary file
    DATABASE_URL=postgres://... .venv/bin/python bench/impact.py
"""

import datetime
import os
import random
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wijkkracht.settings")
os.environ.setdefault("HTTPS", "0")
os.environ.setdefault("SQLITE_PATH", str(Path(tempfile.mkdtemp()) / "bench.sqlite3"))

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django_scopes import scope  # noqa: E402

from wijkkracht.core.services.collectives import collective_create  # noqa: E402
from wijkkracht.core.spreadsheet import rows_read  # noqa: E402
from wijkkracht.impact.aggregate import aggregate  # noqa: E402
from wijkkracht.impact.instruments import instrument_choices, instrument_get  # noqa: E402
from wijkkracht.impact.models import Round  # noqa: E402
from wijkkracht.impact.results import round_results  # noqa: E402
from wijkkracht.impact.services.rounds import round_create  # noqa: E402
from wijkkracht.impact.sheet import answers_score  # noqa: E402
from wijkkracht.participation.models import Response  # noqa: E402
from wijkkracht.participation.selectors import responses  # noqa: E402

RESPONSES = 20_000
MISSING = 0.03


def measure(step: Callable[[], object]) -> tuple[float, float]:
    """Best of three seconds, and the peak MB of the first run."""
    tracemalloc.start()
    start = time.perf_counter()
    step()
    times = [time.perf_counter() - start]
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    for _ in range(2):
        start = time.perf_counter()
        step()
        times.append(time.perf_counter() - start)
    return min(times), peak


def sheet(answers: tuple[str, ...], items: int, rng: random.Random) -> list[str]:
    return ["" if rng.random() < MISSING else rng.choice(answers) for _ in range(items)]


def csv_text(key: str, rng: random.Random) -> bytes:
    instrument = instrument_get(key)
    items = len(instrument.items)
    lines = [",".join(f"q{n}" for n in range(1, items + 1))]
    for _ in range(RESPONSES):
        lines.append(",".join(f'"{a}"' for a in sheet(instrument.answers, items, rng)))
    return ("\n".join(lines) + "\n").encode()


def row(name: str, base: tuple[float, float], full: tuple[float, float]) -> str:
    return (
        f"{name:34} {base[0]:7.3f} s {base[1]:7.1f} MB   {full[0]:7.3f} s {full[1]:7.1f} MB"
        f"   {full[0] / base[0]:5.1f}x"
    )


def files(rng: random.Random) -> None:
    print(f"{'file of 20,000 (score_survey)':34} {'read only':>20}   {'read+score+aggregate':>20}")
    for instrument in instrument_choices():
        content = csv_text(instrument.key, rng)

        def read(content: bytes = content) -> object:
            return rows_read(content, "antwoorden.csv")

        def everything(content: bytes = content, key: str = instrument.key) -> object:
            found = instrument_get(key)
            scored = answers_score(found, rows_read(content, "antwoorden.csv")[1])
            return aggregate(found, [s for _n, s in scored])

        print(row(instrument.key, measure(read), measure(everything)), flush=True)


def database(rng: random.Random) -> None:
    collective = collective_create(actor=None, name="Bench", slug="bench", legal_form="cooperatie")
    with scope(collective=collective):
        measurement = round_create(
            actor=None,
            collective=collective,
            title="Bench",
            stage="area",
            instruments=["cbs-cohesion", "djg6"],
            reach="members",
            period_start=datetime.date(2025, 1, 1),
            period_end=datetime.date(2025, 12, 31),
        )
        questions = [str(pk) for pk in measurement.survey.questions.values_list("pk", flat=True)]
        cohesion, djg6 = instrument_get("cbs-cohesion"), instrument_get("djg6")
        stored = []
        for _ in range(RESPONSES):
            values = sheet(cohesion.answers, 5, rng) + sheet(djg6.answers, 6, rng)
            answers = {q: v for q, v in zip(questions, values, strict=True) if v}
            stored.append(
                Response(
                    collective=collective,
                    survey=measurement.survey,
                    answers=answers,
                    channel="online",
                )
            )
        Response.objects.bulk_create(stored, batch_size=2000)
        fresh = Round.objects.get(pk=measurement.pk)

        def fetch() -> object:
            return list(responses(fresh.survey).values_list("answers", "pair_key"))

        def results() -> object:
            return round_results(fresh)

        title = "round of 20,000 in the database"
        print(f"\n{title:34} {'fetch answers':>20}   {'round results':>20}")
        print(row("cbs-cohesion + djg6", measure(fetch), measure(results)))


def main() -> None:
    call_command("migrate", verbosity=0)
    rng = random.Random(9)
    files(rng)
    database(rng)


if __name__ == "__main__":
    main()
