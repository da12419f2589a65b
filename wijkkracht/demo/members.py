"""The demo's member lists, written as a treasurer's Dutch Excel CSV and read by the importer,
and a year of contributions behind them."""

import csv
import datetime
import io
import random
from decimal import Decimal

from faker import Faker
from schwifty import IBAN

from wijkkracht.core.models import Collective, User
from wijkkracht.help.services.callbacks import callback_leave
from wijkkracht.members.models import ApplicationVia, ConsentTopic, Contribution, PaymentMethod
from wijkkracht.members.services.applications import application_submit, mandate_reference_new
from wijkkracht.members.services.contributions import contribution_run, payment_record, rule_set
from wijkkracht.members.services.importing import members_import
from wijkkracht.members.services.members import consent_text_publish
from wijkkracht.members.services.sepa import creditor_set

SHARE_WITH_EMAIL = 0.55  # many older members have no e-mail
SHARE_WITH_PHONE = 0.9
SHARE_WITH_MANDATE = 0.6
BANKS = ["RABO", "INGB", "ABNA", "SNSB", "ASNB", "TRIO"]
CONSENT_TEXTS = {
    ConsentTopic.NEWSLETTER: "Ik wil de nieuwsbrief per e-mail krijgen. Eén keer per maand.",
    ConsentTopic.PHOTOS: "Foto's waar ik op sta, mogen in de nieuwsbrief en op de website.",
    ConsentTopic.MEMBER_LIST: "Mijn naam en adres mogen in de ledenlijst die andere leden zien.",
}
HEADER = [
    "Lidnr", "Voornaam", "Tussenvoegsel", "Achternaam", "Straat", "Huisnr", "Postcode",
    "Woonplaats", "E-mail", "Telefoon", "Contact", "Lid sinds", "Tarief", "IBAN",
    "Machtiging datum",
]  # fmt: skip


def member_list_csv(
    *,
    fake: Faker,
    rng: random.Random,
    count: int,
    city: str,
    postcode_digits: str,
    first_number: int,
) -> bytes:
    """A member list as a village treasurer keeps it: ';', Windows-1252, postcodes without space."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(HEADER)
    used_addresses: set[tuple[str, int]] = set()
    number = first_number
    while number < first_number + count:
        postcode, house_number = _free_address(rng, postcode_digits, used_addresses)
        street, family_name = fake.street_name(), fake.last_name()
        prefix, _space, name = family_name.rpartition(" ")
        mandate = rng.random() < SHARE_WITH_MANDATE
        given_names: set[str] = set()
        for index in range(min(rng.choice([1, 1, 2]), first_number + count - number)):
            given_name = fake.first_name()
            while given_name in given_names:
                given_name = fake.first_name()
            given_names.add(given_name)
            has_email = rng.random() < SHARE_WITH_EMAIL
            since = datetime.date(2012, 1, 1) + datetime.timedelta(days=rng.randrange(5000))
            writer.writerow(
                [
                    number,
                    given_name,
                    prefix,
                    name,
                    street,
                    house_number,
                    postcode,
                    city,
                    fake.unique.email(domain="voorbeeld.example") if has_email else "",
                    fake.phone_number() if rng.random() < SHARE_WITH_PHONE else "",
                    "e-mail" if has_email else rng.choice(["brief", "telefoon"]),
                    f"{since.day}-{since.month}-{since.year}",
                    rng.choices(["", "verlaagd", "vrijgesteld"], weights=[94, 5, 1])[0],
                    *(_mandate(rng, since) if mandate and index == 0 else ["", ""]),
                ]
            )
            number += 1
    return buffer.getvalue().encode("cp1252", errors="replace")


def _free_address(rng: random.Random, digits: str, used: set[tuple[str, int]]) -> tuple[str, int]:
    while True:
        letters = rng.choice(["AA", "AB", "AC", "BA", "BB", "CD", "EG", "HK"])
        address = (f"{digits}{letters}", rng.randint(1, 180))
        if address not in used:
            used.add(address)
            return address


def _mandate(rng: random.Random, since: datetime.date) -> list[str]:
    iban = IBAN.generate(
        "NL", bank_code=rng.choice(BANKS), account_code=str(rng.randrange(10**9, 10**10))
    )
    return [iban.formatted, since.strftime("%d-%m-%Y")]


def members_load(*, collective: Collective, content: bytes) -> None:
    members_import(actor=None, collective=collective, content=content, filename="ledenlijst.csv")


def treasury_load(*, collective: Collective, treasurer: User, rng: random.Random) -> None:
    """Bank details, consent texts, the amounts for 2025 and 2026, and 2025 collected.

    A dozen households have not paid for 2025, so the treasurer has someone to remind.
    2026 is left for the treasurer to run in the demo.
    """
    creditor_set(
        actor=treasurer,
        collective=collective,
        name=collective.name[:70],
        iban="NL42RABO0300012345",
        creditor_id="NL79ZZZ999999990000",
    )
    for topic, text in CONSENT_TEXTS.items():
        consent_text_publish(actor=None, collective_id=collective.pk, topic=topic, text=text)
    for year in (2025, 2026):
        rule_set(
            actor=treasurer,
            collective=collective,
            year=year,
            first_amount=Decimal("10.00"),
            further_amount=Decimal("7.50"),
            reduced_amount=Decimal("5.00"),
        )
    contribution_run(actor=treasurer, collective=collective, year=2025)
    open_contributions = list(Contribution.objects.filter(year=2025, status="open"))
    unpaid = set(rng.sample(range(len(open_contributions)), k=min(12, len(open_contributions))))
    for index, contribution in enumerate(open_contributions):
        if index in unpaid:
            continue
        payment_record(
            actor=treasurer,
            contribution=contribution,
            amount=contribution.amount,
            method=rng.choice([PaymentMethod.TRANSFER, PaymentMethod.TRANSFER, PaymentMethod.CASH]),
            paid_on=datetime.date(2025, 3, 1) + datetime.timedelta(days=rng.randrange(120)),
        )


def first_contact_load(*, collective: Collective) -> None:
    """A new resident's application with a mandate and a question left on the public home,
    so the coordinator's Vandaag has them and the treasurer can try accepting."""
    application_submit(
        actor=None,
        collective=collective,
        via=ApplicationVia.ONLINE,
        fields={
            "given_name": "Grietje",
            "family_name_prefix": "",
            "family_name": "Mulder",
            "email": "grietje.mulder@voorbeeld.example",
            "phone": "0528 221 100",
            "street": "Brink",
            "house_number": 3,
            "house_number_addition": "",
            "postcode": "7915 ZZ",
            "city": "Veldhoek",
            "contact_preference": "email",
        },
        housemates="Jan Mulder",
        iban="NL91 ABNA 0417 1643 00",
        reference=mandate_reference_new(),
        ip="192.0.2.10",
    )
    callback_leave(
        collective=collective,
        name="Bep Kuipers",
        phone="0528 765 432",
        what="Mijn man kan niet meer naar de supermarkt. Kan iemand boodschappen doen?",
        when="deze week, liefst 's ochtends",
    )
