"""Load test of the production stack: 200 simulated people for 5 minutes, then the throughput
at 2 app servers and at 1.

usage: .venv/bin/python bench/load.py [--users 200] [--seconds 300] [--scale-seconds 60]

It starts scripts/production --demo on a database (wijkkracht_load), Redis database (3) and
ports (9443, 9101, 9102) of its own, gives 100 members, every volunteer and 10 coordinators a
login and logs them in (coordinators with a real second factor), and lets Locust run the
people of bench/load_users.py through HAProxy. It prints requests/s and p50/p95/p99 per kind
of request, the errors, and checks afterwards that nothing counted twice: no meal has more
guests than places, every vote on the roll is one ballot, no question has two volunteers.
Then wrk (apt-get install wrk) saturates the stack with public and logged-in pages, with both
app servers and after one is killed.
Needs HAProxy, PostgreSQL and Redis, as scripts/production does.
"""

import argparse
import csv
import json
import random
import re
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.stack import PASSWORD, ROOT, Stack, bench_env, django_on, log_in, stack_running

SLUG = "veldhoek"
SEARCH_TERMS = ["belastingaangifte", "boodschappen", "eenzaam", "vervoer", "rollator", "koffie"]


def people_prepare(members: int, coordinators: int) -> dict[str, list[str]]:
    """Logins for members, every volunteer and extra coordinators; returns their e-mails."""
    from django.contrib.auth.hashers import make_password
    from django_scopes import scope

    from wijkkracht.core.models import Collective, Person, User
    from wijkkracht.core.services.people import person_create

    collective = Collective.objects.get(slug=SLUG)
    password = make_password(PASSWORD)
    emails: dict[str, list[str]] = {"member": [], "volunteer": [], "coordinator": []}
    with scope(collective=collective):
        without_login = Person.objects.filter(user__isnull=True).order_by("pk")
        chosen = {
            "member": list(
                without_login.filter(roles__name="member").exclude(roles__name="volunteer")[
                    :members
                ]
            ),
            "volunteer": list(without_login.filter(roles__name="volunteer")),
            "coordinator": [
                person_create(
                    actor=None,
                    collective=collective,
                    roles=["coordinator"],
                    given_name="Coördinator",
                    family_name=f"Bench {n}",
                )
                for n in range(coordinators)
            ],
        }
        for role, people in chosen.items():
            for n, person in enumerate(people):
                email = f"{role}{n}@load.example"
                person.user = User.objects.create(email=email, name=email, password=password)
                person.save(update_fields=["user"])
                emails[role].append(email)
    return emails


def plan_write(stack: Stack, emails: dict[str, list[str]], folder: Path) -> Path:
    from django_scopes import scope

    from wijkkracht.activities.models import Occurrence
    from wijkkracht.core.models import Collective, Person
    from wijkkracht.participation.models import Budget

    with ThreadPoolExecutor(8) as pool:
        sessions = {
            role: list(pool.map(lambda email: log_in(stack, email), role_emails))
            for role, role_emails in emails.items()
        }
    collective = Collective.objects.get(slug=SLUG)
    with scope(collective=collective):
        meal = (
            Occurrence.objects.filter(
                activity__title="Aanschuiftafel", starts_at__date__gt=date.today()
            )
            .order_by("starts_at")
            .first()
        )
        budget = Budget.objects.get(title="Jeugdbudget Veldhoek 2027")
        residents = list(
            Person.objects.filter(user__isnull=True, roles__name="resident")
            .values_list("family_name", flat=True)
            .distinct()[:40]
        )
    plan = {
        "slug": SLUG,
        "cafile": stack.cafile,
        "sessions": sessions,
        "meal": meal.pk if meal else 0,
        "budget": budget.pk,
        "residents": residents or ["Mulder"],
        "search_terms": SEARCH_TERMS,
    }
    path = folder / "plan.json"
    path.write_text(json.dumps(plan))
    path.chmod(0o600)  # live sessions
    return path


