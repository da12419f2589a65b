"""The 1-loket at Rotterdam-West scale: 41,000 residents, 5,000 volunteers, 200,000 past
requests in 24 buurten, against a tenth of that in the same database as the baseline.

Prints, for each size: the coordinator's dashboard (server time through the whole stack, and
queries: these must not grow with the data), and ranking every volunteer for one request.
Then "plan the week" for 500 open requests and 2,000 volunteers: the time, and the total match
score as a ratio to scipy's linear_sum_assignment on the same score matrix (each volunteer a
column per task they may still take). That reference knows nothing of overlapping times, so the
bench also says whether its answer happens to respect them; when it does, the ratio must be 1.0.

    .venv/bin/python bench/help.py               # SQLite in a temporary file
    DATABASE_URL=postgres://... .venv/bin/python bench/help.py
"""

import datetime
import io
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wijkkracht.settings")
os.environ.setdefault("HTTPS", "0")
os.environ.setdefault("REQUIRE_TWO_FACTOR", "0")
os.environ.setdefault("SQLITE_PATH", str(Path(tempfile.mkdtemp()) / "bench.sqlite3"))

import django

django.setup()

import numpy as np  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402
from django_scopes import scope  # noqa: E402
from scipy.optimize import linear_sum_assignment  # noqa: E402

from wijkkracht.core.models import Area, Collective, Person, Role, User  # noqa: E402
from wijkkracht.core.services.collectives import collective_create  # noqa: E402
from wijkkracht.help.matching import (  # noqa: E402
    RequestFacts,
    VolunteerFacts,
    When,
    evaluate,
    rank,
)
from wijkkracht.help.models import (  # noqa: E402
    Assignment,
    Availability,
    Category,
    HelpRequest,
    Volunteer,
)
from wijkkracht.help.planning import plan_week  # noqa: E402
from wijkkracht.help.selectors import request_facts, volunteer_facts  # noqa: E402

