"""Members at scale: import, contribution run and pain.008 export, small and large.

The large size is 12,500 members in 10,000 households (one in five shares an address), every
household with a mandate, so the export holds 10,000 debits; the small size is a tenth of it.

Prints time and queries per household for each size, and with --memory the peak Python memory
(tracing memory makes the work two to four times slower, so those times are not comparable);
the small run is the baseline measured in the same process, so the ratios say how the work
grows. Queries per household must not grow with the number of households. The goals: the
12,500 members imported in at most 10 s, the 10,000 debits written in at most 5 s.

    .venv/bin/python bench/members.py [--memory]    # SQLite in a temporary file
    DATABASE_URL=postgres://... .venv/bin/python bench/members.py
"""

import datetime
import os
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wijkkracht.settings")
os.environ.setdefault("HTTPS", "0")
os.environ.setdefault("SQLITE_PATH", str(Path(tempfile.mkdtemp()) / "bench.sqlite3"))

import django

django.setup()

from decimal import Decimal  # noqa: E402

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402
from django_scopes import scope  # noqa: E402
from schwifty import IBAN  # noqa: E402

from wijkkracht.core.services.collectives import collective_create  # noqa: E402
from wijkkracht.members.services.contributions import contribution_run, rule_set  # noqa: E402
from wijkkracht.members.services.importing import members_import  # noqa: E402
from wijkkracht.members.services.sepa import creditor_set, debit_run_create  # noqa: E402

SIZES = (1_250, 12_500)


def member_list(count: int) -> bytes:
    """Households of one and two; the first member of each household signed a mandate."""
    lines = ["lidnummer;voornaam;achternaam;postcode;huisnummer;lid sinds;iban;machtiging datum"]
    iban = IBAN.generate("NL", bank_code="RABO", account_code="0123456789").compact
    for number in range(1, count + 1):
        shares = number % 5 == 0  # lives with the member before
        household = number - 1 if shares else number
        mandate = ";" if shares else f"{iban};1-1-2024"
        lines.append(f"{number};Lid{number};Bank;1234 AB;{household};1-1-2020;{mandate}")
    return "\n".join(lines).encode("cp1252")


TRACE_MEMORY = "--memory" in sys.argv


def measure(label: str, work):  # type: ignore[no-untyped-def]
    if TRACE_MEMORY:
        tracemalloc.start()
    started = time.perf_counter()
    with CaptureQueriesContext(connection) as queries:
        result = work()
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1] / 2**20 if TRACE_MEMORY else float("nan")
    tracemalloc.stop()
    return result, seconds, peak, len(queries.captured_queries)


def one_size(count: int) -> dict[str, tuple[float, float, int, int]]:
    collective = collective_create(
        actor=None, name=f"Bench {count}", slug=f"bench-{count}", legal_form="cooperatie"
    )
    content = member_list(count)
    figures = {}
    with scope(collective=collective):
        creditor_set(
            actor=None,
            collective=collective,
            name="Bench",
            iban="NL42RABO0300012345",
            creditor_id="NL79ZZZ999999990000",
        )
        rule_set(
            actor=None,
            collective=collective,
            year=2026,
            first_amount=Decimal("10.00"),
            further_amount=Decimal("7.50"),
            reduced_amount=Decimal("5.00"),
        )
        _, *import_figures = measure(
            "import",
            lambda: members_import(
                actor=None, collective=collective, content=content, filename="leden.csv"
            ),
        )
        run, *run_figures = measure(
            "run", lambda: contribution_run(actor=None, collective=collective, year=2026)
        )
        debit, *debit_figures = measure(
            "export",
            lambda: debit_run_create(
                actor=None,
                collective=collective,
                year=2026,
                collection_date=timezone.localdate() + datetime.timedelta(days=5),
            ),
        )
    households = run.households
    figures["import"] = (*import_figures, households)
    figures["contribution run"] = (*run_figures, households)
    figures[f"pain.008 ({debit.count} debits)"] = (*debit_figures, households)
    return figures


def main() -> None:
    call_command("migrate", verbosity=0)
    print(f"database: {connection.vendor}")
    results = {count: one_size(count) for count in SIZES}
    base, big = results[SIZES[0]], results[SIZES[-1]]
    print(
        f"{'step':<28}{'members':>8}{'seconds':>9}{'peak MiB':>10}{'queries':>9}{'q/household':>13}"
    )
    for count, figures in results.items():
        for step, (seconds, peak, queries, households) in figures.items():
            print(
                f"{step:<28}{count:>8}{seconds:>9.2f}{peak:>10.1f}{queries:>9}"
                f"{queries / households:>13.3f}"
            )
    print(f"ratios {SIZES[-1]:,} / {SIZES[0]:,} members (10x):")
    for (step, small), large in zip(base.items(), big.values(), strict=True):
        memory = f"memory x{large[1] / small[1]:.1f}, " if TRACE_MEMORY else ""
        print(
            f"  {step.split(' (')[0]:<24} time x{large[0] / small[0]:.1f}, "
            f"{memory}queries x{large[2] / small[2]:.2f}"
        )


if __name__ == "__main__":
    main()
