"""The federation's impact page: each collective's finished round of the year beside the
country, means and shares with their interval, nothing over fewer than 10 people; for the
federation's staff only."""

import re

from django.test import Client
from django_scopes import scope

from tests.conftest import federation_build, login, make_collective, make_user
from tests.impact.conftest import Neighbourhood, answer_all, make_round
from tests.impact.test_rounds import HIGH, MIDDLE
from wijkkracht.core.services.collectives import federation_create
from wijkkracht.core.services.people import federation_staff_add
from wijkkracht.impact.services.rounds import round_close

PAGE = "/federatie/stad-test/impact/"


def _closed(wijk: Neighbourhood, sheets: list, **fields: object) -> None:
    measurement = make_round(wijk, **fields)
    answer_all(wijk, measurement, sheets)
    with scope(collective=wijk.collective):
        round_close(actor=None, measurement=measurement)


def test_the_staff_sees_each_round_beside_the_country(wijk: Neighbourhood) -> None:
    staff = federation_build(wijk.collective, make_collective("buren", "Buren"))
    _closed(wijk, [MIDDLE] * 6 + [HIGH] * 6)
    _closed(wijk, [MIDDLE] * 9, title="Kleine meting 2025")
    page = login(Client(), staff).get(PAGE, {"periode": "2025"}).content.decode()
    # The same figures as the round's own page: cohesion 7.25 (6.75 to 7.75), lonely 50 %
    # (25.4 to 74.6) against 48.6 % in the country.
    assert re.search(r"Buurtmeting 2025</td>\s*<td[^>]*>12</td>\s*<td[^>]*>7,3<br>", page)
    assert "6,8&nbsp;\u2013&nbsp;7,7" in page and "25,4&nbsp;\u2013&nbsp;74,6" in page
    assert "48,6&nbsp;%" in page
    # Nine people: the round is named, its figures are not.
    assert re.search(r"Kleine meting 2025</td>\s*<td[^>]*>minder dan 10", page)
    other_year = login(Client(), staff).get(PAGE, {"periode": "2026"}).content.decode()
    assert "Buurtmeting 2025" not in other_year and "sloot geen van de collectieven" in other_year


def test_only_the_federations_own_staff(wijk: Neighbourhood) -> None:
    federation_build(wijk.collective)
    other = federation_create(actor=None, name="Elders", slug="elders-fed")
    outsider = make_user(make_collective("ver", "Ver weg"), "coordinator")
    federation_staff_add(actor=None, federation=other, user=outsider)
    assert login(Client(), outsider).get(PAGE).status_code == 404
    assert login(Client(), wijk.coordinator).get(PAGE).status_code == 404
