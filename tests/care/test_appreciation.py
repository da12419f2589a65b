"""The carer list for the municipality: who said yes and meets the rule, one line per carer or
per care relation, and no file while a line could not be used."""

import csv
import datetime
import io
from decimal import Decimal

from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_scopes import scope
from openpyxl import load_workbook

from tests.care.build import a_circle, a_member
from tests.care.conftest import Care
from tests.conftest import login, make_person
from wijkkracht.care.models import CircleRole
from wijkkracht.care.services.appreciation import PER_CARER, PER_RELATION, appreciation_list

LONG_AGO = datetime.date(2024, 1, 1)


def _carer_of_two(care: Care) -> None:
    """The daughter cares 10 hours for her mother and 6 for her father, both long."""
    with scope(collective=care.collective):
        care.daughter.hours_per_week, care.daughter.cares_since = Decimal(10), LONG_AGO
        care.daughter.appreciation_consent = True
        care.daughter.save()
    father = make_person(care.collective, "resident", given_name="Klaas", family_name="Mulder")
    a_member(
        a_circle(care.collective, father),
        person=care.daughter.person,
        hours_per_week=Decimal(6),
        cares_since=datetime.date(2025, 3, 1),
        appreciation_consent=True,
    )


def test_a_carer_of_two_is_one_line_per_carer_and_two_per_relation(care: Care) -> None:
    _carer_of_two(care)
    year = timezone.localdate().year
    with scope(collective=care.collective):
        per_carer = appreciation_list(year, PER_CARER)
        per_relation = appreciation_list(year, PER_RELATION)
    assert [(line.cared_for, line.hours_per_week, line.since) for line in per_carer.lines] == [
        (["Aaltje Mulder", "Klaas Mulder"], Decimal(16), LONG_AGO)
    ]
    # Per relation, 6 hours for the father is below the rule's 8: only the mother's line.
    assert [line.cared_for for line in per_relation.lines] == [["Aaltje Mulder"]]
    assert per_carer.errors == per_relation.errors == []


def test_no_consent_too_few_hours_or_too_recent_keeps_a_carer_off(care: Care) -> None:
    circle = care.circle
    a_member(circle, CircleRole.FAMILY, hours_per_week=Decimal(20), cares_since=LONG_AGO)
    a_member(
        circle,
        CircleRole.NEIGHBOUR,
        hours_per_week=Decimal(7),
        cares_since=LONG_AGO,
        appreciation_consent=True,
    )
    recent = timezone.localdate() - datetime.timedelta(days=30)
    a_member(
        circle,
        CircleRole.VOLUNTEER,
        hours_per_week=Decimal(9),
        cares_since=recent,
        appreciation_consent=True,
    )
    with scope(collective=care.collective):
        assert appreciation_list(timezone.localdate().year, PER_CARER).lines == []


def test_the_file_is_dutch_excel_and_refused_while_an_address_is_missing(care: Care) -> None:
    _carer_of_two(care)
    url = reverse("care:appreciation", args=[care.collective.slug])
    client = login(Client(), care.coordinator)
    csv_file = client.get(url, {"per": "carer", "bestand": "csv"})
    assert csv_file["Content-Type"].startswith("text/csv")
    assert csv_file.content.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(csv_file.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["Voornaam", "Tussenvoegsel", "Achternaam"]
    assert rows[1][6:8] == ["7901 CE", "Hoogeveen"]
    assert rows[1][10:12] == ["Aaltje Mulder, Klaas Mulder", "16,0"]
    workbook = load_workbook(io.BytesIO(client.get(url, {"bestand": "xlsx"}).content))
    assert workbook.active.max_row == 2
    with scope(collective=care.collective):
        person = care.daughter.person
        person.street = ""
        person.save()
    refused = client.get(url, {"per": "carer", "bestand": "csv"})
    page = refused.content.decode()
    assert refused["Content-Type"].startswith("text/html")
    assert "Regel 2" in page and "adres is niet compleet" in page


def test_the_letters_thank_each_carer_once(care: Care) -> None:
    _carer_of_two(care)
    url = reverse("care:appreciation_letters", args=[care.collective.slug])
    page = login(Client(), care.coordinator).get(url).content.decode()
    assert page.count('class="wk-letter"') == 1
    assert "U zorgt voor Aaltje Mulder, Klaas Mulder." in page
