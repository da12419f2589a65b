"""The neighbourhood calendar at scale, and 50 people clicking "Ik kom" at the same moment.

1. Calendar page (one week) and iCalendar feed with 10,000 activities in the coming year,
   against 1,000 in another collective of the same database as the baseline: server time
   through the whole stack, and queries (these must not grow with the number of activities).
2. 50 concurrent sign-ups for the last 5 places, as real HTTP requests to gunicorn on
   loopback: errors (must be 0), the outcome (must be 5 places and 45 on the waiting list),
   and the p95 latency, as a ratio to one sign-up alone measured in the same run.

    .venv/bin/python bench/activities.py               # SQLite in a temporary file
    DATABASE_URL=postgres://... .venv/bin/python bench/activities.py
"""

import datetime
import io
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from decimal import Decimal
from http import HTTPStatus
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wijkkracht.settings")
os.environ.setdefault("HTTPS", "0")
os.environ.setdefault("REQUIRE_TWO_FACTOR", "0")
os.environ.setdefault("SQLITE_PATH", str(Path(tempfile.mkdtemp()) / "bench.sqlite3"))
os.environ.pop("REDIS_URL", None)  # sessions in the database, shared with gunicorn

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402
from django_scopes import scope  # noqa: E402

from wijkkracht.activities.models import Activity, Occurrence, Registration  # noqa: E402
from wijkkracht.activities.schedule import local_datetime  # noqa: E402
from wijkkracht.activities.services.places import place_save, room_save  # noqa: E402
from wijkkracht.core.models import Collective, Person, Role, User  # noqa: E402
from wijkkracht.core.services.collectives import collective_create  # noqa: E402

FULL, BASELINE = 10_000, 1_000  # activities in the coming year
PEOPLE, CAPACITY, TAKEN = 50, 30, 25
KINDS = ["meal", "coffee", "exercise", "creative", "learning", "outing", "repair", "other"]


def populate(slug: str, count: int, rng: random.Random) -> Collective:
    """``count`` one-off public activities spread over the coming year, in two places."""
    collective = collective_create(
        actor=None, name=f"Bench {slug}", slug=slug, legal_form="cooperatie"
    )
    with scope(collective=collective):
        places = [
            place_save(actor=None, collective=collective, name=f"Buurthuis {n}", address="Straat 1")
            for n in range(2)
        ]
        rooms = [room_save(actor=None, place=place, name="Zaal", capacity=40) for place in places]
        today = timezone.localdate()
        activities = []
        for number in range(count):
            day = today + datetime.timedelta(days=rng.randrange(365))
            start = datetime.time(rng.randrange(9, 20))
            room = rng.choice(rooms)
            activities.append(
                Activity(
                    collective=collective,
                    title=f"Activiteit {number}",
                    kind=rng.choice(KINDS),
                    organiser_kind="group",
                    place_id=room.place_id,
                    room=room,
                    date=day,
                    start_time=start,
                    end_time=datetime.time(start.hour + 1),
                    capacity=rng.choice([None, 20, 40]),
                    price=Decimal("0.00"),
                )
            )
        Activity.objects.bulk_create(activities, batch_size=2_000)
        Occurrence.objects.bulk_create(
            [
                Occurrence(
                    collective=collective,
                    activity=activity,
                    starts_at=local_datetime(activity.date, activity.start_time),
                    ends_at=local_datetime(activity.date, activity.end_time),
                )
                for activity in Activity.objects.all()
            ],
            batch_size=2_000,
        )
    return collective


def timed(client: Client, url: str, repeat: int = 5) -> tuple[float, float, int, int]:
    """Seconds of the first request, median seconds of the ``repeat`` after it, and the
    queries and size of the last one."""
    seconds = []
    for _ in range(repeat + 1):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(url)
            seconds.append(time.perf_counter() - started)
        assert response.status_code == 200, url
    first, again = seconds[0], statistics.median(seconds[1:])
    return first, again, len(queries.captured_queries), len(response.content)


def calendar_figures(collective: Collective) -> dict[str, tuple[float, float, int, int]]:
    client = Client()
    week = (timezone.localdate() + datetime.timedelta(days=14)).isocalendar()
    slug = collective.slug
    client.get(f"/{slug}/agenda/?week=2000-W01")  # warm up: templates, URL resolver
    return {
        "calendar week page": timed(client, f"/{slug}/agenda/?week={week.year}-W{week.week:02d}"),
        "iCalendar feed": timed(client, f"/{slug}/agenda.ics", repeat=3),
    }


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _gunicorn() -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    server = subprocess.Popen(  # noqa: S603 - our own interpreter and arguments
        [
            sys.executable,
            *("-m", "gunicorn", "wijkkracht.wsgi", "--bind", f"127.0.0.1:{port}"),
            *("--workers", "4", "--threads", "4", "--log-level", "warning"),
        ],
        cwd=ROOT,
        env=dict(os.environ),
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(f"{url}/api/health", timeout=2).close()  # noqa: S310 - our own server
            return server, url
        except OSError:
            if time.monotonic() > deadline:
                server.kill()
                raise
            time.sleep(0.2)


class Resident:
    """A logged-in resident with a session cookie and the form's CSRF token, ready to click."""

    def __init__(self, base: str, session: str, path: str) -> None:
        self.base, self.path = base, path
        self.cookies = f"sessionid={session}"
        page = self._open(urllib.request.Request(base + path, headers={"Cookie": self.cookies}))  # noqa: S310 - loopback
        csrf_cookie = re.search(r"csrftoken=([^;]+)", page.headers.get("Set-Cookie", ""))
        assert csrf_cookie, "no CSRF cookie"
        self.cookies += f"; csrftoken={csrf_cookie.group(1)}"
        token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page.read())
        assert token, "no CSRF token in the form"
        self.token = token.group(1).decode()

    @staticmethod
    def _open(request: urllib.request.Request):  # type: ignore[no-untyped-def]
        opener = urllib.request.build_opener(_NoRedirect)
        return opener.open(request, timeout=60)

    def click(self) -> tuple[int, float]:
        body = f"csrfmiddlewaretoken={self.token}".encode()
        request = urllib.request.Request(  # noqa: S310 - loopback
            self.base + self.path,
            data=body,
            headers={"Cookie": self.cookies, "Content-Type": "application/x-www-form-urlencoded"},
        )
        started = time.perf_counter()
        try:
            response = self._open(request)
            status = response.status
        except urllib.error.HTTPError as error:
            status = error.code
        return status, time.perf_counter() - started


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return None


