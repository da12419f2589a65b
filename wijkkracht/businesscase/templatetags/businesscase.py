"""Money, ratios and ranges as the business case pages show them (Dutch notation)."""

from decimal import Decimal
from fractions import Fraction
from typing import Any

from django import template
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from wijkkracht.businesscase.calculation.exact import cents
from wijkkracht.businesscase.models import stakeholder_label

register = template.Library()

NONE = "\u2013"  # an en dash where there is no figure


@register.filter
def euro(value: Fraction | Decimal | float | None) -> str:
    """€ 1.234,56; exact values rounded to the cent, halves away from zero."""
    if value is None:
        return NONE
    amount = cents(Fraction(value)) if not isinstance(value, float) else round(Decimal(value), 2)
    return "€ " + number_format(amount, 2, force_grouping=True)


@register.filter
def percent(value: float | None) -> str:
    """A probability as a whole percentage: 0.953 → "95 %"."""
    return NONE if value is None else f"{number_format(round(100 * value), 0)} %"


@register.filter
def ratio(value: Fraction | float | None) -> str:
    return NONE if value is None else number_format(round(float(value), 2), 2)


def _one(raw: Any, as_percent: bool) -> str:
    number = (Decimal(raw) * (100 if as_percent else 1)).normalize()
    if number == number.to_integral():
        number = number.quantize(Decimal(1))  # 1E+2 back to 100
    text = number_format(number, force_grouping=True)
    return f"{text} %" if as_percent else text


@register.filter
def estimate(raw: Any, kind: str = "") -> str:
    """A JSON number or range: "600 (300 tot 900)"; ``kind`` "percent" shows shares as %."""
    as_percent = kind == "percent"
    if isinstance(raw, dict):
        return _("%(mode)s (%(low)s tot %(high)s)") % {
            key: _one(raw[key], as_percent) for key in ("mode", "low", "high")
        }
    return _one(raw if raw is not None else 0, as_percent)


@register.filter
def party(code: str) -> str:
    return stakeholder_label(code)


@register.filter
def amounts(by_year: dict[str, Any]) -> str:
    """A cost line's amounts in words, equal years together: "jaar 1 tot en met 5: 500"."""
    runs: list[tuple[int, int, Any]] = []
    for year in sorted(int(y) for y in by_year):
        amount = by_year[str(year)]
        if runs and runs[-1][1] == year - 1 and runs[-1][2] == amount:
            runs[-1] = (runs[-1][0], year, amount)
        else:
            runs.append((year, year, amount))
    parts = []
    for first, last, amount in runs:
        when = (
            _("jaar %(first)s") % {"first": first}
            if first == last
            else _("jaar %(first)s tot en met %(last)s") % {"first": first, "last": last}
        )
        parts.append(f"{when}: € {estimate(amount)}")
    return "; ".join(parts)
