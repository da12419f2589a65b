"""A neighbourhood contract on paper: at most five A4 pages, without menus or buttons."""

import re

import pytest
from playwright.sync_api import Browser, expect

from tests.browser.conftest import log_in, new_context
from tests.browser.world import BrowserWorld

pytestmark = pytest.mark.browser


def test_the_signed_contract_prints_on_at_most_five_a4_pages(
    browser: Browser, server_url: str, bworld: BrowserWorld
) -> None:
    page = new_context(browser, server_url, java_script_enabled=False).new_page()
    log_in(page, bworld.world.a_partner.email)
    page.goto(f"/{bworld.world.a.slug}/contracten/{bworld.world.a_contracts.contract_id}/")
    expect(
        page.get_by_text("Gemeente Hoogeveen betaalt Dorpscoöperatie A € 4,50 per maaltijd")
    ).to_be_visible()
    pages = len(re.findall(rb"/Type\s*/Page[^s]", page.pdf(format="A4")))
    assert 1 <= pages <= 5
    page.emulate_media(media="print")
    expect(page.get_by_role("navigation")).to_be_hidden()
    expect(page.get_by_role("heading", name="Betaalregels")).to_be_visible()
