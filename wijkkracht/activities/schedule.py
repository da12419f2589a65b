"""When an activity takes place: iCalendar recurrence rules (RFC 5545) made plain.

The form offers a few everyday choices (weekly, every other week, the first Saturday of the
month …); each becomes an RRULE without an end, and the end date is kept apart so the feed can
write it in UTC as the standard demands. Times are wall-clock times in the collective's time
zone, so a meal at 17:30 stays at 17:30 after the clocks change.
"""

import datetime
import zoneinfo

from dateutil.rrule import rrulestr
from django.conf import settings
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from wijkkracht.activities.models import Repeat

WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
LAST_WEEK = 5  # a fifth weekday in a month is its last
_RULES = {
    Repeat.ONCE: "",
    Repeat.DAILY: "FREQ=DAILY",
    Repeat.WEEKDAYS: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
    Repeat.FORTNIGHTLY: "FREQ=WEEKLY;INTERVAL=2",
    Repeat.WEEKLY: "FREQ=WEEKLY",
}


def zone() -> zoneinfo.ZoneInfo:
    return zoneinfo.ZoneInfo(settings.TIME_ZONE)


def local_datetime(date: datetime.date, time: datetime.time) -> datetime.datetime:
    return datetime.datetime.combine(date, time, tzinfo=zone())


def _nth_weekday(first: datetime.date) -> str:
    """ "+1SA" for the first Saturday of a month; "-1SA" when the date is the last one (5th)."""
    week = (first.day - 1) // 7 + 1
    return f"{'-1' if week == LAST_WEEK else f'+{week}'}{WEEKDAY_CODES[first.weekday()]}"


def rule_for(repeat: str, first: datetime.date) -> str:
    if repeat == Repeat.MONTHLY:
        return f"FREQ=MONTHLY;BYDAY={_nth_weekday(first)}"
    return _RULES[Repeat(repeat)]


def repeat_of(rule: str, first: datetime.date) -> str:
    """The form's choice for a stored rule (the inverse of rule_for)."""
    for repeat in Repeat.values:
        if rule_for(repeat, first) == rule:
            return repeat
    raise ValueError(f"not a rule the form makes: {rule!r}")


def dates(
    *,
    first: datetime.date,
    rule: str,
    until: datetime.date | None,
    exdates: list[str],
    start: datetime.date,
    stop: datetime.date,
) -> list[datetime.date]:
    """The days it takes place from start to stop (both included), leaving out the exceptions."""
    skip = {datetime.date.fromisoformat(day) for day in exdates}
    last = min(stop, until) if until else stop
    if not rule:
        candidates = [first]
    else:
        expanded = rrulestr(rule, dtstart=datetime.datetime.combine(first, datetime.time()))
        candidates = [
            moment.date()
            for moment in expanded.between(
                datetime.datetime.combine(max(start, first), datetime.time()),
                datetime.datetime.combine(last, datetime.time()),
                inc=True,
            )
        ]
    return [day for day in candidates if start <= day <= last and day not in skip]


def describe(*, rule: str, first: datetime.date, until: datetime.date | None) -> str:
    """The rule in plain Dutch: "elke donderdag", "elke eerste zaterdag van de maand", or for
    a one-off its day: "op dinsdag 9 december 2026"."""
    weekday = _weekday_name(first.weekday())
    if not rule:
        return _("op %(date)s") % {"date": date_format(first, "l j F Y")}
    descriptions = {
        Repeat.DAILY: _("elke dag"),
        Repeat.WEEKDAYS: _("elke werkdag"),
        Repeat.WEEKLY: _("elke %(day)s") % {"day": weekday},
        Repeat.FORTNIGHTLY: _("om de week op %(day)s") % {"day": weekday},
        Repeat.MONTHLY: _month_text(first, weekday),
    }
    text = str(descriptions[Repeat(repeat_of(rule, first))])
    if until:
        text += " " + _("tot en met %(date)s") % {"date": _date_text(until)}
    return text


def _weekday_name(weekday: int) -> str:
    names = (
        _("maandag"),
        _("dinsdag"),
        _("woensdag"),
        _("donderdag"),
        _("vrijdag"),
        _("zaterdag"),
        _("zondag"),
    )
    return str(names[weekday])


def _month_text(first: datetime.date, weekday: str) -> str:
    week = (first.day - 1) // 7 + 1
    ordinals = (_("eerste"), _("tweede"), _("derde"), _("vierde"), _("laatste"))
    return _("elke %(nth)s %(day)s van de maand") % {"nth": ordinals[week - 1], "day": weekday}


def _date_text(day: datetime.date) -> str:
    return date_format(day, "j F Y")
