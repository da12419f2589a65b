"""Making a contract: parties, payment rules, the split, and signing it (then it is fixed)."""

import datetime
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from wijkkracht.contracts.metrics import known, path_set, slots
from wijkkracht.contracts.models import (
    Contract,
    ContractStatus,
    Income,
    Party,
    PartyKind,
    PaymentRule,
    SplitPart,
)
from wijkkracht.contracts.reading import contract_read
from wijkkracht.core.models import Collective, User
from wijkkracht.core.reading import InputInvalid
from wijkkracht.core.services.audit import audit_record

# What was achieved is no term of the contract: each statement fills it in from the figure
# the rule is bound to (0 while a rule has none).
BOUND_FIELDS = {"rate_card": ("achieved",)}
# What may be given from outside, with evidence, for a period (when no figure is bound).
EXTERNAL_FIELDS = {"rate_card": ("achieved",), "shared_savings": ("actual", "exposure")}


def _draft(contract: Contract) -> None:
    if contract.is_fixed:
        raise ValidationError(
            _("Dit contract is getekend en ligt vast. Maak een nieuwe versie om iets te wijzigen.")
        )


def check(rules: list[dict[str, Any]], split: list[dict[str, Any]]) -> None:
    """The rules and split as ``contract_compute`` reads them; every fault in Dutch."""
    try:
        contract_read({"rules": rules, "split": split})
    except InputInvalid as error:
        raise ValidationError(error.errors) from error


def rule_input(rule: PaymentRule, filled: dict[str, str] | None = None) -> dict[str, Any]:
    """A stored rule in ``contract_compute``'s form, the period's values filled in at their
    paths (what was achieved is 0 while unknown)."""
    data = {**dict.fromkeys(BOUND_FIELDS.get(rule.kind, ()), 0), **rule.parameters}
    for path, value in (filled or {}).items():
        path_set(data, path, value)
    return {"id": rule.key, "type": rule.kind, **data}


@transaction.atomic
def contract_create(
    *,
    actor: User | None,
    collective: Collective,
    title: str,
    summary: str,
    starts_on: datetime.date,
    ends_on: datetime.date,
) -> Contract:
    """A draft contract with the collective as its first party."""
    if ends_on < starts_on:
        raise ValidationError(_("Het contract eindigt vóór het begint."))
    contract = Contract.objects.create(
        collective=collective,
        title=title.strip(),
        summary=summary.strip(),
        starts_on=starts_on,
        ends_on=ends_on,
    )
    Party.objects.create(
        collective=collective, contract=contract, name=collective.name, kind=PartyKind.COLLECTIVE
    )
    audit_record(actor=actor, action="contract.create", target=contract, collective=collective)
    return contract


@transaction.atomic
def party_add(*, actor: User | None, contract: Contract, name: str, kind: str) -> Party:
    _draft(contract)
    party = Party(
        collective_id=contract.collective_id, contract=contract, name=name.strip(), kind=kind
    )
    party.full_clean(exclude=["collective", "contract"])
    party.save()
    audit_record(
        actor=actor, action="contract.party", target=contract, collective=contract.collective
    )
    return party


@transaction.atomic
def rule_add(
    *,
    actor: User | None,
    contract: Contract,
    key: str,
    kind: str,
    payer: Party,
    recipient: Party,
    parameters: dict[str, Any],
    unit: str = "",
    bindings: dict[str, str] | None = None,
    evidence: str = "",
) -> PaymentRule:
    """A payment rule; its numbers are checked exactly as the statement will compute them."""
    _draft(contract)
    if payer.contract_id != contract.pk or recipient.contract_id != contract.pk:
        raise ValidationError(_("Betaler en ontvanger moeten partijen van dit contract zijn."))
    if payer.pk == recipient.pk:
        raise ValidationError(_("De betaler en de ontvanger zijn dezelfde partij."))
    rule = PaymentRule(
        collective_id=contract.collective_id,
        contract=contract,
        key=key,
        kind=kind,
        payer=payer,
        recipient=recipient,
        unit=unit.strip(),
        evidence=evidence.strip(),
        parameters=parameters,
    )
    rule.full_clean(exclude=["collective", "contract", "payer", "recipient"])
    if contract.rules.filter(key=key).exists():
        raise ValidationError(_("Er is al een regel met de korte naam %(key)s.") % {"key": key})
    check([rule_input(rule)], [])
    rule.bindings = _bindings_checked(rule, bindings or {})
    rule.save()
    audit_record(
        actor=actor, action="contract.rule", target=contract, collective=contract.collective
    )
    return rule


