"""The values of a member list's cells, read the way Dutch treasurers write them.

Each function raises ValidationError with a Dutch message for the row report.
"""

import datetime
import re

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from wijkkracht.core.email import validate_international_email
from wijkkracht.core.models import ContactPreference
from wijkkracht.core.postcode import normalise_postcode
from wijkkracht.core.spreadsheet import Cell
from wijkkracht.members.iban import normalise_iban
from wijkkracht.members.models import RateKind

CONTACTS: dict[str, str] = {
    "e-mail": ContactPreference.EMAIL,
    "email": ContactPreference.EMAIL,
    "mail": ContactPreference.EMAIL,
    "brief": ContactPreference.LETTER,
    "post": ContactPreference.LETTER,
    "telefoon": ContactPreference.PHONE,
    "tel": ContactPreference.PHONE,
    "bellen": ContactPreference.PHONE,
}
RATES: dict[str, str] = {
    "": RateKind.STANDARD,
    "gewoon": RateKind.STANDARD,
    "normaal": RateKind.STANDARD,
    "verlaagd": RateKind.REDUCED,
    "vrijgesteld": RateKind.EXEMPT,
}
_HOUSE_NUMBER = re.compile(r"^(\d{1,5})\s*-?\s*([A-Za-z0-9]{0,4})$")
_DATE_FORMATS = ("%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d")
_WRITTEN_DATE = re.compile(r"^(\d{1,2}) ([a-z]+) (\d{4})$")


def house_number_read(raw: str) -> tuple[int, str]:
    match = _HOUSE_NUMBER.match(raw)
    if match is None:
        raise ValidationError(_("%(value)s is geen huisnummer") % {"value": raw})
    return int(match.group(1)), match.group(2).upper()


def postcode_read(raw: str) -> str:
    return normalise_postcode(raw) if raw else ""


def email_read(raw: str) -> str:
    raw = raw.lower()
    if raw:
        validate_international_email(raw)
    return raw


def iban_read(raw: str) -> str:
    return normalise_iban(raw) if raw else ""


_MONTHS = {
    name: number
    for number, name in enumerate(
        [
            "januari",
            "februari",
            "maart",
            "april",
            "mei",
            "juni",
            "juli",
            "augustus",
            "september",
            "oktober",
            "november",
            "december",
        ],
        start=1,
    )
}


def date_read(value: Cell) -> datetime.date | None:
    """A date as Dutch spreadsheets hold it: a date cell, 3-2-2019, 03/02/2019, 3 februari 2019."""
    if isinstance(value, datetime.date):
        return value
    raw = str(value or "").strip().lower()
    if not raw:
        return None
    parsed = date_text_read(raw)
    if parsed is None:
        raise ValidationError(
            _("%(value)s is geen datum; schrijf bijv. 31-12-2024") % {"value": raw}
        )
    if parsed > timezone.localdate():
        raise ValidationError(_("%(value)s ligt in de toekomst") % {"value": raw})
    return parsed


def date_text_read(raw: str) -> datetime.date | None:
    for date_format in _DATE_FORMATS:
        try:
            return datetime.datetime.strptime(raw, date_format).date()
        except ValueError:
            continue
    match = _WRITTEN_DATE.match(raw)
    if match is None or match.group(2) not in _MONTHS:
        return None
    try:
        return datetime.date(int(match.group(3)), _MONTHS[match.group(2)], int(match.group(1)))
    except ValueError:
        return None


def choice_read(choices: dict[str, str], raw: str) -> str:
    if raw.lower() not in choices:
        known = ", ".join(value for value in choices if value)
        raise ValidationError(_("kies uit: %(known)s") % {"known": known})
    return choices[raw.lower()]


def contact_read(raw: str, email: str) -> str:
    if not raw:
        return ContactPreference.EMAIL if email else ContactPreference.LETTER
    contact = choice_read(CONTACTS, raw)
    if contact == ContactPreference.EMAIL and not email:
        raise ValidationError(_("wil e-mail, maar er is geen e-mailadres"))
    return contact


def number_read(raw: str) -> int | None:
    if not raw:
        return None
    if not raw.isdigit() or int(raw) == 0:
        raise ValidationError(_("%(value)s is geen lidnummer") % {"value": raw})
    return int(raw)
