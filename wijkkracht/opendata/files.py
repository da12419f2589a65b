"""A table as the files of a dataset: CSV with commas and with semicolons (UTF-8), Excel, JSON,
a CSV on the Web description (W3C, https://www.w3.org/TR/tabular-metadata/) and a README of
every column, unit, source and rule. Nothing in them depends on when they were made, so the
same data gives the same bytes."""

import csv
import datetime
import io
import json
import re
import zipfile
from decimal import Decimal

from wijkkracht.opendata.tables import LICENCE, Table

FIXED = datetime.datetime(2000, 1, 1)  # every date inside the Excel file: the bytes stay put
_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")


def _plain(value: object) -> object:
    """A decimal as JSON and Excel take it."""
    return float(value) if isinstance(value, Decimal) else value


def _csv(table: Table, delimiter: str) -> bytes:
    """With semicolons a decimal has a comma, as Dutch Excel reads it."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([column.name for column in table.columns])
    for row in table.rows:
        writer.writerow(
            [
                str(value).replace(".", ",")
                if delimiter == ";" and isinstance(value, Decimal)
                else value
                for value in row
            ]
        )
    return buffer.getvalue().encode("utf-8")


def _json(table: Table) -> bytes:
    records = [
        {
            column.name: None if value == "" else _plain(value)
            for column, value in zip(table.columns, row, strict=True)
        }
        for row in table.rows
    ]
    return (json.dumps(records, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _xlsx(table: Table) -> bytes:
    """Excel with fixed dates in its properties and in its zip entries."""
    from openpyxl import Workbook  # loaded on first use: slow to import

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = table.key[:31]
    sheet.append([column.name for column in table.columns])
    for row in table.rows:
        sheet.append([None if value == "" else _plain(value) for value in row])
    workbook.properties.created = workbook.properties.modified = FIXED
    workbook.properties.creator = "Wijkkracht"
    made = io.BytesIO()
    workbook.save(made)
    stable = io.BytesIO()
    with zipfile.ZipFile(made) as source, zipfile.ZipFile(stable, "w") as target:
        for entry in sorted(source.infolist(), key=lambda info: info.filename):
            info = zipfile.ZipInfo(entry.filename, date_time=FIXED.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            content = source.read(entry.filename)
            if entry.filename == "docProps/core.xml":  # openpyxl stamps the time of saving
                content = _MODIFIED.sub(rb"\g<1>2000-01-01T00:00:00Z\g<2>", content)
            target.writestr(info, content)
    return stable.getvalue()


def _metadata(table: Table, csv_name: str) -> bytes:
    document = {
        "@context": ["http://www.w3.org/ns/csvw", {"@language": "nl"}],
        "url": csv_name,
        "dc:title": table.title,
        "dc:description": table.description,
        "dc:source": table.source,
        "dc:license": LICENCE,
        "dialect": {"delimiter": ",", "encoding": "utf-8", "header": True},
        "tableSchema": {
            "columns": [
                {
                    "name": column.name,
                    "titles": column.title,
                    "datatype": column.datatype,
                    "dc:description": column.description,
                    **({"unit": column.unit} if column.unit else {}),
                    "null": "",
                }
                for column in table.columns
            ],
            "primaryKey": table.columns[0].name,
        },
    }
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _readme(table: Table, names: list[str]) -> bytes:
    lines = [
        f"# {table.title}",
        "",
        table.description,
        "",
        "## Bestanden",
        "",
        *[f"- `{name}`" for name in names],
        "",
        "De CSV-bestanden zijn UTF-8. Het ene heeft komma's tussen de velden, het andere "
        "puntkomma's (voor Excel in het Nederlands).",
        "",
        "## Kolommen",
        "",
        "| kolom | betekenis | soort | eenheid |",
        "| --- | --- | --- | --- |",
        *[
            f"| `{c.name}` | {c.description} | {c.datatype} | {c.unit or '-'} |"
            for c in table.columns
        ],
        "",
        "## Bron",
        "",
        table.source,
        "",
        "## Zo beschermen we mensen",
        "",
        table.rule,
        "",
        "## Gebruik",
        "",
        f"Vrij te gebruiken met bronvermelding: {LICENCE}.",
        "",
    ]
    return "\n".join(lines).encode("utf-8")


def dataset_files(table: Table) -> dict[str, bytes]:
    stem = table.key
    files = {
        f"{stem}.csv": _csv(table, ","),
        f"{stem}-puntkomma.csv": _csv(table, ";"),
        f"{stem}.json": _json(table),
        f"{stem}.xlsx": _xlsx(table),
    }
    files[f"{stem}.csv-metadata.json"] = _metadata(table, f"{stem}.csv")
    files["LEESMIJ.md"] = _readme(table, sorted([*files, "LEESMIJ.md"]))
    return files
