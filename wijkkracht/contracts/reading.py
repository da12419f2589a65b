"""Payment rules and a split from their JSON form (``contract_compute``'s input), every fault
named by its path, all at once. The schema is in the README."""

from fractions import Fraction
from typing import Any

from django.utils.translation import gettext as _

from wijkkracht.contracts.rules import (
    ABOVE_MSR,
    FIRST_EURO,
    Population,
    QuantityQuality,
    RateCard,
    Rule,
    SharedSavings,
)
from wijkkracht.core.reading import FieldReader, InputInvalid

ZERO, ONE = Fraction(0), Fraction(1)
_COMMON = {"id", "type"}
_FIELDS = {
    "rate_card": {"price", "achieved", "baseline", "cap", "fallback"},
    "quantity_quality": {"quantities", "ceiling", "quality_scores", "quality_budget"},
    "shared_savings": {
        "benchmark",
        "actual",
        "exposure",
        "minimum_savings_rate",
        "sharing_rate",
        "quality_factor",
        "mode",
        "cap_share",
    },
    "population": {"base", "rates"},
}


def _path(where: str, name: str) -> str:
    return f"{where}.{name}" if where else name


class _Reader(FieldReader):
    def amount(
        self,
        data: dict[str, Any],
        name: str,
        where: str,
        *,
        default: Fraction | None = None,
        most: Fraction | None = None,
        optional: bool = False,
    ) -> Fraction | None:
        """A number of 0 or more (at most ``most``); missing: the default, or a fault."""
        raw = data.get(name)
        path = _path(where, name)
        if raw is None:
            if default is None and not optional:
                self.fail(path, _("dit veld is nodig"))
            return default
        value = self.number(raw, path)
        if value is None:
            return None
        if value < 0 or (most is not None and value > most):
            self.fail(
                path,
                _("verwacht een deel van 0 tot en met 1, bijvoorbeeld 0.25 voor 25 %")
                if most == 1
                else _("mag niet negatief zijn"),
            )
            return None
        return value

    def items(self, data: dict[str, Any], name: str, where: str) -> list[Any]:
        raw = data.get(name, [])
        if not isinstance(raw, list):
            self.fail(_path(where, name), _("verwacht een lijst"))
            return []
        return raw

    def pairs(
        self, data: dict[str, Any], name: str, where: str, second: str
    ) -> tuple[tuple[Fraction, Fraction], ...]:
        """A list of {count, <second>} objects, as (count, second) pairs."""
        found = []
        for index, raw in enumerate(self.items(data, name, where)):
            path = f"{where}.{name}[{index}]"
            item = self.fields(raw, path, {"count", second})
            count = self.amount(item, "count", path)
            value = self.amount(item, second, path)
            if count is not None and value is not None:
                found.append((count, value))
        return tuple(found)


def _rule(reader: _Reader, raw: Any, where: str) -> Rule | None:
    if not isinstance(raw, dict):
        reader.fail(where, _("verwacht een object met velden"))
        return None
    kind = raw.get("type")
    if kind not in _FIELDS:
        reader.fail(
            f"{where}.type",
            _("verwacht rate_card, quantity_quality, shared_savings of population"),
        )
        return None
    data = reader.fields(raw, where, _COMMON | _FIELDS[kind])
    rule_id = data.get("id")
    if not isinstance(rule_id, str) or not rule_id.strip():
        reader.fail(f"{where}.id", _('verwacht een naam, bijvoorbeeld "maaltijden"'))
        rule_id = ""
    before = len(reader.errors)
    rule = _READERS[kind](reader, data, where, rule_id)
    return rule if len(reader.errors) == before else None


def _rate_card(reader: _Reader, data: dict[str, Any], where: str, rule_id: str) -> Rule:
    return RateCard(
        id=rule_id,
        price=reader.amount(data, "price", where) or ZERO,
        achieved=reader.amount(data, "achieved", where) or ZERO,
        baseline=reader.amount(data, "baseline", where, default=ZERO) or ZERO,
        cap=reader.amount(data, "cap", where, optional=True),
        fallback=reader.amount(data, "fallback", where, default=ZERO) or ZERO,
    )


