"""A round of ringing doorbells at the scale of Apeldoorn-Zuid: an address file of 10,000
doors in 20 buurten read in, cut into 200 walk lists of 50, and 10,000 visits synced from
phones in batches of 500 through the sync page, 1,000 of them sent a second time.

Prints time and the process's peak memory after each step for 1,000 doors (the baseline, in
the same process) and for 10,000, the ratio per door, and the visits stored (each once).

    .venv/bin/python bench/outreach.py          # SQLite in a temporary file
    DATABASE_URL=postgres://... .venv/bin/python bench/outreach.py
"""

import datetime
import json
import os
import resource
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wijkkracht.settings")
os.environ.setdefault("HTTPS", "0")
os.environ.setdefault("SQLITE_PATH", str(Path(tempfile.mkdtemp()) / "bench.sqlite3"))

import django

django.setup()

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import timezone  # noqa: E402
from django_scopes import scope  # noqa: E402

from wijkkracht.core.models import Area, AreaKind, User  # noqa: E402
from wijkkracht.core.services.collectives import collective_create  # noqa: E402
from wijkkracht.core.services.people import person_create  # noqa: E402
from wijkkracht.outreach.models import Stop, Visit  # noqa: E402
from wijkkracht.outreach.services.doors import doors_load  # noqa: E402
from wijkkracht.outreach.services.rounds import round_create  # noqa: E402

BUURTEN = 20
LIST_SIZE = 50
BATCH = 500


def address_file(doors: int, prefix: str) -> bytes:
    """`doors` homes on streets of 100 numbers, spread over the 20 buurten."""
    lines = ["postcode;huisnummer;straat;woonplaats;buurtcode"]
    for index in range(doors):
        street, number = divmod(index, 100)
        postcode = f"{7300 + street % 700} {'ABCDEFGHJK'[number // 10]}{'ABCDEFGHJK'[street % 10]}"
        area = f"BU{prefix}{street % BUURTEN:04d}"
        lines.append(f"{postcode};{number + 1};Straat {street};Apeldoorn;{area}")
    return "\n".join(lines).encode()


def measured(step: Callable[[], Any]) -> tuple[Any, float, float]:
    """The step's result, its time, and the process's peak resident memory after it (MB)."""
    started = time.perf_counter()
    result = step()
    seconds = time.perf_counter() - started
    return result, seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(doors: int, prefix: str) -> dict[str, tuple[float, float]]:
    collective = collective_create(
        actor=None, name=f"Bench {doors}", slug=f"bench-{doors}", legal_form="cooperatie"
    )
    collective.areas.set(
        Area.objects.create(
            code=f"BU{prefix}{n:04d}", name=f"Buurt {n}", kind=AreaKind.NEIGHBOURHOOD, year=2024
        )
        for n in range(BUURTEN)
    )
    content = address_file(doors, prefix)
    found: dict[str, tuple[float, float]] = {}
    with scope(collective=collective):
        plan, *found["read"] = measured(
            lambda: doors_load(
                actor=None, collective=collective, content=content, filename="bag.csv"
            )
        )
        assert not plan.errors, plan.errors[:3]
        user = User.objects.create_user(f"assistent@{collective.slug}.example", None, name="A")
        assistant = person_create(
            actor=None, collective=collective, roles=["volunteer"], given_name="A", family_name="B"
        )
        assistant.user = user
        assistant.save(update_fields=["user"])
        today = timezone.localdate()
        walk, *found["lists"] = measured(
            lambda: round_create(
                actor=None,
                collective=collective,
                name="Bench",
                area=None,
                starts_on=today,
                ends_on=today + datetime.timedelta(days=365),
                list_size=LIST_SIZE,
                assistants=[assistant],
            )
        )
        stops = list(Stop.objects.filter(round=walk).values_list("walk_list_id", "code"))
    visits = [
        (
            list_id,
            {"id": str(uuid.uuid4()), "code": code, "outcome": "met", "at": "2026-12-01T10:00"},
        )
        for list_id, code in stops
    ]
    twice = visits + visits[: len(visits) // 10]
    client = Client()
    client.force_login(user)

    def sync() -> int:
        stored = 0
        for start in range(0, len(twice), BATCH):
            batch = twice[start : start + BATCH]
            by_list: dict[int, list[dict[str, str]]] = {}
            for list_id, visit in batch:
                by_list.setdefault(list_id, []).append(visit)
            for list_id, sent in by_list.items():
                url = f"/{collective.slug}/aanbellen/lijsten/{list_id}/sync/"
                answer = client.post(
                    url, json.dumps({"visits": sent}), content_type="application/json"
                )
                stored += answer.json()["stored"]
        return stored

    stored, *found["sync"] = measured(sync)
    with scope(collective=collective):
        kept = Visit.objects.filter(stop__round=walk).count()
        lists = walk.lists.count()
    print(
        f"{doors:>6} doors: read {found['read'][0]:5.2f} s ({found['read'][1]:5.1f} MB), "
        f"{lists} lists {found['lists'][0]:5.2f} s ({found['lists'][1]:5.1f} MB), "
        f"sync of {len(twice)} {found['sync'][0]:6.2f} s ({found['sync'][1]:5.1f} MB); "
        f"stored {stored}, kept {kept}"
    )
    return found


def main() -> None:
    call_command("migrate", verbosity=0)
    small = run(1000, "9998")
    large = run(10000, "9999")
    print(
        "per door, 10,000 against 1,000: "
        + ", ".join(
            f"{step} time x{large[step][0] / small[step][0] / 10:.2f}"
            for step in ("read", "lists", "sync")
        )
    )


if __name__ == "__main__":
    main()
