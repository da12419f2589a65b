"""Every page in the registry, at 320 px and at 1280 px: 0 axe-core violations of WCAG 2.1 A/AA
(plus the WCAG 2.2 target-size rule), no horizontal scrolling, no console or CSP errors."""

from itertools import groupby

import pytest
from django.db import connection
from playwright.sync_api import Browser, BrowserContext, Page

from tests.browser.conftest import AXE_URL_PATH, log_in, new_context
from tests.browser.not_pages import NOT_PAGES
from tests.browser.pages import PAGES
from tests.browser.world import BrowserWorld
from tests.urlwalk import all_routes

pytestmark = pytest.mark.browser

AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]}
}


def _axe_violations(page: Page) -> list[str]:
    page.add_script_tag(url=AXE_URL_PATH)
    violations = page.evaluate(
        "options => axe.run(document, options).then(r => r.violations)", AXE_OPTIONS
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in violations
    ]


def _check_page(context: BrowserContext, path: str, allow_404: bool) -> list[str]:
    """Open one page in its own tab, so nothing axe does can be blamed on the next page."""
    page = context.new_page()
    errors: list[str] = []
    page.on(
        "console", lambda message: errors.append(message.text) if message.type == "error" else None
    )
    response = page.goto(path)
    page.wait_for_load_state("networkidle")
    expected = 404 if allow_404 else 200
    if (
        response is None
        or response.status != expected
        or ("/account/inloggen/" in page.url and "inloggen" not in path)
    ):
        return [
            f"answered {response.status if response else None} at {page.url}, expected {expected}"
        ]
    problems = [f"console error: {e}" for e in errors if not (allow_404 and "404" in e)]
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    if overflow > 0:
        problems.append(f"scrolls sideways by {overflow}px")
    problems += _axe_violations(page)
    # Leave the page rather than close it: closing a tab right after axe ran sometimes never
    # returned in Chromium 156; the context closes all tabs at the end.
    page.goto("about:blank")
    return problems


@pytest.mark.skipif(
    connection.vendor == "postgresql",
    reason="the pages' HTML does not depend on the database; checked once, on SQLite",
)
@pytest.mark.parametrize("width", [320, 1280])
def test_every_page_passes_axe_and_reflows(
    browser: Browser, server_url: str, bworld: BrowserWorld, width: int
) -> None:
    problems: list[str] = []
    by_user = groupby(sorted(PAGES, key=lambda p: str(p.who(bworld))), key=lambda p: p.who(bworld))
    for user, visits in by_user:
        context = new_context(browser, server_url, viewport={"width": width, "height": 900})
        if user is not None:
            login_page = context.new_page()
            log_in(login_page, user.email)
            login_page.close()
        for visit in visits:
            path = visit.path(bworld)
            found = _check_page(context, path, allow_404=visit.name == "404")
            problems += [f"{path} as {user} at {width}px: {problem}" for problem in found]
        context.close()
    assert problems == [], "\n".join(problems)


def test_every_page_is_in_the_registry_or_named_as_not_a_page() -> None:
    registered = {visit.name for visit in PAGES} | set(NOT_PAGES)
    missing = sorted({route.name for route in all_routes() if route.name} - registered)
    assert missing == []
