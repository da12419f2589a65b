"""The federation counts its academies: active (a session in the year), participants and the
points of the year's certificates, with counts under 10 hidden."""

from decimal import Decimal

from django.urls import reverse
from django.utils import timezone
from django_scopes import scope

from tests.academy.build import a_course, an_edition, held
from tests.conftest import World, make_person
from wijkkracht.academy.models import Session
from wijkkracht.academy.services.attendance import teacher_ticks_save
from wijkkracht.academy.services.certificates import certificates_issue
from wijkkracht.academy.services.editions import edition_enrol
from wijkkracht.activities.models import Via
from wijkkracht.core.models import User
from wijkkracht.federation.selectors import academy_figures


def _year(world: World) -> int:
    with scope(collective=world.a):
        session = Session.objects.select_related("occurrence").get(pk=world.a_academy.session_id)
    return timezone.localtime(session.occurrence.starts_at).year


def test_one_participant_is_hidden_and_the_total_does_not_give_it_away(
    federation_world: tuple[World, User], logged_in
) -> None:
    world, staff = federation_world
    year = _year(world)
    rows = {row.name: row for row in academy_figures(federation=world.a.federation, year=year)}
    assert (rows[world.a.name].active, rows[world.a.name].participants) == (1, None)
    assert rows[world.a.name].points is None  # one certificate
    assert (rows[world.b.name].active, rows[world.b.name].participants) == (0, 0)
    total = rows[world.a.federation.name]
    assert (total.active, total.participants, total.points) == (1, None, None)
    page = logged_in(staff).get(reverse("federation:home", args=["stad-test"])).content.decode()
    assert "Buurtacademies in" in page and world.a_resident.full_name not in page


def test_ten_certificates_show_their_points(federation_world: tuple[World, User]) -> None:
    world, _staff = federation_world
    course = a_course(world.a, "Koken voor velen")
    edition = an_edition(course)
    people = [make_person(world.a, given_name=f"Deelnemer{n}") for n in range(10)]
    with scope(collective=world.a):
        for person in people:
            edition_enrol(actor=None, edition=edition, person=person, via=Via.PHONE)
    (session,) = held(edition)
    with scope(collective=world.a):
        teacher_ticks_save(actor=None, session=session, rows={p.pk: (True, 0, 0) for p in people})
        certificates_issue(actor=None, edition=edition)
    year = _year(world)
    rows = {row.name: row for row in academy_figures(federation=world.a.federation, year=year)}
    # 11 people, 11 certificates of 2 points (155 net minutes, whole points).
    assert (rows[world.a.name].participants, rows[world.a.name].points) == (11, Decimal(22))
    assert rows[world.a.federation.name].participants == 11
