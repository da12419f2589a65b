"""Hulp vragen without an account: the question reaches the 1-loket, which calls back."""

import pytest
from django.test import Client
from django_scopes import scope

from tests.conftest import World, login
from wijkkracht.core.models import AuditEntry
from wijkkracht.help.models import Callback

pytestmark = pytest.mark.django_db

FORM = {"name": "Bep Kuipers", "phone": "0528 765 432", "what": "Boodschappen", "when": "vrijdag"}


def test_a_visitor_asks_for_help_and_the_coordinator_sees_whom_to_call(
    world: World, client: Client
) -> None:
    page = client.post(f"/{world.a.slug}/hulp/bel-mij/", FORM).content.decode()
    assert "Dank u wel. Wij bellen u terug." in page
    login(client, world.a_coordinator)
    today = client.get(f"/{world.a.slug}/").content.decode()
    assert "Terugbellen: vragen van de website" in today
    listed = client.get(f"/{world.a.slug}/hulp/terugbellen/").content.decode()
    assert "Bep Kuipers" in listed and 'href="tel:0528 765 432"' in listed
    with scope(collective=world.a):
        callback = Callback.objects.get(name="Bep Kuipers")
        # The log says a question came in, never who asked or what.
        entry = AuditEntry.objects.get(action="callback.leave", object_id=str(callback.pk))
        assert "Bep" not in str(entry.data) and "Boodschappen" not in str(entry.data)
    done = client.post(f"/{world.a.slug}/hulp/terugbellen/{callback.pk}/klaar/", follow=True)
    listed = done.content.decode()
    assert "Gebeld. De vraag van Bep Kuipers is van de lijst." in listed
    assert 'href="tel:0528 765 432"' not in listed
    with scope(collective=world.a):
        assert not Callback.objects.filter(name="Bep Kuipers").exists()


def test_a_short_phone_number_is_refused_in_dutch_and_a_robot_leaves_nothing(
    world: World, client: Client
) -> None:
    with scope(collective=world.a):
        before = Callback.objects.count()
    page = client.post(f"/{world.a.slug}/hulp/bel-mij/", {**FORM, "phone": "12345"})
    assert "Een telefoonnummer heeft 10 cijfers" in page.content.decode()
    assert 'value="Bep Kuipers"' in page.content.decode()
    page = client.post(f"/{world.a.slug}/hulp/bel-mij/", {**FORM, "website": "http://spam"})
    assert "Dank u wel. Wij bellen u terug." in page.content.decode()
    with scope(collective=world.a):
        assert Callback.objects.count() == before


def test_only_the_coordinator_sees_the_call_back_list(world: World, client: Client) -> None:
    assert client.get(f"/{world.a.slug}/hulp/terugbellen/").status_code == 302  # to log in
    login(client, world.a_partner)
    assert client.get(f"/{world.a.slug}/hulp/terugbellen/").status_code == 404
