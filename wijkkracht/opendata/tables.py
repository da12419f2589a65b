"""The datasets as tables: their columns described (name, title, type, unit, meaning) and
their rows, never a person. Counts of 1-9 people are left empty. The activity table has
finished calendar years only, like the federation dashboard and the partner API: years do not
overlap and a finished year no longer changes, so no published figure can be subtracted from
another to find a hidden one.
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from django.utils import timezone
from django_scopes import scope

from wijkkracht.core.models import Collective
from wijkkracht.opendata.models import DatasetKey

LICENCE_URL = "http://creativecommons.org/licenses/by/4.0/"
LICENCE = "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/deed.nl)"


@dataclass(frozen=True)
class Column:
    name: str
    title: str
    datatype: str  # as CSV on the Web names it: integer, decimal, string, gYearMonth, date
    description: str
    unit: str = ""


@dataclass(frozen=True)
class Table:
    key: str
    title: str
    description: str
    source: str
    rule: str
    columns: list[Column]
    rows: list[list[object]]


YEARS = 5  # the finished years a table covers

DESCRIPTIONS = {
    DatasetKey.ACTIVITY: (
        f"Per afgelopen kalenderjaar, de laatste {YEARS}: leden, vrijwilligers, hulp, "
        "activiteiten, bezoeken, vragen aan de balie en meedoen. Alleen aantallen, nooit "
        "personen."
    ),
    DatasetKey.SOCIAL_MAP: "De openbare diensten op de sociale kaart van de coöperatie.",
}


def _years(today: datetime.date) -> list[tuple[str, datetime.date, datetime.date]]:
    """The last finished calendar years: a year counts once it is over, so its figures no
    longer change from one release to the next."""
    return [
        (str(year), datetime.date(year, 1, 1), datetime.date(year, 12, 31))
        for year in range(today.year - YEARS, today.year)
    ]


def activity_table(collective: Collective) -> Table:
    from wijkkracht.federation.figures import COLUMNS, collective_figures

    columns = [Column("jaar", "Jaar", "gYear", "Het kalenderjaar.")]
    columns += [
        Column(
            column.key,
            str(column.label),
            "decimal" if column.key == "hours" else "integer",
            str(column.label) + (" (leeg: 1 tot 9, verborgen)" if column.people else ""),
            "uur" if column.key == "hours" else "aantal",
        )
        for column in COLUMNS
    ]
    rows: list[list[object]] = []
    for name, start, end in _years(timezone.localdate()):
        shown = collective_figures(collective, name, (start, end))
        rows.append([name, *("" if shown[c.key] is None else shown[c.key] for c in COLUMNS)])
    return Table(
        key=DatasetKey.ACTIVITY,
        title=f"{collective.name}: wat de coöperatie deed, per jaar",
        description=DESCRIPTIONS[DatasetKey.ACTIVITY],
        source=f"Wijkkracht, de administratie van {collective.name}.",
        rule=(
            "Een aantal van 1 tot en met 9 mensen laten we leeg, zodat niemand herkenbaar is. "
            "Uren laten we leeg als minder dan 10 vrijwilligers ze schreven. Er staan alleen "
            "afgelopen jaren in, geen maanden en geen totalen: zo kan niemand een leeg vak "
            "uitrekenen. Verschilt een aantal 1 tot en met 9 van wat we eerder over dat jaar "
            "lieten zien (hier, aan de stadscoöperatie of aan een partner), dan blijft het ook "
            "leeg."
        ),
        columns=columns,
        rows=rows,
    )


def social_map_table(collective: Collective) -> Table:
    from wijkkracht.info.models import Service

    columns = [
        Column("dienst", "Dienst", "string", "Wat de dienst doet, kort."),
        Column("organisatie", "Organisatie", "string", "Wie de dienst geeft."),
        Column("waarmee", "Waarmee helpt het", "string", "Het onderwerp op de sociale kaart."),
        Column("uitleg", "Uitleg", "string", "Uitleg in gewone woorden."),
        Column("hoe", "Hoe komt u eraan", "string", "Bellen, langskomen of aanmelden."),
        Column("kosten", "Kosten", "string", "Wat het kost, in woorden."),
        Column("adres", "Adres", "string", "Het adres van de organisatie."),
        Column("telefoon", "Telefoon", "string", "Het telefoonnummer van de organisatie."),
        Column("website", "Website", "string", "De website van de organisatie."),
        Column("gecontroleerd", "Laatst gecontroleerd", "date", "Wanneer iemand het naliep."),
    ]
    with scope(collective=collective):
        services = Service.objects.filter(public=True).select_related("organisation")
        rows: list[list[object]] = [
            [
                s.name,
                s.organisation.name,
                s.get_need_display(),
                s.description,
                s.how_to,
                s.cost,
                s.organisation.address,
                s.organisation.phone,
                s.organisation.website,
                s.checked_on.isoformat() if s.checked_on else "",
            ]
            for s in services.order_by("need", "name", "pk")
        ]
    return Table(
        key=DatasetKey.SOCIAL_MAP,
        title=f"{collective.name}: de sociale kaart",
        description=DESCRIPTIONS[DatasetKey.SOCIAL_MAP],
        source=f"Wijkkracht, de sociale kaart van {collective.name}.",
        rule="Alleen diensten die de coöperatie openbaar maakte. Er staan geen personen in.",
        columns=columns,
        rows=rows,
    )


TABLES: dict[str, Callable[[Collective], Table]] = {
    DatasetKey.ACTIVITY: activity_table,
    DatasetKey.SOCIAL_MAP: social_map_table,
}
