"""The federation's staff in the browser, without JavaScript and at 200 % zoom: the dashboard
sorts by a column through its link, asks for another year through the form, refuses a quarter
with the reason, and offers the figures as a download; the national page needs no login."""

import pytest
from playwright.sync_api import Browser, expect

from tests.browser.conftest import log_in, new_context
from tests.browser.world import BrowserWorld

pytestmark = pytest.mark.browser


def test_the_staff_sorts_and_chooses_a_year_without_javascript(
    browser: Browser, server_url: str, bworld: BrowserWorld
) -> None:
    context = new_context(
        browser,
        server_url,
        java_script_enabled=False,
        viewport={"width": 640, "height": 900},
        device_scale_factor=2,
    )
    page = context.new_page()
    log_in(page, bworld.federation_staff.email)
    page.goto("/federatie/stad-test/")
    page.get_by_role("link", name="Vrijwilligers", exact=True).click()
    assert "sorteer=volunteers" in page.url
    sorted_by = page.get_by_role("link", name="Vrijwilligers", exact=True)
    expect(sorted_by).to_have_attribute("aria-current", "true")
    page.get_by_label("Jaar").fill("2026-K3")
    page.get_by_role("button", name="Tonen").click()
    expect(
        page.get_by_text("Kwartalen en maanden tonen we nog niet naast de jaren")
    ).to_be_visible()
    page.get_by_label("Jaar").fill("2025")
    page.get_by_role("button", name="Tonen").click()
    expect(page.get_by_role("heading", name="Wat de collectieven deden in 2025")).to_be_visible()
    with page.expect_download() as download:
        page.get_by_role("link", name="Downloaden (CSV)").click()
    assert download.value.suggested_filename == "stad-test-2025.csv"

    visitor = new_context(browser, server_url, java_script_enabled=False).new_page()
    visitor.goto("/federatie/landelijk/")
    expect(visitor.get_by_role("heading", name="De beweging in het land")).to_be_visible()
