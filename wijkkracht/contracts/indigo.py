"""A signed contract in the INDIGO data standard's project shape (indigo/SOURCES.md): the
rules as outcome metrics with their pricing, the payers' commitments, the area, and each
published statement's amounts as actual outcome payments. Aggregates only: no person."""

import datetime
from decimal import Decimal
from fractions import Fraction
from typing import Any

from wijkkracht.contracts.models import Contract, PartyKind
from wijkkracht.contracts.selectors import current_statements
from wijkkracht.contracts.sentences import rule_sentence

CURRENCY = "EUR"
# The INDIGO role category of each kind of party.
ROLE_CATEGORY = {
    PartyKind.COLLECTIVE: "Nonprofit/NGO",
    PartyKind.MUNICIPALITY: "Government/Public Sector/Public Bank",
    PartyKind.INSURER: "Other",
    PartyKind.WLZ: "Government/Public Sector/Public Bank",
    PartyKind.PROVIDER: "Nonprofit/NGO",
    PartyKind.FUNDER: "Foundation/Philanthropist",
}


def _value(value: Any) -> dict[str, Any]:
    return {"value": value}


def _date(day: datetime.date | None) -> dict[str, Any]:
    return {"value": day.isoformat()} if day else {}


def _number(raw: Any) -> dict[str, Any]:
    return {"value": float(Fraction(str(raw)))}


def _party_id(contract: Contract, party_id: int) -> dict[str, Any]:
    return _value(f"wijkkracht-{contract.collective.slug}-partij-{party_id}")


def contract_indigo(contract: Contract) -> dict[str, Any]:
    rules = list(contract.rules.select_related("payer", "recipient"))
    payers = {rule.payer for rule in rules}
    data: dict[str, Any] = {
        "status": "PUBLIC",
        "name": _value(contract.title),
        "dates": {
            "outcomes_contract_signed": _date(contract.signed_on),
            "start_date_of_service_provision": _date(contract.starts_on),
            "anticipated_end_date_of_service_provision": _date(contract.ends_on),
        },
        "purpose_and_classifications": {"intervention": _value(contract.summary)},
        "delivery_locations": [
            {
                "location_name": _value(area.name),
                "location_country": _value("NL"),
                "adminstrative_geography_code_type": _value("CBS"),
                "adminstrative_geography_code": _value(area.code),
            }
            for area in contract.collective.areas.all()
        ],
        "outcome_metrics": [
            {"id": rule.key, "definition": _value(rule_sentence(rule))} for rule in rules
        ],
        "outcome_pricings": [
            {
                "outcome_metric_id": _value(rule.key),
                "currency": _value(CURRENCY),
                "price_per_unit": {"amount": _number(rule.parameters["price"])},
            }
            for rule in rules
            if "price" in rule.parameters
        ],
        "outcome_payment_commitments": [
            {
                "organisation_id": _party_id(contract, payer.pk),
                "organisation_role_category": _value(ROLE_CATEGORY[PartyKind(payer.kind)]),
                "notes": payer.name,
            }
            for payer in sorted(payers, key=lambda party: party.pk)
        ],
        "outcome_payments": [],
    }
    by_key = {rule.key: rule for rule in rules}
    for statement in current_statements().filter(contract=contract).order_by("period_start"):
        for line in statement.lines:
            rule = by_key.get(line["key"])
            if rule is None:
                continue
            data["outcome_payments"].append(
                {
                    "outcome_metric_id": _value(rule.key),
                    "period": {
                        "start_date": _date(statement.period_start),
                        "end_date": _date(statement.period_end),
                    },
                    "payer_organisation_id": _party_id(contract, rule.payer_id),
                    "recipient_organisation_id": _party_id(contract, rule.recipient_id),
                    "type": _value("Actual"),
                    "money": {
                        "currency": _value(CURRENCY),
                        "amount": _value(float(Decimal(line["amount"]))),
                    },
                }
            )
    return data
