"""The periods a federation's figures are shown for: a calendar year ("2026"), a quarter
("2026-K3") or a month ("2026-07"), and nothing in between (core.disclosure.fixed_period)."""

import calendar
import datetime
import re

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from wijkkracht.core.disclosure import fixed_period

_PERIOD = re.compile(r"^(\d{4})(?:-K([1-4])|-(0[1-9]|1[0-2]))?$")


def period_read(text: str) -> tuple[datetime.date, datetime.date] | None:
    """The period a code names, or None when it names none."""
    found = _PERIOD.match(text)
    if found is None:
        return None
    year = int(found.group(1))
    if found.group(2):
        first = (int(found.group(2)) - 1) * 3 + 1
        start, last = datetime.date(year, first, 1), first + 2
    elif found.group(3):
        start = datetime.date(year, int(found.group(3)), 1)
        last = start.month
    else:
        start, last = datetime.date(year, 1, 1), 12
    end = datetime.date(year, last, calendar.monthrange(year, last)[1])
    fixed_period(start, end)  # the one rule, checked where it is kept
    return start, end


def period_name(code: str) -> str:
    """2026, "2026, kwartaal 3" or "juli 2026", in the page's language."""
    start, _end = period_read(code) or (None, None)
    if start is None or code.isdigit():
        return code
    if "-K" in code:
        return _("%(year)s, kwartaal %(quarter)s") % {
            "year": start.year,
            "quarter": (start.month + 2) // 3,
        }
    return date_format(start, "F Y")
