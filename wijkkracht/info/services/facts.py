"""Load CBS neighbourhood figures (Kerncijfers wijken en buurten, Nabijheid voorzieningen).

A file is checked whole before anything is written; then its figures replace those of the same
year, and the areas' current figures in core follow the newest year.
"""

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.db import transaction
from django.utils.translation import gettext as _

from wijkkracht.core.models import Area
from wijkkracht.core.services.collectives import areas_load
from wijkkracht.core.spreadsheet import Cell, SheetRow, SpreadsheetError, rows_read
from wijkkracht.info.models import NETHERLANDS, AreaFigure, Measure

SHIPPED = Path(__file__).parent.parent / "data" / "cbs"
# Column names in CBS's own files: the kwb sheet's short names and StatLine's long titles.
COLUMNS: dict[str, tuple[str, ...]] = {
    "code": ("gwb_code", "gwb_code_10", "codering (code)"),
    "name": ("regio", "wijken en buurten"),
    "kind": ("recs", "soort regio (omschrijving)"),
    Measure.INHABITANTS: ("a_inw", "aantal inwoners (aantal)"),
    Measure.INHABITANTS_65_PLUS: ("a_65_oo", "65 jaar of ouder (aantal)"),
    Measure.INHABITANTS_80_PLUS: ("a_80_oo", "80 jaar of ouder (aantal)"),
    Measure.HOUSEHOLDS: ("a_hh", "huishoudens totaal (aantal)"),
    Measure.ONE_PERSON_HOUSEHOLDS: ("a_1p_hh", "eenpersoonshuishoudens (aantal)"),
    Measure.DISTANCE_GP: ("g_afs_hp", "afstand tot huisartsenpraktijk (km)"),
    Measure.DISTANCE_PHARMACY: ("g_afs_ap", "afstand tot apotheek (km)"),
    Measure.DISTANCE_SUPERMARKET: ("g_afs_gs", "afstand tot grote supermarkt (km)"),
}
_CODE = re.compile(r"^(NL00|GM\d{4}|WK\d{6}|BU\d{8})$")
_YEAR = re.compile(r"(?<!\d)(20\d\d)(?!\d)")
_KINDS = {"gemeente": "gemeente", "wijk": "wijk", "buurt": "buurt", "land": "land"}


@dataclass
class FactsPlan:
    year: int
    source: str
    figures: list[AreaFigure] = field(default_factory=list)
    areas: list[dict[str, str]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def year_from_name(filename: str) -> int | None:
    match = _YEAR.search(Path(filename).name)
    return int(match.group(1)) if match else None


def facts_plan(*, content: bytes, filename: str, year: int) -> FactsPlan:
    """Read and check a CBS file; writes nothing."""
    plan = FactsPlan(year=year, source=f"CBS, {Path(filename).name}")
    try:
        header, rows = rows_read(content, filename)
    except SpreadsheetError as error:
        plan.errors.append(str(error))
        return plan
    columns = _columns(header)
    if "code" not in columns:
        plan.errors.append(_("De kolom met de CBS-code ontbreekt (gwb_code of Codering)."))
        return plan
    measures = [measure for measure in Measure if measure in columns]
    if not measures:
        plan.errors.append(_("Het bestand heeft geen cijfers die Wijkkracht kent, zoals a_inw."))
        return plan
    for row in rows:
        _row_read(plan, row, columns, measures)
    if not rows:
        plan.errors.append(_("Er staan geen gebieden in het bestand."))
    return plan


def _row_read(
    plan: FactsPlan, row: SheetRow, columns: dict[str, str], measures: list[Measure]
) -> None:
    code = str(row.cells.get(columns["code"]) or "").strip()
    if not _CODE.match(code):
        plan.errors.append(
            _("Rij %(row)s: %(code)s is geen CBS-code.") % {"row": row.number, "code": code}
        )
        return
    errors = len(plan.errors)
    for measure in measures:
        raw = row.cells.get(columns[measure])
        try:
            value = _number(raw)
        except ValueError:
            plan.errors.append(
                _("Rij %(row)s, kolom %(column)s: %(value)s is geen getal.")
                % {"row": row.number, "column": columns[measure], "value": raw}
            )
            continue
        if value is not None:
            plan.figures.append(
                AreaFigure(
                    code=code, year=plan.year, measure=measure, value=value, source=plan.source
                )
            )
    if len(plan.errors) == errors and code != NETHERLANDS and {"name", "kind"} <= columns.keys():
        plan.areas.append(_area_row(code, row.cells, columns, plan.year))


def _columns(header: list[str]) -> dict[str, str]:
    """Our names for the file's columns; StatLine's "Groep/Onderwerp (eenheid)" by its last part."""
    found: dict[str, str] = {}
    for name, aliases in COLUMNS.items():
        for column in header:
            if column in aliases or column.rsplit("/", 1)[-1].strip() in aliases:
                found[name] = column
                break
    return found


def _number(raw: Cell) -> Decimal | None:
    if raw is None or str(raw).strip() in ("", "."):
        return None
    try:
        value = Decimal(str(raw).strip().replace(",", "."))
    except InvalidOperation:
        raise ValueError(raw) from None
    if value < 0 or not value.is_finite():
        raise ValueError(raw)
    return value.quantize(Decimal("0.1"))


def _area_row(
    code: str, cells: dict[str, Cell], columns: dict[str, str], year: int
) -> dict[str, str]:
    parent = {"BU": "WK" + code[2:8], "WK": "GM" + code[2:6]}.get(code[:2], "")

    def whole(measure: str) -> str:
        value = _number(cells.get(columns.get(measure, ""))) if measure in columns else None
        return str(int(value)) if value is not None else ""

    return {
        "code": code,
        "name": str(cells[columns["name"]]).strip(),
        "kind": _KINDS.get(str(cells[columns["kind"]]).strip().lower(), ""),
        "parent": parent,
        "year": str(year),
        "inhabitants": whole(Measure.INHABITANTS),
        "inhabitants_65_plus": whole(Measure.INHABITANTS_65_PLUS),
        "households": whole(Measure.HOUSEHOLDS),
        "one_person_households": whole(Measure.ONE_PERSON_HOUSEHOLDS),
    }


@transaction.atomic
def facts_load(plan: FactsPlan) -> int:
    """Write a checked plan: its figures replace those of the same codes, year and measures."""
    if plan.errors:
        raise ValueError("A plan with errors is never written.")
    AreaFigure.objects.filter(
        year=plan.year,
        code__in={figure.code for figure in plan.figures},
        measure__in={figure.measure for figure in plan.figures},
    ).delete()
    AreaFigure.objects.bulk_create(plan.figures)
    codes = {row["code"] for row in plan.areas}
    parents = {row["parent"] for row in plan.areas}
    years = dict(Area.objects.filter(code__in=codes | parents).values_list("code", "year"))
    newer = [
        row
        for row in sorted(plan.areas, key=lambda row: len(row["code"]))
        if row["kind"]
        and years.get(row["code"], 0) <= plan.year
        and (not row["parent"] or row["parent"] in codes or row["parent"] in years)
    ]
    areas_load(rows=newer)
    return len(plan.figures)


def shipped_facts_load() -> int:
    """Load the CBS files that come with Wijkkracht (see data/cbs/SOURCES.md)."""
    count = 0
    for path in sorted(SHIPPED.glob("*.csv")):
        year = year_from_name(path.name)
        if year is None:
            raise ValueError(f"No year in the name of {path}")
        plan = facts_plan(content=path.read_bytes(), filename=path.name, year=year)
        count += facts_load(plan)
    return count
