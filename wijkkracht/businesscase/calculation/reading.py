"""A case from its JSON form (the command's input and the templates), every fault named by field.

The schema is in the README: ``discount_rate``, ``horizon_years``, ``stakeholders``, ``costs``
and ``effects``; every number may be ``{"low", "mode", "high"}``.
"""

from fractions import Fraction
from typing import Any

from django.utils.translation import gettext as _

from wijkkracht.businesscase.calculation.case import (
    ADJUSTMENTS,
    STANDARD_DISCOUNT_RATE,
    Case,
    CostLine,
    EffectLine,
    Estimate,
)
from wijkkracht.core.reading import FieldReader, InputInvalid

MAX_HORIZON = 60
MAX_NOTE = 500
_CASE_FIELDS = {"discount_rate", "horizon_years", "stakeholders", "costs", "effects"}
# Words that explain a line and a figure of the platform it may be bound to; not calculated.
_NOTES = {"source", "unit", "realised"}
_COST_FIELDS = {"label", "stakeholder", "amounts", "source"}
_EFFECT_FIELDS = {
    *_NOTES,
    "label",
    "stakeholder",
    "quantity",
    "unit_value",
    *ADJUSTMENTS,
    "first_year",
    "duration_years",
}


def most_likely(raw: Any) -> Any:
    """The number in a JSON value, or the mode of a range, as it is stored."""
    return raw["mode"] if isinstance(raw, dict) else raw


class CaseInvalid(InputInvalid):
    pass


class _Reader(FieldReader):
    def estimate(
        self, raw: Any, where: str, *, least: Fraction | None = None, most: Fraction | None = None
    ) -> Estimate | None:
        """A number or a range, each value within [least, most] when those are given."""
        if isinstance(raw, dict):
            self.fields(raw, where, {"low", "mode", "high"})
            missing = [key for key in ("low", "mode", "high") if key not in raw]
            if missing:
                self.fail(where, _("een marge heeft low, mode en high"))
                return None
            low, mode, high = (self.number(raw[k], f"{where}.{k}") for k in ("low", "mode", "high"))
            if low is None or mode is None or high is None:
                return None
            if not low <= mode <= high:
                self.fail(where, _("low mag niet boven mode liggen, en mode niet boven high"))
                return None
            values, estimate = [low, high], Estimate(mode, low, high)
        else:
            value = self.number(raw, where)
            if value is None:
                return None
            values, estimate = [value], Estimate(value)
        if (least is not None and min(values) < least) or (most is not None and max(values) > most):
            self.fail(where, self.bounds_message(most))
            return None
        return estimate

    @staticmethod
    def bounds_message(most: Fraction | None) -> str:
        """Numbers have a floor of 0; shares also a ceiling of 1."""
        if most == 1:
            return _("verwacht een deel van 0 tot en met 1, bijvoorbeeld 0.25 voor 25 %")
        return _("mag niet negatief zijn")

    def whole(self, raw: Any, where: str, least: int, most: int) -> int | None:
        if isinstance(raw, bool) or not isinstance(raw, int) or not least <= raw <= most:
            self.fail(
                where,
                _("verwacht een heel getal van %(least)s tot en met %(most)s")
                % {"least": least, "most": most},
            )
            return None
        return raw

    def label(self, data: dict[str, Any], where: str) -> str:
        label = data.get("label")
        if not isinstance(label, str) or not label.strip():
            self.fail(f"{where}.label", _("geef de regel een naam"))
            return ""
        return label.strip()

    def line(
        self, raw: Any, where: str, allowed: set[str], names: tuple[str, ...]
    ) -> tuple[dict[str, Any], str, str]:
        """What every line has: known fields, a label, one of the stakeholders, notes."""
        data = self.fields(raw, where, allowed)
        label, stakeholder = self.label(data, where), self.stakeholder(data, where, names)
        self.notes(data, where)
        return data, label, stakeholder

    def notes(self, data: dict[str, Any], where: str) -> None:
        for name in _NOTES & set(data):
            if not isinstance(data[name], str) or len(data[name]) > MAX_NOTE:
                self.fail(f"{where}.{name}", _("verwacht een tekst van hoogstens 500 tekens"))

    def stakeholder(self, data: dict[str, Any], where: str, names: tuple[str, ...]) -> str:
        name = data.get("stakeholder")
        if name not in names:
            self.fail(
                f"{where}.stakeholder",
                _("kies een van de partijen uit stakeholders: %(names)s")
                % {"names": ", ".join(names)},
            )
            return ""
        return str(name)


