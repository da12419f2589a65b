"""A federation-sized statement run: contracts of 8 payment rules, 5 of them bound to figures
Wijkkracht records, each published for the last twelve months of the demo village's data.

Prints time and queries per contract for 50 contracts (the baseline, in the same process) and
for 500; queries per contract must not grow with the number of contracts.

    .venv/bin/python bench/contracts.py          # SQLite in a temporary file
    DATABASE_URL=postgres://... .venv/bin/python bench/contracts.py
"""

import datetime
import io
import os
import sys
import tempfile
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
from django_scopes import scope  # noqa: E402

from wijkkracht.contracts.models import Contract, PartyKind  # noqa: E402
from wijkkracht.contracts.services.contracts import (  # noqa: E402
    contract_create,
    contract_sign,
    party_add,
    rule_add,
    split_set,
)
from wijkkracht.contracts.services.statements import statement_publish  # noqa: E402
from wijkkracht.core.models import Collective  # noqa: E402

SIZES = (50, 500)
BOUND = ("meals_served", "help_done", "volunteer_hours", "participants", "desk_questions")


def make(collective: Collective, number: int, start: datetime.date) -> Contract:
    contract = contract_create(
        actor=None,
        collective=collective,
        title=f"Contract {number}",
        summary="Bench.",
        starts_on=start,
        ends_on=start + datetime.timedelta(days=3 * 365),
    )
    ours = contract.parties.get()
    town = party_add(actor=None, contract=contract, name="Gemeente", kind=PartyKind.MUNICIPALITY)
    for metric in BOUND:
        rule_add(
            actor=None,
            contract=contract,
            key=metric.replace("_", "-"),
            kind="rate_card",
            payer=town,
            recipient=ours,
            bindings={"achieved": metric},
            parameters={"price": "2.50", "baseline": "5", "cap": "10000", "fallback": "100"},
        )
    common = {"actor": None, "contract": contract, "payer": town, "recipient": ours}
    rule_add(
        **common,
        key="zorgkosten",
        kind="shared_savings",
        parameters={
            "benchmark": "2850",
            "actual": "2820",
            "exposure": "1050",
            "minimum_savings_rate": "0.005",
            "sharing_rate": "1/2",
            "mode": "above_msr",
        },
    )
    rule_add(
        **common,
        key="inwoners",
        kind="population",
        parameters={"base": "10000", "rates": [{"count": "4595", "rate": "2.50"}]},
    )
    rule_add(
        **common,
        key="hulp",
        kind="quantity_quality",
        parameters={
            "quantities": [{"count": "120", "price": "12.50"}],
            "quality_scores": ["80", "90"],
            "quality_budget": "1000",
        },
    )
    split_set(actor=None, contract=contract, parts=[("wijkbudget", "1/2"), ("reserve", "1/2")])
    return contract_sign(actor=None, contract=contract, signed_on=start)


def run(
    collective: Collective, count: int, start: datetime.date, end: datetime.date
) -> tuple[float, float]:
    contracts = [make(collective, number, start) for number in range(count)]
    queries = 0

    def counted(execute, sql, params, many, context):  # type: ignore[no-untyped-def]
        nonlocal queries
        queries += 1
        return execute(sql, params, many, context)

    started = time.perf_counter()
    with connection.execute_wrapper(counted):
        for contract in contracts:
            statement_publish(actor=None, contract=contract, start=start, end=end)
    seconds = time.perf_counter() - started
    per_contract = queries / count
    print(
        f"{count:>5} contracts: {seconds:6.2f} s, {seconds / count * 1000:6.1f} ms and "
        f"{per_contract:.1f} queries per contract"
    )
    return seconds / count, per_contract


def main() -> None:
    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    call_command("demo", stdout=io.StringIO())
    print(f"demo loaded in {time.perf_counter() - started:.0f} s (a year of the village's data)")
    collective = Collective.objects.get(slug="veldhoek")
    today = timezone.localdate()
    end = today.replace(day=1) - datetime.timedelta(days=1)
    start = end.replace(year=end.year - 1) + datetime.timedelta(days=1)
    with scope(collective=collective):
        small = run(collective, SIZES[0], start, end)
        large = run(collective, SIZES[1], start, end)
    print(
        f"per contract, {SIZES[1]} against {SIZES[0]}: time x{large[0] / small[0]:.2f}, "
        f"queries x{large[1] / small[1]:.2f}"
    )


if __name__ == "__main__":
    main()