def _bindings_checked(rule: PaymentRule, bindings: dict[str, str]) -> dict[str, str]:
    """Only the rule's own inputs, each bound to a source that fits it; empty: not bound."""
    fitting = {slot.path: slot for slot in slots(rule.kind, rule.parameters)}
    found = {}
    for path, code in bindings.items():
        if not code:
            continue
        slot = fitting.get(path)
        if slot is None or not known(code, slot.family, rule.contract.collective):
            raise ValidationError(
                _("Dit gegeven kan niet aan %(what)s worden gekoppeld.")
                % {"what": slot.label if slot else path}
            )
        found[path] = code
    return found


@transaction.atomic
def rule_bind(*, actor: User | None, rule: PaymentRule, bindings: dict[str, str]) -> PaymentRule:
    """Which inputs of the rule the statement fills in itself, and from where."""
    _draft(rule.contract)
    rule.bindings = _bindings_checked(rule, bindings)
    rule.save(update_fields=["bindings"])
    audit_record(
        actor=actor,
        action="contract.rule_bind",
        target=rule.contract,
        collective=rule.contract.collective,
        data={"rule": rule.key, "bound": sorted(rule.bindings)},
    )
    return rule


@transaction.atomic
def split_set(*, actor: User | None, contract: Contract, parts: list[tuple[str, str]]) -> None:
    """Where the money goes back to; the shares must sum to exactly 1."""
    _draft(contract)
    check([], [{"to": to, "share": share} for to, share in parts])
    contract.split.all().delete()
    SplitPart.objects.bulk_create(
        SplitPart(collective_id=contract.collective_id, contract=contract, to=to, share=share)
        for to, share in parts
    )
    audit_record(
        actor=actor, action="contract.split", target=contract, collective=contract.collective
    )


@transaction.atomic
def contract_sign(*, actor: User | None, contract: Contract, signed_on: datetime.date) -> Contract:
    contract = Contract.objects.select_for_update().get(pk=contract.pk)
    _draft(contract)
    if contract.parties.count() < 2:  # noqa: PLR2004
        raise ValidationError(_("Een contract heeft minstens twee partijen."))
    if not contract.rules.exists():
        raise ValidationError(_("Een contract heeft minstens één betaalregel."))
    contract.status = ContractStatus.SIGNED
    contract.signed_on = signed_on
    contract.save(update_fields=["status", "signed_on"])
    audit_record(
        actor=actor, action="contract.sign", target=contract, collective=contract.collective
    )
    return contract


@transaction.atomic
def contract_new_version(*, actor: User | None, contract: Contract) -> Contract:
    """A signed contract stays as it was signed; a change starts from a copy, a draft with the
    next version number that names the one before."""
    contract = Contract.objects.select_for_update().get(pk=contract.pk)
    if not contract.is_fixed:
        raise ValidationError(_("Dit is nog een concept: u kunt het zelf aanpassen."))
    if Contract.objects.filter(previous=contract).exists():
        raise ValidationError(_("Van deze versie is al een nieuwe versie gemaakt."))
    copy = Contract.objects.create(
        collective_id=contract.collective_id,
        title=contract.title,
        summary=contract.summary,
        starts_on=contract.starts_on,
        ends_on=contract.ends_on,
        version=contract.version + 1,
        previous=contract,
    )
    parties = {}
    for party in contract.parties.all():
        parties[party.pk] = Party.objects.create(
            collective_id=contract.collective_id, contract=copy, name=party.name, kind=party.kind
        )
    for rule in contract.rules.all():
        PaymentRule.objects.create(
            collective_id=contract.collective_id,
            contract=copy,
            key=rule.key,
            kind=rule.kind,
            payer=parties[rule.payer_id],
            recipient=parties[rule.recipient_id],
            unit=rule.unit,
            bindings=rule.bindings,
            evidence=rule.evidence,
            parameters=rule.parameters,
        )
    SplitPart.objects.bulk_create(
        SplitPart(collective_id=contract.collective_id, contract=copy, to=part.to, share=part.share)
        for part in contract.split.all()
    )
    audit_record(
        actor=actor,
        action="contract.new_version",
        target=copy,
        collective=contract.collective,
        data={"previous": contract.pk},
    )
    return copy


@transaction.atomic
def income_record(
    *,
    actor: User | None,
    collective: Collective,
    funder: str,
    amount: Decimal,
    received_on: datetime.date,
    description: str = "",
) -> Income:
    """Money received outside contracts and contributions, such as a subsidy."""
    if amount <= 0:
        raise ValidationError(_("Een ontvangst is meer dan € 0."))
    income = Income(
        collective=collective,
        funder=funder.strip(),
        amount=amount,
        received_on=received_on,
        description=description.strip(),
        entered_by=actor,
    )
    income.full_clean(exclude=["collective", "entered_by"])
    income.save()
    audit_record(actor=actor, action="income.record", target=income, collective=collective)
    return income