def _resident_sessions(collective: Collective, count: int, prefix: str) -> list[str]:
    sessions = []
    with scope(collective=collective):
        for number in range(count):
            email = f"{prefix}{number}@{collective.slug}.example"
            user = User.objects.create_user(email, None, name=email)
            person = Person.objects.create(
                collective=collective, user=user, given_name=prefix, family_name=str(number)
            )
            Role.objects.create(collective=collective, person=person, name="resident")
            client = Client()
            client.force_login(user)
            sessions.append(client.cookies["sessionid"].value)
    return sessions


def signup_figures(rng: random.Random) -> None:
    collective = populate("bench-signup", 2, rng)
    with scope(collective=collective):
        occurrence, other = Occurrence.objects.order_by("pk")
        Activity.objects.filter(pk=occurrence.activity_id).update(capacity=CAPACITY)
        Activity.objects.filter(pk=other.activity_id).update(capacity=None)
        for number in range(TAKEN):
            person = Person.objects.create(
                collective=collective, given_name="Al", family_name=str(number)
            )
            Registration.objects.create(
                collective=collective,
                occurrence=occurrence,
                person=person,
                status="place",
                via="phone",
            )
    path = f"/{collective.slug}/keer/{occurrence.pk}/aanmelden/"
    other_path = f"/{collective.slug}/keer/{other.pk}/aanmelden/"
    server, base = _gunicorn()
    try:
        # The baseline signs up, one at a time, for another activity without a limit.
        alone = [
            Resident(base, session, other_path)
            for session in _resident_sessions(collective, 5, "alleen")
        ]
        single = [resident.click()[1] for resident in alone]  # baseline: one at a time
        residents = [
            Resident(base, session, path)
            for session in _resident_sessions(collective, PEOPLE, "buur")
        ]
        barrier = threading.Barrier(PEOPLE)
        results: list[tuple[int, float]] = []

        def click(resident: Resident) -> None:
            barrier.wait()
            results.append(resident.click())

        threads = [threading.Thread(target=click, args=(resident,)) for resident in residents]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        server.terminate()
        server.wait(timeout=10)
    errors = sum(1 for status, _seconds in results if status != HTTPStatus.FOUND)
    latencies = sorted(seconds for _status, seconds in results)
    p95 = latencies[int(0.95 * (len(latencies) - 1))]
    with scope(collective=collective):
        newcomers = Registration.objects.filter(person__given_name="buur")
        places = newcomers.filter(status="place").count()
        waiting = newcomers.filter(status="waiting").count()
    baseline = statistics.median(single)
    print(f"\n{PEOPLE} sign-ups at once for the last {CAPACITY - TAKEN} places (gunicorn, 4x4):")
    print(f"  errors                          {errors}")
    print(f"  places / waiting list           {places} / {waiting}")
    print(f"  one sign-up alone (median)      {baseline * 1000:.1f} ms")
    print(f"  p95 of the {PEOPLE} at once            {p95 * 1000:.1f} ms")
    print(f"  ratio p95 / alone               x{p95 / baseline:.1f}")


def main() -> None:
    call_command("migrate", verbosity=0)
    print(f"database: {connection.vendor}")
    rng = random.Random(2026)
    results = {}
    for label, count in (("1,000", BASELINE), ("10,000", FULL)):
        started = time.perf_counter()
        collective = populate(f"bench-{count}", count, rng)
        print(f"built {label} activities in {time.perf_counter() - started:.0f} s")
        call_command("database_analyze", stdout=io.StringIO())
        results[label] = calendar_figures(collective)
    print("(first: the first request; again: the median of the next ones, when the feed")
    print(" comes from the cache because nothing changed)")
    print(
        f"\n{'step':<20}{'activities':>11}{'first ms':>10}{'again ms':>10}{'queries':>9}{'kB':>7}"
    )
    for label, figures in results.items():
        for step, (first, again, queries, size) in figures.items():
            print(
                f"{step:<20}{label:>11}{first * 1000:>10.1f}{again * 1000:>10.1f}"
                f"{queries:>9}{size / 1024:>7.0f}"
            )
    print("ratios 10,000 / 1,000 (10x activities):")
    for step, (small_first, small_again, small_q, _size) in results["1,000"].items():
        large_first, large_again, large_q, _size = results["10,000"][step]
        print(
            f"  {step:<18} first x{large_first / small_first:.1f}, "
            f"again x{large_again / small_again:.1f}, queries x{large_q / small_q:.2f}"
        )
    signup_figures(rng)


if __name__ == "__main__":
    main()
