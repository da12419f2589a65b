import datetime

from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_scopes import scope

from tests.conftest import World, make_person
from wijkkracht.businesscase.services.cases import (
    business_case_create,
    scenario_publish,
    use_count,
)
from wijkkracht.core.models import User
from wijkkracht.federation.figures import dashboard
from wijkkracht.federation.selectors import business_case_uses, outreach_figures
from wijkkracht.outreach.models import Outcome, Stop
from wijkkracht.outreach.services.visits import visit_record


def _year() -> tuple[datetime.date, datetime.date]:
    year = timezone.localdate().year
    return datetime.date(year, 1, 1), datetime.date(year, 12, 31)


def test_staff_sees_totals_with_small_counts_hidden(
    federation_world: tuple[World, User], logged_in
) -> None:
    world, staff = federation_world
    for _index in range(10):  # plus the test world's 1-loket volunteer: 11
        make_person(world.a, "member", "volunteer")
    for _index in range(3):
        make_person(world.b, "member", "volunteer")
    figures = dashboard(federation=world.a.federation, period=_year())
    by_slug = {row.slug: row for row in figures.rows}
    assert by_slug[world.b.slug].values["volunteers"] is None  # 3 (plus staff roles): hidden
    # With A's 11 and the total 15 one could work B's out, so A's is hidden as well; the
    # total stays (an inner cell is hidden before a total).
    assert by_slug[world.a.slug].values["volunteers"] is None
    assert figures.total.values["volunteers"] == 15

    page = logged_in(staff).get(reverse("federation:home", args=["stad-test"])).content.decode()
    assert world.a.name in page
    assert "verborgen" in page
    assert "Truus" not in page  # never a person


def test_totals_shown_when_no_single_cell_could_be_worked_out(
    federation_world: tuple[World, User],
) -> None:
    world, _staff = federation_world
    for _index in range(12):
        make_person(world.a, "volunteer")
        make_person(world.b, "volunteer")
    figures = dashboard(federation=world.a.federation, period=_year())
    # 12 + 12, the 1-loket volunteer in A and the all-roles user in B: nothing to hide.
    assert [row.values["volunteers"] for row in figures.rows] == [13, 13]
    assert figures.total.values["volunteers"] == 26


def test_staff_of_another_federation_gets_404(
    federation_world: tuple[World, User], logged_in
) -> None:
    _world, _staff = federation_world
    outsider = User.objects.create_user(
        "buiten@elders.example", "een-lang-wachtwoord-42", name="Buiten"
    )
    assert (
        logged_in(outsider).get(reverse("federation:home", args=["stad-test"])).status_code == 404
    )


def test_federation_page_asks_anonymous_visitors_to_log_in(
    federation_world: tuple[World, User], client: Client
) -> None:
    response = client.get(reverse("federation:home", args=["stad-test"]))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("core:login"))


def test_staff_sees_how_often_each_collective_used_the_business_case(
    federation_world: tuple[World, User], logged_in
) -> None:
    world, staff = federation_world
    before = {use.name: use for use in business_case_uses(federation=world.a.federation)}
    with scope(collective=world.a):
        case = business_case_create(
            actor=None,
            collective=world.a,
            title="Ondersteuner",
            intervention="",
            template="ontmoetingsplek",
        )
        scenario = case.scenarios.get()
        use_count(scenario=scenario)
        scenario_publish(actor=None, scenario=scenario, revision=scenario.revision)
    uses = {use.name: use for use in business_case_uses(federation=world.a.federation)}
    a, a_before = uses[world.a.name], before[world.a.name]
    assert (a.computed - a_before.computed, a.published - a_before.published) == (1, 1)
    assert (uses[world.b.name].computed, uses[world.b.name].published) == (0, 0)
    assert uses["Stadscoöperatie Test"].published == a.published  # all together
    page = logged_in(staff).get(reverse("federation:home", args=["stad-test"])).content.decode()
    assert "Maatschappelijke businesscases" in page


def test_staff_sees_doors_rung_per_collective_with_small_counts_hidden(
    federation_world: tuple[World, User], logged_in
) -> None:
    world, staff = federation_world
    # The test world's A has 11 homes in its address file and a round; B has none.
    with scope(collective=world.a):
        now = timezone.now()
        for stop in Stop.objects.filter(round_id=world.a_outreach.round_id)[:3]:
            visit_record(actor=None, stop=stop, outcome=Outcome.NOT_HOME, visited_at=now)
    rows = {row.name: row for row in outreach_figures(federation=world.a.federation)}
    assert (rows[world.a.name].homes, rows[world.a.name].rung) == (11, None)  # 3: hidden
    assert (rows[world.b.name].homes, rows[world.b.name].rung) == (0, 0)
    total = rows[world.a.federation.name]
    assert (total.homes, total.rung) == (11, None)  # 3 + 0 would give A's away
    page = logged_in(staff).get(reverse("federation:home", args=["stad-test"])).content.decode()
    assert "Aanbellen" in page and "Dorpsstraat" not in page
