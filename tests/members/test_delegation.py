"""A collective without its own treasurer lets its federation's treasurer make the debit
file: the board grants it and can withdraw it; only the federation's treasurer can act, only
for collectives that granted it; every step is a row in the collective's own log; made at the
same moment by the collective and by the federation, every household is debited once."""

import datetime
import threading
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_scopes import scope

from tests.conftest import PASSWORD, federation_build, login, make_user
from tests.members.conftest import bank, join, run, sign
from wijkkracht.core.models import AuditEntry, Collective, Federation, User
from wijkkracht.core.services.people import federation_staff_add
from wijkkracht.members.models import DebitRun, Payment
from wijkkracht.members.services.contributions import rule_set
from wijkkracht.members.services.sepa import debit_run_create

PAGE = "/federatie/stad-test/incasso/"


def _ready(village: Collective, households: int) -> tuple[User, User]:
    """Bank details, signed mandates and this year's contributions; the federation's
    treasurer and the collective's coordinator."""
    year = timezone.localdate().year
    with scope(collective=village):
        rule_set(
            actor=None,
            collective=village,
            year=year,
            first_amount=Decimal("10.00"),
            further_amount=Decimal("7.50"),
            reduced_amount=Decimal("5.00"),
        )
    bank(village)
    for number in range(1, households + 1):
        sign(village, join(village, f"Lid{number}", number))
    run(village, year)
    federation_build(village)
    treasurer = User.objects.create_user("penning@stad-test.example", PASSWORD, name="Penning")
    federation_staff_add(
        actor=None, federation=Federation.objects.get(), user=treasurer, treasurer=True
    )
    return treasurer, make_user(village, "coordinator")


def _date() -> str:
    return (timezone.localdate() + datetime.timedelta(days=5)).isoformat()


@pytest.mark.django_db
def test_the_federation_treasurer_makes_the_file_once_it_is_delegated(village) -> None:
    treasurer, coordinator = _ready(village, 2)
    federation = login(Client(), treasurer)
    assert "Nog geen collectief" in federation.get(PAGE).content.decode()
    refused = federation.post(PAGE, {"collectief": "dorp", "dorp-collection_date": _date()})
    assert refused.status_code == 404  # not delegated: nothing to act on

    board = login(Client(), coordinator)
    board.post(reverse("members:debit_delegation", args=["dorp"]), {"action": "grant"})
    page = federation.get(PAGE).content.decode()
    assert "2 huishoudens kunnen worden geïncasseerd" in page and "€ 20,00" in page
    made = federation.post(
        PAGE, {"collectief": "dorp", "dorp-collection_date": _date()}, follow=True
    )
    assert "Het incassobestand van Dorpscoöperatie is klaar: 2 incasso" in made.content.decode()
    with scope(collective=village):
        debit = DebitRun.objects.get()
        assert Payment.objects.count() == 2
    file = federation.get(f"{PAGE}dorp/{debit.pk}/")
    assert file.status_code == 200 and b"<NbOfTxs>2</NbOfTxs>" in file.content

    # Every step in the collective's own log, naming the federation.
    with scope(collective=village):
        log = list(AuditEntry.objects.filter(collective=village).values_list("action", "actor"))
    assert ("debit_delegation.grant", coordinator.pk) in log
    assert ("debit_run.create", treasurer.pk) in log
    assert ("debit_run.on_behalf", treasurer.pk) in log
    assert ("debit_file.on_behalf_download", treasurer.pk) in log
    assert "Penning" in board.get(reverse("core:audit_log", args=["dorp"])).content.decode()

    board.post(reverse("members:debit_delegation", args=["dorp"]), {"action": "revoke"})
    assert federation.get(f"{PAGE}dorp/{debit.pk}/").status_code == 404


@pytest.mark.django_db
def test_only_the_federations_treasurer(village) -> None:
    _treasurer, coordinator = _ready(village, 1)
    board = login(Client(), coordinator)
    board.post(reverse("members:debit_delegation", args=["dorp"]), {"action": "grant"})
    staff = User.objects.get(email="staf@stad-test.example")  # staff, not the treasurer
    assert login(Client(), staff).get(PAGE).status_code == 404
    assert board.get(PAGE).status_code == 404


@pytest.mark.django_db(transaction=True)
def test_made_by_both_at_once_every_household_is_debited_once(village) -> None:
    treasurer, coordinator = _ready(village, 12)
    login(Client(), coordinator).post(
        reverse("members:debit_delegation", args=["dorp"]), {"action": "grant"}
    )
    federation = login(Client(), treasurer)
    barrier = threading.Barrier(2)
    outcomes: list[object] = []

    def by_the_federation() -> None:
        barrier.wait()
        response = federation.post(PAGE, {"collectief": "dorp", "dorp-collection_date": _date()})
        outcomes.append(response.status_code)
        connection.close()

    def by_the_collective() -> None:
        barrier.wait()
        try:
            with scope(collective=village):
                debit_run_create(
                    actor=coordinator,
                    collective=village,
                    year=timezone.localdate().year,
                    collection_date=timezone.localdate() + datetime.timedelta(days=5),
                )
            outcomes.append("made")
        except ValidationError:
            outcomes.append("refused")
        finally:
            connection.close()

    threads = [
        threading.Thread(target=by_the_federation),
        threading.Thread(target=by_the_collective),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert 302 in outcomes  # the federation's request answered (made or refused in Dutch)
    with scope(collective=village):
        assert DebitRun.objects.count() == 1
        assert Payment.objects.count() == 12
        assert DebitRun.objects.get().count == 12
