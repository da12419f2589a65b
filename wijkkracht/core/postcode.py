"""Dutch postcodes: four digits (not starting with 0), a space, two letters (not SA, SD or SS)."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

_POSTCODE = re.compile(r"^\s*([1-9]\d{3})\s*([A-Za-z]{2})\s*$")
_FORBIDDEN_LETTERS = {"SA", "SD", "SS"}


def normalise_postcode(raw: str) -> str:
    """Return the postcode as '1234 AB'; raise ValidationError when it is not a Dutch postcode."""
    match = _POSTCODE.match(raw)
    if match is None or match.group(2).upper() in _FORBIDDEN_LETTERS:
        raise ValidationError(
            _("%(value)s is geen geldige postcode. Schrijf het zo: 1234 AB."),
            code="invalid_postcode",
            params={"value": raw},
        )
    return f"{match.group(1)} {match.group(2).upper()}"


def validate_postcode(value: str) -> None:
    """Model validator: accept only a postcode already written as '1234 AB'."""
    if value and normalise_postcode(value) != value:
        raise ValidationError(_("Schrijf de postcode zo: 1234 AB."), code="postcode_not_normalised")
