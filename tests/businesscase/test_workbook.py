"""The spreadsheet recomputes, formula by formula, to the figures the platform shows."""

import io
import logging

import numpy as np
import pytest
from django.test import Client
from django_scopes import scope
from openpyxl import load_workbook
from pycel import ExcelCompiler

from tests.businesscase.conftest import Office
from tests.conftest import login
from wijkkracht.businesscase.models import stakeholder_label
from wijkkracht.businesscase.selectors import scenario_outcome

SUMMARY = "Wie betaalt, wie wint"


@pytest.fixture(autouse=True)
def quiet_pycel() -> None:
    logging.getLogger("pycel").setLevel(logging.WARNING)


@pytest.mark.parametrize("template", ["dorpsondersteuner", "respijt-mantelzorgers"])
def test_every_present_value_is_a_formula_that_gives_the_platforms_figure(
    office: Office, template: str, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    _case, scenario = office.case(template)
    client = login(Client(), office.coordinator)
    content = client.get(f"/dorp/businesscase/scenario/{scenario.pk}/rapport.xlsx").content
    path = tmp_path / "case.xlsx"
    path.write_bytes(content)
    sheet = load_workbook(io.BytesIO(content))[SUMMARY]
    assert all(str(sheet[f"{c}2"].value).startswith("=") for c in "BCD")  # live formulas
    with scope(collective=office.collective):
        found = scenario_outcome(scenario)
    assert found is not None
    excel = ExcelCompiler(filename=str(path))
    rows = {sheet[f"A{row}"].value: row for row in range(2, sheet.max_row + 1)}
    with np.errstate(divide="ignore"):  # pycel works out both sides of IF(B=0, "", C/B)
        for name, figures in found.by_stakeholder.items():
            row = rows[stakeholder_label(name)]
            assert excel.evaluate(f"'{SUMMARY}'!B{row}") == pytest.approx(
                float(figures.pv_costs), abs=0.005
            )
            assert excel.evaluate(f"'{SUMMARY}'!C{row}") == pytest.approx(
                float(figures.pv_benefits), abs=0.005
            )
            assert excel.evaluate(f"'{SUMMARY}'!D{row}") == pytest.approx(
                float(figures.npv), abs=0.005
            )
        total = rows["Samen"]
        assert excel.evaluate(f"'{SUMMARY}'!D{total}") == pytest.approx(
            float(found.total.npv), abs=0.005
        )
        assert excel.evaluate(f"'{SUMMARY}'!E{total}") == pytest.approx(
            float(found.total.ratio or 0), abs=1e-9
        )


def test_changing_a_number_in_the_sheet_recomputes_the_npv(office: Office, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _case, scenario = office.case()
    client = login(Client(), office.coordinator)
    path = tmp_path / "case.xlsx"
    path.write_bytes(client.get(f"/dorp/businesscase/scenario/{scenario.pk}/rapport.xlsx").content)
    excel = ExcelCompiler(filename=str(path))
    with np.errstate(divide="ignore"):
        before = excel.evaluate(f"'{SUMMARY}'!D7")
        excel.set_value("Uitgangspunten!B1", 0.04)  # a municipality checks with 4 %
        after = excel.evaluate(f"'{SUMMARY}'!D7")
    assert after < before