def _stakeholders(reader: _Reader, raw: Any) -> tuple[str, ...]:
    if (
        not isinstance(raw, list)
        or not raw
        or not all(isinstance(name, str) and name.strip() for name in raw)
    ):
        reader.fail("stakeholders", _("verwacht een lijst met de namen van de partijen"))
        return ()
    if len(set(raw)) != len(raw):
        reader.fail("stakeholders", _("elke partij mag maar één keer in de lijst staan"))
    return tuple(raw)


def _cost(reader: _Reader, raw: Any, where: str, case: Case) -> CostLine | None:
    data, label, stakeholder = reader.line(raw, where, _COST_FIELDS, case.stakeholders)
    amounts: dict[int, Estimate] = {}
    given = data.get("amounts")
    if not isinstance(given, dict) or not given:
        reader.fail(f"{where}.amounts", _('verwacht bedragen per jaar, zoals {"0": 1000}'))
        given = {}
    for year, amount in given.items():
        at = f"{where}.amounts.{year}"
        if not (isinstance(year, str) and year.isdigit() and int(year) <= case.horizon_years):
            reader.fail(
                at,
                _("een jaar van 0 tot en met %(horizon)s (horizon_years)")
                % {"horizon": case.horizon_years},
            )
            continue
        estimate = reader.estimate(amount, at, least=Fraction(0))
        if estimate is not None:
            amounts[int(year)] = estimate
    if reader.errors:
        return None
    return CostLine(label=label, stakeholder=stakeholder, amounts=amounts)


def _effect(reader: _Reader, raw: Any, where: str, case: Case) -> EffectLine | None:
    data, label, stakeholder = reader.line(raw, where, _EFFECT_FIELDS, case.stakeholders)
    numbers: dict[str, Estimate | None] = {}
    for name in ("quantity", "unit_value"):
        if name not in data:
            reader.fail(f"{where}.{name}", _("dit veld is nodig"))
        else:
            numbers[name] = reader.estimate(data[name], f"{where}.{name}")
    for name in ADJUSTMENTS:
        share = data.get(name, 0)
        numbers[name] = reader.estimate(
            share, f"{where}.{name}", least=Fraction(0), most=Fraction(1)
        )
    first = reader.whole(data.get("first_year", 1), f"{where}.first_year", 0, case.horizon_years)
    duration = reader.whole(
        data.get("duration_years", case.horizon_years - (first or 0) + 1),
        f"{where}.duration_years",
        1,
        MAX_HORIZON + 1,
    )
    if reader.errors or first is None or duration is None:
        return None
    return EffectLine(
        label=label,
        stakeholder=stakeholder,
        first_year=first,
        duration_years=duration,
        **{name: value for name, value in numbers.items() if value is not None},
    )


def case_read(data: Any) -> Case:
    """The case in ``data`` (parsed JSON); raises CaseInvalid naming every wrong field."""
    reader = _Reader()
    data = reader.fields(data, "", _CASE_FIELDS)
    if reader.errors or not data:
        raise CaseInvalid(reader.errors or [_("verwacht een object met velden")])
    rate = reader.estimate(
        data.get("discount_rate", str(STANDARD_DISCOUNT_RATE)),
        "discount_rate",
        least=Fraction(0),
        most=Fraction(1),
    )
    horizon = reader.whole(data.get("horizon_years"), "horizon_years", 0, MAX_HORIZON)
    stakeholders = _stakeholders(reader, data.get("stakeholders"))
    if reader.errors or rate is None or horizon is None:
        raise CaseInvalid(reader.errors)
    case = Case(horizon_years=horizon, stakeholders=stakeholders, discount_rate=rate)
    lines: dict[str, list[Any]] = {"costs": [], "effects": []}
    for section, read in (("costs", _cost), ("effects", _effect)):
        raw = data.get(section, [])
        if not isinstance(raw, list):
            reader.fail(section, _("verwacht een lijst"))
            continue
        for index, line in enumerate(raw):
            own = _Reader()  # a line's faults are its own, so every line is still checked
            lines[section].append(read(own, line, f"{section}[{index}]", case))
            reader.errors += own.errors
    if reader.errors:
        raise CaseInvalid(reader.errors)
    return Case(
        horizon_years=horizon,
        stakeholders=stakeholders,
        discount_rate=rate,
        costs=tuple(lines["costs"]),
        effects=tuple(lines["effects"]),
    )