def _quantity_quality(reader: _Reader, data: dict[str, Any], where: str, rule_id: str) -> Rule:
    if "quantities" not in data:
        reader.fail(f"{where}.quantities", _("dit veld is nodig"))
    scores = []
    for index, raw in enumerate(reader.items(data, "quality_scores", where)):
        path = f"{where}.quality_scores[{index}]"
        score = reader.number(raw, path)
        if score is not None and not 0 <= score <= 100:  # noqa: PLR2004
            reader.fail(path, _("verwacht een score van 0 tot en met 100"))
        elif score is not None:
            scores.append(score)
    return QuantityQuality(
        id=rule_id,
        quantities=reader.pairs(data, "quantities", where, "price"),
        ceiling=reader.amount(data, "ceiling", where, optional=True),
        quality_scores=tuple(scores),
        quality_budget=reader.amount(data, "quality_budget", where, default=ZERO) or ZERO,
    )


def _shared_savings(reader: _Reader, data: dict[str, Any], where: str, rule_id: str) -> Rule:
    benchmark = reader.amount(data, "benchmark", where)
    if benchmark == 0:
        reader.fail(f"{where}.benchmark", _("moet meer dan 0 zijn"))
    mode = data.get("mode")
    if mode not in (FIRST_EURO, ABOVE_MSR):
        reader.fail(f"{where}.mode", _("verwacht first_euro of above_msr"))
    return SharedSavings(
        id=rule_id,
        benchmark=benchmark or ONE,
        actual=reader.amount(data, "actual", where) or ZERO,
        exposure=reader.amount(data, "exposure", where) or ZERO,
        minimum_savings_rate=reader.amount(data, "minimum_savings_rate", where, most=ONE) or ZERO,
        sharing_rate=reader.amount(data, "sharing_rate", where, most=ONE) or ZERO,
        quality_factor=reader.amount(data, "quality_factor", where, default=ONE, most=ONE) or ZERO,
        mode=str(mode),
        cap_share=reader.amount(data, "cap_share", where, most=ONE, optional=True),
    )


def _population(reader: _Reader, data: dict[str, Any], where: str, rule_id: str) -> Rule:
    if "rates" not in data:
        reader.fail(f"{where}.rates", _("dit veld is nodig"))
    return Population(
        id=rule_id,
        base=reader.amount(data, "base", where, default=ZERO) or ZERO,
        rates=reader.pairs(data, "rates", where, "rate"),
    )


_READERS = {
    "rate_card": _rate_card,
    "quantity_quality": _quantity_quality,
    "shared_savings": _shared_savings,
    "population": _population,
}


def _split(reader: _Reader, data: dict[str, Any]) -> list[tuple[str, Fraction]]:
    parts = []
    for index, raw in enumerate(reader.items(data, "split", "")):
        path = f"split[{index}]"
        part = reader.fields(raw, path, {"to", "share"})
        name = part.get("to")
        if not isinstance(name, str) or not name.strip():
            reader.fail(f"{path}.to", _('verwacht een naam, bijvoorbeeld "wijkbudget"'))
        share = reader.amount(part, "share", path, most=ONE)
        if isinstance(name, str) and share is not None:
            parts.append((name, share))
    if parts and len(parts) == len(data.get("split", [])) and sum(s for _n, s in parts) != 1:
        reader.fail("split", _("de delen moeten samen precies 1 zijn"))
    return parts


def contract_read(data: Any) -> tuple[list[Rule], list[tuple[str, Fraction]]]:
    """The rules and the split; raises InputInvalid naming every fault."""
    reader = _Reader()
    top = reader.fields(data, "", {"rules", "split"})
    if top and "rules" not in top:
        reader.fail("rules", _("dit veld is nodig"))
    rules = []
    seen: set[str] = set()
    for index, raw in enumerate(reader.items(top, "rules", "")):
        rule = _rule(reader, raw, f"rules[{index}]")
        if rule is not None and rule.id in seen:
            reader.fail(f"rules[{index}].id", _("deze naam staat er al"))
        elif rule is not None:
            seen.add(rule.id)
            rules.append(rule)
    parts = _split(reader, top) if top else []
    if reader.errors:
        raise InputInvalid(reader.errors)
    return rules, parts
