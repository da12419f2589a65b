"""An assistant on a phone that loses its connection: the walk list and its doors keep
working, visits made offline wait on the phone and are sent when the connection is back;
sent a second time, they are stored once."""

import pytest
from django_scopes import scope
from playwright.sync_api import Browser, Page, expect

from tests.browser.conftest import log_in, new_context
from tests.browser.world import BrowserWorld
from wijkkracht.core.models import Person
from wijkkracht.help.models import HelpRequest
from wijkkracht.outreach.models import Visit, WalkList
from wijkkracht.outreach.services.rounds import list_assign

pytestmark = pytest.mark.browser
QUEUE = "wijkkracht-aanbellen-queue"


CACHED = "(await (await caches.open('wijkkracht-aanbellen-v1')).keys()).length"


def until(page: Page, condition: str, seconds: float = 10) -> None:
    """Wait until the JavaScript condition (it may await) holds on the page."""
    for _ in range(int(seconds * 10)):
        if page.evaluate(f"async () => {condition}"):
            return
        page.wait_for_timeout(100)
    raise AssertionError(f"not within {seconds} s: {condition}")


def test_visits_made_offline_are_sent_later_and_stored_once(
    browser: Browser, server_url: str, bworld: BrowserWorld
) -> None:
    world = bworld.world
    with scope(collective=world.a):
        walk_list = WalkList.objects.get(pk=world.a_outreach.list_id)
        vera = Person.objects.get(user=bworld.volunteer)
        list_assign(actor=None, walk_list=walk_list, assistant=vera)
        doors = walk_list.stops.count()
    context = new_context(browser, server_url, viewport={"width": 390, "height": 844})
    phone = context.new_page()
    log_in(phone, bworld.volunteer.email)
    phone.goto(f"/{world.a.slug}/aanbellen/mijn-lijsten/")
    phone.get_by_role("link", name="Kennismaken 2027, lijst 1").click()
    list_url = phone.url
    # The service worker takes over the page and the doors' pages are kept on the phone.
    until(phone, "navigator.serviceWorker.controller !== null")
    until(phone, f"{CACHED} >= {doors + 1}")

    context.set_offline(True)
    phone.get_by_role("link", name="Dorpsstraat 2").click()
    phone.locator("form[data-ready]").wait_for()

    phone.get_by_label("niet thuis").check()
    phone.get_by_role("button", name="Opslaan").click()
    phone.wait_for_url(list_url)
    phone.get_by_role("link", name="Dorpsstraat 4").click()
    phone.locator("form[data-ready]").wait_for()
    phone.get_by_label("vraag", exact=True).check()
    phone.get_by_label("De bewoner vindt het goed").check()
    phone.get_by_label("Naam").fill("Jan de Vries")
    phone.get_by_label("Vraag of wens").fill("Wie helpt met de tuin?")
    phone.get_by_role("button", name="Opslaan").click()
    phone.wait_for_url(list_url)
    expect(phone.get_by_role("status")).to_contain_text("Nog te versturen: 2 bezoeken")
    with scope(collective=world.a):
        assert not Visit.objects.exists()
    kept = phone.evaluate(f"localStorage.getItem('{QUEUE}')")

    context.set_offline(False)  # the browser fires "online": the page sends its queue
    expect(phone.get_by_role("status")).to_contain_text("2 bezoeken verstuurd")
    until(phone, f"localStorage.getItem('{QUEUE}') === '[]'")
    # The phone sends the same two again (a sync that was cut off before its answer came).
    phone.evaluate(f"localStorage.setItem('{QUEUE}', {kept!r})")
    phone.reload()
    expect(phone.get_by_role("status")).to_contain_text("2 bezoeken verstuurd")
    with scope(collective=world.a):
        outcomes = sorted(Visit.objects.values_list("outcome", flat=True))
        request = HelpRequest.objects.get(channel="door")
    assert outcomes == ["not_home", "question"]
    assert request.description == "Wie helpt met de tuin?"
    assert request.resident.full_name == "Jan de Vries"
