"""The periods a federation's and a partner's figures are for. A code names a calendar year
("2026"), a quarter ("2026-K3") or a month ("2026-07"), nothing in between
(core.disclosure.fixed_period); of those, only years are shown for now: a quarter shown beside
the year it lies in (and the other three quarters) could be subtracted from it to find a
hidden count, and until a release log audits all releases of a column together (issue 23)
years alone keep every hidden count hidden. Years do not overlap, so they cannot be
subtracted from each other."""

import calendar
import datetime
import re

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


def period_shown(code: str) -> tuple[tuple[datetime.date, datetime.date] | None, str]:
    """The year a code names, or None with the reason in Dutch."""
    period = period_read(code)
    if period is None:
        return None, _("Kies een jaar, bijvoorbeeld 2026.")
    if not code.isdigit():
        return None, _(
            "Kwartalen en maanden tonen we nog niet naast de jaren: samen zouden ze een "
            "verborgen aantal verraden. Kies een jaar, bijvoorbeeld 2026."
        )
    return period, ""
