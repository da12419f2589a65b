"""Read a list as collectives and municipalities keep it: XLSX, or CSV from Dutch Excel.

Dutch Excel writes CSV with ';' between fields, in Windows-1252 or in UTF-8 with a BOM. Row
numbers are the spreadsheet's own (the header is row 1), so a message points at the row the
user sees.
"""

import csv
import datetime
import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from django.utils.translation import gettext as _

Cell = str | datetime.date | int | float | None


class SpreadsheetError(Exception):
    """The file cannot be read at all; the message is for the user, in Dutch."""


@dataclass(frozen=True)
class SheetRow:
    number: int
    cells: dict[str, Cell]


def rows_read(content: bytes, filename: str) -> tuple[list[str], list[SheetRow]]:
    """Return the header names (lower case) and the non-empty rows of the first sheet."""
    raw_rows: Iterator[Sequence[Cell]]
    if filename.lower().endswith((".xlsx", ".xlsm")):
        raw_rows = _xlsx_rows(content)
    elif filename.lower().endswith((".csv", ".txt")):
        raw_rows = _csv_rows(content)
    else:
        raise SpreadsheetError(_("Kies een bestand dat eindigt op .xlsx of .csv."))
    header: list[str] = []
    rows = []
    for number, values in enumerate(raw_rows, start=1):
        if not any(_present(value) for value in values):
            continue
        if not header:
            header = [str(value or "").strip().lower() for value in values]
            continue
        rows.append(SheetRow(number, dict(zip(header, values, strict=False))))
    if not header:
        raise SpreadsheetError(_("Het bestand is leeg."))
    return header, rows


def _column_map(header: list[str], columns: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """Map field names to the file's header names, whatever the file's author called them."""
    found = {}
    for name, aliases in columns.items():
        for alias in aliases:
            if alias in header:
                found[name] = alias
                break
    return found


def sheet_read(
    content: bytes,
    filename: str,
    *,
    columns: dict[str, tuple[str, ...]],
    required: tuple[str, ...],
    empty: str,
) -> tuple[dict[str, str], list[SheetRow]]:
    """The file's rows and its columns by our names; SpreadsheetError says in Dutch what is
    wrong with the file as a whole (unreadable, a needed column missing, no rows)."""
    header, rows = rows_read(content, filename)
    found = _column_map(header, columns)
    missing = [columns[name][0] for name in required if name not in found]
    if missing:
        raise SpreadsheetError(
            _("Deze kolommen ontbreken: %(columns)s. Zet de namen in de eerste rij.")
            % {"columns": ", ".join(missing)}
        )
    if not rows:
        raise SpreadsheetError(empty)
    return found, rows


def _present(value: Cell) -> bool:
    return value is not None and str(value).strip() != ""


def _xlsx_rows(content: bytes) -> Iterator[tuple[Cell, ...]]:
    from openpyxl import load_workbook  # loaded on first use: slow to import

    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds for a damaged or renamed file
        raise SpreadsheetError(_("Dit Excel-bestand kan niet worden gelezen.")) from None
    sheet = workbook.worksheets[0]
    for values in sheet.iter_rows(values_only=True):
        yield tuple(
            value.date() if isinstance(value, datetime.datetime) else value for value in values
        )
    workbook.close()


def _csv_rows(content: bytes) -> Iterator[list[str]]:
    text = _decode(content)
    first_line = text.split("\n", 1)[0]
    delimiter = max(";,\t", key=first_line.count)
    yield from csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)


def _decode(content: bytes) -> str:
    if content.startswith(b"\xef\xbb\xbf"):
        return content.decode("utf-8-sig")
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError:
        return content.decode("cp1252", errors="replace")
