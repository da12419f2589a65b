"""A table out of the platform as CSV for Dutch Excel, or as XLSX."""

import csv
import io
from collections.abc import Iterable
from decimal import Decimal


def table_csv(header: list[str], rows: Iterable[list[object]]) -> bytes:
    """CSV as Dutch Excel opens it with a double click: ';' and UTF-8 with a BOM."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(header)
    writer.writerows([_dutch(value) for value in row] for row in rows)
    return buffer.getvalue().encode("utf-8-sig")


def _dutch(value: object) -> object:
    """A decimal number with a comma, as Dutch Excel reads it (7,25, not 7.25)."""
    return str(value).replace(".", ",") if isinstance(value, float | Decimal) else value


def table_xlsx(header: list[str], rows: Iterable[list[object]], sheet_name: str) -> bytes:
    from openpyxl import Workbook  # loaded on first use: slow to import

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(sheet_name)
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
