import pytest
from django.urls import reverse
from django_scopes import scope, scopes_disabled

from tests.conftest import World, make_user
from wijkkracht.core.models import AccessEntry, AuditEntry, Person, Role

NEW_PERSON = {
    "given_name": "Aaltje",
    "family_name_prefix": "van",
    "family_name": "Dijk",
    "phone": "0528 351 122",
    "street": "Dorpsstraat",
    "house_number": "12",
    "house_number_addition": "a",
    "postcode": "7915ab",
    "city": "Veldhoek",
    "contact_preference": "phone",
    "roles": ["resident"],
}


def test_coordinator_registers_a_resident_without_email_who_phoned(
    world: World, logged_in, settings
) -> None:
    settings.REQUIRE_TWO_FACTOR = False
    client = logged_in(world.a_coordinator)
    response = client.post(reverse("core:person_create", args=[world.a.slug]), NEW_PERSON)
    assert response.status_code == 302
    with scope(collective=world.a):
        person = Person.objects.get(family_name="Dijk")
        assert person.postcode == "7915 AB"
        assert person.house_number_addition == "A"
        assert person.address == "Dorpsstraat 12A, 7915 AB Veldhoek"
        assert list(person.roles.values_list("name", flat=True)) == ["resident"]
        entry = AuditEntry.objects.get(action="person.create", object_id=str(person.pk))
    assert entry.actor == world.a_coordinator
    assert entry.on_behalf_of == person
    page = client.get(response["Location"]).content.decode()
    assert "Aaltje van Dijk is opgeslagen." in page


def test_bad_postcode_gets_a_dutch_message_and_saves_nothing(
    world: World, logged_in, settings
) -> None:
    settings.REQUIRE_TWO_FACTOR = False
    client = logged_in(world.a_coordinator)
    with scopes_disabled():
        before = Person.objects.count()
    response = client.post(
        reverse("core:person_create", args=[world.a.slug]), {**NEW_PERSON, "postcode": "0123 AB"}
    )
    assert response.status_code == 200
    assert "0123 AB is geen geldige postcode" in response.content.decode()
    assert 'value="Aaltje"' in response.content.decode()  # what was typed is kept
    with scopes_disabled():
        assert Person.objects.count() == before


def test_board_member_may_look_but_not_register(world: World, logged_in, settings) -> None:
    settings.REQUIRE_TWO_FACTOR = False
    client = logged_in(make_user(world.a, "board"))
    assert client.get(reverse("core:person_list", args=[world.a.slug])).status_code == 200
    assert client.get(reverse("core:person_create", args=[world.a.slug])).status_code == 404


@pytest.mark.parametrize(
    "who",
    [lambda world: make_user(world.a, "volunteer"), lambda world: world.b_coordinator],
    ids=["volunteer-here", "coordinator-of-other-collective"],
)
def test_people_list_is_404_for_a_volunteer_and_for_another_collective(
    world: World, logged_in, settings, who
) -> None:
    settings.REQUIRE_TWO_FACTOR = False
    client = logged_in(who(world))
    assert client.get(reverse("core:person_list", args=[world.a.slug])).status_code == 404


def test_search_finds_by_postcode_and_htmx_gets_only_the_results(
    world: World, logged_in, settings
) -> None:
    settings.REQUIRE_TWO_FACTOR = False
    client = logged_in(world.a_coordinator)
    url = reverse("core:person_list", args=[world.a.slug])
    full = client.get(url, {"q": "7915ab"}).content.decode()
    assert world.a_resident.full_name in full
    assert "<html" in full
    fragment = client.get(url, {"q": "7915 AB"}, headers={"HX-Request": "true"}).content.decode()
    assert "<html" not in fragment
    assert world.a_resident.full_name in fragment
    none = client.get(url, {"q": "bestaat-niet"}).content.decode()
    assert "0 personen gevonden" in none


def test_reading_a_record_is_logged_and_the_person_sees_who_read_it(
    world: World, logged_in, settings
) -> None:
    settings.REQUIRE_TWO_FACTOR = False
    resident_user = make_user(world.a, "member", email="lezer@dorp-a.example")
    with scope(collective=world.a):
        resident = Person.objects.get(user=resident_user)
    client = logged_in(world.a_coordinator)
    client.get(reverse("core:person_detail", args=[world.a.slug, resident.pk]))
    with scope(collective=world.a):
        entry = AccessEntry.objects.get(person=resident)
    assert entry.actor == world.a_coordinator
    assert entry.actor_role == "coordinator"

    client = logged_in(resident_user)
    page = client.get(reverse("core:my_data", args=[world.a.slug])).content.decode()
    assert world.a_coordinator.name in page


def test_roles_are_granted_and_revoked_but_never_the_last_coordinator(
    world: World, logged_in, settings
) -> None:
    settings.REQUIRE_TWO_FACTOR = False
    client = logged_in(world.a_coordinator)
    url = reverse("core:person_role", args=[world.a.slug, world.a_resident.pk])
    client.post(url, {"role": "volunteer", "action": "grant"})
    with scope(collective=world.a):
        assert Role.objects.filter(person=world.a_resident, name="volunteer").exists()
        coordinator = Person.objects.get(user=world.a_coordinator)
    client.post(url, {"role": "volunteer", "action": "revoke"})
    with scope(collective=world.a):
        assert not Role.objects.filter(person=world.a_resident, name="volunteer").exists()
    last = reverse("core:person_role", args=[world.a.slug, coordinator.pk])
    response = client.post(last, {"role": "coordinator", "action": "revoke"}, follow=True)
    assert "laatste coördinator" in response.content.decode()
    with scope(collective=world.a):
        assert Role.objects.filter(person=coordinator, name="coordinator").exists()


def test_invite_without_email_explains_why_not(world: World, logged_in, settings) -> None:
    settings.REQUIRE_TWO_FACTOR = False
    client = logged_in(world.a_coordinator)
    url = reverse("core:person_invite", args=[world.a.slug, world.a_resident.pk])
    response = client.post(url, follow=True)
    assert "Vul eerst een e-mailadres in" in response.content.decode()


def test_editing_logs_which_fields_changed_but_not_their_values(
    world: World, logged_in, settings
) -> None:
    settings.REQUIRE_TWO_FACTOR = False
    client = logged_in(world.a_coordinator)
    url = reverse("core:person_edit", args=[world.a.slug, world.a_resident.pk])
    data = {**NEW_PERSON, "given_name": "Truus", "family_name": "Jansen", "phone": "06 1234 5678"}
    data.pop("roles")
    assert client.post(url, data).status_code == 302
    with scope(collective=world.a):
        entry = AuditEntry.objects.get(action="person.update")
    assert "phone" in entry.data["fields"]
    assert "06 1234 5678" not in str(entry.data)
