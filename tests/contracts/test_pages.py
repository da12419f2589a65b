"""Making a contract on its pages, signing it, and its statement bound to recorded figures."""

import datetime
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone
from django_scopes import scope

from tests.activities.build import an_activity
from tests.conftest import World, login, make_person
from tests.contracts.build import LAST_YEAR, a_contract
from wijkkracht.activities.models import Occurrence
from wijkkracht.activities.services.registrations import attendance_save
from wijkkracht.contracts.models import Contract, PaymentRule, Statement
from wijkkracht.contracts.services.contracts import contract_sign
from wijkkracht.participation.models import Budget

pytestmark = pytest.mark.django_db


def meals_last_year(world: World, guests: int) -> None:
    """A shared meal on 1 March last year where ``guests`` people came."""
    meal = an_activity(world.a, days=0, title="Eten in maart")
    people = [make_person(world.a, given_name=f"Gast{n}") for n in range(guests)]
    with scope(collective=world.a):
        occurrence = meal.occurrences.get()
        attendance_save(actor=None, occurrence=occurrence, present=set(), walk_ins=people)
        # History: the meal was held last year (the service plans only from today on).
        held = timezone.make_aware(datetime.datetime(LAST_YEAR, 3, 1, 17, 30))
        Occurrence.objects.filter(pk=occurrence.pk).update(
            starts_at=held, ends_at=held + datetime.timedelta(hours=2)
        )


def publish(client: Client, world: World, contract: Contract) -> str:
    url = f"/{world.a.slug}/contracten/{contract.pk}/afrekening/"
    period = {"start": f"{LAST_YEAR}-01-01", "end": f"{LAST_YEAR}-12-31"}
    response = client.post(url, period, follow=True)
    return response.content.decode()


def test_a_statement_reads_the_meals_wijkkracht_counted_and_splits_to_the_cent(
    world: World, client: Client
) -> None:
    meals_last_year(world, 12)
    contract = a_contract(world.a, title="Met twaalf maaltijden")
    with scope(collective=world.a):
        contract_sign(actor=None, contract=contract, signed_on=datetime.date(LAST_YEAR, 1, 2))
    login(client, world.a_coordinator)
    title = f"Wijkbudget {LAST_YEAR + 1}"
    with scope(collective=world.a):
        # The test world's own contract put its wijkbudget part there already.
        start = Budget.objects.get(title=title).amount
    page = publish(client, world, contract)
    # 4.50 * 12 meals; ½ · 4.50 · 1,250 saved; 2,866.50 split ½, 3/10, 1/5
    assert "maaltijden: € 54,00" in page
    assert "geteld door Wijkkracht: Maaltijden geserveerd" in page
    assert "zorgkosten: € 2.812,50" in page
    assert "Totaal: € 2.866,50" in page
    assert "wijkbudget: € 1.433,25" in page
    assert "reserve: € 859,95" in page and "zorgaanbieders: € 573,30" in page
    with scope(collective=world.a):
        statement = Statement.objects.get(contract=contract)
    assert str(statement.total) == "2866.50"
    # The wijkbudget part goes to next year's neighbourhood budget; publishing the same period
    # again corrects the statement and adds only the difference (here none).
    with scope(collective=world.a):
        before = Budget.objects.get(title=title).amount
    assert before == start + Decimal("1433.25")
    publish(client, world, contract)
    with scope(collective=world.a):
        assert Budget.objects.get(title=title).amount == before
        correction = Statement.objects.filter(contract=contract).order_by("-pk").first()
        assert correction is not None and correction.corrects == statement
    assert statement.lines[0]["inputs"][-1] == {
        "name": "bereikt",
        "value": "12",
        "source": "geteld door Wijkkracht: Maaltijden geserveerd",
    }


def test_seven_meals_are_shown_as_fewer_than_ten_and_pay_the_fallback(
    world: World, client: Client
) -> None:
    meals_last_year(world, 7)
    contract = a_contract(world.a, title="Met zeven maaltijden")
    with scope(collective=world.a):
        contract_sign(actor=None, contract=contract, signed_on=datetime.date(LAST_YEAR, 1, 2))
    login(client, world.a_coordinator)
    page = publish(client, world, contract)
    assert "maaltijden: € 250,00 (minder dan 10: het vaste bedrag)" in page
    assert "<td>minder dan 10</td>" in page and "<td>7</td>" not in page


