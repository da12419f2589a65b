"""The treasurer in a real browser: a bad list refused, a good one read, the year run and debited
(by the task worker, on a page that follows the job without JavaScript),
and the member who withdraws a consent without JavaScript."""

import datetime

import pytest
from django.utils import timezone
from django_scopes import scope
from playwright.sync_api import Browser, expect

from tests.browser.conftest import axe_violations, log_in, new_context
from tests.browser.world import BrowserWorld
from tests.conftest import make_user
from tests.members.build import YEAR
from wijkkracht.core.models import Job, JobStatus
from wijkkracht.members.models import Consent, Member

pytestmark = pytest.mark.browser

BAD = "voornaam;achternaam;postcode;huisnummer\nJan;Smit;12345;3\nPiet;Bos;7915AB;x\n"
GOOD = "Voornaam;Achternaam;Postcode;Huisnr;IBAN;Machtiging datum\n" + "\n".join(
    f"Lid{n};Smit;7915AB;{100 + n};NL91ABNA0417164300;1-1-2024" for n in range(1, 6)
)


def test_treasurer_imports_a_list_runs_the_year_and_downloads_the_debit_file(
    browser: Browser, server_url: str, bworld: BrowserWorld, tmp_path
) -> None:
    page = new_context(browser, server_url).new_page()
    log_in(page, bworld.world.a_coordinator.email)
    slug = bworld.world.a.slug
    page.goto(f"/{slug}/leden/")
    page.get_by_role("link", name="Ledenlijst inlezen").click()
    bad, good = tmp_path / "fout.csv", tmp_path / "leden.csv"
    bad.write_text(BAD, encoding="cp1252")
    good.write_text(GOOD, encoding="cp1252")
    page.get_by_label("Ledenlijst").set_input_files(bad)
    page.get_by_role("button", name="Bekijken").click()
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("Er is niets ingelezen. Het bestand heeft 2 fouten.")
    expect(alert).to_contain_text("Rij 2: postcode: 12345 is geen geldige postcode")
    expect(alert).to_contain_text("Rij 3: huisnummer: x is geen huisnummer")

    page.get_by_role("link", name="Een verbeterd bestand kiezen").click()
    page.get_by_label("Ledenlijst").set_input_files(good)
    page.get_by_role("button", name="Bekijken").click()
    expect(
        page.get_by_text("Alles klopt. 5 leden in 5 huishoudens, 5 met machtiging.")
    ).to_be_visible()
    page.get_by_role("button", name="Inlezen").click()
    expect(page.get_by_role("status")).to_contain_text("Klaar: 5 leden.", timeout=20_000)
    page.get_by_role("link", name="Naar de ledenlijst").click()

    page.get_by_role("link", name="Vereniging").click()
    page.get_by_role("link", name="Contributie").click()
    page.get_by_role("button", name=f"Contributie {YEAR} berekenen").click()
    # The five new members and the member of the test world who joined in 2023.
    expect(page.get_by_role("status")).to_contain_text("Klaar: 6 huishoudens (6 leden)")
    collection = timezone.localdate() + datetime.timedelta(days=5)
    page.get_by_label("Incassodatum").fill(collection.isoformat())
    page.get_by_role("button", name="Incassobestand maken").click()
    # The task worker makes the file; the job's page refreshes itself until it is done.
    expect(page.get_by_role("heading", name="Incassobestand maken")).to_be_visible()
    expect(page.get_by_role("status")).to_contain_text("Klaar: 5 incasso's", timeout=20_000)
    with page.expect_download() as download:
        page.get_by_role("link", name="Download het incassobestand").click()
    assert "pain.008.001.02" in download.value.path().read_text()
    with scope(collective=bworld.world.a):
        assert Member.objects.filter(person__family_name="Smit").count() == 5


def test_member_withdraws_a_consent_in_one_click_without_javascript(
    browser: Browser, server_url: str, bworld: BrowserWorld
) -> None:
    context = new_context(browser, server_url, java_script_enabled=False)
    page = context.new_page()
    log_in(page, bworld.member.email)
    page.goto(f"/{bworld.world.a.slug}/mijn-lidmaatschap/")
    page.get_by_role("button", name="Toestemming geven: nieuwsbrief per e-mail").click()
    expect(page.get_by_role("status")).to_contain_text("Toestemming gegeven")
    page.get_by_role("button", name="Intrekken: nieuwsbrief per e-mail").click()
    expect(page.get_by_role("status")).to_contain_text("Toestemming ingetrokken")
    with scope(collective=bworld.world.a):
        assert Consent.objects.get(person__user=bworld.member).withdrawn_at is not None


def test_a_job_page_shows_the_count_and_follows_the_job_with_or_without_javascript(
    browser: Browser, server_url: str, bworld: BrowserWorld
) -> None:
    world = bworld.world
    with scope(collective=world.a):
        job = Job.objects.create(
            collective=world.a,
            kind="debit_run",
            status=JobStatus.RUNNING,
            done=3400,
            total=10_000,
            back_url=f"/{world.a.slug}/contributie/{YEAR}/",
        )
    treasurer = make_user(world.a, "board", email="penningmeester@dorp-a.example")
    pages = {}
    for javascript, user in ((False, world.a_coordinator), (True, treasurer)):
        pages[javascript] = new_context(
            browser, server_url, java_script_enabled=javascript
        ).new_page()
        log_in(pages[javascript], user.email)
        pages[javascript].goto(f"/{world.a.slug}/taken/{job.pk}/")
    for page in pages.values():
        expect(page.get_by_role("status")).to_have_text("3.400 van 10.000 incasso's")
        expect(page.get_by_role("progressbar", name="Voortgang")).to_have_attribute("value", "3400")
    assert axe_violations(pages[True]) == []  # with JavaScript htmx swaps, the page stays put

    def worker_gets_to(**fields: object) -> None:
        with scope(collective=world.a):
            Job.objects.filter(pk=job.pk).update(**fields)

    # The worker gets further; both pages show it by themselves, every 2 seconds.
    worker_gets_to(done=9_000)
    for page in pages.values():
        expect(page.get_by_role("status")).to_have_text("9.000 van 10.000 incasso's")
    worker_gets_to(status=JobStatus.DONE, done=10_000, result_url=f"/{world.a.slug}/")
    for page in pages.values():
        expect(page.get_by_role("status")).to_have_text("Klaar: 10.000 incasso's.")
        expect(page.get_by_role("link", name="Download het incassobestand")).to_be_visible()
