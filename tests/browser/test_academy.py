"""A session in the room: the coordinator puts the code on the screen, a nurse types it on her
phone without JavaScript and is checked in; the list of who was there shows how."""

import pytest
from django_scopes import scope
from playwright.sync_api import Browser, expect

from tests.academy.build import a_course, an_edition, running
from tests.browser.conftest import log_in, new_context
from tests.browser.world import BrowserWorld
from tests.conftest import make_user
from wijkkracht.academy.models import Attendance
from wijkkracht.academy.services.editions import edition_enrol
from wijkkracht.activities.models import Via
from wijkkracht.core.models import Person

pytestmark = pytest.mark.browser


def test_a_nurse_checks_in_with_the_code_on_the_screen(
    browser: Browser, server_url: str, bworld: BrowserWorld
) -> None:
    world = bworld.world
    nurse = make_user(world.a, "professional", email="verpleging@dorp-a.example")
    edition = an_edition(a_course(world.a, "Samenwerken met de wijkverpleging"))
    with scope(collective=world.a):
        person = Person.objects.get(user=nurse)
        edition_enrol(actor=None, edition=edition, person=person, via=Via.PHONE)
    session = running(edition)

    screen = new_context(browser, server_url).new_page()
    log_in(screen, world.a_coordinator.email)
    screen.goto(f"/{world.a.slug}/academie/bijeenkomsten/{session.pk}/code/")
    code = screen.locator(".wk-room-code").inner_text().strip()
    assert len(code) == 6 and code.isdigit()

    phone = new_context(
        browser, server_url, java_script_enabled=False, viewport={"width": 360, "height": 740}
    ).new_page()
    log_in(phone, nurse.email)
    phone.goto(f"/{world.a.slug}/academie/inchecken/")
    phone.get_by_label("De code op het scherm in de zaal").fill(code)
    phone.get_by_role("button", name="Ik ben er").click()
    expect(
        phone.get_by_text("U bent aangemeld bij Samenwerken met de wijkverpleging")
    ).to_be_visible()

    screen.goto(f"/{world.a.slug}/academie/bijeenkomsten/{session.pk}/")
    row = screen.get_by_role("row", name=person.full_name)
    expect(row.get_by_text("code in de zaal")).to_be_visible()
    with scope(collective=world.a):
        assert Attendance.objects.get(person=person).late_minutes == 2
