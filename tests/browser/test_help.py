"""The 1-loket in a real browser without JavaScript: the coordinator takes a phone call from a
resident without e-mail, picks a volunteer from the ranked list, the volunteer says yes by the
link in her e-mail, and the coordinator closes the question with the hours."""

import datetime

import pytest
from django.utils import timezone
from django_scopes import scope
from playwright.sync_api import Browser, expect

from tests.browser.conftest import log_in, new_context
from tests.browser.world import BrowserWorld
from tests.help.build import a_volunteer
from wijkkracht.help.models import Assignment, HelpRequest, HoursEntry
from wijkkracht.help.tokens import answer_token

pytestmark = pytest.mark.browser


def test_a_phone_call_from_an_84_year_old_ends_with_hours_written(
    browser: Browser, server_url: str, bworld: BrowserWorld
) -> None:
    world = bworld.world
    volunteer = a_volunteer(world.a, "Sanne", categories=["transport"])
    context = new_context(browser, server_url, java_script_enabled=False)
    page = context.new_page()
    log_in(page, world.a_coordinator.email)
    page.goto(f"/{world.a.slug}/hulp/")
    page.get_by_role("link", name="Nieuwe vraag aannemen").click()
    page.get_by_label("Naam, telefoonnummer of postcode").fill("Mulder")
    page.get_by_role("button", name="Zoeken").click()
    expect(page.get_by_text("Niemand gevonden")).to_be_visible()
    page.get_by_label("Voornaam").fill("Aaltje")
    page.get_by_label("Achternaam").fill("Mulder")
    page.get_by_role("textbox", name="Telefoonnummer (niet verplicht)").fill("0528 341 276")
    page.get_by_role("button", name="Opslaan en verder").click()

    expect(page.get_by_role("heading", name="Vraag van Aaltje Mulder")).to_be_visible()
    page.get_by_label("telefoon", exact=True).check()
    page.get_by_label("vervoer, bijvoorbeeld naar het ziekenhuis").check()
    page.get_by_label("Wat is er nodig").fill("Naar de oogarts in het ziekenhuis en terug.")
    day = timezone.localdate() + datetime.timedelta(days=2)
    page.get_by_label("Datum").fill(day.isoformat())
    page.get_by_label("Van", exact=True).fill("09:00")
    page.get_by_label("Tot", exact=True).fill("12:00")
    page.get_by_role("button", name="Vraag opslaan").click()

    card = page.locator(".wk-card", has_text="Sanne Hulp")
    expect(card).to_contain_text("doet graag: vervoer")
    expect(card).to_contain_text("kan op")
    card.get_by_role("button", name="Sanne Hulp vragen").click()
    expect(page.get_by_role("status")).to_contain_text("Sanne Hulp is gevraagd")

    with scope(collective=world.a):
        task = Assignment.objects.get(volunteer=volunteer)
    phone = new_context(browser, server_url, java_script_enabled=False).new_page()
    phone.goto(f"/{world.a.slug}/hulp/antwoord/{answer_token(task.pk)}/")
    expect(phone.get_by_role("heading", name="Kun je helpen?")).to_be_visible()
    expect(phone.get_by_text("Mulder")).to_have_count(0)
    phone.get_by_role("button", name="Ja, ik help").click()
    expect(phone.get_by_role("status")).to_contain_text("Dank je wel! Je hebt ja gezegd.")

    page.reload()
    expect(page.get_by_text("Sanne Hulp: ja gezegd")).to_be_visible()
    page.get_by_role("link", name="Afsluiten").click()
    page.get_by_label("Hoe is het gegaan?").fill("Op tijd bij de oogarts.")
    page.get_by_label("Hoeveel uur is eraan besteed?").fill("3,5")
    page.get_by_label("ja", exact=True).check()
    page.get_by_role("button", name="Afsluiten").click()
    expect(page.get_by_role("status")).to_contain_text("De vraag is afgesloten")
    expect(page.get_by_text("Klaar")).to_be_visible()
    with scope(collective=world.a):
        assert HelpRequest.objects.get(resident__family_name="Mulder").status == "done"
        assert str(HoursEntry.objects.get(volunteer=volunteer).hours) == "3.50"
    context.close()
