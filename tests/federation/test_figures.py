"""The federation's dashboard over all apps: every column through the disclosure check (1-9
hidden, and what would give a hidden one away), per 1,000 inhabitants, for calendar periods
only, sortable, downloadable as CSV and Excel, in a number of queries that does not grow with
the number of collectives; and the national page against the 500/500/1,000 targets."""

import csv
import datetime
import io

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.conftest import World, federation_build, make_collective, make_person
from wijkkracht.core.models import Area, User
from wijkkracht.federation.figures import dashboard
from wijkkracht.federation.periods import period_read, period_shown

YEAR = (datetime.date(2026, 1, 1), datetime.date(2026, 12, 31))


def _volunteers(world: World, a: int, b: int) -> None:
    for _index in range(a):
        make_person(world.a, "volunteer")
    for _index in range(b):
        make_person(world.b, "volunteer")


def test_rates_per_thousand_inhabitants(federation_world: tuple[World, User]) -> None:
    world, _staff = federation_world
    _volunteers(world, 19, 12)
    area = Area.objects.create(
        code="BU00000001", name="Dorp", kind="buurt", inhabitants=4000, year=2024
    )
    world.a.areas.set([area])  # its only area: 4,000 inhabitants
    figures = dashboard(federation=world.a.federation, period=YEAR)
    a = next(row for row in figures.rows if row.slug == world.a.slug)
    assert a.values["volunteers"] == 20 and a.per_thousand["volunteers"] == 5
    b = next(row for row in figures.rows if row.slug == world.b.slug)
    assert b.per_thousand["volunteers"] is None  # no inhabitants known


def test_the_queries_do_not_grow_with_the_collectives(
    federation_world: tuple[World, User],
) -> None:
    world, _staff = federation_world
    with CaptureQueriesContext(connection) as two:
        dashboard(federation=world.a.federation, period=YEAR)
    third = make_collective("dorp-c", "Dorpscoöperatie C")
    third.federation = world.a.federation
    third.save(update_fields=["federation"])
    with CaptureQueriesContext(connection) as three:
        dashboard(federation=world.a.federation, period=YEAR)
    assert len(two.captured_queries) == len(three.captured_queries)


def test_only_calendar_periods() -> None:
    assert period_read("2026-K3") == (datetime.date(2026, 7, 1), datetime.date(2026, 9, 30))
    assert period_read("2026-02") == (datetime.date(2026, 2, 1), datetime.date(2026, 2, 28))
    assert period_read("2026") == YEAR
    # Shown are years only: a quarter beside its year would give a hidden count away.
    assert period_shown("2026") == (YEAR, "")
    assert period_shown("2026-K3")[0] is None
    assert "Kwartalen en maanden tonen we nog niet" in period_shown("2026-K3")[1]
    for wrong in ("2026-K5", "2026-13", "2026-01-03", "januari-mei", ""):
        assert period_read(wrong) is None


def test_the_page_sorts_downloads_and_refuses_other_periods(
    federation_world: tuple[World, User], logged_in
) -> None:
    world, staff = federation_world
    _volunteers(world, 10, 30)
    for collective, inhabitants in ((world.a, 4000), (world.b, 1000)):
        area = Area.objects.create(
            code=f"BU{inhabitants:08d}",
            name="Buurt",
            kind="buurt",
            inhabitants=inhabitants,
            year=2024,
        )
        collective.areas.set([area])
    client = logged_in(staff)
    home = reverse("federation:home", args=["stad-test"])
    page = client.get(home, {"sorteer": "volunteers"}).content.decode()
    # B has 31 volunteers per 1,000 inhabitants, A 2.75.
    assert page.index(world.b.name) < page.index(world.a.name)
    refused = client.get(home, {"periode": "2026-01-03"}).content.decode()
    assert "Kies een jaar, bijvoorbeeld 2026." in refused
    quarter = client.get(home, {"periode": "2026-K3"}).content.decode()
    assert "Kwartalen en maanden tonen we nog niet naast de jaren" in quarter

    download = client.get(
        reverse("federation:download_csv", args=["stad-test"]), {"periode": "2026"}
    )
    rows = list(csv.reader(io.StringIO(download.content.decode("utf-8-sig")), delimiter=";"))
    header, *body = rows
    assert header[:3] == ["collectief", "inwoners", "leden"]
    volunteers = header.index("vrijwilligers")
    assert {row[0]: row[volunteers] for row in body} == {
        world.a.name: "11",
        world.b.name: "31",
        "Stadscoöperatie Test": "42",
    }
    excel = client.get(reverse("federation:download_xlsx", args=["stad-test"]))
    assert excel.content.startswith(b"PK")
    outsider = User.objects.create_user("buiten@elders.example", "een-lang-wachtwoord-42")
    other = logged_in(outsider)
    assert other.get(reverse("federation:download_csv", args=["stad-test"])).status_code == 404


def test_the_national_page_counts_collectives_against_the_targets(db: None) -> None:
    collective = make_collective("dorp", "Dorpscoöperatie")
    federation_build(collective)
    page = Client().get(reverse("federation:national")).content.decode()
    assert "1 <span>van de 500</span>" in page
    assert "Actieve buurtacademies dit jaar" in page
