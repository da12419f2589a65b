"""A scenario as a spreadsheet in which every present value and NPV is a live formula, so a
municipality or insurer can check the calculation and change a number to see what follows."""

import io
from typing import Any

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter as col
from openpyxl.worksheet.worksheet import Worksheet

from wijkkracht.businesscase.calculation.case import ADJUSTMENTS
from wijkkracht.businesscase.calculation.reading import most_likely
from wijkkracht.businesscase.models import Scenario, stakeholder_label

BOLD = Font(bold=True)
MONEY = "#,##0.00"
SHARE = "0.00%"
YEAR = '"jaar "0'
SETTINGS = "Uitgangspunten"


def _mode(raw: Any) -> float:
    return float(most_likely(raw))


def _header(sheet: Worksheet, titles: list[str], years: int, first: int) -> None:
    sheet.append([*titles[:first], *range(years + 1), *titles[first:]])
    for cell in sheet[1]:
        cell.font = BOLD
    for year in range(years + 1):
        sheet.cell(1, first + 1 + year).number_format = YEAR
    sheet.column_dimensions["A"].width = 48
    sheet.column_dimensions["B"].width = 24


def _settings(book: Workbook, scenario: Scenario) -> str:
    """The rate, the horizon and the discount factor of each year; returns the factors' range."""
    sheet = book.active
    sheet.title = SETTINGS
    horizon = scenario.data["horizon_years"]
    sheet.append([_("Discontovoet"), float(scenario.data["discount_rate"])])
    sheet["B1"].number_format = SHARE
    sheet.append([_("Horizon in jaren"), horizon])
    sheet.append([])
    sheet.append([_("Jaar"), *range(horizon + 1)])
    sheet.append([_("Disconteringsfactor")])
    for year in range(horizon + 1):
        letter = col(2 + year)
        sheet[f"{letter}5"] = f"=1/(1+$B$1)^{letter}$4"
    sheet.column_dimensions["A"].width = 30
    return f"{SETTINGS}!$B$5:${col(2 + horizon)}$5"


def _costs(book: Workbook, scenario: Scenario, factors: str) -> tuple[str, str]:
    sheet = book.create_sheet(_("Kosten"))
    horizon = scenario.data["horizon_years"]
    _header(sheet, [_("Omschrijving"), _("Wie"), _("Contante waarde")], horizon, 2)
    pv = col(4 + horizon)
    for row, line in enumerate(scenario.data["costs"], start=2):
        amounts = [_mode(line["amounts"].get(str(year), 0)) for year in range(horizon + 1)]
        sheet.append([line["label"], stakeholder_label(line["stakeholder"]), *amounts])
        sheet[f"{pv}{row}"] = f"=SUMPRODUCT(C{row}:{col(3 + horizon)}{row},{factors})"
        for cell in sheet[row][2:]:
            cell.number_format = MONEY
    last = max(2, len(scenario.data["costs"]) + 1)
    return f"'{sheet.title}'!$B$2:$B${last}", f"'{sheet.title}'!${pv}$2:${pv}${last}"


_EFFECT_INPUTS = ["quantity", "unit_value", *ADJUSTMENTS]


def _effects(book: Workbook, scenario: Scenario, factors: str) -> tuple[str, str, str]:
    sheet = book.create_sheet(_("Effecten"))
    horizon = scenario.data["horizon_years"]
    titles = [
        _("Omschrijving"), _("Wie"), _("Aantal per jaar"), _("Waarde per stuk"),
        _("Was toch gebeurd"), _("Verschuift naar elders"), _("Komt door anderen"),
        _("Neemt elk jaar af"), _("Vanaf jaar"), _("Aantal jaren"),
        _("Contante waarde"), _("Baten"), _("Kosten"), _("Bron"),
    ]  # fmt: skip
    _header(sheet, titles, horizon, 10)
    first, last = col(11), col(11 + horizon)
    pv, gain, loss = col(12 + horizon), col(13 + horizon), col(14 + horizon)
    for row, line in enumerate(scenario.data["effects"], start=2):
        inputs = [_mode(line.get(name, 0)) for name in _EFFECT_INPUTS]
        timing = [line.get("first_year", 1), line.get("duration_years", horizon)]
        sheet.append([line["label"], stakeholder_label(line["stakeholder"]), *inputs, *timing])
        for year in range(horizon + 1):
            y = f"{col(11 + year)}$1"
            sheet[f"{col(11 + year)}{row}"] = (
                f"=IF(AND({y}>=$I{row},{y}<$I{row}+$J{row}),"
                f"$C{row}*$D{row}*(1-$E{row})*(1-$F{row})*(1-$G{row})*(1-$H{row})^({y}-$I{row}),0)"
            )
        sheet[f"{pv}{row}"] = f"=SUMPRODUCT({first}{row}:{last}{row},{factors})"
        sheet[f"{gain}{row}"] = f"=MAX({pv}{row},0)"
        sheet[f"{loss}{row}"] = f"=MAX(-{pv}{row},0)"
        sheet[f"{col(15 + horizon)}{row}"] = line.get("source") or _("aanname")
        for cell in (*sheet[row][3:4], *sheet[row][10 : 14 + horizon]):
            cell.number_format = MONEY
        for cell in sheet[row][4:8]:
            cell.number_format = SHARE
    end = max(2, len(scenario.data["effects"]) + 1)
    name = f"'{sheet.title}'!$B$2:$B${end}"
    return (
        name,
        f"'{sheet.title}'!${gain}$2:${gain}${end}",
        f"'{sheet.title}'!${loss}$2:${loss}${end}",
    )


def _summary(
    book: Workbook, scenario: Scenario, costs: tuple[str, str], effects: tuple[str, str, str]
) -> None:
    sheet = book.create_sheet(_("Wie betaalt, wie wint"), 0)
    sheet.append(
        [
            _("Wie"),
            _("Kosten (contante waarde)"),
            _("Baten (contante waarde)"),
            _("Netto contante waarde"),
            _("Baten per euro kosten"),
        ]
    )
    for cell in sheet[1]:
        cell.font = BOLD
    cost_names, cost_pv = costs
    effect_names, gains, losses = effects
    names = scenario.data["stakeholders"]
    for row, name in enumerate(names, start=2):
        sheet.append([stakeholder_label(name)])
        sheet[f"B{row}"] = (
            f"=SUMIF({cost_names},A{row},{cost_pv})+SUMIF({effect_names},A{row},{losses})"
        )
        sheet[f"C{row}"] = f"=SUMIF({effect_names},A{row},{gains})"
        sheet[f"D{row}"] = f"=C{row}-B{row}"
        sheet[f"E{row}"] = f'=IF(B{row}=0,"",C{row}/B{row})'
    total = len(names) + 2
    sheet.append([_("Samen")])
    for letter in "BCD":
        sheet[f"{letter}{total}"] = f"=SUM({letter}2:{letter}{total - 1})"
    sheet[f"E{total}"] = f'=IF(B{total}=0,"",C{total}/B{total})'
    for row in sheet.iter_rows(min_row=2, min_col=2, max_col=4):
        for cell in row:
            cell.number_format = MONEY
    sheet[f"A{total}"].font = BOLD
    sheet.column_dimensions["A"].width = 30
    for letter in "BCDE":
        sheet.column_dimensions[letter].width = 24


def scenario_workbook(scenario: Scenario) -> bytes:
    book = Workbook()
    factors = _settings(book, scenario)
    costs = _costs(book, scenario, factors)
    effects = _effects(book, scenario, factors)
    _summary(book, scenario, costs, effects)
    book.calculation.fullCalcOnLoad = True
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
