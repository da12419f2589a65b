"""One village budget: every euro received in a year, per funder, from every source."""

import datetime
import re

import pytest
from django.test import Client
from django_scopes import scope

from tests.conftest import World, login
from tests.contracts.build import LAST_YEAR
from wijkkracht.contracts.models import BudgetPlan, Contract, Income
from wijkkracht.contracts.services.statements import statement_publish

pytestmark = pytest.mark.django_db


def test_the_budget_adds_contracts_contributions_and_subsidies_per_funder(
    world: World, client: Client
) -> None:
    login(client, world.a_coordinator)
    page = client.post(
        f"/{world.a.slug}/dorpsbudget/ontvangst/",
        {
            "funder": "Oranjefonds",
            "amount": "2.500,00",
            "received_on": f"{LAST_YEAR}-06-01",
            "description": "buurtkamer",
        },
        follow=True,
    ).content.decode()
    assert "De ontvangst is opgeslagen." in page
    # The test world's statement of last year: 0 for meals (none recorded) and 2,812.50 shared
    # savings from the insurer; a correction replaces the statement it corrects.
    with scope(collective=world.a):
        contract = Contract.objects.get(pk=world.a_contracts.contract_id)
        statement_publish(
            actor=None,
            contract=contract,
            start=datetime.date(LAST_YEAR, 1, 1),
            end=datetime.date(LAST_YEAR, 12, 31),
        )
    page = client.get(f"/{world.a.slug}/dorpsbudget/{LAST_YEAR}/").content.decode()
    assert "Zorgverzekeraar Noord" in page and "€ 2.812,50" in page
    assert "Oranjefonds" in page and "buurtkamer" in page and "€ 2.500,00" in page
    assert "€ 5.312,50" in page  # once the statement, not twice with its correction


def test_the_budget_puts_the_business_case_plan_beside_what_came_in(
    world: World, client: Client
) -> None:
    login(client, world.a_coordinator)
    # The world's plan: the dorpsondersteuner case (the municipality pays 52,000 a year from
    # year 1; the collective's own costs are no income), year 1 is last year.
    page = client.get(f"/{world.a.slug}/dorpsbudget/{LAST_YEAR}/").content.decode()
    assert re.search(r"Gemeente \(Wmo\)</strong>\s*<p>Gepland € 52\.000,00, ontvangen € 0,00", page)
    assert re.search(
        r"Zorgverzekeraar \(Zvw\)</strong>\s*<p>Gepland € 0,00, ontvangen € 2\.812,50", page
    )
    with scope(collective=world.a):
        scenario = BudgetPlan.objects.get().scenario
    client.post(
        f"/{world.a.slug}/dorpsbudget/plan/", {"scenario": scenario.pk, "year_zero": LAST_YEAR}
    )
    page = client.get(f"/{world.a.slug}/dorpsbudget/{LAST_YEAR}/").content.decode()
    assert "jaar 0 is " + str(LAST_YEAR) in page
    assert "Gemeente (Wmo)" not in page  # year 0 has only the collective's own start costs


def test_a_wrong_amount_is_refused_in_dutch_and_nothing_is_kept(
    world: World, client: Client
) -> None:
    login(client, world.a_coordinator)
    form = {"funder": "Gemeente", "received_on": "2026-01-05"}
    for amount, message in [
        ("veel", "Schrijf een bedrag"),
        ("0", "meer dan € 0"),
        ("1,005", "hele centen"),
    ]:
        page = client.post(f"/{world.a.slug}/dorpsbudget/ontvangst/", {**form, "amount": amount})
        assert message in page.content.decode()
    with scope(collective=world.a):
        assert not Income.objects.exists()


def test_only_coordinator_and_board_see_the_budget(world: World, client: Client) -> None:
    login(client, world.a_partner)
    assert client.get(f"/{world.a.slug}/dorpsbudget/").status_code == 404
    client.logout()
    login(client, world.a_coordinator)
    assert client.get(f"/{world.a.slug}/dorpsbudget/1850/").status_code == 404
