"""A signed contract of the test world with the municipality and the insurer, and a statement."""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.utils import timezone
from django_scopes import scope

from wijkkracht.businesscase.models import Scenario
from wijkkracht.contracts.models import Contract, PartyKind, VoucherScheme
from wijkkracht.contracts.services.budget import budget_plan_set
from wijkkracht.contracts.services.contracts import (
    contract_create,
    contract_sign,
    party_add,
    rule_add,
    split_set,
)
from wijkkracht.contracts.services.statements import statement_publish
from wijkkracht.contracts.services.vouchers import scheme_create, vouchers_give
from wijkkracht.core.models import Collective, Person

LAST_YEAR = timezone.localdate().year - 1


@dataclass(frozen=True)
class ContractIds:
    contract_id: int  # signed
    draft_id: int
    rule_id: int  # the signed contract's rate card
    draft_rule_id: int  # the draft's
    statement_id: int
    scheme_id: int  # service vouchers, two given to the resident


def a_contract(collective: Collective, title: str = "Wijkcontract Dorp A") -> Contract:
    """A draft with three parties, a rate card bound to meals served and shared savings."""
    with scope(collective=collective):
        contract = contract_create(
            actor=None,
            collective=collective,
            title=title,
            summary="De coöperatie organiseert maaltijden en hulp. De gemeente en de "
            "zorgverzekeraar betalen voor het resultaat.",
            starts_on=datetime.date(LAST_YEAR, 1, 1),
            ends_on=datetime.date(LAST_YEAR + 2, 12, 31),
        )
        collective_party = contract.parties.get()
        municipality = party_add(
            actor=None, contract=contract, name="Gemeente Hoogeveen", kind=PartyKind.MUNICIPALITY
        )
        insurer = party_add(
            actor=None, contract=contract, name="Zorgverzekeraar Noord", kind=PartyKind.INSURER
        )
        rule_add(
            actor=None,
            contract=contract,
            key="maaltijden",
            kind="rate_card",
            payer=municipality,
            recipient=collective_party,
            unit="maaltijd",
            bindings={"achieved": "meals_served"},
            evidence="de aanwezigheidslijsten van de maaltijden",
            parameters={"price": "4.50", "baseline": "0", "cap": "5000", "fallback": "250"},
        )
        rule_add(
            actor=None,
            contract=contract,
            key="zorgkosten",
            kind="shared_savings",
            payer=insurer,
            recipient=collective_party,
            parameters={
                "benchmark": "500",
                "actual": "495.50",
                "exposure": "1250",
                "minimum_savings_rate": "0.005",
                "sharing_rate": "1/2",
                "mode": "first_euro",
            },
        )
        split_set(
            actor=None,
            contract=contract,
            parts=[("wijkbudget", "1/2"), ("reserve", "3/10"), ("zorgaanbieders", "1/5")],
        )
        return contract


def a_scheme(collective: Collective, **fields: object) -> VoucherScheme:
    values: dict[str, object] = {
        "name": "Dienstencheques Hoogeveen",
        "funder": "Gemeente Hoogeveen",
        "face_value": Decimal("15.00"),
        "per_person": 4,
        "per_household": 6,
        "valid_months": 12,
    }
    with scope(collective=collective):
        return scheme_create(actor=None, collective=collective, **{**values, **fields})  # type: ignore[arg-type]


def contracts_build(collective: Collective, resident: Person) -> ContractIds:
    signed = a_contract(collective)
    draft = a_contract(collective, title="Concept: vervoer")
    with scope(collective=collective):
        contract_sign(actor=None, contract=signed, signed_on=datetime.date(LAST_YEAR, 1, 15))
        statement = statement_publish(
            actor=None,
            contract=signed,
            start=datetime.date(LAST_YEAR, 1, 1),
            end=datetime.date(LAST_YEAR, 12, 31),
        )
        rule, draft_rule = (c.rules.get(key="maaltijden") for c in (signed, draft))
    scheme = a_scheme(collective)
    with scope(collective=collective):
        # The village budget beside the published business case, whose year 1 was last year.
        plan = Scenario.objects.exclude(published_at=None).first()
        if plan is not None:
            budget_plan_set(
                actor=None, collective=collective, scenario=plan, year_zero=LAST_YEAR - 1
            )
        vouchers_give(actor=None, scheme=scheme, person=resident, count=2, on=timezone.localdate())
    return ContractIds(
        contract_id=signed.pk,
        draft_id=draft.pk,
        rule_id=rule.pk,
        draft_rule_id=draft_rule.pk,
        statement_id=statement.pk,
        scheme_id=scheme.pk,
    )
