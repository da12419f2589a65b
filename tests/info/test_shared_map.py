"""The federation's shared social map: a coordinator sees the public services of the other
member collectives (not their private ones) and copies one onto their own map, under the
organisation of the same name and not yet public; from outside the federation it is a 404."""

from django.urls import reverse
from django_scopes import scope, scopes_disabled

from tests.conftest import World, make_collective, make_user
from wijkkracht.core.models import User
from wijkkracht.info.models import Organisation, Service


def test_a_coordinator_copies_a_service_of_another_collective(
    federation_world: tuple[World, User], logged_in
) -> None:
    world, _staff = federation_world
    client = logged_in(world.b_coordinator)
    page = client.get(reverse("info:shared_map", args=[world.b.slug])).content.decode()
    assert "Formulierenhulp" in page and "Ledenspreekuur" not in page  # public only
    with scopes_disabled():
        source = Service.objects.get(collective=world.a, name="Formulierenhulp")
    copy = reverse("info:shared_copy", args=[world.b.slug, source.pk])
    assert client.get(copy).status_code == 405
    done = client.post(copy, follow=True)
    assert "nog niet openbaar" in done.content.decode()
    client.post(copy)  # twice: a second service under the same organisation
    with scope(collective=world.b):
        copies = Service.objects.filter(name="Formulierenhulp")
        assert copies.count() == 2 and not copies.filter(public=True).exists()
        organisation = Organisation.objects.get(name="Stichting Thuisadministratie")
        assert organisation.phone == "030 123 4567"
        assert {c.organisation_id for c in copies} == {organisation.pk}
        assert copies.first().description == "Hulp met brieven van de gemeente."


def test_outside_the_federation_the_service_is_not_found(
    federation_world: tuple[World, User], logged_in
) -> None:
    world, _staff = federation_world
    outsider = make_collective("elders", "Buurtcoöperatie Elders")
    client = logged_in(make_user(outsider, "coordinator"))
    with scopes_disabled():
        public = Service.objects.get(collective=world.a, name="Formulierenhulp").pk
        private = Service.objects.get(collective=world.a, name="Ledenspreekuur").pk
    assert client.post(reverse("info:shared_copy", args=["elders", public])).status_code == 404
    page = client.get(reverse("info:shared_map", args=["elders"])).content.decode()
    assert "Er zijn geen diensten van andere coöperaties in uw federatie." in page
    inside = logged_in(world.b_coordinator)  # the same client, now in the federation
    assert inside.post(reverse("info:shared_copy", args=[world.b.slug, private])).status_code == 404
