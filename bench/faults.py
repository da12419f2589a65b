"""Fault drills on the production stack: what people see while a part fails, and what is lost.

usage: .venv/bin/python bench/faults.py [--only worker,redis,postgres,app]

It starts scripts/production --demo with a database of its own, a Redis server of its own
(port 6391, so the machine's Redis is never stopped) and an SMTP server in this process.
Meanwhile 12 people keep reading the agenda and their own page and keep voting. Each drill
prints the answers during the fault (the goal: a Dutch 503 at worst, never a 500), how long
until all was well again, and whether anything was lost or counted twice:

- worker: a task worker is killed while it sends an e-mail; the e-mail arrives once.
- redis: Redis stops for 30 s; pages and logins keep working, an e-mail queued meanwhile
  arrives once Redis is back.
- postgres: PostgreSQL restarts (pg_ctlcluster, so root); no half-written rows.
- app: one app server is killed; HAProxy keeps serving.
"""

import argparse
import socketserver
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import redis
import requests
from django.db import connection

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.load import SLUG, invariants, people_prepare
from bench.stack import Stack, bench_env, django_on, log_in, stack_running

REDIS_PORT = 6391
DUTCH_503 = "even niet bereikbaar"


class Smtp(socketserver.StreamRequestHandler):
    """Just enough SMTP to receive Django's mail; the greeting waits while ``hold`` is set."""

    server: "SmtpServer"

    def reply(self, line: str) -> None:
        self.wfile.write(f"{line}\r\n".encode())

    def handle(self) -> None:
        self.server.connections += 1
        while self.server.hold.is_set():
            time.sleep(0.1)
        try:
            self.reply("220 drill")
            self.converse()
        except (ConnectionResetError, BrokenPipeError):  # the worker was killed: nothing sent
            return

    def converse(self) -> None:
        recipients: list[str] = []
        while line := self.rfile.readline().decode(errors="replace").strip():
            verb = line.split(" ", 1)[0].upper()
            if verb == "DATA":
                self.reply("354 go on")
                while self.rfile.readline() not in (b".\r\n", b""):
                    pass  # the message itself; who it was for is what counts
                self.server.messages.extend(recipients)
                recipients = []
                self.reply("250 ok")
            elif verb == "RCPT":
                recipients.append(line.split("<", 1)[1].rstrip(">"))
                self.reply("250 ok")
            elif verb == "QUIT":
                self.reply("221 bye")
                return
            else:
                self.reply("250 ok")


class SmtpServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Smtp)
        self.messages: list[str] = []
        self.connections = 0
        self.hold = threading.Event()

    def received(self, to: str) -> int:
        return self.messages.count(to)


@dataclass
class Traffic:
    """People reading and voting in threads; every answer kept with its moment."""

    stack: Stack
    sessions: list[dict[str, str]]
    answers: list[tuple[float, str]] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)

    def person(self, cookies: dict[str, str]) -> None:
        session = self.stack.session()
        session.cookies.update(cookies)
        site = self.stack.site
        pages = [f"/{SLUG}/agenda/", f"/{SLUG}/mijn-activiteiten/", f"/{SLUG}/informatie/"]
        vote = f"{site}/{SLUG}/inspraak/wijkbudget/{self.budget}/stemmen/"
        n = 0
        while not self.stop.is_set():
            n += 1
            try:
                if n % 4 == 0:
                    answer = session.post(
                        vote,
                        {"approvals": self.project, "csrfmiddlewaretoken": cookies["csrftoken"]},
                        headers={"Referer": vote},
                        timeout=30,
                    )
                else:
                    answer = session.get(site + pages[n % 3], timeout=30)
                kind = str(answer.status_code)
                if answer.status_code == 503 and DUTCH_503 not in answer.text:
                    kind = "503 without the Dutch page"
            except requests.RequestException as error:
                kind = f"no answer ({type(error).__name__})"
            self.answers.append((time.monotonic(), kind))
            time.sleep(0.1)

    def __enter__(self) -> "Traffic":
        from django_scopes import scopes_disabled

        from wijkkracht.participation.models import Budget
        from wijkkracht.participation.selectors import ballot_projects

        with scopes_disabled():
            budget = Budget.objects.get(title="Jeugdbudget Veldhoek 2027")
            self.budget = budget.pk
            self.project = ballot_projects(budget)[0].project_code
        self.threads = [
            threading.Thread(target=self.person, args=(cookies,), daemon=True)
            for cookies in self.sessions
        ]
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        for thread in self.threads:
            thread.join()

    def between(self, start: float, end: float) -> Counter[str]:
        return Counter(kind for moment, kind in self.answers if start <= moment < end)

    def well_again(self, since: float) -> float:
        """Seconds from ``since`` to the last answer that was not a 200 or a redirect."""
        bad = [m for m, kind in self.answers if m >= since and kind not in ("200", "302")]
        return (max(bad) - since) if bad else 0.0


def command(*args: str, check: bool = True) -> str:
    """Run a system tool (redis-cli, pg_ctlcluster …) and return what it printed."""
    done = subprocess.run(list(args), check=check, capture_output=True, text=True)  # noqa: S603
    return done.stdout


def say(title: str, counts: Counter[str], **figures: object) -> None:
    print(f"\n{title}")
    print("  answers during the fault: " + ", ".join(f"{n} x {k}" for k, n in counts.most_common()))
    for name, value in figures.items():
        print(f"  {name.replace('_', ' ')}: {value}")


