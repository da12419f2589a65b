"""A published statement as a spreadsheet in which every payment is a live formula over its
inputs, so a municipality's controller can follow and recompute it (pycel checks it in the
tests). A count of 1 to 9 is shown as "minder dan 10" and its rule pays the fixed amount."""

import io
from fractions import Fraction
from typing import Any

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from wijkkracht.contracts.models import Statement
from wijkkracht.contracts.services.statements import INPUT_LABELS

SHEET = "Afrekening"


def _number(raw: Any) -> float:
    return float(Fraction(str(raw)))


class _Writer:
    def __init__(self, sheet: Worksheet) -> None:
        self.sheet = sheet

    def row(self, *values: Any, bold: bool = False) -> int:
        self.sheet.append(list(values))
        row = self.sheet.max_row
        if bold:
            for cell in self.sheet[row]:
                cell.font = Font(bold=True)
        return row

    def given(self, name: str, value: Any) -> str:
        """One input on its own row; returns its cell."""
        return f"B{self.row(str(INPUT_LABELS.get(name, name)), _number(value))}"

    def products(self, name: str, items: list[dict[str, Any]], second: str) -> str:
        """Count and value in columns B and C, a row each; returns the sum of their products."""
        rows = [
            self.row(str(INPUT_LABELS.get(name, name)), _number(i["count"]), _number(i[second]))
            for i in items
        ] or [self.row(str(INPUT_LABELS.get(name, name)), 0, 0)]
        if len(rows) == 1:
            return f"B{rows[0]}*C{rows[0]}"
        return f"SUMPRODUCT(B{rows[0]}:B{rows[-1]},C{rows[0]}:C{rows[-1]})"


def _rate_card(out: _Writer, given: dict[str, Any], below_ten: bool) -> str:
    if below_ten:
        out.row(str(INPUT_LABELS["achieved"]), _("minder dan 10"))
        return f"=ROUND({out.given('fallback', given.get('fallback', 0))},2)"
    price = out.given("price", given["price"])
    achieved = out.given("achieved", given["achieved"])
    baseline = out.given("baseline", given.get("baseline", 0))
    earned = f"{price}*MAX(0,{achieved}-{baseline})"
    if given.get("cap") is not None:
        earned = f"MIN({out.given('cap', given['cap'])},{earned})"
    return f"=ROUND({earned},2)"


def _quantity_quality(out: _Writer, given: dict[str, Any], _below_ten: bool) -> str:
    quantity = out.products("quantities", given.get("quantities", []), "price")
    if given.get("ceiling") is not None:
        quantity = f"MIN({out.given('ceiling', given['ceiling'])},{quantity})"
    scores = [_number(score) for score in given.get("quality_scores", [])]
    if not scores:
        return f"=ROUND({quantity},2)"
    row = out.row(str(INPUT_LABELS["quality_scores"]), *scores)
    last = chr(ord("A") + len(scores))
    budget = out.given("quality_budget", given.get("quality_budget", 0))
    return f"=ROUND({quantity}+AVERAGE(B{row}:{last}{row})/100*{budget},2)"


def _shared_savings(out: _Writer, given: dict[str, Any], _below_ten: bool) -> str:
    b, a, n = (out.given(name, given[name]) for name in ("benchmark", "actual", "exposure"))
    m = out.given("minimum_savings_rate", given["minimum_savings_rate"])
    s = out.given("sharing_rate", given["sharing_rate"])
    q = out.given("quality_factor", given.get("quality_factor", 1))
    saved = f"({b}-{a})" if given["mode"] == "first_euro" else f"({b}*(1-{m})-{a})"
    earned = f"MAX(0,{s}*{q}*{saved}*{n})"
    if given.get("cap_share") is not None:
        earned = f"MIN({out.given('cap_share', given['cap_share'])}*{b}*{n},{earned})"
    return f"=ROUND(IF(({b}-{a})/{b}>={m},{earned},0),2)"


def _population(out: _Writer, given: dict[str, Any], _below_ten: bool) -> str:
    base = out.given("base", given.get("base", 0))
    return f"=ROUND({base}+{out.products('rates', given.get('rates', []), 'rate')},2)"


_FORMULAS = {
    "rate_card": _rate_card,
    "quantity_quality": _quantity_quality,
    "shared_savings": _shared_savings,
    "population": _population,
}


def statement_workbook(statement: Statement) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = SHEET
    sheet.column_dimensions["A"].width = 40
    out = _Writer(sheet)
    out.row(statement.contract.title, bold=True)
    out.row(
        _("Van %(start)s tot en met %(end)s")
        % {"start": statement.period_start.isoformat(), "end": statement.period_end.isoformat()}
    )
    amounts = []
    for line in statement.lines:
        out.row()
        out.row(line["key"], bold=True)
        out.row(line["sentence"])
        formula = _FORMULAS[line["given"]["type"]](out, line["given"], line["below_ten"])
        amounts.append(f"B{out.row(_('bedrag'), formula, bold=True)}")
    out.row()
    total = out.row(_("totaal"), f"=SUM({','.join(amounts)})", bold=True)
    if statement.split:
        out.row()
        out.row(_("verdeling (centen naar de grootste rest)"), bold=True)
        for part in statement.split:
            out.row(part["to"], _number(part["amount"]))
    sheet["D1"] = _("Het totaal staat in B%(row)s.") % {"row": total}
    book.calculation.fullCalcOnLoad = True
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
