"""Twelve doors of the test world's village read from an address file, and a round cut into
walk lists of five."""

import datetime
from dataclasses import dataclass

from django.utils import timezone
from django_scopes import scope

from wijkkracht.core.models import Collective, Person
from wijkkracht.outreach.models import Round
from wijkkracht.outreach.services.doors import doors_load
from wijkkracht.outreach.services.rounds import round_create

HEADER = "postcode;huisnummer;huisletter;toevoeging;straat;woonplaats;gebruiksdoel\n"


def address_file(*rows: str) -> bytes:
    return (HEADER + "".join(f"{row}\n" for row in rows)).encode()


# Dorpsstraat 1 to 10 and two shops: ten homes, two doors nobody lives behind.
DOORS = address_file(
    *(f"7915 AB;{n};;;Dorpsstraat;Dorp A;woonfunctie" for n in range(1, 11)),
    "7915 AC;2;A;;Kerkstraat;Dorp A;winkelfunctie",
    "7915 AC;4;;1;Kerkstraat;Dorp A;woonfunctie,winkelfunctie",
)


@dataclass(frozen=True)
class OutreachIds:
    round_id: int
    list_id: int  # the first list
    stop_id: int  # its first door


def a_round(collective: Collective, *assistants: Person, size: int = 5) -> Round:
    today = timezone.localdate()
    with scope(collective=collective):
        return round_create(
            actor=None,
            collective=collective,
            name="Kennismaken 2027",
            area=None,
            starts_on=today,
            ends_on=today + datetime.timedelta(days=60),
            list_size=size,
            assistants=assistants,
        )


def outreach_build(collective: Collective) -> OutreachIds:
    with scope(collective=collective):
        doors_load(actor=None, collective=collective, content=DOORS, filename="adressen.csv")
    found = a_round(collective)
    with scope(collective=collective):
        first = found.lists.get(number=1)
        return OutreachIds(found.pk, first.pk, first.stops.get(position=1).pk)
