"""The main carer on an ordinary browser, without JavaScript: Vandaag points at the circle's
open task, she takes it, and asks for a morning off; the coordinator hands that morning to
the 1-loket."""

import datetime

import pytest
from django.utils import timezone
from django_scopes import scope
from playwright.sync_api import Browser, expect

from tests.browser.conftest import log_in, new_context
from tests.browser.world import BrowserWorld
from tests.conftest import PASSWORD
from wijkkracht.care.models import Member, Task
from wijkkracht.core.models import Role, User
from wijkkracht.help.models import HelpRequest

pytestmark = pytest.mark.browser


def test_the_main_carer_takes_a_task_and_asks_for_a_morning_off(
    browser: Browser, server_url: str, bworld: BrowserWorld
) -> None:
    world = bworld.world
    with scope(collective=world.a):
        carer = Member.objects.select_related("person").get(pk=world.a_care.circle_member_id)
        user = User.objects.create_user("ria@dorp-a.example", PASSWORD, name="Ria")
        carer.person.user = user
        carer.person.save(update_fields=["user"])
        Role.objects.create(collective=world.a, person=carer.person, name="resident")
    context = new_context(browser, server_url, java_script_enabled=False)
    page = context.new_page()
    log_in(page, user.email)
    page.goto(f"/{world.a.slug}/")
    page.get_by_role("link", name="Zorgcirkel rond Truus: taken die nog niemand heeft").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Zorgcirkel rond Truus Jansen")
    page.get_by_role("button", name="Ik doe het").first.click()
    expect(page.get_by_text("Dank u wel! De taak staat op uw naam.")).to_be_visible()
    expect(page.get_by_text(f"{carer.person.full_name} komt").first).to_be_visible()

    day = timezone.localdate() + datetime.timedelta(days=20)
    page.get_by_role("link", name="Even vrij vragen").click()
    page.get_by_label("Eerste dag").fill(day.isoformat())
    page.get_by_label("Laatste dag").fill(day.isoformat())
    page.get_by_label("ochtend (9 tot 13 uur)").check()
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_text("De dagdelen staan als taken in de cirkel.")).to_be_visible()
    context.close()

    coordinator = new_context(browser, server_url).new_page()
    log_in(coordinator, world.a_coordinator.email)
    coordinator.goto(f"/{world.a.slug}/zorgcirkels/{world.a_care.circle_id}/")
    coordinator.get_by_role("button", name="Open dagdelen nu aan het 1-loket vragen").first.click()
    expect(coordinator.get_by_text("aan het 1-loket gevraagd")).to_be_visible()
    with scope(collective=world.a):
        task = Task.objects.get(date=day)
        assert task.claimed_by is None
        assert HelpRequest.objects.get(pk=task.help_request_id).needs_vog
