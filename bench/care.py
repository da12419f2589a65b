"""The 48-hour escalation of care-circle tasks at scale: 10,000 circles with 20 tasks each
(one every other day, so about one per circle falls in the 48-hour window), and the same for
1,000 circles as the baseline in the same process.

Prints the escalation's time, its queries per task handed over (constant, whatever the number
of circles), and, on a fresh set of tasks, two workers running the check at the same instant:
every task handed over exactly once.

    .venv/bin/python bench/care.py          # SQLite in a temporary file
    DATABASE_URL=postgres://... .venv/bin/python bench/care.py
"""

import datetime
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wijkkracht.settings")
os.environ.setdefault("HTTPS", "0")
os.environ.setdefault("SQLITE_PATH", str(Path(tempfile.mkdtemp()) / "bench.sqlite3"))

import django

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.utils import timezone  # noqa: E402
from django_scopes import scope, scopes_disabled  # noqa: E402

from wijkkracht.care.models import Circle, Task, TaskKind  # noqa: E402
from wijkkracht.care.services.tasks import tasks_escalate  # noqa: E402
from wijkkracht.core.models import Collective, Person  # noqa: E402
from wijkkracht.core.services.collectives import collective_create  # noqa: E402
from wijkkracht.help.models import Channel, HelpRequest  # noqa: E402

TASKS_PER_CIRCLE = 20
BATCH = 5000


def world(circles: int) -> Collective:
    """A collective with ``circles`` residents, each with a circle of 20 tasks."""
    collective = collective_create(
        actor=None, name=f"Bench {circles}", slug=f"bench-{circles}", legal_form="cooperatie"
    )
    now = timezone.now()
    with scope(collective=collective):
        people = Person.objects.bulk_create(
            Person(collective=collective, given_name="Bewoner", family_name=str(n))
            for n in range(circles)
        )
        made = Circle.objects.bulk_create(
            (
                Circle(collective=collective, person=person, consent_via="phone", consent_at=now)
                for person in people
            ),
            batch_size=BATCH,
        )
        today = timezone.localdate()
        Task.objects.bulk_create(
            (
                Task(
                    collective=collective,
                    circle=circle,
                    kind=TaskKind.GROCERIES,
                    title="Boodschappen",
                    # Every other day from tomorrow: one task of each circle is within 48 hours.
                    date=today + datetime.timedelta(days=1 + 2 * n),
                    start_time=datetime.time(10),
                    end_time=datetime.time(11),
                )
                for circle in made
                for n in range(TASKS_PER_CIRCLE)
            ),
            batch_size=BATCH,
        )
    return collective


def escalate_once(collective: Collective) -> tuple[int, float, int]:
    queries = 0

    def count(execute, sql, params, many, context):  # type: ignore[no-untyped-def]
        nonlocal queries
        queries += 1
        return execute(sql, params, many, context)

    with scope(collective=collective), connection.execute_wrapper(count):
        started = time.perf_counter()
        done = tasks_escalate(collective=collective, now=timezone.now())
        seconds = time.perf_counter() - started
    return done.handed, seconds, queries


def two_workers(collective: Collective) -> tuple[int, int, int]:
    """Both workers at the same instant on a fresh world; returns (handed, requests, tasks
    linked)."""
    barrier = threading.Barrier(2)
    handed: list[int] = []

    def worker() -> None:
        barrier.wait()
        try:
            with scope(collective=collective):
                handed.append(tasks_escalate(collective=collective, now=timezone.now()).handed)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with scopes_disabled():
        due = Task.objects.filter(collective=collective, help_request__isnull=False).count()
        requests = HelpRequest.objects.filter(collective=collective, channel=Channel.CIRCLE)
        return sum(handed), requests.count(), due


def run(circles: int) -> tuple[float, float]:
    collective = world(circles)
    handed, seconds, queries = escalate_once(collective)
    again, _seconds, _queries = escalate_once(collective)
    print(
        f"{circles:>6} circles, {circles * TASKS_PER_CIRCLE} tasks: {handed} handed to the "
        f"1-loket in {seconds:6.2f} s ({handed / seconds:6.0f} per s), "
        f"{queries / max(handed, 1):4.1f} queries per task ({queries} in all); "
        f"a second run handed {again}"
    )
    return seconds / handed, queries / handed


def main() -> None:
    call_command("migrate", verbosity=0)
    small = run(1_000)
    large = run(10_000)
    print(
        f"per task, 10,000 circles against 1,000: time x{large[0] / small[0]:.2f}, "
        f"queries x{large[1] / small[1]:.2f}"
    )
    concurrent = world(2_000)
    handed, requests, linked = two_workers(concurrent)
    print(
        f"two workers at once over 2,000 circles: {handed} handed in all, {requests} requests, "
        f"{linked} tasks linked (one request per task: {handed == requests == linked})"
    )


if __name__ == "__main__":
    main()
