"""What a contract pays over a period: each rule's inputs with their source, computed by the
same code as ``contract_compute``, and the split. Published, a statement is fixed."""

import datetime
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from wijkkracht.contracts.metrics import slots, source_read
from wijkkracht.contracts.models import (
    Contract,
    ContractStatus,
    ExternalFigure,
    PaymentRule,
    Statement,
)
from wijkkracht.contracts.reading import contract_read
from wijkkracht.contracts.rules import is_small_count, rule_amount, split
from wijkkracht.contracts.sentences import rule_sentence
from wijkkracht.contracts.services.contracts import BOUND_FIELDS, EXTERNAL_FIELDS, rule_input
from wijkkracht.core.models import Collective, User
from wijkkracht.core.services.audit import audit_record
from wijkkracht.participation.services.budgets import budget_top_up

FROM_CONTRACT = "contract"


@dataclass(frozen=True)
class Input:
    name: str
    value: str  # "minder dan 10" for a count of 1 to 9
    source: str


@dataclass(frozen=True)
class Line:
    key: str
    sentence: str
    inputs: tuple[Input, ...]
    amount: Decimal
    below_ten: bool
    given: dict[str, Any]  # the rule as contract_compute reads it, with what was achieved


@dataclass(frozen=True)
class Computed:
    lines: tuple[Line, ...]
    total: Decimal
    split: tuple[tuple[str, Decimal], ...]


@dataclass(frozen=True)
class Given:
    """A value of the period, where it comes from, and whether it is a count of people."""

    value: str
    source: str
    count: bool


def _measured(
    rule: PaymentRule,
    collective: Collective,
    period: tuple[datetime.date, datetime.date],
    external: list[ExternalFigure],
) -> dict[str, Given]:
    """The period's values by path: what the rule is bound to (contracts.metrics), a figure
    given from outside with its evidence (the latest for the period wins), or 0 for what was
    not measured. Only what was achieved on a rate card is a count of people."""
    found: dict[str, Given] = {}
    for path, code in rule.bindings.items():
        reading = source_read(code, collective, *period)
        value = format(reading.value.normalize(), "f")
        found[path] = Given(value, reading.source, count=path == "achieved")
    for name in BOUND_FIELDS.get(rule.kind, ()):
        if name not in found:
            found[name] = Given("0", _("niet gemeten: dit contract koppelt geen cijfer"), False)
    given_here: set[str] = set()
    for figure in external:  # newest first: the latest figure of a field counts
        bound = figure.field in rule.bindings
        if figure.rule_id != rule.pk or figure.field in given_here or bound:
            continue
        given_here.add(figure.field)
        source = _("%(source)s, %(date)s; bewijs: %(file)s") % {
            "source": figure.source,
            "date": figure.reported_on.isoformat(),
            "file": figure.evidence_name,
        }
        found[figure.field] = Given(format(figure.value.normalize(), "f"), source, count=False)
    return found


# The inputs as a statement names them.
INPUT_LABELS = {
    "price": _lazy("prijs per eenheid"),
    "achieved": _lazy("bereikt"),
    "baseline": _lazy("betalen boven"),
    "cap": _lazy("ten hoogste"),
    "fallback": _lazy("bedrag bij 1 tot 9"),
    "quantities": _lazy("aantallen en prijzen"),
    "ceiling": _lazy("ten hoogste"),
    "quality_scores": _lazy("kwaliteitsscores"),
    "quality_budget": _lazy("bedrag voor kwaliteit"),
    "benchmark": _lazy("norm per persoon"),
    "actual": _lazy("werkelijk per persoon"),
    "exposure": _lazy("aantal personen"),
    "minimum_savings_rate": _lazy("drempel"),
    "sharing_rate": _lazy("deel voor de ontvanger"),
    "quality_factor": _lazy("kwaliteitsfactor"),
    "mode": _lazy("delen"),
    "cap_share": _lazy("ten hoogste (deel van de norm)"),
    "base": _lazy("vast bedrag"),
    "rates": _lazy("bedrag per stuk"),
}


def _shown(value: Any) -> str:
    """A value as a reader writes it: a list of counts and prices as "120 keer 12.50"."""
    if not isinstance(value, list):
        return str(value)
    return "; ".join(
        _(" keer ").join(str(v) for v in item.values()) if isinstance(item, dict) else str(item)
        for item in value
    )


def _inputs(
    rule: PaymentRule, measured: dict[str, Given], given: dict[str, Any]
) -> tuple[Input, ...]:
    """What the contract fixed (bound values filled in), then each measured value's source."""
    agreed = _("afgesproken in het contract")
    found = [
        Input(str(INPUT_LABELS.get(name, name)), _shown(value), agreed)
        for name, value in given.items()
        if name not in ("id", "type") and name not in measured and value is not None
    ]
    labels = {slot.path: slot.label for slot in slots(rule.kind, rule.parameters)}
    for path, value in measured.items():
        label = str(INPUT_LABELS.get(path) or labels.get(path, path))
        small = value.count and is_small_count(Decimal(value.value))
        found.append(Input(label, _("minder dan 10") if small else value.value, value.source))
    return tuple(found)


