import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django_scopes import ScopeError, scope

from tests.conftest import World, make_collective
from wijkkracht.core.models import AuditEntry, Person
from wijkkracht.core.selectors import person_list


def test_query_on_a_tenant_model_without_scope_raises(world: World) -> None:
    with pytest.raises(ScopeError):
        list(Person.objects.all())


def test_scope_shows_only_the_collectives_own_people(world: World) -> None:
    with scope(collective=world.b):
        names = {person.email for person in person_list()}
    assert names == {"coordinator@wijk-b.example", "alles@wijk-b.example"}


def test_unknown_collective_is_404(client: Client, db: None) -> None:
    assert client.get("/bestaat-niet/").status_code == 404


def test_collective_slug_may_not_hide_a_platform_page(db: None) -> None:
    with pytest.raises(ValidationError):
        make_collective("account", "Coöperatie Account")


def test_new_collective_is_in_its_own_audit_log(db: None) -> None:
    collective = make_collective("nieuw", "Nieuwe coöperatie")
    with scope(collective=collective):
        assert AuditEntry.objects.filter(action="collective.create").count() == 1


def test_public_page_of_a_collective_shows_no_people(world: World, client: Client) -> None:
    page = client.get(f"/{world.a.slug}/").content.decode()
    assert world.a.name in page
    assert world.a_resident.full_name not in page
