"""First contact, without JavaScript: a resident finds her village, sees what is on and joins
with a mandate; the coordinator lands on Vandaag, accepts her, and the debit file takes her."""

import datetime
import re

import pytest
from django.utils import timezone
from django_scopes import scope
from playwright.sync_api import Browser, expect

from tests.activities.build import an_activity
from tests.browser.conftest import log_in, new_context
from tests.browser.world import BrowserWorld
from tests.members.build import YEAR
from wijkkracht.core.services.collectives import collective_public_set
from wijkkracht.members.models import Application

pytestmark = pytest.mark.browser


def test_a_resident_joins_online_and_the_next_debit_file_takes_her_frst(
    browser: Browser, server_url: str, bworld: BrowserWorld
) -> None:
    world = bworld.world
    with scope(collective=world.a):
        collective_public_set(actor=world.a_coordinator, collective=world.a, phone="0528 760 100")
    an_activity(world.a, title="Samen eten op de Brink", days=1)

    # A tablet set up in English by a grandchild: the village still speaks Dutch.
    resident = new_context(
        browser, server_url, java_script_enabled=False, locale="en-GB"
    ).new_page()
    resident.set_extra_http_headers({"Accept-Language": "en-GB,en;q=0.9"})
    resident.goto("/")
    resident.get_by_role("link", name=world.a.name).click()
    expect(resident.get_by_role("heading", level=1)).to_have_text(world.a.name)
    expect(resident.get_by_role("link", name="0528 760 100")).to_be_visible()
    expect(resident.get_by_role("link", name="Samen eten op de Brink")).to_be_visible()
    resident.get_by_role("link", name="Word lid").click()
    expect(resident.get_by_role("heading", level=1)).to_have_text(f"Lid worden van {world.a.name}")
    resident.get_by_label("Voornaam").fill("Grietje")
    resident.get_by_label("Achternaam").fill("Mulder")
    resident.get_by_label("Telefoonnummer").fill("0528 221 100")
    resident.get_by_label("Straat").fill("Brink")
    resident.get_by_label("Huisnummer").fill("3")
    resident.get_by_label("Postcode").fill("7915ac")
    resident.get_by_label("Woonplaats").fill("Veldhoek")
    resident.get_by_label("IBAN").fill("NL91 ABNA 0417 1643 00")
    resident.get_by_role("button", name="Aanmelden als lid").click()
    expect(
        resident.get_by_text("Zet een vinkje als u akkoord gaat met de machtiging.")
    ).to_be_visible()
    expect(resident.get_by_label("Straat")).to_have_value("Brink")
    resident.get_by_label("Ik geef toestemming voor deze machtiging.").check()
    resident.get_by_role("button", name="Aanmelden als lid").click()
    expect(resident.get_by_role("heading", level=1)).to_have_text(
        "Dank u wel! Uw aanmelding is binnen."
    )
    with scope(collective=world.a):
        reference = Application.objects.get(family_name="Mulder").mandate_reference

    coordinator = new_context(browser, server_url, java_script_enabled=False).new_page()
    log_in(coordinator, world.a_coordinator.email)
    expect(coordinator.get_by_role("heading", level=1)).to_have_text("Vandaag")
    # The test world had one application waiting already; hers is the second.
    coordinator.get_by_role("link", name="2 Aanmeldingen van nieuwe leden").click()
    coordinator.get_by_role("link", name="Grietje Mulder").click()
    expect(coordinator.get_by_text(f"kenmerk {reference}")).to_be_visible()
    coordinator.get_by_role("button", name="Aannemen als lid").click()
    expect(coordinator.get_by_role("status")).to_contain_text("Grietje Mulder is lid met nummer")

    # This year was charged already, so her household was charged when she was accepted.
    coordinator.goto(f"/{world.a.slug}/contributie/{YEAR}/")
    collection = timezone.localdate() + datetime.timedelta(days=5)
    coordinator.get_by_label("Incassodatum").fill(collection.isoformat())
    coordinator.get_by_role("button", name="Incassobestand maken").click()
    expect(coordinator.get_by_role("status")).to_contain_text("Klaar: 1 incasso", timeout=20_000)
    with coordinator.expect_download() as download:
        coordinator.get_by_role("link", name="Download het incassobestand").click()
    xml = download.value.path().read_text()
    assert "<SeqTp>FRST</SeqTp>" in xml
    assert f"<MndtId>{reference}</MndtId>" in xml and "Grietje Mulder" in xml


def test_the_public_home_prints_as_one_a4_poster(
    browser: Browser, server_url: str, bworld: BrowserWorld
) -> None:
    world = bworld.world
    with scope(collective=world.a):
        collective_public_set(
            actor=world.a_coordinator,
            collective=world.a,
            about="Buren helpen buren: boodschappen, vervoer, een klusje en samen eten.",
            phone="0528 760 100",
            visiting_address="Dorpshuis, Brink 1. Maandag tot en met vrijdag van 9 tot 12 uur.",
        )
    for day in range(1, 7):
        an_activity(world.a, title=f"Activiteit {day}", days=day)
    page = new_context(browser, server_url).new_page()
    page.goto(f"/{world.a.slug}/")
    pdf = page.pdf(format="A4")
    assert len(re.findall(rb"/Type\s*/Page[^s]", pdf)) == 1
    page.emulate_media(media="print")
    expect(page.get_by_text("0528 760 100").first).to_be_visible()
    expect(page.get_by_text(f"/{world.a.slug}/lid-worden/")).to_be_visible()
    expect(page.get_by_role("navigation")).to_be_hidden()


def test_a_member_list_without_mandate_dates_imports_with_one_warning(
    browser: Browser, server_url: str, bworld: BrowserWorld, tmp_path
) -> None:
    listed = tmp_path / "leden.csv"
    rows = "".join(
        f"{name};Smit;7915AB;{number};NL91ABNA0417164300;\n"
        for number, name in enumerate(["Jan", "Mien", "Kees"], start=60)
    )
    listed.write_text("voornaam;achternaam;postcode;huisnummer;iban;machtiging datum\n" + rows)
    page = new_context(browser, server_url, java_script_enabled=False).new_page()
    log_in(page, bworld.world.a_coordinator.email)
    page.goto(f"/{bworld.world.a.slug}/leden/importeren/")
    page.get_by_label("Ledenlijst").set_input_files(listed)
    page.get_by_role("button", name="Bekijken").click()
    expect(page.get_by_text("3 machtigingen hebben geen datum")).to_have_count(1)
    expect(page.get_by_text("ja, datum onbekend")).to_have_count(3)
    page.get_by_role("button", name="Inlezen").click()
    expect(page.get_by_role("status")).to_contain_text("Klaar: 3 leden.", timeout=20_000)
