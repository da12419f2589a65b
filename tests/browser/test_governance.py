"""The ALV in the browser: the volunteer at the door types a member's code on a phone without
JavaScript and the member is in; a member votes online in the secret ballot and sees that she
voted, while the tellers' page counts one online vote and nobody's name."""

import pytest
from django_scopes import scope
from playwright.sync_api import Browser, expect

from tests.browser.conftest import log_in, new_context
from tests.browser.world import BrowserWorld
from tests.conftest import PASSWORD
from tests.governance.build import begun
from wijkkracht.core.models import User
from wijkkracht.governance.models import Meeting
from wijkkracht.governance.services.meetings import voters
from wijkkracht.governance.services.roll import checkin_code

pytestmark = pytest.mark.browser


def test_a_member_comes_in_by_code_and_votes_in_secret(
    browser: Browser, server_url: str, bworld: BrowserWorld
) -> None:
    world = bworld.world
    ids = world.a_governance
    with scope(collective=world.a):
        meeting = Meeting.objects.get(pk=ids.meeting_id)
        anna, bert = voters(meeting).order_by("pk")[:2]
        user = User.objects.create_user("stemmer@dorp-a.example", PASSWORD, name=bert.full_name)
        bert.user = user
        bert.save(update_fields=["user"])
        code = checkin_code(meeting, anna)
    begun(meeting)
    slug = world.a.slug

    door = new_context(
        browser, server_url, java_script_enabled=False, viewport={"width": 360, "height": 740}
    ).new_page()
    log_in(door, world.a_coordinator.email)
    door.goto(f"/{slug}/alv/{meeting.pk}/aanwezig/")
    door.get_by_label("Code van de uitnodiging").fill(code.lower())
    door.get_by_role("button", name="Binnen").click()
    expect(door.get_by_text(f"{anna.full_name} is er.")).to_be_visible()
    expect(door.get_by_text("1 aanwezig")).to_be_visible()

    phone = new_context(browser, server_url, viewport={"width": 360, "height": 740}).new_page()
    log_in(phone, user.email)
    phone.goto(f"/{slug}/alv/{meeting.pk}/stemmen/")
    ballot = phone.get_by_role("group", name="Uw stem").nth(1)  # the second item: secret
    expect(phone.get_by_text("Geheime stemming: niemand kan zien wat u stemt.")).to_be_visible()
    ballot.get_by_label("tegen").check()
    phone.get_by_role("button", name="Stem uitbrengen").click()
    expect(phone.get_by_text("Uw stem is geteld.")).to_be_visible()
    expect(phone.get_by_text("U heeft gestemd.")).to_be_visible()

    door.goto(f"/{slug}/alv/agenda/{ids.secret_item_id}/")
    expect(door.get_by_text("0 voor, 1 tegen, 0 onthouding")).to_be_visible()
    expect(door.get_by_text(bert.full_name)).to_have_count(0)
