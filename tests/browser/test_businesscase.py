"""The business case in a real browser without JavaScript: the coordinator starts from the
shared-meal template, adds an uncertain effect, reads who pays and who gains, prints the report,
publishes it and goes on with a copy."""

import re

import pytest
from playwright.sync_api import Browser, expect

from tests.browser.conftest import axe_violations, log_in, new_context
from tests.browser.world import BrowserWorld

pytestmark = pytest.mark.browser


def test_from_a_template_to_a_printed_report_and_a_new_version(
    browser: Browser, server_url: str, bworld: BrowserWorld
) -> None:
    slug = bworld.world.a.slug
    page = new_context(browser, server_url, java_script_enabled=False).new_page()
    log_in(page, bworld.world.a_coordinator.email)
    page.goto(f"/{slug}/")
    page.get_by_role("link", name="Cijfers").click()
    page.get_by_role("link", name="Businesscase").click()
    page.get_by_role("link", name="Nieuwe businesscase").click()
    page.get_by_label("Naam").fill("Buurtmaaltijd in het Dorpshuis")
    page.get_by_label("Gezamenlijke maaltijd").check()
    page.get_by_role("button", name="Maken").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Basis")
    expect(page.get_by_role("link", name="Warme maaltijden met gezelschap")).to_be_visible()

    page.get_by_role("link", name="Effect toevoegen").click()
    page.get_by_label("Omschrijving").fill("Minder valpartijen thuis")
    page.get_by_label("Wie", exact=True).select_option(label="Zorgverzekeraar (Zvw)")
    page.get_by_label("Hoeveel per jaar", exact=True).fill("10")
    page.get_by_label("Waarde per stuk (euro)", exact=True).fill("258,00")
    page.get_by_label("Was toch gebeurd (procent)", exact=True).fill("25")
    page.get_by_text("Onzeker? Geef per getal een laagste en een hoogste waarde").click()
    page.get_by_label("Hoeveel per jaar: laagste").fill("5")
    page.get_by_label("Hoeveel per jaar: hoogste").fill("15")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_role("link", name="Minder valpartijen thuis")).to_be_visible()
    expect(page.get_by_text("10 (5 tot 15) \u00d7 258 euro")).to_be_visible()

    page.get_by_role("link", name="Rapport bekijken").click()
    matrix = page.get_by_role("region", name="Wie betaalt, wie wint?")
    expect(matrix.get_by_role("row", name="Zorgverzekeraar (Zvw)")).to_contain_text("(wint)")
    expect(matrix.get_by_role("row", name="De coöperatie")).to_contain_text("(betaalt)")
    expect(
        page.get_by_role("img", name="Welke onzekerheid telt het zwaarst? (tornado)")
    ).to_be_visible()
    expect(page.get_by_text("kans dat het netto positief is")).to_be_visible()
    page.emulate_media(media="print")
    expect(matrix).to_be_visible()
    expect(page.get_by_role("navigation")).to_be_hidden()
    printed = page.pdf(format="A4")
    assert len(re.findall(rb"/Type\s*/Page\b", printed)) <= 2  # at most two A4 pages
    page.emulate_media(media="screen")

    page.get_by_role("link", name="Terug naar het scenario").click()
    page.get_by_role("button", name="Publiceren").click()
    expect(page.get_by_role("status")).to_contain_text("Het scenario is gepubliceerd.")
    expect(page.get_by_role("link", name="Effect toevoegen")).to_have_count(0)
    page.get_by_label("Naam van de nieuwe versie").fill("Met een tweede kok")
    page.get_by_role("button", name="Kopie maken").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Met een tweede kok")
    expect(page.get_by_role("heading", level=1)).to_contain_text("versie 2")

    # At 200 % zoom of a 1280 px screen, with JavaScript on so axe-core can run.
    zoomed = new_context(browser, server_url, viewport={"width": 640, "height": 900}).new_page()
    log_in(zoomed, bworld.world.a_coordinator.email)
    zoomed.goto(page.url + "rapport/")
    assert zoomed.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    assert axe_violations(zoomed) == []
    zoomed.goto("about:blank")  # as test_accessibility: never close a tab right after axe