def statement_compute(contract: Contract, start: datetime.date, end: datetime.date) -> Computed:
    rules = list(contract.rules.select_related("payer", "recipient"))
    # The evidence files stay in the database: a statement names them, it does not read them.
    external = list(
        ExternalFigure.objects.filter(
            rule__contract=contract, period_start=start, period_end=end
        ).defer("evidence")
    )
    measured = {
        rule.pk: _measured(rule, contract.collective, (start, end), external) for rule in rules
    }
    inputs = {
        rule.pk: rule_input(rule, {path: given.value for path, given in measured[rule.pk].items()})
        for rule in rules
    }
    parsed, parts = contract_read(
        {
            "rules": [inputs[rule.pk] for rule in rules],
            "split": [{"to": part.to, "share": part.share} for part in contract.split.all()],
        }
    )
    amounts = [rule_amount(rule) for rule in parsed]
    total = sum((found.amount for found in amounts), Decimal("0.00"))
    lines = tuple(
        Line(
            key=rule.key,
            sentence=rule_sentence(rule),
            inputs=_inputs(rule, measured[rule.pk], inputs[rule.pk]),
            amount=found.amount,
            below_ten=found.below_ten,
            given=inputs[rule.pk],
        )
        for rule, found in zip(rules, amounts, strict=True)
    )
    return Computed(lines, total, tuple(split(total, parts)))


@transaction.atomic
def statement_publish(
    *, actor: User | None, contract: Contract, start: datetime.date, end: datetime.date
) -> Statement:
    """Fix the statement of a period; publishing the same period again corrects the last one."""
    contract = Contract.objects.select_for_update().get(pk=contract.pk)
    if contract.status == ContractStatus.DRAFT:
        raise ValidationError(_("Een concept heeft nog geen afrekening. Teken eerst het contract."))
    if end < start:
        raise ValidationError(_("De periode eindigt vóór ze begint."))
    computed = statement_compute(contract, start, end)
    earlier = contract.statements.filter(period_start=start, period_end=end).first()
    statement = Statement.objects.create(
        collective_id=contract.collective_id,
        contract=contract,
        period_start=start,
        period_end=end,
        lines=[
            {
                "key": line.key,
                "sentence": line.sentence,
                "inputs": [vars(item) for item in line.inputs],
                "amount": str(line.amount),
                "below_ten": line.below_ten,
                "given": line.given,
            }
            for line in computed.lines
        ],
        total=computed.total,
        split=[{"to": to, "amount": str(amount)} for to, amount in computed.split],
        corrects=earlier,
        published_by=actor,
    )
    audit_record(
        actor=actor, action="contract.statement", target=statement, collective=contract.collective
    )
    _wijkbudget_top_up(actor, statement, earlier)
    return statement


WIJKBUDGET = "wijkbudget"


def _wijkbudget_part(statement: Statement | None) -> Decimal:
    parts = statement.split if statement is not None else []
    return sum(
        (Decimal(part["amount"]) for part in parts if part["to"].lower() == WIJKBUDGET),
        Decimal("0.00"),
    )


def _wijkbudget_top_up(actor: User | None, statement: Statement, earlier: Statement | None) -> None:
    """The wijkbudget part of the split goes to next year's neighbourhood budget, on which
    residents vote; a correction adds or takes back the difference."""
    amount = _wijkbudget_part(statement) - _wijkbudget_part(earlier)
    if not amount:
        return
    year = statement.period_end.year + 1
    budget_top_up(
        actor=actor,
        collective=statement.contract.collective,
        title=_("Wijkbudget %(year)s") % {"year": year},
        description=_(
            "Geld uit de besparing van het wijkcontract %(contract)s. Bewoners dienen ideeën "
            "in en stemmen over wat ermee gebeurt."
        )
        % {"contract": statement.contract.title},
        amount=amount,
    )


MAX_EVIDENCE_BYTES = 10 * 1024 * 1024


@transaction.atomic
def external_figure_give(
    *,
    actor: User | None,
    rule: PaymentRule,
    field: str,
    start: datetime.date,
    end: datetime.date,
    value: Decimal,
    source: str,
    reported_on: datetime.date,
    evidence_name: str,
    evidence: bytes,
) -> ExternalFigure:
    """A figure from outside for one rule and period; without an evidence file it is refused."""
    if not rule.contract.is_fixed:
        raise ValidationError(_("Teken eerst het contract; dan horen er cijfers bij."))
    if field not in EXTERNAL_FIELDS.get(rule.kind, ()) or field in rule.bindings:
        raise ValidationError(_("Dit gegeven komt niet van buiten."))
    if not evidence:
        raise ValidationError(_("Zonder bewijsstuk geen betaling: voeg het bestand toe."))
    if len(evidence) > MAX_EVIDENCE_BYTES:
        raise ValidationError(_("Het bewijsstuk is groter dan 10 MB."))
    if value < 0:
        raise ValidationError(_("Een cijfer kan niet negatief zijn."))
    if end < start:
        raise ValidationError(_("De periode eindigt vóór ze begint."))
    figure = ExternalFigure.objects.create(
        collective_id=rule.collective_id,
        rule=rule,
        field=field,
        period_start=start,
        period_end=end,
        value=value,
        source=source.strip(),
        reported_on=reported_on,
        evidence_name=evidence_name[:200],
        evidence=evidence,
        entered_by=actor,
    )
    audit_record(
        actor=actor,
        action="contract.figure",
        target=figure,
        collective=rule.contract.collective,
        data={"rule": rule.key, "field": field},
    )
    return figure
