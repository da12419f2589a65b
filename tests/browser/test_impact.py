"""A measurement in a real browser without JavaScript: the coordinator makes and opens it, a
member answers online, and the infographic prints on exactly one A4 sheet and reflows at
200 % zoom without accessibility violations."""

import datetime
import re

import pytest
from django_scopes import scope
from playwright.sync_api import Browser, expect

from tests.browser.conftest import axe_violations, log_in, new_context
from tests.browser.world import BrowserWorld
from tests.conftest import make_person
from wijkkracht.impact.models import Round
from wijkkracht.members.services.members import member_create
from wijkkracht.participation.services.codes import roll_fill
from wijkkracht.participation.services.surveys import survey_answer

pytestmark = pytest.mark.browser
OTHERS = 11


def _eleven_more_answers(bworld: BrowserWorld, measurement: Round) -> None:
    """Eleven more members answer, so the results may be shown (10 or more)."""
    world = bworld.world
    with scope(collective=world.a):
        people = [
            make_person(
                world.a, "member", given_name=f"Buur {n}", postcode="7915 AB", house_number=100 + n
            )
            for n in range(OTHERS)
        ]
        for person in people:
            member_create(actor=None, person=person, since=datetime.date(2025, 1, 1))
        roll_fill(target=measurement.survey, persons=people)
        questions = list(measurement.survey.questions.values_list("pk", flat=True))
        sheet = ["mee eens"] * 5 + ["nee", "ja", "ja", "nee", "ja", "nee"]
        for person in people:
            answers = dict(zip(questions, sheet, strict=True))
            survey_answer(actor=None, survey=measurement.survey, answers=answers, person=person)


def test_make_open_answer_and_print_the_infographic_on_one_a4(
    browser: Browser, server_url: str, bworld: BrowserWorld
) -> None:
    world = bworld.world
    coordinator = new_context(browser, server_url, java_script_enabled=False).new_page()
    log_in(coordinator, world.a_coordinator.email)
    coordinator.goto(f"/{world.a.slug}/impact/nieuw/")
    coordinator.get_by_label("Naam van de meting").fill("Dorpsmeting 2027")
    coordinator.get_by_label("Sociale samenhang in de buurt").check()
    coordinator.get_by_label("Eenzaamheid (De Jong Gierveld, 6 uitspraken)").check()
    coordinator.get_by_label("Wat wij deden: tellen vanaf").fill("2026-01-01")
    coordinator.get_by_label("tot en met").fill("2026-12-31")
    coordinator.get_by_role("button", name="Opslaan").click()
    coordinator.get_by_role("button", name="Meting openen").click()
    expect(coordinator.get_by_text("De meting is open.")).to_be_visible()
    with scope(collective=world.a):
        measurement = Round.objects.get(title="Dorpsmeting 2027")

    member = new_context(browser, server_url, java_script_enabled=False).new_page()
    log_in(member, bworld.member.email)
    member.goto(f"/{world.a.slug}/inspraak/enquetes/{measurement.survey_id}/")
    member.get_by_role("link", name="Enquête invullen").click()
    # Eleven questions: five on cohesion, six on loneliness (wait for the page to be there).
    expect(member.get_by_role("group")).to_have_count(11)
    for group in member.get_by_role("group").all()[:5]:
        group.get_by_label("helemaal mee eens", exact=True).check()
    for group in member.get_by_role("group").all()[5:11]:
        group.get_by_label("min of meer", exact=True).check()
    member.get_by_role("button", name="Antwoorden versturen").click()
    expect(member.get_by_text("Dank u wel voor uw antwoorden.")).to_be_visible()

    _eleven_more_answers(bworld, measurement)
    coordinator.goto(f"/{world.a.slug}/impact/{measurement.pk}/")
    # 11 x (1 + 3 + 3 + 3 + 3) / 5 x 2.5 = 6.5 (item 1 reversed) and the member's
    # (0 + 4 + 4 + 4 + 4) / 5 x 2.5 = 8.0: mean 6.625.
    expect(coordinator.get_by_role("row", name=re.compile("Sociale samenhang"))).to_contain_text(
        "6,6"
    )
    coordinator.get_by_role("link", name="Infographic (A4)").click()
    poster = coordinator.get_by_role("img", name=re.compile("Zo gaat het in"))
    expect(poster).to_be_visible()
    text_version = coordinator.locator("p", has_text="Sociale samenhang: bij ons 6,6, in")
    expect(text_version).to_contain_text("in heel Nederland 6,4.")
    coordinator.emulate_media(media="print")
    printed = coordinator.pdf(format="A4", print_background=True)
    assert len(re.findall(rb"/Type\s*/Page\b", printed)) == 1

    zoomed = new_context(browser, server_url, viewport={"width": 640, "height": 900}).new_page()
    log_in(zoomed, world.a_partner.email)
    zoomed.goto(f"/{world.a.slug}/impact/{measurement.pk}/infographic/")
    assert zoomed.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    assert axe_violations(zoomed) == []
