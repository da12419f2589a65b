"""The 1-loket's own organisation list moved to the social map; no referral lost its link."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from wijkkracht.core.versions import triggers_install, triggers_remove

BEFORE = [("help", "0001_initial"), ("info", "0002_search_index")]
AFTER = [("help", "0003_organisation_delete")]


@pytest.mark.django_db(transaction=True)
def test_organisations_and_their_referrals_move_to_the_social_map() -> None:
    triggers_remove(connection)  # as manage.py migrate does (core.apps), which this goes around
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps
    collective = old.get_model("core", "Collective").objects.create(name="Dorp", slug="dorp")
    person = old.get_model("core", "Person").objects.create(
        collective=collective, given_name="Truus", family_name="Jansen"
    )
    request = old.get_model("help", "HelpRequest").objects.create(
        collective=collective,
        resident=person,
        category="paperwork",
        description="Post",
        date="2026-11-24",
        start_time="10:00",
        end_time="11:00",
        channel="phone",
    )
    organisation = old.get_model("help", "Organisation").objects.create(
        collective=collective, name="Schuldhulpmaatje", kind="schuldhulp", note="Vraag naar Piet"
    )
    old.get_model("help", "Referral").objects.create(
        collective=collective,
        request=request,
        organisation=organisation,
        handover="Samen gebeld",
        follow_up_on="2026-12-01",
    )
    executor = MigrationExecutor(connection)
    executor.migrate(AFTER)
    new = executor.loader.project_state(AFTER).apps
    moved = new.get_model("info", "Organisation")._base_manager.get()
    assert (moved.name, moved.description) == ("Schuldhulpmaatje", "schuldhulp\nVraag naar Piet")
    referral = new.get_model("help", "Referral")._base_manager.get()
    assert referral.organisation_id == moved.pk
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
    triggers_install(connection)
