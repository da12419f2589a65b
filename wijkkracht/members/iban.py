"""IBANs and SEPA creditor identifiers, checked the way the bank checks them."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from schwifty import IBAN
from schwifty.exceptions import SchwiftyException


def normalise_iban(raw: str) -> str:
    """Return the IBAN without spaces in capitals; raise ValidationError when it is not valid."""
    try:
        return str(IBAN(raw).compact)
    except SchwiftyException:
        raise ValidationError(
            _("Dit IBAN klopt niet. Kijk of u geen cijfer mist of verwisseld hebt."),
            code="invalid_iban",
        ) from None


def validate_iban(value: str) -> None:
    if normalise_iban(value) != value:
        raise ValidationError(_("Schrijf het IBAN zonder spaties."), code="iban_not_normalised")


def bic_for(iban: str) -> str:
    """The bank's BIC for an IBAN, or "" when the bank is unknown (the file then says so)."""
    bic = IBAN(iban).bic
    return str(bic) if bic else ""


# Country code, check digits and business code come before the national identifier.
_PREFIX_LENGTH = 7


def _digits(text: str) -> str:
    return "".join(str(int(char, 36)) for char in text)


def validate_creditor_id(value: str) -> None:
    """A SEPA creditor identifier such as NL98ZZZ999999999999 (EPC262-08, ISO 7064 mod 97-10).

    The three characters after the check digits are a business code and do not count.
    """
    value = value.replace(" ", "").upper()
    ok = (
        len(value) > _PREFIX_LENGTH
        and value[:2].isalpha()
        and value[2:4].isdigit()
        and value.isalnum()
    )
    if ok:
        national = value[_PREFIX_LENGTH:]
        ok = int(_digits(national + value[:2]) + value[2:4]) % 97 == 1
    if not ok:
        raise ValidationError(
            _("Dit incassant-ID klopt niet. Het staat in de brief van uw bank, bijv. NL12ZZZ…"),
            code="invalid_creditor_id",
        )
