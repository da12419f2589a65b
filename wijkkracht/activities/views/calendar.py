"""The public side: the calendar page, the iCalendar feeds and the weekly programme on paper."""

import datetime

from django.conf import settings
from django.core.cache import cache
from django.http import Http404, HttpResponse, HttpResponseNotModified
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from wijkkracht.activities.models import Kind, Occurrence, Place
from wijkkracht.activities.schedule import zone
from wijkkracht.activities.selectors import (
    FEED_FIELDS,
    calendar,
    cancelled_starts,
    feed_activities,
    sees_private,
    week_from_param,
    week_param,
)
from wijkkracht.activities.views.common import visible_place
from wijkkracht.core.access import CollectiveRequest
from wijkkracht.core.downloads import attachment
from wijkkracht.core.pagecache import public_page

# The feed shows what is still to come and the last few weeks, as calendar apps expect.
FEED_PAST = datetime.timedelta(days=90)
FEED_CACHE_SECONDS = 24 * 3600


@public_page
def calendar_view(request: CollectiveRequest, collective_slug: str) -> HttpResponse:
    """The week's activities by day, for everyone; people of the collective see all of them."""
    today = timezone.localdate()
    monday = week_from_param(request.GET.get("week"), today)
    kind = request.GET.get("soort", "")
    kind = kind if kind in Kind.values else ""
    by_day: dict[datetime.date, list[Occurrence]] = {}
    for occurrence in calendar(
        monday,
        monday + datetime.timedelta(days=6),
        private=sees_private(request.membership),
        kind=kind,
    ):
        by_day.setdefault(occurrence.starts_at.astimezone(zone()).date(), []).append(occurrence)
    week = [monday + datetime.timedelta(days=offset) for offset in range(7)]
    days = [(day, by_day.get(day, [])) for day in week]
    context = {
        "monday": monday,
        "sunday": monday + datetime.timedelta(days=6),
        "days": days,
        "week": week_param(monday),
        "previous_week": week_param(monday - datetime.timedelta(days=7)),
        "next_week": week_param(monday + datetime.timedelta(days=7)),
        "this_week": week_param(today - datetime.timedelta(days=today.weekday())),
        "kinds": Kind.choices,
        "kind": kind,
        "today": today,
        "feed_url": _absolute(reverse("activities:feed", args=[collective_slug])),
    }
    return render(request, "activities/calendar.html", context)


def _absolute(path: str) -> str:
    return settings.SITE_URL + path


def _feed(request: CollectiveRequest, name: str, place: Place | None) -> HttpResponse:
    """The feed, built once per version: calendar apps poll it, and building is the slow part.
    The cache key and the ETag are a hash of what the feed shows, so it is never stale."""
    from wijkkracht.activities.feed import (  # icalendar: slow to import
        activity_event,
        calendar_feed,
        feed_fingerprint,
    )

    activities = feed_activities(since=timezone.localdate() - FEED_PAST, place=place)
    cancelled = cancelled_starts(activities)
    version = feed_fingerprint(
        name=name, rows=activities.values_list(*FEED_FIELDS), cancelled=cancelled
    )
    etag = f'"{version}"'
    if request.headers.get("If-None-Match") == etag:
        return HttpResponseNotModified(headers={"ETag": etag})
    key = f"activities-feed:{settings.SITE_URL}:{version}"
    content = cache.get(key)
    if content is None:
        host = settings.SITE_URL.split("://", 1)[-1]
        slug = request.collective.slug
        events = [
            activity_event(
                activity,
                cancelled=cancelled.get(activity.pk, []),
                url=_absolute(reverse("activities:activity_detail", args=[slug, activity.pk])),
                host=host,
            )
            for activity in activities
        ]
        content = calendar_feed(name=name, events=events)
        cache.set(key, content, FEED_CACHE_SECONDS)
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{request.collective.slug}.ics"'
    response["Cache-Control"] = "public, max-age=900"
    response["ETag"] = etag
    return response


def feed_view(request: CollectiveRequest, collective_slug: str) -> HttpResponse:
    return _feed(request, request.collective.name, None)


def place_feed_view(
    request: CollectiveRequest, collective_slug: str, place_id: int
) -> HttpResponse:
    place = visible_place(request, place_id)
    if not place.public:
        raise Http404  # calendar apps do not log in, and the feed holds public activities only
    return _feed(request, f"{place.name} ({request.collective.name})", place)


def programme_view(request: CollectiveRequest, collective_slug: str) -> HttpResponse:
    """The week on one A4 in large print, for the notice board and members without internet."""
    from wijkkracht.activities.printing import (
        programme_pdf,
    )  # loaded on first use: reportlab is slow to import

    today = timezone.localdate()
    monday = week_from_param(request.GET.get("week"), today)
    occurrences = list(
        calendar(
            monday, monday + datetime.timedelta(days=6), private=sees_private(request.membership)
        )
    )
    footer = _("Aanmelden of vervoer nodig? Kijk op %(url)s of vraag het de coördinator.") % {
        "url": _absolute(reverse("activities:calendar", args=[collective_slug]))
    }
    pdf = programme_pdf(
        collective_name=request.collective.name,
        monday=monday,
        occurrences=occurrences,
        footer=footer,
    )
    return attachment(pdf, f"weekprogramma-{week_param(monday)}.pdf", "application/pdf")
