"""The iCalendar feed (RFC 5545) that calendar apps subscribe to.

A repeating activity is one event with its RRULE, and EXDATEs for the times it does not take
place; a one-off activity is one event. The feed carries only public activities: no names.
"""

import datetime
import hashlib
from collections.abc import Iterable

from django.utils import timezone
from icalendar import Calendar, Event, vRecur

from wijkkracht.activities.models import Activity
from wijkkracht.activities.schedule import local_datetime, zone


def _location(activity: Activity) -> str:
    if activity.place is None:
        return ""
    parts = [activity.place.name, activity.place.address]
    if activity.room is not None:
        parts.insert(1, activity.room.name)
    return ", ".join(part for part in parts if part)


def _exdates(activity: Activity, cancelled: list[datetime.datetime]) -> list[datetime.datetime]:
    days = {datetime.date.fromisoformat(day) for day in activity.exdates}
    days |= {start.astimezone(zone()).date() for start in cancelled}
    return [local_datetime(day, activity.start_time) for day in sorted(days)]


def activity_event(
    activity: Activity, *, cancelled: list[datetime.datetime], url: str, host: str
) -> Event:
    event = Event()
    event.add("uid", f"activiteit-{activity.pk}@{host}")
    event.add("dtstamp", timezone.now())
    event.add("summary", activity.title)
    event.add("dtstart", local_datetime(activity.date, activity.start_time))
    event.add("dtend", local_datetime(activity.date, activity.end_time))
    event.add("url", url)
    if activity.description:
        event.add("description", activity.description)
    if location := _location(activity):
        event.add("location", location)
    if activity.rrule:
        rule = vRecur.from_ical(activity.rrule)
        if activity.repeat_until:
            # With a time zone on DTSTART, the standard wants UNTIL in UTC.
            last = local_datetime(activity.repeat_until, datetime.time(23, 59, 59))
            rule["UNTIL"] = [last.astimezone(datetime.UTC)]
        event.add("rrule", rule)
        if exdates := _exdates(activity, cancelled):
            event.add("exdate", exdates)
    elif cancelled:
        event.add("status", "CANCELLED")
    return event


def feed_fingerprint(
    *, name: str, rows: Iterable[tuple[object, ...]], cancelled: dict[int, list[datetime.datetime]]
) -> str:
    """A hash of everything the feed shows: equal hashes mean an equal feed. Serialising
    10,000 events takes seconds; hashing their rows takes milliseconds (see bench/)."""
    digest = hashlib.sha256(name.encode())
    digest.update(repr(sorted(cancelled.items())).encode())
    for row in rows:
        digest.update(repr(row).encode())
    return digest.hexdigest()


def calendar_feed(*, name: str, events: list[Event]) -> bytes:
    feed = Calendar()
    feed.add("prodid", "-//Wijkkracht//Agenda//NL")
    feed.add("version", "2.0")
    feed.add("calscale", "GREGORIAN")
    feed.add("x-wr-calname", name)
    feed.add("x-wr-timezone", str(zone()))
    for event in events:
        feed.add_component(event)
    feed.add_missing_timezones()
    return feed.to_ical()