def invitation_queue(email: str) -> None:
    """Invite a new person by e-mail, as a coordinator's click does; the task goes to Redis."""
    from django_scopes import scope

    from wijkkracht.core.models import Collective, User
    from wijkkracht.core.services.people import person_create, person_invite

    collective = Collective.objects.get(slug=SLUG)
    with scope(collective=collective):
        person = person_create(
            actor=None,
            collective=collective,
            roles=["volunteer"],
            given_name="Drill",
            family_name=email.split("@", maxsplit=1)[0],
            email=email,
        )
        person.user = User.objects.create_user(email, None, name=email)
        person.save(update_fields=["user"])
        person_invite(actor=None, person=person)


def wait_for(condition, seconds: float) -> float | None:  # type: ignore[no-untyped-def]
    start = time.monotonic()
    while time.monotonic() - start < seconds:
        if condition():
            return time.monotonic() - start
        time.sleep(0.5)
    return None


def drill_worker(stack: Stack, smtp: SmtpServer, traffic: Traffic) -> None:
    from rq import Worker

    smtp.hold.set()
    connections = smtp.connections
    invitation_queue("worker-drill@load.example")
    wait_for(lambda: smtp.connections > connections, 30)
    connection = redis.Redis.from_url(stack.env["REDIS_URL"])
    busy = [w.name for w in Worker.all(connection=connection) if w.get_current_job_id()]
    name = busy[0].split("-")[0] if busy else "worker1"
    killed = time.monotonic()
    stack.kill(name)
    smtp.hold.clear()
    arrived = wait_for(lambda: smtp.received("worker-drill@load.example") > 0, 400)
    time.sleep(20)  # a second copy would come now
    say(
        f"A task worker ({name}) killed while it sent an e-mail",
        traffic.between(killed, time.monotonic()),
        e_mail_arrived_after=f"{arrived:.0f} s" if arrived is not None else "NEVER",
        copies_received=smtp.received("worker-drill@load.example"),
    )


def drill_redis(stack: Stack, smtp: SmtpServer, traffic: Traffic, folder: Path) -> None:
    stopped = time.monotonic()
    command("redis-cli", "-p", str(REDIS_PORT), "shutdown", check=False)
    time.sleep(5)
    invitation_queue("redis-drill@load.example")
    time.sleep(25)
    back = time.monotonic()
    redis_start(folder)
    arrived = wait_for(lambda: smtp.received("redis-drill@load.example") > 0, 180)
    say(
        "Redis stopped for 30 s",
        traffic.between(stopped, back),
        e_mail_queued_meanwhile_arrived=(
            f"{arrived:.0f} s after Redis was back" if arrived is not None else "NEVER"
        ),
        copies_received=smtp.received("redis-drill@load.example"),
        answers_after_redis_was_back=dict(traffic.between(back, time.monotonic())),
    )


def drill_postgres(traffic: Traffic) -> None:
    version = command("pg_lsclusters", "--no-header").split()[0]
    restart = time.monotonic()
    command("pg_ctlcluster", version, "main", "restart")
    took = time.monotonic() - restart
    time.sleep(20)
    connection.close()  # this process's own, cut by the restart
    say(
        "PostgreSQL restarted",
        traffic.between(restart, time.monotonic()),
        restart_took=f"{took:.1f} s",
        all_well_again_after=f"{traffic.well_again(restart):.1f} s",
        invariants=invariants() or "all hold",
    )


def drill_app(stack: Stack, traffic: Traffic) -> None:
    killed = time.monotonic()
    stack.kill("app1")
    time.sleep(15)
    say(
        "One app server killed (app1, 3 workers)",
        traffic.between(killed, time.monotonic()),
        all_well_again_after=f"{traffic.well_again(killed):.1f} s",
    )


def redis_start(folder: Path) -> None:
    """A Redis of the drill's own that keeps its queue on disk (append-only file)."""
    command(
        "redis-server",
        "--port",
        str(REDIS_PORT),
        "--dir",
        str(folder),
        "--appendonly",
        "yes",
        "--save",
        "",
        "--daemonize",
        "yes",
    )
    wait_for(_redis_answers, 10)


def _redis_answers() -> bool:
    try:
        return bool(redis.Redis(port=REDIS_PORT).ping())
    except redis.RedisError:
        return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", default="worker,redis,postgres,app")
    drills = parser.parse_args().only.split(",")
    folder = Path(tempfile.mkdtemp(prefix="wijkkracht-faults-"))
    redis_start(folder)
    smtp = SmtpServer()
    threading.Thread(target=smtp.serve_forever, daemon=True).start()
    redis_url = f"redis://127.0.0.1:{REDIS_PORT}/0?socket_connect_timeout=1&socket_timeout=5"
    env = bench_env("faults", 7000, redis_url) | {
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(smtp.server_address[1]),
    }
    try:
        with stack_running(env) as stack:
            django_on(env, with_redis=True)
            emails = people_prepare(members=12, coordinators=0)
            sessions = [log_in(stack, email) for email in emails["member"]]
            with Traffic(stack, sessions) as traffic:
                time.sleep(10)
                say("Before any fault (10 s)", traffic.between(0, time.monotonic()))
                if "worker" in drills:
                    drill_worker(stack, smtp, traffic)
                if "redis" in drills:
                    drill_redis(stack, smtp, traffic, folder)
                if "postgres" in drills:
                    drill_postgres(traffic)
                if "app" in drills:
                    drill_app(stack, traffic)
    finally:
        command("redis-cli", "-p", str(REDIS_PORT), "shutdown", "nosave", check=False)


if __name__ == "__main__":
    main()
