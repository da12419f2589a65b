"""Recurrence rules made plain: the dates they give, with exceptions and across DST."""

import datetime

from wijkkracht.activities.models import Repeat
from wijkkracht.activities.schedule import dates, describe, local_datetime, repeat_of, rule_for

THURSDAY = datetime.date(2026, 10, 1)  # the first Thursday of October 2026


def _dates(repeat: str, first: datetime.date = THURSDAY, **kwargs) -> list[datetime.date]:  # type: ignore[no-untyped-def]
    options = {
        "until": None,
        "exdates": [],
        "start": first,
        "stop": first + datetime.timedelta(days=70),
    }
    return dates(first=first, rule=rule_for(repeat, first), **{**options, **kwargs})


def test_weekly_gives_every_thursday_and_skips_the_exceptions() -> None:
    days = _dates(Repeat.WEEKLY, exdates=["2026-10-15"], until=datetime.date(2026, 10, 29))
    assert days == [datetime.date(2026, 10, day) for day in (1, 8, 22, 29)]


def test_fortnightly_and_weekdays() -> None:
    assert _dates(Repeat.FORTNIGHTLY)[:3] == [
        datetime.date(2026, 10, 1),
        datetime.date(2026, 10, 15),
        datetime.date(2026, 10, 29),
    ]
    weekdays = _dates(Repeat.WEEKDAYS, stop=datetime.date(2026, 10, 11))
    assert [day.isoweekday() for day in weekdays] == [4, 5, 1, 2, 3, 4, 5]


def test_monthly_keeps_the_weekday_of_the_month() -> None:
    first_saturday = datetime.date(2026, 10, 3)
    assert rule_for(Repeat.MONTHLY, first_saturday) == "FREQ=MONTHLY;BYDAY=+1SA"
    assert _dates(Repeat.MONTHLY, first_saturday, stop=datetime.date(2027, 1, 31)) == [
        datetime.date(2026, 10, 3),
        datetime.date(2026, 11, 7),
        datetime.date(2026, 12, 5),
        datetime.date(2027, 1, 2),
    ]
    last_thursday = datetime.date(2026, 10, 29)  # the fifth Thursday: "the last"
    assert rule_for(Repeat.MONTHLY, last_thursday) == "FREQ=MONTHLY;BYDAY=-1TH"
    assert _dates(Repeat.MONTHLY, last_thursday)[1] == datetime.date(2026, 11, 26)
    assert describe(
        rule=rule_for(Repeat.MONTHLY, last_thursday), first=last_thursday, until=None
    ) == ("elke laatste donderdag van de maand")


def test_a_one_off_is_its_own_day_only_within_the_window() -> None:
    assert _dates(Repeat.ONCE) == [THURSDAY]
    assert _dates(Repeat.ONCE, start=THURSDAY + datetime.timedelta(days=1)) == []


def test_the_meal_stays_at_half_past_five_when_the_clocks_go_back() -> None:
    before, after = datetime.date(2026, 10, 22), datetime.date(2026, 10, 29)  # DST ends 25 Oct
    first, second = (local_datetime(day, datetime.time(17, 30)) for day in (before, after))
    assert (first.hour, first.minute) == (second.hour, second.minute) == (17, 30)
    assert first.utcoffset() == datetime.timedelta(hours=2)
    assert second.utcoffset() == datetime.timedelta(hours=1)


def test_every_form_choice_round_trips_and_reads_as_plain_dutch() -> None:
    for repeat in Repeat.values:
        assert repeat_of(rule_for(repeat, THURSDAY), THURSDAY) == repeat
    assert describe(rule=rule_for(Repeat.WEEKLY, THURSDAY), first=THURSDAY, until=None) == (
        "elke donderdag"
    )
    assert describe(
        rule=rule_for(Repeat.FORTNIGHTLY, THURSDAY),
        first=THURSDAY,
        until=datetime.date(2026, 12, 17),
    ) == ("om de week op donderdag tot en met 17 december 2026")
    assert describe(rule="", first=THURSDAY, until=None) == "op donderdag 1 oktober 2026"
