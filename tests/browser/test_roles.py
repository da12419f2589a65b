"""One end-to-end flow per role: log in and land on Vandaag of the own collective."""

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import Browser, expect

from tests.browser.conftest import log_in, new_context
from tests.browser.world import BrowserWorld
from tests.conftest import PASSWORD, make_user

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    ("role", "sees"),
    [
        ("member", "Bekijk uw eigen gegevens"),
        ("volunteer", "Bekijk uw eigen gegevens"),
        ("teacher", "Bekijk uw eigen gegevens"),
        ("board", "Mensen in het collectief"),
        ("partner", "Cijfers voor partners"),
    ],
)
def test_role_logs_in_and_reaches_its_collective(
    browser: Browser, server_url: str, bworld: BrowserWorld, role: str, sees: str
) -> None:
    user = make_user(bworld.world.a, role, email=f"e2e-{role}@dorp-a.example")
    page = new_context(browser, server_url).new_page()
    log_in(page, user.email)
    expect(page.get_by_role("heading", level=1)).to_have_text("Vandaag")
    expect(page.get_by_text(bworld.world.a.name).first).to_be_visible()
    expect(page.get_by_text(sees).first).to_be_visible()


def test_coordinator_sets_up_two_factor_and_registers_a_caller(
    browser: Browser, server_url: str, bworld: BrowserWorld
) -> None:
    page = new_context(browser, server_url).new_page()
    page.goto("/account/inloggen/")
    page.get_by_label("E-mailadres").fill(bworld.world.a_coordinator.email)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Extra controle bij inloggen")
    expect(
        page.get_by_role("img", name="QR-code om Wijkkracht toe te voegen aan uw app")
    ).to_be_visible()
    device = TOTPDevice.objects.get(user=bworld.world.a_coordinator)
    page.get_by_label("Code uit de app (6 cijfers)").fill(f"{totp(device.bin_key):06d}")
    page.get_by_role("button", name="Controleren").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Vandaag")
    page.get_by_role("link", name="Iemand inschrijven").click()
    page.get_by_label("Voornaam").fill("Grietje")
    page.get_by_label("Achternaam").fill("Mulder")
    page.get_by_label("Telefoonnummer").fill("0528 221 100")
    page.get_by_label("Postcode").fill("7915ab")
    page.get_by_label("brief").check()
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Grietje Mulder")
    expect(page.get_by_text("7915 AB")).to_be_visible()


def test_federation_staff_and_platform_admin_reach_their_pages(
    browser: Browser, server_url: str, bworld: BrowserWorld
) -> None:
    page = new_context(browser, server_url).new_page()
    log_in(page, bworld.federation_staff.email)
    page.get_by_role("link", name="Stadscoöperatie Test").click()
    expect(page.get_by_role("columnheader", name="Vrijwilligers", exact=True)).to_be_visible()

    page = new_context(browser, server_url).new_page()
    log_in(page, bworld.staff.email)
    page.get_by_role("link", name="Beheer van het platform").click()
    expect(page.get_by_role("heading", name="Nieuw collectief")).to_be_visible()


def test_person_search_works_without_javascript_and_prints_without_menus(
    browser: Browser, server_url: str, bworld: BrowserWorld
) -> None:
    context = new_context(browser, server_url, java_script_enabled=False)
    page = context.new_page()
    log_in(page, bworld.world.a_coordinator.email)
    page.goto(f"/{bworld.world.a.slug}/mensen/")
    page.get_by_label("Zoek op naam, straat, postcode of telefoon").fill("Jansen")
    page.get_by_role("button", name="Zoeken").click()
    expect(page.get_by_role("link", name="Truus Jansen")).to_be_visible()
    page.emulate_media(media="print")
    expect(page.get_by_role("navigation", name="Menu van het collectief")).to_be_hidden()
    expect(page.get_by_role("link", name="Truus Jansen")).to_be_visible()


def test_language_switch_turns_the_page_english(
    browser: Browser, server_url: str, bworld: BrowserWorld
) -> None:
    page = new_context(browser, server_url).new_page()
    page.goto("/account/inloggen/")
    page.get_by_role("button", name="In English").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Log in")
    expect(page.locator("html")).to_have_attribute("lang", "en")
