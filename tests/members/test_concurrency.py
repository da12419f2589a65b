"""Two treasurers clicking at the same moment: nobody is charged or debited twice.

Each thread has its own database connection, so the transactions really overlap, on SQLite
(IMMEDIATE transactions) and on PostgreSQL (a row lock on the year's rule or the creditor).
"""

import datetime
import threading
from collections.abc import Callable
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.utils import timezone
from django_scopes import scope

from tests.conftest import make_collective
from tests.members.test_contributions import join
from tests.members.test_sepa import bank, sign
from wijkkracht.members.models import ContributionLine, DebitRun, Payment
from wijkkracht.members.services.contributions import contribution_run, rule_set
from wijkkracht.members.services.sepa import debit_run_create

pytestmark = pytest.mark.django_db(transaction=True)
THREADS = 4


def together(work: Callable[[], object]) -> list[object]:
    """Run ``work`` in several threads released at the same instant; return results or errors."""
    barrier = threading.Barrier(THREADS)
    results: list[object] = []

    def worker() -> None:
        barrier.wait()
        try:
            results.append(work())
        except ValidationError as error:
            results.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


@pytest.fixture
def village_of_twenty():
    collective = make_collective("dorp", "Dorpscoöperatie")
    with scope(collective=collective):
        rule_set(
            actor=None,
            collective=collective,
            year=2026,
            first_amount=Decimal("10.00"),
            further_amount=Decimal("7.50"),
            reduced_amount=Decimal("5.00"),
        )
    for number in range(1, 21):
        sign(collective, join(collective, f"Lid{number}", number))
    return collective


def test_simultaneous_runs_charge_every_member_once(village_of_twenty) -> None:
    village = village_of_twenty

    def work() -> object:
        with scope(collective=village):
            return contribution_run(actor=None, collective=village, year=2026).members

    charged = together(work)
    assert sorted(charged) == [0] * (THREADS - 1) + [20]  # type: ignore[type-var]
    with scope(collective=village):
        assert ContributionLine.objects.count() == 20


def test_simultaneous_debit_files_debit_every_household_once(village_of_twenty) -> None:
    village = village_of_twenty
    bank(village)
    with scope(collective=village):
        contribution_run(actor=None, collective=village, year=2026)
    collection_date = timezone.localdate() + datetime.timedelta(days=3)

    def work() -> object:
        with scope(collective=village):
            return debit_run_create(
                actor=None, collective=village, year=2026, collection_date=collection_date
            )

    results = together(work)
    refused = [r for r in results if isinstance(r, ValidationError)]
    assert len(refused) == THREADS - 1
    assert all("niets te incasseren" in " ".join(r.messages) for r in refused)
    with scope(collective=village):
        assert DebitRun.objects.count() == 1
        assert Payment.objects.count() == 20
