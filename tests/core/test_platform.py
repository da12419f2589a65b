from django.core import mail
from django.test import Client
from django.urls import reverse
from django_scopes import scope

from tests.conftest import PASSWORD, World
from wijkkracht.core.models import Area, AuditEntry, Collective, Person, User

NEW_COLLECTIVE = {
    "name": "Buurtcoöperatie Oog in Al",
    "slug": "oog-in-al",
    "legal_form": "cooperatie",
    "kvk_number": "12345678",
    "area_codes": "bu03440112",
    "coordinator_name": "Wilma de Boer",
    "coordinator_email": "wilma@oog-in-al.example",
}


def test_platform_admin_opens_a_collective_whose_coordinator_is_invited(
    db: None, client: Client, django_capture_on_commit_callbacks
) -> None:
    Area.objects.create(code="BU03440112", name="Oog in Al", kind="buurt", year=2024)
    User.objects.create_superuser("beheer@platform.example", PASSWORD, name="Beheer")
    client.post(reverse("core:login"), {"email": "beheer@platform.example", "password": PASSWORD})
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("core:platform"), NEW_COLLECTIVE, follow=True)
    assert "Buurtcoöperatie Oog in Al is aangemaakt" in response.content.decode()
    collective = Collective.objects.get(slug="oog-in-al")
    assert [area.code for area in collective.areas.all()] == ["BU03440112"]
    with scope(collective=collective):
        coordinator = Person.objects.get(email="wilma@oog-in-al.example")
        assert coordinator.family_name == "de Boer"
        assert list(coordinator.roles.values_list("name", flat=True)) == ["coordinator"]
        assert AuditEntry.objects.filter(action="person.invite").count() == 1
    assert mail.outbox == []  # the invitation waits for the task worker


def test_taken_or_reserved_short_name_is_refused_in_dutch(world: World, client: Client) -> None:
    User.objects.create_superuser("beheer@platform.example", PASSWORD, name="Beheer")
    client.post(reverse("core:login"), {"email": "beheer@platform.example", "password": PASSWORD})
    taken = client.post(reverse("core:platform"), {**NEW_COLLECTIVE, "slug": world.a.slug})
    assert "Deze korte naam is al in gebruik." in taken.content.decode()
    reserved = client.post(reverse("core:platform"), {**NEW_COLLECTIVE, "slug": "api"})
    assert "in gebruik door Wijkkracht zelf" in reserved.content.decode()
    assert Collective.objects.count() == 2


def test_only_platform_admins_may_open_collectives(world: World, logged_in) -> None:
    response = logged_in(world.a_partner).get(reverse("core:platform"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("core:login"))
