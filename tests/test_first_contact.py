"""Across the apps: the public home each app adds to, Vandaag per role, and the grouped menu."""

import re

import pytest
from django.test import Client
from django_scopes import scope

from tests.browser.world import make_browser_world
from tests.conftest import World, login, make_user
from wijkkracht.core.services.collectives import collective_public_set

pytestmark = pytest.mark.django_db


def todo(page: str) -> dict[str, int]:
    """The lines of Vandaag as {label: count}."""
    found = re.findall(r'wk-todo__count">(\d+)</span> ([^<]+)</a>', page)
    return {label.strip(): int(count) for count, label in found}


def test_the_public_home_says_who_we_are_how_to_call_and_what_is_on(
    world: World, client: Client
) -> None:
    with scope(collective=world.a):
        collective_public_set(
            actor=world.a_coordinator,
            collective=world.a,
            about="Buren helpen buren in dorp A.",
            phone="0528 760 100",
            visiting_address="Dorpshuis, Brink 1",
        )
    page = client.get(f"/{world.a.slug}/").content.decode()
    assert "Buren helpen buren in dorp A." in page
    assert 'href="tel:0528760100"' in page and "Dorpshuis, Brink 1" in page
    assert "Deze week" in page and "Lid worden" in page
    assert f'href="/{world.a.slug}/hulp/bel-mij/"' in page  # Hulp vragen without an account
    assert f'href="/{world.a.slug}/lid-worden/"' in page


def test_only_the_coordinator_changes_the_public_home(world: World, client: Client) -> None:
    login(client, make_user(world.a, "volunteer", email="v@dorp-a.example"))
    assert client.get(f"/{world.a.slug}/voorpagina/").status_code == 404
    client.logout()
    login(client, world.a_coordinator)
    data = {"about": "Wij zijn er voor u.", "phone": "0528 1", "email": "x", "visiting_address": ""}
    page = client.post(f"/{world.a.slug}/voorpagina/", data).content.decode()
    assert "Voer een geldig e-mailadres in." in page
    client.post(f"/{world.a.slug}/voorpagina/", {**data, "email": "info@dorp-a.example"})
    world.a.refresh_from_db()
    assert (world.a.about, world.a.email) == ("Wij zijn er voor u.", "info@dorp-a.example")


def test_vandaag_shows_each_role_what_waits_for_them(world: World, client: Client) -> None:
    coordinator = Client()
    login(coordinator, world.a_coordinator)
    lines = todo(coordinator.get(f"/{world.a.slug}/").content.decode())
    # The test world has one application waiting, one call-back and open requests.
    assert lines["Aanmeldingen van nieuwe leden"] == 1
    assert lines["Terugbellen: vragen van de website"] == 1
    assert lines["Hulpvragen zonder vrijwilliger"] >= 1
    treasurer = Client()
    login(treasurer, make_user(world.a, "board", email="penning@dorp-a.example"))
    lines = todo(treasurer.get(f"/{world.a.slug}/").content.decode())
    assert lines["Aanmeldingen van nieuwe leden"] == 1
    assert "Terugbellen: vragen van de website" not in lines


def test_a_volunteer_sees_their_tasks_and_a_member_their_votes(client: Client) -> None:
    bw = make_browser_world()
    login(client, bw.volunteer)
    assert todo(client.get(f"/{bw.world.a.slug}/").content.decode()) == {"Mijn taken": 1}
    client.logout()
    login(client, bw.member)
    page = client.get(f"/{bw.world.a.slug}/").content.decode()
    assert "<h1>Vandaag</h1>" in page
    assert "Terugbellen" not in page and "Aanmeldingen" not in page


def test_the_menu_is_grouped_and_marks_the_group_of_the_page(world: World, client: Client) -> None:
    page = client.get(f"/{world.a.slug}/agenda/").content.decode()
    menu = page[page.index('<nav class="wk-nav"') : page.index("</nav>")]
    labels = re.findall(r">([^<>]+)</a>", menu)
    assert labels == ["Voorpagina", "Hulp", "Samen", "Informatie", "Inspraak", "Vereniging",
                      "Cijfers"]  # fmt: skip
    assert re.search(r'aria-current="true">Samen<', menu)
    login(client, world.a_coordinator)
    group = client.get(f"/{world.a.slug}/menu/vereniging/").content.decode()
    assert "Aanmeldingen" in group and "Contributie" in group and "Lid worden" not in group
    assert client.get(f"/{world.a.slug}/menu/bestaat-niet/").status_code == 404
