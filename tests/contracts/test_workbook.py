"""The statement as a spreadsheet: every payment a live formula that recomputes (pycel) to the
amount the statement shows, and a count of 1 to 9 never in it."""

import datetime
import io
import logging
from decimal import Decimal

import pytest
from django.test import Client
from django_scopes import scope
from openpyxl import load_workbook
from pycel import ExcelCompiler

from tests.conftest import World, login
from tests.contracts.build import LAST_YEAR, a_contract
from tests.contracts.test_pages import meals_last_year
from wijkkracht.contracts.models import Statement
from wijkkracht.contracts.services.contracts import contract_sign, rule_add
from wijkkracht.contracts.services.statements import statement_publish
from wijkkracht.contracts.workbook import SHEET

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def quiet_pycel() -> None:
    logging.getLogger("pycel").setLevel(logging.WARNING)


def test_every_payment_is_a_formula_that_gives_the_statements_amount(
    world: World, client: Client, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    meals_last_year(world, 7)  # fewer than 10: the fallback, and the 7 stays out of the sheet
    contract = a_contract(world.a, title="Alle soorten")
    with scope(collective=world.a):
        town, ours = (
            contract.parties.get(kind="municipality"),
            contract.parties.get(kind="collective"),
        )
        common = {"actor": None, "contract": contract, "payer": town, "recipient": ours}
        rule_add(
            **common,
            key="hulp",
            kind="quantity_quality",
            parameters={
                "quantities": [{"count": "120", "price": "12.50"}, {"count": "40", "price": "35"}],
                "ceiling": "2500",
                "quality_scores": ["80", "90", "70"],
                "quality_budget": "1000",
            },
        )
        rule_add(
            **common,
            key="inwoners",
            kind="population",
            parameters={"base": "10000", "rates": [{"count": "4400", "rate": "2.50"}]},
        )
        contract_sign(actor=None, contract=contract, signed_on=datetime.date(LAST_YEAR, 1, 2))
        statement = statement_publish(
            actor=None,
            contract=contract,
            start=datetime.date(LAST_YEAR, 1, 1),
            end=datetime.date(LAST_YEAR, 12, 31),
        )
    login(client, world.a_partner)
    response = client.get(f"/{world.a.slug}/afrekeningen/{statement.pk}/afrekening.xlsx")
    path = tmp_path / "afrekening.xlsx"
    path.write_bytes(response.content)
    sheet = load_workbook(io.BytesIO(response.content))[SHEET]
    amount_rows = [row for row in range(1, sheet.max_row + 1) if sheet[f"A{row}"].value == "bedrag"]
    total_row = next(r for r in range(1, sheet.max_row + 1) if sheet[f"A{r}"].value == "totaal")
    assert all(str(sheet[f"B{row}"].value).startswith("=") for row in [*amount_rows, total_row])
    assert "minder dan 10" in [sheet[f"B{r}"].value for r in range(1, sheet.max_row + 1)]
    assert 7 not in [sheet[f"B{r}"].value for r in range(1, sheet.max_row + 1)]
    excel = ExcelCompiler(filename=str(path))
    computed = [Decimal(str(excel.evaluate(f"'{SHEET}'!B{row}"))) for row in amount_rows]
    with scope(collective=world.a):
        lines = Statement.objects.get(pk=statement.pk).lines
    assert [f"{value:.2f}" for value in computed] == [line["amount"] for line in lines]
    # 250 fallback + 2,812.50 savings + 2,500 + 800 + 21,000
    assert [line["amount"] for line in lines] == ["250.00", "2812.50", "3300.00", "21000.00"]
    assert f"{Decimal(str(excel.evaluate(f'{SHEET}!B{total_row}'))):.2f}" == "27362.50"