def locust(stack: Stack, plan: Path, users: int, seconds: int, prefix: Path) -> list[dict]:
    env = stack.env | {"LOAD_PLAN": str(plan)}
    done = subprocess.run(  # noqa: S603
        [
            str(ROOT / ".venv" / "bin" / "locust"),
            "-f",
            str(ROOT / "bench" / "load_users.py"),
            "--headless",
            "--only-summary",
            "-u",
            str(users),
            "-r",
            str(max(1, users // 20)),
            "-t",
            f"{seconds}s",
            "--stop-timeout",
            "10",
            "--host",
            stack.site,
            "--csv",
            str(prefix),
            "--loglevel",
            "WARNING",
        ],
        env=env,
        check=False,
        capture_output=True,
    )
    if not Path(f"{prefix}_stats.csv").exists():
        raise SystemExit(f"Locust did not run:\n{done.stderr.decode()[-2000:]}")
    with Path(f"{prefix}_stats.csv").open() as rows:
        return list(csv.DictReader(rows))


def report(title: str, rows: list[dict]) -> dict:
    print(f"\n{title}")
    print(
        f"{'request':<40} {'count':>7} {'errors':>6} {'req/s':>7} {'p50':>6} {'p95':>6} {'p99':>6}"
    )
    total = {}
    for row in rows:
        name = row["Name"] if row["Name"] != "Aggregated" else "ALL"
        print(
            f"{name:<40} {row['Request Count']:>7} {row['Failure Count']:>6} "
            f"{float(row['Requests/s']):>7.1f} {row['50%']:>6} {row['95%']:>6} {row['99%']:>6}"
        )
        if row["Name"] == "Aggregated":
            total = row
    return total


WRK_CONNECTIONS = 24
WRK_PATHS = [
    f"/{SLUG}/agenda/",
    f"/{SLUG}/informatie/zoeken/?q=koffie",
    f"/{SLUG}/informatie/",
    f"/{SLUG}/",
    f"/{SLUG}/mijn-activiteiten/",
    f"/{SLUG}/inspraak/",
]
WRK_SCRIPT = """
paths = {%s}
cookie = "%s"
n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n %% #paths) + 1], {["Cookie"] = cookie})
end
"""


@dataclass
class Throughput:
    rps: float
    p50: str
    p99: str
    errors: int

    def __str__(self) -> str:
        return f"{self.rps:.0f} requests/s, p50 {self.p50}, p99 {self.p99}, {self.errors} errors"


def wrk_mix(stack: Stack, cookies: dict[str, str], seconds: int, folder: Path) -> Throughput:
    """The app servers' throughput at saturation, measured by wrk (little CPU of its own), over
    public pages and a member's own pages in turn."""
    script = folder / "mix.lua"
    cookie = "; ".join(f"{k}={v}" for k, v in cookies.items())
    script.write_text(WRK_SCRIPT % (", ".join(f'"{p}"' for p in WRK_PATHS), cookie))
    command = ["wrk", "-t2", f"-c{WRK_CONNECTIONS}", f"-d{seconds}s", "--latency"]
    done = subprocess.run(  # noqa: S603
        [*command, "-s", str(script), stack.site],
        capture_output=True,
        text=True,
        check=True,
    )
    out = done.stdout

    def said(pattern: str, default: str = "") -> str:
        found = re.search(pattern, out)
        if found is None and not default:
            raise SystemExit(f"wrk said:\n{out}")
        return found.group(1) if found else default

    socket = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    return Throughput(
        rps=float(said(r"Requests/sec:\s+([\d.]+)")),
        p50=said(r"50%\s+(\S+)"),
        p99=said(r"99%\s+(\S+)"),
        errors=int(said(r"Non-2xx or 3xx responses: (\d+)", "0"))
        + (sum(int(n) for n in socket.groups()) if socket else 0),
    )


def invariants() -> list[str]:
    """What must hold however many people clicked at once; returns what does not."""
    from django.db.models import Count, F, Q
    from django_scopes import scopes_disabled

    from wijkkracht.activities.models import Occurrence
    from wijkkracht.help.models import Assignment
    from wijkkracht.help.models.requests import ACTIVE_STATES
    from wijkkracht.participation.models import Ballot, Budget

    broken = []
    with scopes_disabled():
        over = (
            Occurrence.objects.filter(activity__capacity__isnull=False)
            .annotate(places=Count("registrations", filter=Q(registrations__status="place")))
            .filter(places__gt=F("activity__capacity"))
        )
        broken += [
            f"occurrence {o.pk}: {o.places} guests for {o.activity.capacity} places" for o in over
        ]
        for budget in Budget.objects.all():
            ballots = Ballot.objects.filter(budget=budget).count()
            voted = budget.invitations.filter(used_at__isnull=False).count()
            if ballots != voted:
                broken.append(
                    f"budget {budget.pk}: {ballots} ballots for {voted} votes on the roll"
                )
        doubled = (
            Assignment.objects.filter(state__in=ACTIVE_STATES)
            .values("request")
            .annotate(n=Count("pk"))
            .filter(n__gt=1)
        )
        broken += [f"question {row['request']}: {row['n']} volunteers" for row in doubled]
    return broken


def counts() -> dict[str, int]:
    from django_scopes import scopes_disabled

    from wijkkracht.activities.models import Registration
    from wijkkracht.help.models import Assignment, HelpRequest
    from wijkkracht.participation.models import Ballot

    with scopes_disabled():
        return {
            "ballots": Ballot.objects.count(),
            "sign-ups": Registration.objects.count(),
            "questions": HelpRequest.objects.count(),
            "volunteers asked": Assignment.objects.count(),
            "yes": Assignment.objects.filter(state="accepted").count(),
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--seconds", type=int, default=300)
    parser.add_argument("--scale-seconds", type=int, default=60)
    args = parser.parse_args()
    random.seed(7)
    env = bench_env(
        "load", 9000, "redis://127.0.0.1:6379/3?socket_connect_timeout=1&socket_timeout=5"
    )
    folder = ROOT / "var" / "load"
    folder.mkdir(parents=True, exist_ok=True)
    with stack_running(env) as stack:
        django_on(env)
        emails = people_prepare(members=100, coordinators=10)
        plan = plan_write(stack, emails, folder)
        print(f"Logged in: {', '.join(f'{len(v)} {k}s' for k, v in emails.items())}.")
        before = counts()
        rows = locust(stack, plan, args.users, args.seconds, folder / "mix")
        report(f"{args.users} people for {args.seconds} s, pauses of 2-8 s (2 app servers)", rows)
        after = counts()
        print("\nDone during the run: " + ", ".join(f"{after[k] - before[k]} {k}" for k in after))
        broken = invariants()
        print("Invariants: " + ("all hold" if not broken else "BROKEN: " + "; ".join(broken)))
        member = json.loads(plan.read_text())["sessions"]["member"][0]
        two = wrk_mix(stack, member, args.scale_seconds, folder)
        stack.kill("app2")
        while stack.server_state("app2") != "DOWN":
            time.sleep(0.5)
        one = wrk_mix(stack, member, args.scale_seconds, folder)
        print(
            f"\nThroughput, wrk with {WRK_CONNECTIONS} connections for {args.scale_seconds} s "
            "over public and logged-in pages:"
        )
        print(f"  2 app servers: {two}\n  1 app server:  {one}")
        print(f"  ratio: {two.rps / one.rps:.2f}")


if __name__ == "__main__":
    main()
