"""Tenants never see each other: a URL with an object id is a 404 for another collective.

The walker builds each such URL with collective A's object and requests it, GET and POST, as a
user of collective B who holds every role there. It fails when a new page answers anything but
404 or changes the database; the meta-test fails when a new URL is neither covered nor on the
allowlist below, so a new page is covered the day it is added.
"""

from collections.abc import Callable

import pytest
from django.apps import apps
from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse
from django_scopes import scopes_disabled

from tests.conftest import World, login
from tests.urlwalk import Route, all_routes
from wijkkracht.core.versions import counted_tables

# How to find collective A's object for each id a URL can take. Add a line for a new kind of id.
OBJECT_IDS: dict[str, Callable[[World], int]] = {
    "person_id": lambda world: world.a_resident.pk,
    "token_id": lambda world: world.a_token_id,
    "member_id": lambda world: world.a_members.member_id,
    "mandate_id": lambda world: world.a_members.mandate_id,
    "contribution_id": lambda world: world.a_members.contribution_id,
    "payment_id": lambda world: world.a_members.payment_id,
    "run_id": lambda world: world.a_members.run_id,
    "import_id": lambda world: world.a_members.import_id,
    "job_id": lambda world: world.a_members.job_id,
    "application_id": lambda world: world.a_members.application_id,
    "request_id": lambda world: world.a_help.request_id,
    "assignment_id": lambda world: world.a_help.assignment_id,
    "referral_id": lambda world: world.a_help.referral_id,
    "organisation_id": lambda world: world.a_help.organisation_id,
    "absence_id": lambda world: world.a_help.absence_id,
    "callback_id": lambda world: world.a_help.callback_id,
    "place_id": lambda world: world.a_activities.place_id,
    "room_id": lambda world: world.a_activities.room_id,
    "booking_id": lambda world: world.a_activities.booking_id,
    "activity_id": lambda world: world.a_activities.activity_id,
    "occurrence_id": lambda world: world.a_activities.occurrence_id,
    "registration_id": lambda world: world.a_activities.registration_id,
    "post_id": lambda world: world.a_activities.post_id,
    "service_id": lambda world: world.a_info.service_id,
    "walk_in_id": lambda world: world.a_info.walk_in_id,
    "article_id": lambda world: world.a_info.article_id,
    "question_id": lambda world: world.a_info.question_id,
    "group_id": lambda world: world.a_info.group_id,
    "map_import_id": lambda world: world.a_info.map_import_id,
    "case_id": lambda world: world.a_businesscase.case_id,
    "scenario_id": lambda world: world.a_businesscase.scenario_id,
    # A line of a scenario is found by its place in A's scenario, which the scenario id guards.
    "index": lambda world: world.a_businesscase.index,
    "budget_id": lambda world: world.a_participation.budget_id,
    "proposal_id": lambda world: world.a_participation.proposal_id,
    "survey_id": lambda world: world.a_participation.survey_id,
    "dialogue_id": lambda world: world.a_participation.dialogue_id,
    "consultation_id": lambda world: world.a_participation.consultation_id,
    "round_id": lambda world: world.a_impact.round_id,
    "contract_id": lambda world: world.a_contracts.contract_id,
    "statement_id": lambda world: world.a_contracts.statement_id,
    "rule_id": lambda world: world.a_contracts.rule_id,
    "scheme_id": lambda world: world.a_contracts.scheme_id,
    "outreach_round_id": lambda world: world.a_outreach.round_id,
    "list_id": lambda world: world.a_outreach.list_id,
    "stop_id": lambda world: world.a_outreach.stop_id,
    "circle_id": lambda world: world.a_care.circle_id,
    "circle_member_id": lambda world: world.a_care.circle_member_id,
    "care_task_id": lambda world: world.a_care.care_task_id,
    "respite_id": lambda world: world.a_care.respite_id,
    "strain_call_id": lambda world: world.a_care.strain_call_id,
    "course_id": lambda world: world.a_academy.course_id,
    "edition_id": lambda world: world.a_academy.edition_id,
    "session_id": lambda world: world.a_academy.session_id,
    "certificate_id": lambda world: world.a_academy.certificate_id,
    "rules_id": lambda world: world.a_governance.rules_id,
    "meeting_id": lambda world: world.a_governance.meeting_id,
    "agenda_item_id": lambda world: world.a_governance.item_id,
    "meeting_request_id": lambda world: world.a_governance.meeting_request_id,
    "decision_id": lambda world: world.a_governance.decision_id,
    "follow_up_id": lambda world: world.a_governance.follow_up_id,
}