FULL = {"residents": 41_000, "volunteers": 5_000, "past": 200_000}
TENTH = {name: count // 10 for name, count in FULL.items()}
PLAN_REQUESTS, PLAN_VOLUNTEERS = 500, 2_000
CATEGORIES = [c for c in Category.values if c != Category.OTHER]
DAY_PARTS = [(datetime.time(8), datetime.time(12)), (datetime.time(12), datetime.time(17))]
T = datetime.time


def buurten() -> list[Area]:
    """Four wijken of six buurten each, with made-up CBS-shaped codes."""
    areas = []
    for wijk in range(4):
        parent, _ = Area.objects.get_or_create(
            code=f"WK99990{wijk}", defaults={"name": f"Wijk {wijk}", "kind": "wijk", "year": 2024}
        )
        for buurt in range(6):
            area, _ = Area.objects.get_or_create(
                code=f"BU99990{wijk}0{buurt}",
                defaults={
                    "name": f"Buurt {wijk}.{buurt}",
                    "kind": "buurt",
                    "parent": parent,
                    "year": 2024,
                },
            )
            areas.append(area)
    return areas


def populate(slug: str, size: dict[str, int], areas: list[Area], rng: random.Random) -> Collective:
    collective = collective_create(actor=None, name=slug, slug=slug, legal_form="cooperatie")
    collective.areas.set({area.parent for area in areas})
    with scope(collective=collective):
        people = Person.objects.bulk_create(
            Person(collective=collective, given_name="Bewoner", family_name=str(n))
            for n in range(size["residents"])
        )
        volunteers = Volunteer.objects.bulk_create(
            Volunteer(
                collective=collective,
                person=person,
                categories=rng.sample(CATEGORIES, k=rng.randint(2, 4)),
                reach=rng.choice(["own", "nearby", "anywhere"]),
                transport=rng.choice(["car", "bike", "bike"]),
                max_tasks_per_week=rng.randint(1, 3),
            )
            for person in people[: size["volunteers"]]
        )
        Volunteer.areas.through.objects.bulk_create(
            Volunteer.areas.through(volunteer=volunteer, area=area)
            for volunteer in volunteers
            for area in rng.sample(areas, k=2)
        )
        Availability.objects.bulk_create(
            Availability(
                collective=collective,
                volunteer=volunteer,
                weekday=weekday,
                start_time=DAY_PARTS[part][0],
                end_time=DAY_PARTS[part][1],
            )
            for volunteer in volunteers
            for weekday, part in {(rng.randint(0, 6), rng.randint(0, 1)) for _ in range(3)}
        )
        today = timezone.localdate()
        past = HelpRequest.objects.bulk_create(
            (
                HelpRequest(
                    collective=collective,
                    resident=rng.choice(people),
                    category=rng.choice(CATEGORIES),
                    description="Boodschappen.",
                    area=rng.choice(areas),
                    date=today - datetime.timedelta(days=rng.randint(1, 3 * 365)),
                    start_time=T(10),
                    end_time=T(12),
                    channel="phone",
                    status="done",
                    resident_satisfied=rng.random() < 0.9,
                )
                for _ in range(size["past"])
            ),
            batch_size=5_000,
        )
        Assignment.objects.bulk_create(
            (
                Assignment(
                    collective=collective,
                    request=request,
                    volunteer=rng.choice(volunteers),
                    state="accepted",
                )
                for request in past
            ),
            batch_size=5_000,
        )
        user = User.objects.create_user(f"coordinator@{slug}.example", "x", name="Coördinator")
        people[-1].user = user
        people[-1].save(update_fields=["user"])
        Role.objects.create(collective=collective, person=people[-1], name="coordinator")
        HelpRequest.objects.create(
            collective=collective,
            resident=people[-2],
            category=Category.GROCERIES,
            description="Vandaag boodschappen.",
            area=areas[0],
            date=today + datetime.timedelta(days=1),
            start_time=T(9),
            end_time=T(11),
            channel="phone",
            status="triage",
        )
    return collective


def timed(work, repeat: int = 5):  # type: ignore[no-untyped-def]
    """Median seconds of ``repeat`` runs and the queries of the last one."""
    seconds = []
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            result = work()
            seconds.append(time.perf_counter() - started)
    return result, statistics.median(seconds), len(queries.captured_queries)


def server_figures(collective: Collective) -> dict[str, tuple[float, int]]:
    client = Client()
    client.force_login(User.objects.get(email=f"coordinator@{collective.slug}.example"))
    response, dash_seconds, dash_queries = timed(lambda: client.get(f"/{collective.slug}/hulp/"))
    assert response.status_code == 200
    with scope(collective=collective):
        request = HelpRequest.objects.select_related("resident", "area").get(status="triage")
        ranking, rank_seconds, rank_queries = timed(
            lambda: rank(
                volunteer_facts([request.resident_id]), request_facts(request), request.date
            ),
            repeat=3,
        )
    assert ranking.candidates
    return {
        "dashboard page": (dash_seconds, dash_queries),
        "rank all volunteers": (rank_seconds, rank_queries),
    }


def week_of_requests(rng: random.Random, monday: datetime.date):  # type: ignore[no-untyped-def]
    """500 requests and 2,000 volunteers spread as in the database above, as plain facts."""
    areas = [(wijk * 10 + buurt, wijk) for wijk in range(4) for buurt in range(6)]
    volunteers = []
    for vid in range(PLAN_VOLUNTEERS):
        served = rng.sample(areas, k=2)
        volunteers.append(
            VolunteerFacts(
                id=vid,
                name=f"Vrijwilliger {vid}",
                categories=frozenset(rng.sample(CATEGORIES, k=rng.randint(2, 4))),
                area_ids=frozenset(area for area, _wijk in served),
                area_parent_ids=frozenset(100 + wijk for _area, wijk in served),
                reach=rng.choice(["own", "nearby", "anywhere"]),
                transport=rng.choice(["car", "bike", "bike"]),
                max_tasks=rng.randint(1, 3),
                vog_until=monday + datetime.timedelta(days=365) if rng.random() < 0.5 else None,
                paused=False,
                paused_until=None,
                availability=[(rng.randint(0, 6), *DAY_PARTS[rng.randint(0, 1)]) for _ in range(3)],
            )
        )
    requests = []
    for rid in range(PLAN_REQUESTS):
        area, wijk = rng.choice(areas)
        start = rng.randint(8, 14)
        category = rng.choice(CATEGORIES)
        requests.append(
            RequestFacts(
                id=rid,
                resident_id=rid,
                resident_name="Bewoner",
                category=category,
                area_id=area,
                area_parent_id=100 + wijk,
                when=When(
                    monday + datetime.timedelta(days=rng.randint(0, 6)),
                    T(start),
                    T(min(start + rng.randint(1, 3), 17)),
                ),
                needs_vog=category in ("company", "paperwork", "respite"),
            )
        )
    return requests, volunteers


def plan_figures(rng: random.Random) -> None:
    monday = timezone.localdate() - datetime.timedelta(days=timezone.localdate().weekday())
    requests, volunteers = week_of_requests(rng, monday)
    started = time.perf_counter()
    plan = plan_week(requests, volunteers, monday)
    plan_seconds = time.perf_counter() - started

    started = time.perf_counter()
    columns = [v for v in volunteers for _copy in range(v.max_tasks)]
    column_of = {id(v): [] for v in volunteers}
    for index, volunteer in enumerate(columns):
        column_of[id(volunteer)].append(index)
    value = np.zeros((len(requests), len(columns)))
    for row, request in enumerate(requests):
        day = request.when.day_in_week(monday)
        for volunteer in volunteers:
            found = evaluate(volunteer, request, day)
            if not isinstance(found, str):
                value[row, column_of[id(volunteer)]] = found.score
    rows, cols = linear_sum_assignment(value, maximize=True)
    reference = int(value[rows, cols].sum())
    reference_seconds = time.perf_counter() - started
    chosen: dict[int, list[When]] = {}
    overlap_free = True
    for row, col in zip(rows, cols, strict=True):
        if value[row, col] == 0:
            continue
        mine = chosen.setdefault(columns[col].id, [])
        overlap_free &= not any(requests[row].when.overlaps(when) for when in mine)
        mine.append(requests[row].when)

    print(
        f"\nplan the week: {PLAN_REQUESTS} requests x {PLAN_VOLUNTEERS} volunteers "
        f"({len(columns)} task places)"
    )
    print(
        f"  planner (exact, HiGHS MILP)     {plan_seconds:6.2f} s, total score {plan.total_score}"
    )
    print(f"    requests planned              {len(plan.pairs)} of {PLAN_REQUESTS}")
    print(f"  reference linear_sum_assignment {reference_seconds:6.2f} s, total score {reference}")
    print(f"    reference respects overlaps   {'yes' if overlap_free else 'no'}")
    print(f"  ratio planner / reference       {plan.total_score / reference:.4f}")


def main() -> None:
    call_command("migrate", verbosity=0)
    print(f"database: {connection.vendor}")
    rng = random.Random(2026)
    areas = buurten()
    results = {}
    for label, size in (("tenth", TENTH), ("full", FULL)):
        started = time.perf_counter()
        collective = populate(f"bench-{label}", size, areas, rng)
        print(f"built {label}: {size} in {time.perf_counter() - started:.0f} s")
        call_command("database_analyze", stdout=io.StringIO())
        results[label] = server_figures(collective)
    print(f"\n{'step':<22}{'size':>7}{'ms':>10}{'queries':>9}")
    for label, figures in results.items():
        for step, (seconds, queries) in figures.items():
            print(f"{step:<22}{label:>7}{seconds * 1000:>10.1f}{queries:>9}")
    print("ratios full / tenth (10x data):")
    for step, (small_s, small_q) in results["tenth"].items():
        large_s, large_q = results["full"][step]
        print(f"  {step:<20} time x{large_s / small_s:.1f}, queries x{large_q / small_q:.2f}")
    plan_figures(rng)


if __name__ == "__main__":
    main()
