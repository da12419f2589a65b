"""What the production stack leans on: readiness, a Dutch 503 when the database is away, pages
and queued tasks that survive Redis being away, logs without what people typed, and nightly
commands that run once a day however many schedulers run."""

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from datetime import datetime
from datetime import time as clock
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import redis
import requests
from django.db import connection
from django.test import Client

from tests.conftest import World, make_person, make_user
from tests.core.test_tasks_redis import INVITE
from tests.processes import ROOT, child_process_env, mails_in, manage
from wijkkracht.core.models import PendingTask, ScheduledRun
from wijkkracht.core.schedule import SCHEDULE, due_run

GET = """
from django.test import Client
client = Client(raise_request_exception=False)
for url in {urls!r}:
    response = client.get(url)
    print(json.dumps([url, response.status_code, response.get("Retry-After"),
                      response.content.decode()]))
"""


def pages(env: dict[str, str], *urls: str) -> dict[str, tuple[int, str | None, str]]:
    """GET the URLs in a fresh process with this environment: {url: (status, Retry-After, body)}."""
    done = manage("shell", "-v", "0", "-c", "import json\n" + GET.format(urls=list(urls)), env=env)
    answers = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("[")]
    return {url: (status, retry, body) for url, status, retry, body in answers}


@pytest.mark.django_db
def test_ready_when_the_database_answers_with_every_migration(client: Client) -> None:
    response = client.get("/api/ready")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": True, "migrations": True, "redis": None}


def test_database_away_gives_a_dutch_503_that_says_wait() -> None:
    env = child_process_env() | {"DATABASE_URL": "postgres://postgres@127.0.0.1:9/weg"}
    answers = pages(env, "/dorp-a/agenda/", "/api/ready")
    status, retry_after, body = answers["/dorp-a/agenda/"]
    assert status == 503
    assert retry_after == "10"
    assert "Wijkkracht is even niet bereikbaar" in body
    assert "Wacht een minuut" in body
    status, _, body = answers["/api/ready"]
    assert status == 503
    assert json.loads(body)["database"] is False


@pytest.mark.django_db(transaction=True)
def test_request_log_names_the_page_not_what_was_typed(world: World) -> None:
    env = child_process_env() | {"LOG_FORMAT": "json", "LOG_REQUESTS": "1"}
    done = manage(
        "shell",
        "-c",
        "from django.test import Client\n"
        "Client().get('/dorp-a/informatie/zoeken/?q=Aaltje+Mulder+geheugen')\n"
        "Client().get('/account/uitnodiging/MTIz/geheime-sleutel/')\n",
        env=env,
    )
    lines = [json.loads(line) for line in done.stderr.splitlines() if line.startswith("{")]
    routes = {line["route"] for line in lines if line["logger"] == "wijkkracht.requests"}
    assert routes == {
        "<slug:collective_slug>/informatie/zoeken/",
        "account/uitnodiging/<uidb64>/<token>/",
    }
    assert {line.get("collective") for line in lines} >= {"dorp-a"}
    assert "Aaltje" not in done.stderr
    assert "geheime-sleutel" not in done.stderr


# The invitation of test_tasks_redis, then a page, a login and the readiness check.
INVITE_AND_LOG_IN = (
    INVITE
    + """
from django.test import Client
from wijkkracht.core.models import User, PendingTask
user = User.objects.get(email="weg@dorp-a.example")
user.set_password("een-lang-wachtwoord-42")
user.save()
client = Client()
print("agenda", client.get("/dorp-a/agenda/").status_code)
print("login", client.post("/account/inloggen/", {"email": "weg@dorp-a.example",
                                        "password": "een-lang-wachtwoord-42"}).status_code)
print("own page", client.get("/dorp-a/mijn-gegevens/").status_code)
print("ready", client.get("/api/ready").json()["status"])
print("waiting", PendingTask.objects.count())
"""
)


@pytest.mark.redis
@pytest.mark.django_db(transaction=True)
def test_redis_away_pages_and_logins_work_and_the_task_waits_until_it_is_back(
    world: World, redis_db: redis.Redis, redis_url: str, tmp_path: Path
) -> None:
    make_person(world.a, "volunteer", email="redis@dorp-a.example", given_name="Roos")
    make_user(world.a, "volunteer", email="weg@dorp-a.example")
    mail = {
        "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "EMAIL_FILE_PATH": str(tmp_path),
    }
    away = child_process_env() | mail | {"REDIS_URL": "redis://127.0.0.1:9/0"}
    manage("migrate", "-v", "0", env=away)  # django_rq's, as production has them
    said = manage("shell", "-v", "0", "-c", INVITE_AND_LOG_IN, env=away).stdout.split("\n")
    assert said[:5] == ["agenda 200", "login 302", "own page 200", "ready degraded", "waiting 1"]

    back = child_process_env() | mail | {"REDIS_URL": redis_url}
    manage("scheduler", "--once", env=back)
    assert PendingTask.objects.count() == 0
    assert redis_db.llen("rq:queue:default") >= 1  # and what the morning commands queued
    manage("rqworker", "default", "--burst", "--job-class", "django_tasks_rq.Job", env=back)
    [invitation] = [mail for mail in mails_in(tmp_path) if mail["To"] == "redis@dorp-a.example"]
    assert "Beste Roos" in invitation.get_payload(decode=True).decode()


