"""The calendar for everyone: the public page, the iCalendar feeds and the programme on paper."""

import datetime

import pytest
from dateutil.rrule import rrulestr
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_scopes import scope
from icalendar import Calendar

from tests.activities.build import a_place, an_activity
from tests.activities.conftest import Meeting
from tests.conftest import login
from wijkkracht.activities.models import Activity, Kind, Repeat
from wijkkracht.activities.services.activities import (
    activity_end,
    activity_save,
    occurrence_cancel,
)

UNTIL = timezone.localdate() + datetime.timedelta(days=60)


@pytest.fixture
def programme(meeting: Meeting) -> dict[str, int]:
    """A weekly public meal with one evening off, a members-only meeting, and a private place."""
    meal = an_activity(
        meeting.collective,
        days=1,
        repeat=Repeat.WEEKLY,
        repeat_until=UNTIL,
        room=meeting.room,
        price="5.00",
    )
    members_only = an_activity(
        meeting.collective, days=2, title="Ledenvergadering", kind=Kind.OTHER, public=False
    )
    at_home = a_place(meeting.collective, "Huiskamer", public=False)
    an_activity(meeting.collective, days=3, title="Koffie bij Truus", place=at_home)
    with scope(collective=meeting.collective):
        skipped = meal.occurrences.order_by("starts_at")[1]
        occurrence_cancel(actor=None, occurrence=skipped)
    return {"meal": meal.pk, "members_only": members_only.pk, "at_home": at_home.pk}


def _feed(client: Client, url: str) -> Calendar:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def test_the_feed_carries_the_series_with_its_exception_and_only_public_activities(
    meeting: Meeting, programme: dict[str, int], client: Client
) -> None:
    feed = _feed(client, f"/{meeting.collective.slug}/agenda.ics")
    events = feed.walk("VEVENT")
    assert [str(event["SUMMARY"]) for event in events] == ["Aanschuiftafel"]
    meal = events[0]
    assert meal["DTSTART"].dt.tzinfo.key == "Europe/Amsterdam"
    assert meal["DTSTART"].dt.time() == datetime.time(17, 30)
    assert "Grote zaal" in str(meal["LOCATION"])
    rule = meal["RRULE"]
    assert rule["FREQ"] == ["WEEKLY"]
    assert rule["UNTIL"][0].tzinfo is not None  # UTC, as RFC 5545 demands with a TZID
    assert feed.walk("VTIMEZONE")  # the time zone travels with the feed
    # Expanding it as a calendar app does gives every Thursday but the skipped one.
    start = meal["DTSTART"].dt
    expanded = rrulestr(meal["RRULE"].to_ical().decode(), dtstart=start)
    excluded = {moment.dt for moment in meal["EXDATE"].dts}
    days = [moment.date() for moment in expanded if moment not in excluded]
    with scope(collective=meeting.collective):
        expected = [
            timezone.localtime(occurrence.starts_at).date()
            for occurrence in meeting.room.bookings.filter(status="approved").order_by("starts_at")
        ]
    assert days == expected
    assert len(days) == len(list(expanded)) - 1


def test_the_place_feed_has_only_that_place_and_private_places_have_none(
    meeting: Meeting, programme: dict[str, int], client: Client
) -> None:
    slug = meeting.collective.slug
    feed = _feed(client, f"/{slug}/plekken/{meeting.place.pk}/agenda.ics")
    assert [str(event["SUMMARY"]) for event in feed.walk("VEVENT")] == ["Aanschuiftafel"]
    other = a_place(meeting.collective, "Kerk")
    assert _feed(client, f"/{slug}/plekken/{other.pk}/agenda.ics").walk("VEVENT") == []
    assert client.get(f"/{slug}/plekken/{programme['at_home']}/agenda.ics").status_code == 404


def _weeks(client: Client, slug: str, *days: int) -> str:
    """The calendar pages of the weeks holding these days from today, as one text."""
    pages = []
    for offset in days:
        iso = (timezone.localdate() + datetime.timedelta(days=offset)).isocalendar()
        pages.append(client.get(f"/{slug}/agenda/", {"week": f"{iso.year}-W{iso.week:02d}"}))
    return "".join(page.content.decode() for page in pages)


def test_the_public_calendar_hides_members_only_and_private_places_but_members_see_them(
    meeting: Meeting, programme: dict[str, int], client: Client
) -> None:
    slug = meeting.collective.slug
    public = _weeks(client, slug, 1, 2, 3, 8)
    assert "Aanschuiftafel" in public
    assert "gaat niet door" in public  # the skipped evening, 8 days from now
    assert "Ledenvergadering" not in public and "Koffie bij Truus" not in public
    assert client.get(f"/{slug}/activiteiten/{programme['members_only']}/").status_code == 404
    login(client, meeting.resident)
    member = _weeks(client, slug, 2, 3)
    assert "Ledenvergadering" in member and "Koffie bij Truus" in member


def test_the_weekly_programme_is_a_large_print_a4_pdf(
    meeting: Meeting, programme: dict[str, int], client: Client
) -> None:
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    iso = tomorrow.isocalendar()
    response = client.get(
        f"/{meeting.collective.slug}/agenda/weekprogramma.pdf",
        {"week": f"{iso.year}-W{iso.week:02d}"},
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    pdf = response.content
    assert pdf.startswith(b"%PDF")
    assert b"/MediaBox [ 0 0 595.2756 841.8898 ]" in pdf  # A4
    assert b"Aanschuiftafel" in pdf
    assert b"Ledenvergadering" not in pdf
    assert b"Helvetica-Bold" in pdf and b"/F2 16 Tf" in pdf  # large print


def test_calendar_and_feed_read_a_constant_number_of_queries(
    meeting: Meeting, client: Client
) -> None:
    slug = meeting.collective.slug

    def queries(url: str) -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    an_activity(meeting.collective, days=1, repeat=Repeat.DAILY, capacity=10)
    few = (queries(f"/{slug}/agenda/"), queries(f"/{slug}/agenda.ics"))
    for index in range(20):
        an_activity(
            meeting.collective, days=1 + index % 7, repeat=Repeat.WEEKLY, title=f"Extra {index}"
        )
    many = (queries(f"/{slug}/agenda/"), queries(f"/{slug}/agenda.ics"))
    assert many == few


def test_the_feed_answers_not_modified_and_shows_a_change_at_once(
    meeting: Meeting, programme: dict[str, int], client: Client
) -> None:
    url = f"/{meeting.collective.slug}/agenda.ics"
    etag = client.get(url)["ETag"]
    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304
    with scope(collective=meeting.collective):
        meal = Activity.objects.get(pk=programme["meal"])
        activity_save(
            actor=None, collective=meeting.collective, activity=meal, title="Soep en stamppot"
        )
    changed = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200
    assert b"Soep en stamppot" in changed.content


def test_a_stopped_activity_leaves_the_feed(
    meeting: Meeting, programme: dict[str, int], client: Client
) -> None:
    with scope(collective=meeting.collective):
        activity_end(actor=None, activity=Activity.objects.get(pk=programme["meal"]))
    feed = _feed(client, f"/{meeting.collective.slug}/agenda.ics")
    assert feed.walk("VEVENT") == []
