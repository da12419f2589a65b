"""The release log: a count shown for a year, shown again later that year differing by 1-9,
would tell what a few people did in between; it is hidden (with what would give it away) until
it differs by 10 or more from everything shown before, in every channel: the federation's page
and the partner API share the log."""

import datetime

from django.test import Client
from django.utils import timezone
from django_scopes import scope

from tests.conftest import World, make_person
from wijkkracht.core.models import Person, User
from wijkkracht.core.services.accounts import api_token_create
from wijkkracht.federation.figures import dashboard


def _volunteers(world: World, a: int, b: int) -> None:
    for _index in range(a):
        make_person(world.a, "volunteer")
    for _index in range(b):
        make_person(world.b, "volunteer")


def _shown(world: World) -> tuple[int | None, int | None, int | None]:
    year = timezone.localdate().year
    figures = dashboard(
        federation=world.a.federation,
        period=(datetime.date(year, 1, 1), datetime.date(year, 12, 31)),
    )
    by_slug = {row.slug: row.values["volunteers"] for row in figures.rows}
    return by_slug[world.a.slug], by_slug[world.b.slug], figures.total.values["volunteers"]


def test_a_small_difference_with_an_earlier_release_is_hidden(
    federation_world: tuple[World, User],
) -> None:
    world, _staff = federation_world
    _volunteers(world, 14, 19)  # with the world's own: A 15, B 20
    assert _shown(world) == (15, 20, 35)
    _volunteers(world, 3, 0)  # A 18: 3 more than shown, and the total too
    assert _shown(world) == (None, 20, None)
    _volunteers(world, 7, 0)  # A 25: 10 more than ever shown
    assert _shown(world) == (25, 20, 45)


def test_the_api_and_the_federation_page_share_the_log(
    federation_world: tuple[World, User], client: Client
) -> None:
    world, _staff = federation_world
    _volunteers(world, 14, 19)
    assert _shown(world) == (15, 20, 35)
    _volunteers(world, 2, 0)  # A 17
    with scope(collective=world.a):
        partner = Person.objects.get(user=world.a_partner)
        token = api_token_create(actor=world.a_partner, person=partner, label="gemeente")
    year = timezone.localdate().year
    answer = client.get(
        f"/api/collectives/{world.a.slug}/activity?period={year}",
        headers={"Authorization": f"Bearer {token}"},
    ).json()
    volunteers = next(f for f in answer["figures"] if f["key"] == "volunteers")
    assert volunteers == {
        "key": "volunteers",
        "label": "Vrijwilligers",
        "value": None,
        "suppressed": True,
    }
