"""Public pages come from a cache that every change makes new: never stale, whatever the path of
the change (a service, a bulk update, another process, shared CBS figures)."""

from decimal import Decimal

import pytest
from django.apps import apps
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django_scopes import scope, scopes_disabled

from tests.conftest import World, login
from tests.processes import child_process_env, manage
from wijkkracht.core.models import Collective, Person
from wijkkracht.core.pagecache import code_version
from wijkkracht.core.services.accounts import api_token_create
from wijkkracht.core.versions import counted_tables, triggers
from wijkkracht.info.models import AreaFigure, Service

pytestmark = pytest.mark.django_db(transaction=True)


def _service_url(world: World) -> str:
    return f"/{world.a.slug}/informatie/diensten/{world.a_info.public_service_id}/"


def _queries(client: Client, url: str) -> tuple[str, int]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return response.content.decode(), len(queries)


def test_a_visitor_gets_the_kept_page_with_one_query(world: World, client: Client) -> None:
    _first, made = _queries(client, _service_url(world))
    again, kept = _queries(Client(), _service_url(world))
    assert "Formulierenhulp" in again
    assert kept == 1 < made  # the collective and its versions, nothing else


def test_a_change_through_a_service_shows_at_once(world: World, client: Client) -> None:
    client.get(_service_url(world))
    with scope(collective=world.a):
        service = Service.objects.get(pk=world.a_info.public_service_id)
        service.name = "Hulp bij formulieren"
        service.save()
    page = client.get(_service_url(world)).content.decode()
    assert "Hulp bij formulieren" in page


def test_a_bulk_update_and_another_process_show_at_once(world: World, client: Client) -> None:
    client.get(_service_url(world))
    with scope(collective=world.a):  # no save(), no signal: only the database knows
        Service.objects.filter(pk=world.a_info.public_service_id).update(name="Formulierenteam")
    assert "Formulierenteam" in client.get(_service_url(world)).content.decode()
    # A worker or a command in another process, straight in the database.
    rename = (
        "from django.db import connection; connection.cursor().execute("
        "\"UPDATE info_service SET name = 'Papierwinkel' WHERE id = %s\", [%s])"
    )
    manage("shell", "-c", rename % ("%s", world.a_info.public_service_id), env=child_process_env())
    assert "Papierwinkel" in client.get(_service_url(world)).content.decode()


def test_new_cbs_figures_show_on_every_collectives_facts_page(world: World, client: Client) -> None:
    url = f"/{world.a.slug}/informatie/buurtcijfers/"
    assert "2.260" in client.get(url).content.decode()
    AreaFigure.objects.filter(code="BU03440121", year=2024, measure="inhabitants").update(
        value=Decimal(2301)
    )
    page = client.get(url).content.decode()
    assert "2.301" in page and "2.260" not in page


def test_another_collectives_change_keeps_the_page(world: World, client: Client) -> None:
    client.get(_service_url(world))
    with scopes_disabled():
        Collective.objects.filter(pk=world.b.pk).update(name="Wijkcoöperatie B-Oost")
    _page, kept = _queries(client, _service_url(world))
    assert kept == 1


def test_the_language_form_of_a_kept_page_works_for_each_visitor(
    world: World, client: Client
) -> None:
    client.get(_service_url(world))  # fills the cache with the first visitor's token
    other = Client(enforce_csrf_checks=True)
    page = other.get(_service_url(world)).content.decode()
    token = page.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
    response = other.post(
        "/i18n/setlang/", {"language": "en", "next": "/", "csrfmiddlewaretoken": token}
    )
    assert response.status_code == 302


def test_logged_in_people_never_get_a_kept_page(world: World, client: Client) -> None:
    client.get(_service_url(world))
    login(client, world.a_partner)
    page, queries = _queries(client, _service_url(world))
    assert "Uitloggen" in page and queries > 1


def test_the_browser_revalidates_and_hears_not_modified_until_a_change(
    world: World, client: Client
) -> None:
    client.get(_service_url(world))  # the visitor's first page sets the CSRF cookie
    first = client.get(_service_url(world))
    assert first["Cache-Control"] == "private, no-cache"
    again = client.get(_service_url(world), headers={"If-None-Match": first["ETag"]})
    assert again.status_code == 304
    with scope(collective=world.a):
        Service.objects.filter(pk=world.a_info.public_service_id).update(description="Nieuw.")
    changed = client.get(_service_url(world), headers={"If-None-Match": first["ETag"]})
    assert changed.status_code == 200 and "Nieuw." in changed.content.decode()


def test_every_table_a_collective_owns_is_counted() -> None:
    counted = {table.table for table in counted_tables()}
    owned = {
        model._meta.db_table
        for model in apps.get_models(include_auto_created=True)
        if any(field.name == "collective" and field.many_to_one for field in model._meta.fields)
        and getattr(model, "counts_as_data", True)
    }
    assert owned <= counted
    assert {"core_collective", "help_volunteer_areas", "info_areafigure"} <= counted
    with connection.cursor() as cursor:
        names = {name for name in triggers(connection)}
        if connection.vendor == "postgresql":
            cursor.execute("SELECT tgname FROM pg_trigger")
        else:
            cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        installed = {name for (name,) in cursor.fetchall()}
    assert names <= installed


def test_new_static_files_make_new_pages_wherever_they_are_collected(settings, tmp_path) -> None:
    """In production STATIC_ROOT may live anywhere; its manifest is part of the code version."""
    settings.STATIC_ROOT = str(tmp_path)
    code_version.cache_clear()
    try:
        before = code_version()
        (tmp_path / "staticfiles.json").write_text('{"paths": {"theme.css": "theme.1.css"}}')
        code_version.cache_clear()
        assert code_version() != before
    finally:
        code_version.cache_clear()


def test_a_partners_api_call_keeps_the_page(world: World, client: Client) -> None:
    # The call is written in the audit log; a log row changes nothing a visitor sees.
    client.get(_service_url(world))
    with scope(collective=world.a):
        partner = Person.objects.get(user=world.a_partner)
        token = api_token_create(actor=world.a_partner, person=partner, label="gemeente")
    client.get(_service_url(world))
    called = Client().get(
        f"/api/collectives/{world.a.slug}/figures", headers={"Authorization": f"Bearer {token}"}
    )
    assert called.status_code == 200
    _page, kept = _queries(client, _service_url(world))
    assert kept == 1
