"""Inputs bound to what Wijkkracht knows: CBS counts of a stated year, counted figures, and
impact results as quality scores; the statement fills them in itself."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django_scopes import scope

from tests.conftest import World, login
from tests.contracts.build import a_contract
from tests.impact.conftest import YEAR, Neighbourhood, wijk  # noqa: F401 (the fixture)
from tests.impact.test_outcomes import closed_round
from tests.impact.test_rounds import HIGH, MIDDLE
from wijkkracht.contracts.models import Contract, PaymentRule
from wijkkracht.contracts.services.contracts import contract_sign, rule_add, rule_bind
from wijkkracht.contracts.services.statements import statement_publish
from wijkkracht.core.models import Area, AreaKind, Collective
from wijkkracht.info.models import AreaFigure, Measure

pytestmark = pytest.mark.django_db


def with_second_area(collective: Collective) -> None:
    """A second neighbourhood beside the test world's (2,220 inhabitants in 2023, 2,260 in
    2024), with 1,500 in 2023 and 1,600 in 2024."""
    area = Area.objects.create(
        code="BU01180101", name="Erbij", kind=AreaKind.NEIGHBOURHOOD, year=2024
    )
    collective.areas.add(area)
    for year, count in ((2023, 1500), (2024, 1600)):
        AreaFigure.objects.create(
            code=area.code, year=year, measure=Measure.INHABITANTS, value=count, source="CBS, test"
        )


def population_rule(contract: Contract, year: int) -> PaymentRule:
    parties = list(contract.parties.order_by("pk"))
    return rule_add(
        actor=None,
        contract=contract,
        key="per-inwoner",
        kind="population",
        payer=parties[1],
        recipient=parties[0],
        unit="inwoners",
        parameters={"base": "1000", "rates": [{"count": "0", "rate": "2.50"}]},
        bindings={"rates[0].count": f"cbs:inhabitants:{year}"},
    )


def test_a_population_budget_reads_the_cbs_inhabitants_of_the_stated_year(world: World) -> None:
    with_second_area(world.a)
    contract = a_contract(world.a, title="Per inwoner")
    with scope(collective=world.a):
        population_rule(contract, 2023)
        contract_sign(actor=None, contract=contract, signed_on=datetime.date(2025, 1, 2))
        statement = statement_publish(
            actor=None, contract=contract, start=datetime.date(2025, 1, 1), end=YEAR[1]
        )
    line = next(line for line in statement.lines if line["key"] == "per-inwoner")
    # 1,000 + 2.50 x (2,220 + 1,500): the 2023 figures, though 2024 is loaded too.
    assert line["amount"] == "10300.00"
    assert {
        "name": "het aantal op regel 1",
        "value": "3720",
        "source": "CBS: inwoners volgens het CBS van 2023",
    } in line["inputs"]
    assert "voor elk van de inwoners volgens het CBS van 2023" in line["sentence"]


def test_only_a_source_that_fits_the_input_can_be_bound(world: World) -> None:
    contract = a_contract(world.a, title="Koppelen")
    with scope(collective=world.a):
        with pytest.raises(ValidationError, match="kan niet aan het aantal op regel 1"):
            population_rule(contract, 2019)  # no CBS figures of 2019 are loaded
        rule = contract.rules.get(key="maaltijden")
        with pytest.raises(ValidationError, match="kan niet aan wat bereikt is"):
            rule_bind(actor=None, rule=rule, bindings={"achieved": "impact:djg6:total"})
        rule_bind(actor=None, rule=rule, bindings={"achieved": ""})
        assert PaymentRule.objects.get(pk=rule.pk).bindings == {}


def test_the_coordinator_binds_on_the_page_and_the_sentence_says_so(
    world: World, client: Client
) -> None:
    with_second_area(world.a)
    contract = a_contract(world.a, title="Op de pagina")
    login(client, world.a_coordinator)
    url = f"/{world.a.slug}/contracten/{contract.pk}/regels/nieuw/?soort=population"
    with scope(collective=world.a):
        payer = contract.parties.order_by("pk")[1]
        recipient = contract.parties.order_by("pk")[0]
    data = {
        "key": "per-inwoner",
        "payer": payer.pk,
        "recipient": recipient.pk,
        "rates": "0; 2,50",
    }
    bind = client.post(url, data)
    with scope(collective=world.a):
        rule = contract.rules.get(key="per-inwoner")
    assert (
        bind["Location"] == f"/{world.a.slug}/contracten/{contract.pk}/regels/{rule.pk}/koppelen/"
    )
    form = client.get(bind["Location"]).content.decode()
    assert (
        "Inwoners volgens het CBS van 2024" in form or "inwoners volgens het CBS van 2024" in form
    )
    client.post(bind["Location"], {"input0": "cbs:inhabitants:2024"})
    page = client.get(f"/{world.a.slug}/contracten/{contract.pk}/").content.decode()
    assert "voor elk van de inwoners volgens het CBS van 2024" in page


def test_a_quality_score_comes_from_the_neighbourhood_measurement(
    wijk: Neighbourhood,  # noqa: F811 (the fixture)
) -> None:
    closed_round(wijk, [MIDDLE] * 6 + [HIGH] * 6)
    contract = a_contract(wijk.collective, title="Kwaliteit")
    with scope(collective=wijk.collective):
        parties = list(contract.parties.order_by("pk"))
        rule_add(
            actor=None,
            contract=contract,
            key="kwaliteit",
            kind="quantity_quality",
            payer=parties[1],
            recipient=parties[0],
            parameters={
                "quantities": [{"count": "10", "price": "5"}],
                "quality_scores": ["0"],
                "quality_budget": "1000",
            },
            bindings={"quality_scores[0]": "impact:cbs-cohesion:total"},
        )
        contract_sign(actor=None, contract=contract, signed_on=YEAR[0])
        statement = statement_publish(actor=None, contract=contract, start=YEAR[0], end=YEAR[1])
    line = next(line for line in statement.lines if line["key"] == "kwaliteit")
    # 10 x 5 + 72.5 / 100 x 1,000 (cohesion 7.25 of 10)
    assert Decimal(line["amount"]) == Decimal("775.00")
    assert line["given"]["quality_scores"] == ["72.5"]
