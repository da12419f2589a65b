"""The information point in a real browser without JavaScript: the coordinator puts the tax help
and its walk-in hours on the social map and reads in the municipality's list; a resident finds
the tax help with a typo, sees where and when to walk in and prints it; the desk volunteer logs a
question in two clicks; the facts page shows the real CBS figures of the collective's buurt."""

import pytest
from django_scopes import scope
from playwright.sync_api import Browser, Page, expect

from tests.browser.conftest import axe_violations, log_in, new_context
from tests.browser.world import BrowserWorld
from wijkkracht.info.models import Question

pytestmark = pytest.mark.browser
MUNICIPAL_LIST = (
    "Organisatie;Dienst;Onderwerp;Telefoon;Drempelvrij\r\n"
    "Gemeente Hoogeveen;Wmo-loket;Zorg;14 0528;ja\r\n"
    "Humanitas;Thuisadministratie;Financiën;0528 123 456;nee\r\n"
).encode("cp1252")


def _put_the_tax_help_on_the_map(page: Page, slug: str) -> None:
    page.goto(f"/{slug}/informatie/beheer/")
    page.get_by_role("link", name="Organisatie toevoegen").click()
    page.get_by_label("Naam", exact=True).fill("Stichting Belastinghulp")
    page.get_by_label("Soort").select_option(label="vrijwilligers")
    page.get_by_label("Telefoonnummer").fill("0528 111 222")
    page.get_by_label("Zonder drempels of trappen te bereiken").check()
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Nieuwe dienst")
    page.get_by_label("Naam", exact=True).fill("Hulp bij de belastingaangifte")
    page.get_by_label("Waarmee helpt het").select_option(label="Geld, post en papieren")
    page.get_by_label("Uitleg in gewone woorden").fill(
        "Vrijwilligers vullen samen met u de aangifte in. Neem uw DigiD mee."
    )
    page.get_by_label("Wat kost het").fill("Gratis")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_role("status")).to_contain_text("De dienst is opgeslagen.")
    page.get_by_role("link", name="Hulp bij de belastingaangifte").click()
    page.get_by_role("link", name="Spreekuur toevoegen").click()
    page.get_by_label("Dag").select_option(label="dinsdag")
    page.get_by_label("Van", exact=True).fill("10:00")
    page.get_by_label("Tot", exact=True).fill("12:00")
    page.get_by_label("Waar").fill("Buurthuis, Dorpsstraat 1")
    page.get_by_label("Wie zit er").fill("Henk en Fatma")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_role("status")).to_contain_text("Het spreekuur is opgeslagen.")


def _read_in_the_municipal_list(page: Page, slug: str) -> None:
    page.goto(f"/{slug}/informatie/beheer/")
    page.get_by_role("link", name="Lijst van de gemeente inlezen").click()
    page.get_by_label("Bestand met de sociale kaart").set_input_files(
        files=[{"name": "sociale-kaart.csv", "mimeType": "text/csv", "buffer": MUNICIPAL_LIST}]
    )
    page.get_by_role("button", name="Bekijken").click()
    expect(page.get_by_text("Alles klopt. 2 diensten van 2 organisaties.")).to_be_visible()
    page.get_by_role("button", name="Inlezen").click()
    expect(page.get_by_role("status")).to_contain_text("Klaar: 2 diensten.", timeout=20_000)
    page.get_by_role("link", name="Naar de sociale kaart").click()
    expect(page.get_by_role("link", name="Thuisadministratie", exact=True)).to_be_visible()


def _find_it_with_a_typo_and_print(page: Page, slug: str) -> None:
    page.goto(f"/{slug}/informatie/")
    page.get_by_label("Waar zoekt u hulp bij?").fill("hulp bij belastingaangite")
    page.get_by_role("button", name="Zoeken").click()
    expect(page.get_by_text("Wij zochten ook op: belastingaangifte.")).to_be_visible()
    expect(page.get_by_role("heading", name="Geld, post en papieren")).to_be_visible()
    page.get_by_role("link", name="Hulp bij de belastingaangifte").click()
    walk_in = page.get_by_text("Dinsdag van 10:00 tot 12:00 uur, Buurthuis, Dorpsstraat 1")
    expect(walk_in).to_be_visible()
    expect(page.get_by_text("Zonder drempels of trappen te bereiken")).to_be_visible()
    page.emulate_media(media="print")
    expect(walk_in).to_be_visible()
    expect(page.get_by_text("0528 111 222")).to_be_visible()
    expect(page.get_by_role("navigation")).to_be_hidden()
    page.emulate_media(media="screen")


def test_from_the_social_map_to_the_desk_and_the_facts(
    browser: Browser, server_url: str, bworld: BrowserWorld
) -> None:
    slug = bworld.world.a.slug
    coordinator = new_context(browser, server_url, java_script_enabled=False).new_page()
    log_in(coordinator, bworld.world.a_coordinator.email)
    _put_the_tax_help_on_the_map(coordinator, slug)
    _read_in_the_municipal_list(coordinator, slug)

    resident = new_context(browser, server_url, java_script_enabled=False).new_page()
    _find_it_with_a_typo_and_print(resident, slug)

    volunteer = new_context(browser, server_url, java_script_enabled=False).new_page()
    log_in(volunteer, bworld.volunteer.email)
    volunteer.goto(f"/{slug}/informatie/balie/")
    volunteer.get_by_role("link", name="Hulp bij de belastingaangifte").click()
    volunteer.get_by_role("button", name="Geld, post en papieren").click()
    volunteer.get_by_role("button", name="Stichting Belastinghulp").click()
    expect(volunteer.get_by_role("status")).to_contain_text("De vraag is genoteerd.")
    expect(volunteer.get_by_role("listitem").filter(has_text="doorverwezen naar")).to_contain_text(
        "Geld, post en papieren, doorverwezen naar Stichting Belastinghulp"
    )
    with scope(collective=bworld.world.a):
        question = Question.objects.select_related("referred_to").latest("asked_at")
    assert (question.topic, question.referred_to.name) == ("geld", "Stichting Belastinghulp")

    resident.goto(f"/{slug}/informatie/buurtcijfers/")
    table = resident.get_by_role("table", name="Cijfers van deze buurt")
    expect(table).to_contain_text("2.260")
    expect(table).to_contain_text("374.238")
    expect(table).to_contain_text("17.942.942")
    expect(resident.get_by_role("img", name="Aandeel in procenten")).to_be_visible()

    # At 200 % zoom of a 1280 px screen, with JavaScript on so axe-core can run.
    zoomed = new_context(browser, server_url, viewport={"width": 640, "height": 900}).new_page()
    zoomed.goto(f"/{slug}/informatie/buurtcijfers/")
    assert zoomed.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    assert axe_violations(zoomed) == []
    zoomed.goto("about:blank")  # as test_accessibility: never close a tab right after axe
