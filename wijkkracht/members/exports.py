"""The member register out of the platform: CSV for Dutch Excel and XLSX."""

from collections.abc import Iterable

from django.db.models import QuerySet

from wijkkracht.core.tables import table_csv, table_xlsx
from wijkkracht.members.models import Member

HEADER = [
    "lidnummer",
    "voornaam",
    "tussenvoegsel",
    "achternaam",
    "straat",
    "huisnummer",
    "toevoeging",
    "postcode",
    "woonplaats",
    "e-mail",
    "telefoon",
    "contact",
    "lid sinds",
    "lid tot",
    "tarief",
]
_CONTACT_WORD = {"email": "e-mail", "letter": "brief", "phone": "telefoon"}
_RATE_WORD = {"standard": "gewoon", "reduced": "verlaagd", "exempt": "vrijgesteld"}


def register_rows(members: QuerySet[Member]) -> Iterable[list[object]]:
    """One row per member, with the same column names the import reads back."""
    for member in members.select_related("person").iterator(chunk_size=1000):
        person = member.person
        yield [
            member.number,
            person.given_name,
            person.family_name_prefix,
            person.family_name,
            person.street,
            person.house_number,
            person.house_number_addition,
            person.postcode,
            person.city,
            person.email,
            person.phone,
            _CONTACT_WORD[person.contact_preference],
            member.since.strftime("%d-%m-%Y"),
            member.until.strftime("%d-%m-%Y") if member.until else "",
            _RATE_WORD[member.rate],
        ]


def register_csv(members: QuerySet[Member]) -> bytes:
    return table_csv(HEADER, register_rows(members))


def register_xlsx(members: QuerySet[Member]) -> bytes:
    return table_xlsx(HEADER, register_rows(members), "Leden")