# URLs with arguments that do not name a tenant's object, and why each is safe.
ALLOWLIST = {
    # One-time links: the token is bound to one account and checked by Django's token generator.
    "account/wachtwoord/<uidb64>/<token>/",
    "account/uitnodiging/<uidb64>/<token>/",
    # A federation's page checks the login is its staff; tested in tests/federation.
    "federatie/<slug:federation_slug>/",
    "federatie/<slug:federation_slug>/cijfers.csv",
    "federatie/<slug:federation_slug>/cijfers.xlsx",
    "federatie/<slug:federation_slug>/impact/",
    # The treasurer's page and files: the federation's treasurer only, a collective only when
    # it delegated its debit runs, a run only of that collective; tested in
    # tests/members/test_delegation.py.
    "federatie/<slug:federation_slug>/incasso/",
    "federatie/<slug:federation_slug>/incasso/<slug:collective_slug>/<int:run_id>/",
    # A federation's open data: public, the published datasets of its collectives only;
    # tested in tests/opendata/test_catalog.py.
    "federatie/<slug:federation_slug>/open-data/",
    "federatie/<slug:federation_slug>/open-data/catalog.ttl",
    "federatie/<slug:federation_slug>/open-data/catalog.jsonld",
    # The API checks the token's collective against the slug; tested in tests/test_api.py.
    "api/collectives/<slug>/figures",
    "api/collectives/<slug>/outreach",
    "api/collectives/<slug>/activity",
    # A collective's open data file, looked up by dataset and file name in the collective of
    # the address; tested in tests/opendata.
    "<slug:collective_slug>/open-data/<slug:key>/<str:name>",
    "api/collectives/<slug>/impact",
    "api/collectives/<slug>/businesscases",
    # The contract is looked up in the token's collective; tested in tests/contracts/test_indigo.
    "api/contracts/<contract_id>/indigo.json",
    # A group of the menu is one of six fixed names, no object.
    "<slug:collective_slug>/menu/<slug:group>/",
    # Django's static-file and i18n helpers take no tenant objects.
    "i18n/setlang/",
    # A year or a file type is no object: these pages show the own collective's year or register.
    "<slug:collective_slug>/contributie/<int:year>/",
    "<slug:collective_slug>/dorpsbudget/<int:year>/",
    "<slug:collective_slug>/contributie/<int:year>/bedragen/",
    "<slug:collective_slug>/contributie/<int:year>/berekenen/",
    "<slug:collective_slug>/contributie/<int:year>/incasso/",
    "<slug:collective_slug>/contributie/<int:year>/machtigingen-zonder-datum/",
    "<slug:collective_slug>/contributie/<int:year>/herinneren/",
    "<slug:collective_slug>/contributie/<int:year>/brieven.pdf",
    "<slug:collective_slug>/contributie/<int:year>/jaaroverzicht/",
    "<slug:collective_slug>/leden/ledenregister.<str:extension>",
    "<slug:collective_slug>/hulp/mijn-uren/<int:year>/",
    "<slug:collective_slug>/jaarverslag/<int:year>.pdf",
    "<slug:collective_slug>/jaarrekening/<int:year>/",
    # A need is a topic of the social map, no object: the page lists the URL's own collective.
    "<slug:collective_slug>/informatie/hulp-bij/<slug:need>/",
    # The e-mail's yes/no link: a signed assignment id, looked up in the URL's collective only;
    # tested in tests/help/test_workflow.py.
    "<slug:collective_slug>/hulp/antwoord/<str:token>/",
    # A certificate's public check: anyone with the code may see what was printed on it, by
    # design (the QR on the certificate opens it); tested in tests/academy/test_certificates.
    "certificaat/<str:code>/",
    "certificaat/<str:code>.json",
    # A course of another collective in the same federation, to copy: shared by design, and a
    # 404 from outside the federation; tested in tests/academy/test_catalogue.py.
    "<slug:collective_slug>/academie/federatie/<int:source_course_id>/overnemen/",
    # A public service of another collective in the same federation, to copy: public by
    # design, a 404 from outside the federation; tested in tests/info/test_shared_map.py.
    "<slug:collective_slug>/informatie/beheer/federatie/<int:source_service_id>/overnemen/",
}


def _takes_object_id(route: Route) -> bool:
    return bool(route.kwargs - {"collective_slug"})


def _database_snapshot() -> dict[str, list[dict]]:
    """How often each collective's rows changed (core_dataversion: database triggers count every
    insert, update and delete, see core.versions), and every row of the tables they do not
    count, but the session table, which a request may touch."""
    counted = {table.table for table in counted_tables()}
    with scopes_disabled():
        return {
            model._meta.label: list(model._default_manager.order_by("pk").values())
            for model in apps.get_models()
            if model is not Session and model._meta.db_table not in counted
        }


def find_leaks(world: World, client: Client, routes: str = "") -> list[str]:
    """Request every id-taking URL (whose pattern starts with ``routes``) with A's objects as
    B's user; return what did not answer 404."""
    leaks = []
    for route in all_routes():
        if not _takes_object_id(route) or route.route in ALLOWLIST:
            continue
        if not route.route.startswith(routes):
            continue
        ids = {name: OBJECT_IDS[name](world) for name in route.kwargs - {"collective_slug"}}
        for slug in (world.b.slug, world.a.slug):
            url = reverse(route.name, kwargs={"collective_slug": slug, **ids})
            for method in ("get", "post"):
                before = _database_snapshot()
                status = getattr(client, method)(url).status_code
                if status != 404 or _database_snapshot() != before:
                    leaks.append(f"{method.upper()} {url} -> {status}")
    return leaks


def test_other_collectives_objects_are_not_found_and_untouched(
    world: World, client: Client
) -> None:
    login(client, world.b_everything)
    assert find_leaks(world, client) == []


def test_every_url_with_an_argument_is_covered_or_allowlisted() -> None:
    uncovered = [
        route.route
        for route in all_routes()
        if _takes_object_id(route)
        and route.route not in ALLOWLIST
        and not (route.kwargs - {"collective_slug"}) <= OBJECT_IDS.keys()
    ]
    assert uncovered == []


def test_allowlist_names_only_existing_urls() -> None:
    assert {route.route for route in all_routes()} >= ALLOWLIST


@pytest.mark.urls("tests.leaky_urls")
def test_walker_catches_a_view_that_leaks_across_collectives(world: World, client: Client) -> None:
    login(client, world.b_everything)
    # The walker's own code path, on the leaky view and its neighbours only: the full walk
    # above already takes 17 s.
    leaks = find_leaks(world, client, routes="<slug:collective_slug>/lek")
    leaky = f"/{world.b.slug}/lek/{world.a_resident.pk}/"
    assert f"GET {leaky} -> 200" in leaks
    assert f"POST {leaky} -> 200" in leaks
