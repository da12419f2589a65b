"""Every page in the registry, at 320 px and at 1280 px: 0 axe-core violations of WCAG 2.1 A/AA
(plus the WCAG 2.2 target-size rule), no horizontal scrolling, no console or CSP errors."""

import pytest
from django.db import connection
from playwright.sync_api import Browser, ConsoleMessage, Page

from tests.browser.conftest import axe_violations, log_in, new_context
from tests.browser.not_pages import NOT_PAGES
from tests.browser.pages import PAGES
from tests.browser.visit import PageVisit
from tests.browser.world import BrowserWorld
from tests.urlwalk import all_routes
from wijkkracht.core.models import User

pytestmark = pytest.mark.browser

WIDE = {"width": 1280, "height": 900}
NARROW = {"width": 320, "height": 900}
SHARDS = 3  # parallel workers each take one; every login is in one shard


def _layout_and_axe(page: Page) -> list[str]:
    problems = []
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    if overflow > 0:
        problems.append(f"scrolls sideways by {overflow}px")
    return problems + axe_violations(page)


def _check_page(page: Page, path: str, allow_404: bool) -> list[str]:
    """Open one page and check it at both widths, so it loads once."""
    errors: list[str] = []

    def console(message: ConsoleMessage) -> None:
        if message.type == "error" and not (allow_404 and "404" in message.text):
            errors.append(message.text)

    page.on("console", console)
    page.set_viewport_size(WIDE)
    response = page.goto(path)
    expected = 404 if allow_404 else 200
    problems = []
    if (
        response is None
        or response.status != expected
        or ("/account/inloggen/" in page.url and "inloggen" not in path)
    ):
        status = response.status if response else None
        problems.append(f"answered {status} at {page.url}, expected {expected}")
    page.remove_listener("console", console)
    if not problems:
        # What the page itself logged while loading; axe's probing logs CSP notices of its own.
        problems += [f"console error: {error}" for error in errors]
        for size in (WIDE, NARROW):
            page.set_viewport_size(size)
            problems += [f"at {size['width']}px: {p}" for p in _layout_and_axe(page)]
    # Leave the page rather than close it: closing a tab right after axe ran sometimes never
    # returned in Chromium 156. Leaving also delivers the page's last console messages here.
    page.goto("about:blank")
    return problems


def _shard(bworld: BrowserWorld, shard: int) -> list[tuple[User | None, list[PageVisit]]]:
    """The visits of one shard: each user's visits in runs of at most a shard's share (one login
    per run), the longest runs first to the emptiest shard, so the shards take about as long."""
    by_user: dict[str, tuple[User | None, list[PageVisit]]] = {}
    for visit in PAGES:
        user = visit.who(bworld)
        by_user.setdefault(str(user), (user, []))[1].append(visit)
    share = -(-len(PAGES) // SHARDS)
    runs = [
        (user, visits[start : start + share])
        for _key, (user, visits) in sorted(by_user.items())
        for start in range(0, len(visits), share)
    ]
    shards: list[list[tuple[User | None, list[PageVisit]]]] = [[] for _ in range(SHARDS)]
    for run in sorted(runs, key=lambda run: -len(run[1])):
        emptiest = min(shards, key=lambda runs: sum(len(visits) for _user, visits in runs))
        emptiest.append(run)
    return shards[shard]


@pytest.mark.skipif(
    connection.vendor == "postgresql",
    reason="the pages' HTML does not depend on the database; checked once, on SQLite",
)
@pytest.mark.parametrize("shard", range(SHARDS))
def test_every_page_passes_axe_and_reflows(
    browser: Browser, server_url: str, bworld: BrowserWorld, shard: int
) -> None:
    problems: list[str] = []
    for user, visits in _shard(bworld, shard):
        context = new_context(browser, server_url, viewport=WIDE)
        page = context.new_page()
        if user is not None:
            log_in(page, user.email)
        for visit in visits:
            path = visit.path(bworld)
            found = _check_page(page, path, allow_404=visit.name == "404")
            problems += [f"{path} as {user} {problem}" for problem in found]
        context.close()
    assert problems == [], "\n".join(problems)


def test_every_page_is_in_the_registry_or_named_as_not_a_page() -> None:
    registered = {visit.name for visit in PAGES} | set(NOT_PAGES)
    missing = sorted({route.name for route in all_routes() if route.name} - registered)
    assert missing == []
