"""The weekly shared meal in a real browser without JavaScript: a volunteer puts it in the
calendar, a member signs up online, the coordinator signs up a resident who phoned and needs
a ride, the cook sees portions and allergies, the host prints the list and enters who came,
and a calendar app subscribes to the feed."""

import datetime
from urllib.parse import urlparse

import pytest
from django.utils import timezone
from django_scopes import scope
from icalendar import Calendar
from playwright.sync_api import Browser, Page, expect

from tests.browser.conftest import log_in, new_context
from tests.browser.world import BrowserWorld
from wijkkracht.activities.models import Registration
from wijkkracht.help.models import HelpRequest

pytestmark = pytest.mark.browser
TITLE = "Soep op donderdag"
EN_DASH = "\u2013"


def _week(day: datetime.date) -> str:
    iso = day.isocalendar()
    return f"{iso.year}-W{iso.week:02d}"


def _create_the_meal(page: Page, bworld: BrowserWorld, first: datetime.date) -> None:
    """A volunteer puts the weekly meal in the calendar, and becomes its contact person."""
    log_in(page, bworld.volunteer.email)
    page.goto(f"/{bworld.world.a.slug}/activiteiten/")
    page.get_by_role("link", name="Nieuwe activiteit").click()
    page.get_by_label("Naam", exact=True).fill(TITLE)
    page.get_by_label("samen eten").check()
    page.get_by_label("een vrijwilliger").check()
    page.get_by_label("Zaal").select_option(label="Grote zaal, Buurthuis")
    page.get_by_label("Eerste keer").fill(first.isoformat())
    page.get_by_label("Van", exact=True).fill("17:30")
    page.get_by_label("Tot", exact=True).fill("19:30")
    page.get_by_label("elke week").check()
    page.get_by_label("Hoeveel plaatsen").fill("2")
    page.get_by_label("Prijs in euro").fill("5")
    page.get_by_label("Maaltijd").check()
    page.get_by_role("button", name="Activiteit opslaan").click()
    expect(page.get_by_role("status")).to_contain_text("staat in de agenda")
    expect(page.locator(".wk-data")).to_contain_text("Vera Hulp")


def _sign_up_online(page: Page, bworld: BrowserWorld, first: datetime.date) -> None:
    """A member finds the meal in the calendar and signs up."""
    log_in(page, bworld.member.email)
    page.goto(f"/{bworld.world.a.slug}/agenda/?week={_week(first)}")
    page.get_by_role("link", name=f"17:30{EN_DASH}19:30 {TITLE}").click()
    expect(page.locator(".wk-data")).to_contain_text("nog 2 plaatsen vrij")
    page.get_by_role("link", name="Ik kom").click()
    page.get_by_role("button", name="Aanmelden").click()
    expect(page.get_by_role("status")).to_contain_text("is aangemeld")


def _sign_up_by_phone(page: Page, bworld: BrowserWorld, occurrence_url: str) -> None:
    """The coordinator signs up Truus, who phoned and needs a ride."""
    log_in(page, bworld.world.a_coordinator.email)
    page.goto(occurrence_url)
    page.get_by_role("link", name="Iemand aanmelden").click()
    page.get_by_label("Naam, telefoonnummer of postcode").fill("Truus")
    page.get_by_role("button", name="Zoeken").click()
    card = page.locator(".wk-card", has_text="Truus Jansen").first
    card.get_by_label("Heeft vervoer nodig").check()
    card.get_by_role("button", name="Truus Jansen aanmelden").click()
    expect(page.get_by_role("status")).to_contain_text(
        "Truus Jansen is aangemeld. Het 1-loket zoekt iemand voor het vervoer."
    )
    expect(page.locator(".wk-data")).to_contain_text("vol")


def _programme_and_feed(browser: Browser, server_url: str, slug: str, day: datetime.date) -> None:
    """The weekly programme and the feed, as the notice board and a calendar app get them."""
    anonymous = new_context(browser, server_url, java_script_enabled=False)
    page = anonymous.new_page()
    page.goto(f"/{slug}/agenda/?week={_week(day)}")
    link = page.get_by_role("link", name="Weekprogramma in grote letters (PDF)")
    pdf = anonymous.request.get(link.get_attribute("href") or "")
    assert pdf.headers["content-type"] == "application/pdf"
    assert TITLE.encode() in pdf.body()
    feed_path = urlparse(page.locator("code").inner_text()).path
    feed = Calendar.from_ical(anonymous.request.get(feed_path).body())
    assert TITLE in [str(event["SUMMARY"]) for event in feed.walk("VEVENT")]
    anonymous.close()


def test_the_weekly_shared_meal_from_calendar_to_attendance(
    browser: Browser, server_url: str, bworld: BrowserWorld
) -> None:
    world = bworld.world
    first = timezone.localdate() + datetime.timedelta(days=9)
    volunteer = new_context(browser, server_url, java_script_enabled=False).new_page()
    _create_the_meal(volunteer, bworld, first)
    member = new_context(browser, server_url, java_script_enabled=False).new_page()
    _sign_up_online(member, bworld, first)
    coordinator = new_context(browser, server_url, java_script_enabled=False).new_page()
    _sign_up_by_phone(coordinator, bworld, member.url)

    # The cook (the volunteer who runs it) sees the portions and Truus's peanut allergy.
    volunteer.goto(coordinator.url)
    volunteer.get_by_role("link", name="Voor de kok: porties en allergieën").click()
    expect(volunteer.get_by_role("heading", name="2 porties")).to_be_visible()
    expect(volunteer.get_by_text("Pinda's: Truus Jansen")).to_be_visible()

    # The host prints the list: on paper the table stays and the menu goes.
    volunteer.go_back()
    volunteer.get_by_role("link", name="Lijst voor de gastvrouw of gastheer").click()
    volunteer.emulate_media(media="print")
    expect(volunteer.get_by_role("table")).to_be_visible()
    expect(volunteer.get_by_role("navigation")).to_be_hidden()
    volunteer.emulate_media(media="screen")
    with scope(collective=world.a):
        registration = Registration.objects.get(
            occurrence__activity__title=TITLE, person=world.a_resident
        )
        ride = HelpRequest.objects.get(pk=registration.transport_request_id)
        assert ride.category == "transport"
        occurrence = registration.occurrence
        occurrence.starts_at -= datetime.timedelta(days=10)  # the evening has passed
        occurrence.save(update_fields=["starts_at"])
    volunteer.reload()
    volunteer.get_by_label("Truus Jansen was er").check()
    volunteer.get_by_role("button", name="Aanwezigheid opslaan").click()
    expect(volunteer.get_by_role("status")).to_contain_text("Opgeslagen: 1 persoon was er.")

    _programme_and_feed(browser, server_url, world.a.slug, first + datetime.timedelta(days=7))