def test_a_coordinator_makes_a_contract_on_its_pages_and_signing_fixes_it(
    world: World, client: Client
) -> None:
    login(client, world.a_coordinator)
    base = f"/{world.a.slug}/contracten/"
    response = client.post(
        base + "nieuw/",
        {
            "title": "Samen eten",
            "summary": "Wij koken, de gemeente betaalt per maaltijd.",
            "starts_on": "2026-01-01",
            "ends_on": "2026-12-31",
        },
    )
    contract_url = response["Location"]
    client.post(contract_url + "partijen/", {"name": "Gemeente Hoogeveen", "kind": "municipality"})
    with scope(collective=world.a):
        contract = Contract.objects.get(title="Samen eten")
        town, ours = (
            contract.parties.get(kind="municipality"),
            contract.parties.get(kind="collective"),
        )
    rule_url = contract_url + "regels/nieuw/?soort=rate_card"
    rule = {"key": "maaltijden", "payer": town.pk, "recipient": ours.pk, "unit": "maaltijd"}
    page = client.post(rule_url, {**rule, "price": "veel", "cap": "-5"}).content.decode()
    assert "verwacht een getal, met een punt voor de decimalen" in page
    assert "mag niet negatief zijn" in page
    client.post(rule_url, {**rule, "price": "4,50", "cap": "€ 1.250,00", "fallback": "250"})
    with scope(collective=world.a):
        saved = PaymentRule.objects.get(contract=contract)
    assert saved.parameters == {"price": "4.50", "cap": "1250.00", "fallback": "250"}
    detail = client.get(contract_url).content.decode()
    assert (
        "Gemeente Hoogeveen betaalt Dorpscoöperatie A € 4,50 per maaltijd, samen ten hoogste "
        "€ 1.250,00." in detail
    )
    page = client.post(contract_url + "verdeling/", {"parts": "wijkbudget; 1/2\nreserve; 1/3"})
    assert "de delen moeten samen precies 1 zijn" in page.content.decode()
    client.post(contract_url + "tekenen/", {"signed_on": "2026-01-05"})
    page = client.post(rule_url, {**rule, "key": "nog-een", "price": "1"}, follow=True)
    assert "Dit contract is getekend en ligt vast." in page.content.decode()


def test_a_partner_sees_signed_contracts_only(world: World, client: Client) -> None:
    login(client, world.a_partner)
    listed = client.get(f"/{world.a.slug}/contracten/").content.decode()
    assert "Wijkcontract Dorp A" in listed and "Concept: vervoer" not in listed
    draft = f"/{world.a.slug}/contracten/{world.a_contracts.draft_id}/"
    assert client.get(draft).status_code == 404
    assert client.get(f"/{world.a.slug}/contracten/nieuw/").status_code == 404


def test_a_change_to_a_signed_contract_is_a_new_version_and_the_signed_one_stays(
    world: World, client: Client
) -> None:
    login(client, world.a_coordinator)
    signed = world.a_contracts.contract_id
    response = client.post(f"/{world.a.slug}/contracten/{signed}/nieuwe-versie/", follow=True)
    page = response.content.decode()
    assert "Versie 2 is een concept." in page and "Dit vervangt" in page
    with scope(collective=world.a):
        copy = Contract.objects.get(previous_id=signed)
        old = Contract.objects.get(pk=signed)
        assert (copy.version, copy.status, old.status) == (2, "draft", "signed")
        assert list(copy.rules.values_list("key", flat=True)) == ["maaltijden", "zorgkosten"]
        assert copy.split.count() == 3
        assert {rule.payer.contract_id for rule in copy.rules.all()} == {copy.pk}
    again = client.post(f"/{world.a.slug}/contracten/{signed}/nieuwe-versie/", follow=True)
    assert "Van deze versie is al een nieuwe versie gemaakt." in again.content.decode()


def test_a_figure_from_outside_counts_only_with_its_evidence(world: World, client: Client) -> None:
    login(client, world.a_coordinator)
    contract = world.a_contracts.contract_id
    period = f"start={LAST_YEAR}-01-01&end={LAST_YEAR}-12-31"
    url = f"/{world.a.slug}/contracten/{contract}/cijfer/?{period}"
    with scope(collective=world.a):
        savings = PaymentRule.objects.get(contract_id=contract, key="zorgkosten")
    figure = {
        "given": f"{savings.pk}:actual",
        "value": "492,00",
        "source": "Zorgverzekeraar Noord, declaratiedata",
        "reported_on": f"{LAST_YEAR + 1}-02-01",
    }
    page = client.post(url, figure).content.decode()
    assert "Dit veld is verplicht." in page  # no evidence, no payment
    evidence = SimpleUploadedFile("declaraties.pdf", b"%PDF-1.4 cijfers")
    client.post(url, {**figure, "evidence": evidence})
    page = client.get(f"/{world.a.slug}/contracten/{contract}/afrekening/?{period}")
    text = page.content.decode()
    # 1/2 * (500 - 492) * 1,250 = 5,000 instead of 2,812.50 with the contract's 495.50
    assert "zorgkosten: € 5.000,00" in text
    assert "Zorgverzekeraar Noord, declaratiedata" in text and "bewijs: declaraties.pdf" in text


def test_a_signed_contract_runs_between_its_dates_and_then_has_ended(world: World) -> None:
    with scope(collective=world.a):
        contract = Contract.objects.get(pk=world.a_contracts.contract_id)
        assert contract.stage == "running"  # last year until the year after this one
        contract.ends_on = timezone.localdate() - datetime.timedelta(days=1)
        assert contract.stage == "ended"
        contract.starts_on = contract.ends_on = timezone.localdate() + datetime.timedelta(days=9)
        assert contract.stage == "signed"
        assert Contract.objects.get(pk=world.a_contracts.draft_id).stage == "draft"
