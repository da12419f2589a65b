"""The federation at national scale: 500 collectives of 1,000 members each (with volunteers,
help done, hours and activities over a year) in one database.

Prints, for a federation of 1, 50 and then all the collectives: the dashboard's queries and its
p50/p95 over 20 builds, and the national page's. Then a collective's own member register (its
first page and its counts, as the register page reads them) measured before the other
collectives exist, as the baseline, and again with all of them: the ratio must stay near 1.
The goals: queries that do not grow with the number of collectives, p95 under 500 ms.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres .venv/bin/python bench/federation.py
    .venv/bin/python bench/federation.py --collectives 50 --members 200   # SQLite, smaller

With a DATABASE_URL it makes and drops a database of its own beside the one named.
"""

import argparse
import datetime
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wijkkracht.settings")
os.environ.setdefault("HTTPS", "0")

import pg_database  # noqa: E402

RUNS = 20


def _database() -> str | None:
    """A database of the bench's own: beside DATABASE_URL's, or a temporary SQLite file."""
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith("postgres"):
        made = pg_database.create(url)
        os.environ["DATABASE_URL"] = made
        return made
    os.environ["DATABASE_URL"] = f"sqlite:///{Path(tempfile.mkdtemp()) / 'federation.sqlite3'}"
    return None


def _timed(work: Callable[[], object]) -> tuple[int, float, float]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        work()
    times = []
    for _run in range(RUNS):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return len(queries.captured_queries), statistics.median(times), times[int(RUNS * 0.95) - 1]


def _collective(number: int, members: int, year: int) -> int:
    """One collective with its members, a tenth of them volunteers, and a year of help and
    activities, written in bulk."""
    from django_scopes import scope

    from wijkkracht.activities.models import Activity, Occurrence
    from wijkkracht.core.models import Area, Person, Role
    from wijkkracht.core.services.collectives import collective_create
    from wijkkracht.help.models import HelpRequest
    from wijkkracht.members.models import Member

    collective = collective_create(
        actor=None, name=f"Collectief {number:03d}", slug=f"c{number:03d}", legal_form="cooperatie"
    )
    area = Area.objects.create(
        code=f"BU{number:08d}",
        name=f"Buurt {number}",
        kind="buurt",
        inhabitants=members * 6,
        year=2024,
    )
    collective.areas.add(area)
    with scope(collective=collective):
        people = Person.objects.bulk_create(
            Person(
                collective=collective,
                given_name=f"Lid{n}",
                family_name="Bench",
                postcode="1234 AB",
                house_number=n + 1,
            )
            for n in range(members)
        )
        roles = [Role(collective=collective, person=p, name="member") for p in people]
        roles += [Role(collective=collective, person=p, name="volunteer") for p in people[::10]]
        Role.objects.bulk_create(roles, batch_size=2000)
        Member.objects.bulk_create(
            (
                Member(
                    collective=collective,
                    person=p,
                    number=n + 1,
                    since=datetime.date(year - 3, 1, 1),
                )
                for n, p in enumerate(people)
            ),
            batch_size=2000,
        )
        closed = datetime.datetime(year, 6, 1, 12, tzinfo=datetime.UTC)
        HelpRequest.objects.bulk_create(
            HelpRequest(
                collective=collective,
                resident=people[n],
                category="groceries",
                description="Boodschappen",
                date=closed.date(),
                start_time=datetime.time(10),
                end_time=datetime.time(11),
                channel="phone",
                status="done",
                closed_at=closed,
                hours_spent=Decimal(1),
            )
            for n in range(number % 40)  # some collectives with few: hidden
        )
        activity = Activity.objects.create(
            collective=collective,
            title="Koffie",
            kind="coffee",
            date=datetime.date(year, 1, 3),
            start_time=datetime.time(10),
            end_time=datetime.time(12),
        )
        Occurrence.objects.bulk_create(
            Occurrence(
                collective=collective,
                activity=activity,
                starts_at=datetime.datetime(year, month, 3, 10, tzinfo=datetime.UTC),
                ends_at=datetime.datetime(year, month, 3, 12, tzinfo=datetime.UTC),
            )
            for month in range(1, 13)
        )
    return collective.pk


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--collectives", type=int, default=500)
    parser.add_argument("--members", type=int, default=1000)
    args = parser.parse_args()
    made = _database()
    try:
        run(args)
    finally:
        if made:
            pg_database.drop(made)


def run(args: argparse.Namespace) -> None:
    import django

    django.setup()
    from django.core.management import call_command
    from django_scopes import scope, scopes_disabled

    from wijkkracht.core.models import Collective
    from wijkkracht.core.services.collectives import federation_create
    from wijkkracht.federation.figures import dashboard
    from wijkkracht.federation.national import national_figures
    from wijkkracht.members.selectors import member_counts, member_list

    call_command("migrate", verbosity=0)
    year = datetime.date.today().year
    period = (datetime.date(year, 1, 1), datetime.date(year, 12, 31))
    first = _collective(0, args.members, year)

    def register() -> None:
        with scopes_disabled():
            collective = Collective.objects.get(pk=first)
        with scope(collective=collective):
            list(member_list()[:50])
            member_counts()

    baseline = _timed(register)
    started = time.perf_counter()
    for number in range(1, args.collectives):
        _collective(number, args.members, year)
    print(
        f"{args.collectives} collectives of {args.members} members written in "
        f"{time.perf_counter() - started:.0f} s\n"
    )
    federation = federation_create(actor=None, name="Landelijke koepel", slug="koepel")
    print(f"{'':28} {'queries':>8} {'p50 ms':>8} {'p95 ms':>8}")
    for size in sorted({1, min(50, args.collectives), args.collectives}):
        with scopes_disabled():
            Collective.objects.filter(slug__lt=f"c{size:03d}").update(federation=federation)
        queries, p50, p95 = _timed(lambda: dashboard(federation=federation, period=period))
        print(f"{f'dashboard, {size} collectives':28} {queries:>8} {p50:>8.1f} {p95:>8.1f}")
    queries, p50, p95 = _timed(lambda: national_figures(year))
    print(f"{'national page':28} {queries:>8} {p50:>8.1f} {p95:>8.1f}")
    queries, p50, p95 = _timed(register)
    print(f"{'register, 1 collective':28} {baseline[0]:>8} {baseline[1]:>8.1f} {baseline[2]:>8.1f}")
    print(f"{f'register, {args.collectives} collectives':28} {queries:>8} {p50:>8.1f} {p95:>8.1f}")
    print(f"\nregister p50 ratio (all / one): {p50 / baseline[1]:.2f}")


if __name__ == "__main__":
    main()
