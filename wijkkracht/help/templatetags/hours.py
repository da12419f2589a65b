from decimal import Decimal

from django import template
from django.utils.formats import number_format

register = template.Library()


@register.filter
def hours(value: Decimal | int | None) -> str:
    """Hours as people write them: 2, 1,5 or 1,25 (never 1,50)."""
    if value is None:
        return ""
    value = Decimal(value)
    exact = value.quantize(Decimal(1)) if value == value.to_integral() else value.normalize()
    return number_format(exact)
