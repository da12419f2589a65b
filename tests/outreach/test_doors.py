"""The address file: all or nothing with every wrong row named, homes told from shops, read
again without doubles."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django_scopes import scope

from tests.conftest import World, login
from tests.outreach.build import address_file
from wijkkracht.outreach.models import Door

pytestmark = pytest.mark.django_db


def upload(client: Client, world: World, content: bytes, name: str = "adressen.csv") -> str:
    page = client.post(
        f"/{world.a.slug}/aanbellen/adressen/",
        {"file": SimpleUploadedFile(name, content)},
        follow=True,
    )
    return page.content.decode()


def test_a_file_with_wrong_rows_reads_in_nothing_and_names_each_row(
    world: World, client: Client
) -> None:
    login(client, world.a_coordinator)
    with scope(collective=world.a):
        before = Door.objects.count()
    page = upload(
        client,
        world,
        address_file(
            "7915 AB;20;;;Dorpsstraat;Dorp A;woonfunctie",
            "7915;21;;;Dorpsstraat;Dorp A;woonfunctie",
            "7915 AB;twee;;;Dorpsstraat;Dorp A;woonfunctie",
            "7915 AB;20;;;Dorpsstraat;Dorp A;woonfunctie",
        ),
    )
    assert "Er is niets ingelezen" in page
    assert "Rij 3: de postcode “7915” klopt niet." in page
    assert "Rij 4: het huisnummer “twee” is geen heel getal." in page
    assert "Rij 5: dit adres staat ook in rij 2." in page
    with scope(collective=world.a):
        assert Door.objects.count() == before


def test_reading_again_adds_only_new_doors_and_shops_are_not_homes(
    world: World, client: Client
) -> None:
    login(client, world.a_coordinator)
    rows = ("7915 AD;1;;;Molenweg;Dorp A;woonfunctie", "7915 AD;3;;;Molenweg;Dorp A;kantoorfunctie")
    assert "2 nieuw, 0 al bekend" in upload(client, world, address_file(*rows))
    assert "0 nieuw, 2 al bekend" in upload(client, world, address_file(*rows))
    with scope(collective=world.a):
        molenweg = Door.objects.filter(street="Molenweg")
        assert [door.residential for door in molenweg] == [True, False]
    # The test world read 12 doors, 11 of them homes (a shop at Kerkstraat 2A).
    overview = client.get(f"/{world.a.slug}/aanbellen/").content.decode()
    assert "<strong>12</strong> woningen" in overview
