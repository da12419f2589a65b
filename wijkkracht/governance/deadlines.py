"""The annual accounts' deadlines for a coöperatie, from the end of its financial year (art.
2:58 and 2:394 BW): drawn up within 6 months (10 when the members' meeting extends it), adopted
at a meeting at the latest one month after that, filed with the KvK within 8 days of adoption,
and published at the latest 12 months after the year's end whatever happens."""

import calendar
import datetime
from dataclasses import dataclass

DRAWN_UP_MONTHS = 6
EXTENSION_MONTHS = 4
ADOPTION_MONTHS = 1
FILING_DAYS = 8
LATEST_MONTHS = 12


def months_later(day: datetime.date, months: int) -> datetime.date:
    """The same day ``months`` later, or the month's last day when it has fewer days; the end
    of a month stays the end of a month (31 December + 6 months is 30 June)."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    last = calendar.monthrange(year, month)[1]
    at_end = day.day == calendar.monthrange(day.year, day.month)[1]
    return datetime.date(year, month, last if at_end else min(day.day, last))


@dataclass(frozen=True)
class Deadlines:
    year_end: datetime.date
    drawn_up: datetime.date
    adopted: datetime.date  # the members' meeting that adopts them
    filed: datetime.date | None  # 8 days after adoption, once adopted
    latest: datetime.date  # filed at the latest, adopted or not


def accounts_deadlines(
    year_end: datetime.date, *, extended: bool = False, adopted_on: datetime.date | None = None
) -> Deadlines:
    drawn_up = months_later(year_end, DRAWN_UP_MONTHS + (EXTENSION_MONTHS if extended else 0))
    latest = months_later(year_end, LATEST_MONTHS)
    filed = None
    if adopted_on is not None:
        filed = min(adopted_on + datetime.timedelta(days=FILING_DAYS), latest)
    return Deadlines(
        year_end=year_end,
        drawn_up=drawn_up,
        adopted=months_later(drawn_up, ADOPTION_MONTHS),
        filed=filed,
        latest=latest,
    )