@pytest.mark.django_db(transaction=True)
def test_each_nightly_command_runs_once_a_day_with_two_schedulers_at_once(world: World) -> None:
    late = datetime.combine(datetime(2026, 12, 4), clock(23, 0), ZoneInfo("Europe/Amsterdam"))
    ran: list[list[str]] = []

    def scheduler() -> None:
        try:
            ran.append(due_run(late))
        finally:
            connection.close()

    threads = [threading.Thread(target=scheduler) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(ran[0] + ran[1]) == sorted(daily.command for daily in SCHEDULE)
    assert due_run(late) == []  # the same day again: nothing
    runs = ScheduledRun.objects.all()
    assert {(run.command, run.day.isoformat(), run.failed) for run in runs} == {
        (daily.command, "2026-12-04", False) for daily in SCHEDULE
    }
    next_morning = late.replace(day=5, hour=3, minute=30)
    assert due_run(next_morning) == ["members_retention"]


@pytest.mark.django_db
def test_a_scheduler_that_was_down_catches_up_the_same_day() -> None:
    at_six = datetime(2026, 12, 4, 6, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))
    assert due_run(at_six) == ["members_retention", "database_analyze", "opendata_refresh"]
    assert ScheduledRun.objects.filter(finished_at__isnull=False).count() == 3


PORT_NAMES = ("HTTPS_PORT", "HTTP_PORT", "APP1_PORT", "APP2_PORT")
PG_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def haproxy_log(state: Path) -> str:
    return (state / "log" / "haproxy.log").read_text()


def read_until(process: subprocess.Popen[bytes], text: bytes, seconds: float) -> bytes:
    """What the process printed up to and including the line with ``text``."""
    assert process.stdout is not None
    said = b""
    deadline = time.monotonic() + seconds
    while text not in said:
        line = process.stdout.readline()
        if not line or time.monotonic() > deadline:
            raise AssertionError(said.decode(errors="replace")[-3000:])
        said += line
    return said


@pytest.mark.redis
def test_one_command_starts_the_stack_and_stopping_it_stops_everything(
    redis_db: redis.Redis, redis_url: str, tmp_path: Path
) -> None:
    if os.environ.get("DATABASE_URL"):
        pytest.skip("the stack makes its own PostgreSQL database: once, in the SQLite run")
    if shutil.which("haproxy") is None:
        if os.environ.get("CI") == "true":
            raise AssertionError("CI: HAProxy is missing (apt-get install haproxy)")
        pytest.skip("HAProxy is not installed")
    pg = [sys.executable, str(ROOT / "scripts" / "pg_database.py")]
    made = subprocess.run(
        [*pg, "create", PG_ADMIN_URL], check=False, capture_output=True, text=True
    )
    if made.returncode:
        if os.environ.get("CI") == "true":
            raise AssertionError(made.stderr)
        pytest.skip("PostgreSQL is not reachable")
    ports = {name: str(free_port()) for name in PORT_NAMES}
    state = tmp_path / "state"
    site = f"https://127.0.0.1:{ports['HTTPS_PORT']}"
    env = dict(os.environ) | ports
    # Production refuses to start with async safety off; the browser tests of the same
    # worker may have set it for their own server.
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    env |= {
        "DATABASE_URL": made.stdout.strip(),
        "REDIS_URL": redis_url,
        "PRODUCTION_STATE": str(state),
        "SITE_URL": site,
    }
    stack = subprocess.Popen(
        [str(ROOT / "scripts" / "production")],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        read_until(stack, b"Wijkkracht runs at", seconds=240)
        pids = {path.stem: int(path.read_text()) for path in state.glob("*.pid")}
        assert set(pids) == {"app1", "app2", "worker1", "worker2", "scheduler", "haproxy"}

        browser = requests.Session()
        browser.trust_env = False  # REQUESTS_CA_BUNDLE would win over the stack's certificate
        browser.verify = str(state / "tls.crt")
        assert browser.get(f"{site}/api/ready").json()["status"] == "ok"
        start = browser.get(f"{site}/")
        assert start.status_code == 200
        assert "Strict-Transport-Security" in start.headers
        plain = browser.get(f"http://127.0.0.1:{ports['HTTP_PORT']}/", allow_redirects=False)
        assert plain.headers["Location"] == f"{site}/"
        # Both app servers answer once HAProxy has seen both ready (two checks, a second apart).
        served: set[str] = set()
        deadline = time.monotonic() + 30
        while served != {"app1", "app2"} and time.monotonic() < deadline:
            assert browser.get(f"{site}/").status_code == 200
            served = set(re.findall(r'"status":200,[^}]*"server":"(app\d)"', haproxy_log(state)))
        assert served == {"app1", "app2"}
    finally:
        stack.send_signal(signal.SIGTERM)
        stack.communicate(timeout=60)  # reads the rest and closes the pipe
        subprocess.run([*pg, "drop", env["DATABASE_URL"]], check=True)
    for pid in pids.values():
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)  # stopped with the stack
