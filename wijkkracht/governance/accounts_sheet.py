"""The treasurer's accounts read from a spreadsheet (XLSX, or CSV from Dutch Excel): one row per
line with its part (baten, lasten, bezittingen, schulden en eigen vermogen), what it is, this
year's amount and, if known, last year's. Amounts as Dutch Excel shows them ("€ 1.234,56",
"-75", "(75,00)"). Every wrong row is named; the balance must close."""

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _

from wijkkracht.core.spreadsheet import Cell, SheetRow, sheet_read
from wijkkracht.governance.models import Section

COLUMNS: dict[str, tuple[str, ...]] = {
    "section": ("onderdeel", "soort", "rubriek"),
    "label": ("post", "omschrijving", "naam"),
    "amount": ("bedrag", "dit jaar"),
    "previous": ("vorig jaar", "vorigjaar"),
}
REQUIRED = ("section", "label", "amount")
SECTIONS: dict[str, Section] = {
    "baten": Section.INCOME,
    "inkomsten": Section.INCOME,
    "lasten": Section.COSTS,
    "uitgaven": Section.COSTS,
    "kosten": Section.COSTS,
    "bezittingen": Section.ASSETS,
    "activa": Section.ASSETS,
    "schulden en eigen vermogen": Section.LIABILITIES,
    "passiva": Section.LIABILITIES,
    "schulden": Section.LIABILITIES,
    "eigen vermogen": Section.LIABILITIES,
}
_THOUSANDS = re.compile(r"^-?\d{1,3}(\.\d{3})+$")
CENT = Decimal("0.01")


@dataclass(frozen=True)
class Line:
    section: Section
    label: str
    amount: Decimal
    previous: Decimal | None


@dataclass
class AccountsRead:
    lines: list[Line] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def total(self, section: Section) -> Decimal:
        return sum((line.amount for line in self.lines if line.section == section), Decimal(0))


def euro(amount: Decimal) -> str:
    """€ 1.234,56 as a Dutch reader writes it."""
    sign = "-" if amount < 0 else ""
    whole = f"{abs(amount):,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    return f"{sign}€ {whole}"


def amount_read(cell: Cell) -> Decimal:
    """An amount in euros with at most two decimals; ValueError says what is wrong."""
    if isinstance(cell, int | float):
        value = Decimal(str(round(cell, 6)))  # a sum in Excel can end in …0000000001
    else:
        raw = str(cell or "").replace("€", "").replace("\xa0", "").replace(" ", "").strip()
        negative = raw.startswith("(") and raw.endswith(")")
        raw = raw.strip("()")
        if "," in raw:
            raw = raw.replace(".", "").replace(",", ".")
        elif _THOUSANDS.match(raw):
            raw = raw.replace(".", "")
        try:
            value = Decimal(raw)
        except InvalidOperation:
            raise ValueError(_("“%(value)s” is geen bedrag") % {"value": cell}) from None
        value = -value if negative else value
    if not value.is_finite() or value != value.quantize(CENT):
        raise ValueError(
            _("“%(value)s” heeft meer dan twee cijfers achter de komma") % {"value": cell}
        )
    return value.quantize(CENT)


def _line(row: SheetRow, found: dict[str, str]) -> Line:
    def cell(name: str) -> Cell:
        return row.cells.get(found[name]) if name in found else None

    part = str(cell("section") or "").strip().lower()
    if part not in SECTIONS:
        raise ValueError(
            _("onderdeel “%(value)s” kennen we niet; kies baten, lasten, bezittingen of schulden")
            % {"value": cell("section") or ""}
        )
    label = str(cell("label") or "").strip()
    if not label:
        raise ValueError(_("de post heeft geen naam"))
    if len(label) > 200:  # noqa: PLR2004
        raise ValueError(_("de naam van de post is langer dan 200 tekens"))
    if cell("amount") in (None, ""):
        raise ValueError(_("het bedrag ontbreekt"))
    previous = cell("previous")
    return Line(
        section=SECTIONS[part],
        label=label,
        amount=amount_read(cell("amount")),
        previous=None if previous in (None, "") else amount_read(previous),
    )


def accounts_read(content: bytes, filename: str) -> AccountsRead:
    """Every line, or every reason the file cannot be taken; SpreadsheetError when the file
    as a whole is wrong (unreadable, a column missing, empty)."""
    found, rows = sheet_read(
        content,
        filename,
        columns=COLUMNS,
        required=REQUIRED,
        empty=_("Er staan geen posten in het bestand."),
    )
    read = AccountsRead()
    for row in rows:
        try:
            read.lines.append(_line(row, found))
        except ValueError as error:
            read.errors.append(_("Rij %(row)s: %(reason)s.") % {"row": row.number, "reason": error})
    if read.errors:
        return read
    if not any(line.section in (Section.INCOME, Section.COSTS) for line in read.lines):
        read.errors.append(_("Er staan geen baten of lasten in het bestand."))
    assets, liabilities = read.total(Section.ASSETS), read.total(Section.LIABILITIES)
    if assets != liabilities:
        read.errors.append(
            _(
                "De balans sluit niet: bezittingen %(assets)s, schulden en eigen vermogen "
                "%(liabilities)s (verschil %(difference)s)."
            )
            % {
                "assets": euro(assets),
                "liabilities": euro(liabilities),
                "difference": euro(assets - liabilities),
            }
        )
    return read
