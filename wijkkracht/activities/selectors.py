"""Reading activities: the calendar, the feed's series, the cook's and host's lists, and the
participation figures that the impact pages read."""

import datetime
from collections import Counter
from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from wijkkracht.activities.models import (
    Activity,
    Diet,
    DietProfile,
    Occurrence,
    Place,
    Registration,
    RegistrationStatus,
    Texture,
)
from wijkkracht.activities.schedule import local_datetime
from wijkkracht.core.access import Membership
from wijkkracht.core.models import Person, RoleName


def week_start(day: datetime.date) -> datetime.date:
    return day - datetime.timedelta(days=day.weekday())


def week_from_param(value: str | None, today: datetime.date) -> datetime.date:
    """The Monday of an ISO week written as "2026-W48"; this week when missing or wrong."""
    try:
        year, week = (value or "").split("-W")
        return datetime.date.fromisocalendar(int(year), int(week), 1)
    except ValueError:
        return week_start(today)


def week_param(monday: datetime.date) -> str:
    year, week, _day = monday.isocalendar()
    return f"{year}-W{week:02d}"


def sees_private(membership: Membership) -> bool:
    """People of the collective see its non-public activities and places too."""
    return bool(membership.roles)


def calendar(
    first: datetime.date,
    last: datetime.date,
    *,
    private: bool,
    place: Place | None = None,
    kind: str = "",
) -> QuerySet[Occurrence]:
    """The occurrences from first to last (inclusive), with places taken: one query."""
    occurrences = Occurrence.objects.filter(
        starts_at__gte=local_datetime(first, datetime.time()),
        starts_at__lt=local_datetime(last + datetime.timedelta(days=1), datetime.time()),
    )
    if not private:
        occurrences = occurrences.filter(activity__public=True).filter(
            Q(activity__place__isnull=True) | Q(activity__place__public=True)
        )
    if place is not None:
        occurrences = occurrences.filter(activity__place=place)
    if kind:
        occurrences = occurrences.filter(activity__kind=kind)
    return (
        occurrences.select_related("activity__place", "activity__room")
        .annotate(
            taken=Count("registrations", filter=Q(registrations__status=RegistrationStatus.PLACE)),
            waiting=Count(
                "registrations", filter=Q(registrations__status=RegistrationStatus.WAITING)
            ),
        )
        .order_by("starts_at", "activity__title")
    )


def feed_activities(*, since: datetime.date, place: Place | None = None) -> QuerySet[Activity]:
    """Public activities still happening on or after ``since``, for the iCalendar feed. A
    stopped activity leaves the feed (its rule would otherwise go on in people's calendars)."""
    activities = Activity.objects.filter(public=True, ended=False).filter(
        Q(place__isnull=True) | Q(place__public=True)
    )
    activities = activities.filter(
        Q(rrule="", date__gte=since)
        | (~Q(rrule="") & (Q(repeat_until__isnull=True) | Q(repeat_until__gte=since)))
    )
    if place is not None:
        activities = activities.filter(place=place)
    return activities.select_related("place", "room").order_by("pk")


def cancelled_starts(activities: QuerySet[Activity]) -> dict[int, list[datetime.datetime]]:
    """Per activity, the starts of occurrences that do not take place (the feed's EXDATEs)."""
    starts: dict[int, list[datetime.datetime]] = {}
    rows = Occurrence.objects.filter(activity__in=activities.values("pk"), cancelled=True)
    for activity_id, starts_at in rows.values_list("activity_id", "starts_at").order_by("pk"):
        starts.setdefault(activity_id, []).append(starts_at)
    return starts


# Everything of an activity that the feed shows, for the feed's version hash.
FEED_FIELDS = (
    "pk",
    "title",
    "description",
    "date",
    "start_time",
    "end_time",
    "rrule",
    "repeat_until",
    "exdates",
    "place__name",
    "place__address",
    "room__name",
)


def upcoming(activity: Activity, *, limit: int = 8) -> QuerySet[Occurrence]:
    return (
        activity.occurrences.filter(ends_at__gte=timezone.now())
        .annotate(
            taken=Count("registrations", filter=Q(registrations__status=RegistrationStatus.PLACE)),
            waiting=Count(
                "registrations", filter=Q(registrations__status=RegistrationStatus.WAITING)
            ),
        )
        .order_by("starts_at")[:limit]
    )


def places_taken(occurrence: Occurrence) -> int:
    return occurrence.registrations.filter(status=RegistrationStatus.PLACE).count()


def places_left(occurrence: Occurrence) -> int | None:
    """Free places; None when there is no limit."""
    capacity = occurrence.activity.capacity
    if capacity is None:
        return None
    return max(capacity - places_taken(occurrence), 0)


def can_manage(membership: Membership, activity: Activity) -> bool:
    """The coordinator, and the activity's own contact person, run its sign-ups and lists."""
    if membership.has(RoleName.COORDINATOR):
        return True
    person = membership.person
    return person is not None and activity.organiser_id == person.pk


def guests(occurrence: Occurrence) -> list[Registration]:
    """Everyone with a place, with their diet profile, by name."""
    return list(
        occurrence.registrations.filter(status=RegistrationStatus.PLACE)
        .select_related("person__diet")
        .order_by("person__family_name", "person__given_name")
    )


def waiting_list(occurrence: Occurrence) -> list[Registration]:
    return list(
        occurrence.registrations.filter(status=RegistrationStatus.WAITING)
        .select_related("person")
        .order_by("created_at", "pk")
    )


def profile_of(registration: Registration) -> DietProfile | None:
    try:
        return registration.person.diet
    except DietProfile.DoesNotExist:
        return None


@dataclass(frozen=True)
class Portions:
    total: int
    by_diet: list[tuple[str, int]]  # (label, count), "alles" first
    by_texture: list[tuple[str, int]]  # only what is not "gewoon"
    allergies: list[tuple[str, list[str]]]  # (allergen, guests' names)


def portions(registrations: list[Registration]) -> Portions:
    diets: Counter[str] = Counter()
    textures: Counter[str] = Counter()
    allergic: dict[str, list[str]] = {}
    for registration in registrations:
        profile = profile_of(registration)
        diets[profile.diet if profile else Diet.ANY] += 1
        if profile is None:
            continue
        if profile.texture != Texture.NORMAL:
            textures[profile.texture] += 1
        for label in profile.allergen_labels:
            allergic.setdefault(label, []).append(registration.person.full_name)
    return Portions(
        total=len(registrations),
        by_diet=[(str(Diet(code).label), diets[code]) for code in Diet.values if diets[code]],
        by_texture=[
            (str(Texture(code).label), textures[code]) for code in Texture.values if textures[code]
        ],
        allergies=sorted(allergic.items()),
    )


@dataclass(frozen=True)
class Participation:
    visits: int  # times someone was there
    unique: int  # different people
    returning: int  # people who came more than once
    occurrences: int  # times it took place, with attendance entered


def participation(
    *, activity: Activity | None = None, since: datetime.date, until: datetime.date
) -> Participation:
    """Who came, from ``since`` to ``until``: for one activity or all of the collective's."""
    attended = Registration.objects.filter(
        attended=True,
        occurrence__starts_at__gte=local_datetime(since, datetime.time()),
        occurrence__starts_at__lt=local_datetime(
            until + datetime.timedelta(days=1), datetime.time()
        ),
    )
    if activity is not None:
        attended = attended.filter(occurrence__activity=activity)
    per_person = list(
        attended.values("person_id").annotate(times=Count("id")).values_list("times", flat=True)
    )
    return Participation(
        visits=sum(per_person),
        unique=len(per_person),
        returning=sum(1 for times in per_person if times > 1),
        occurrences=attended.values("occurrence_id").distinct().count(),
    )


def meals_served(*, since: datetime.date, until: datetime.date) -> int:
    """Plates at shared meals: guests who were there (for the impact and business case)."""
    return Registration.objects.filter(
        attended=True,
        occurrence__activity__is_meal=True,
        occurrence__starts_at__gte=local_datetime(since, datetime.time()),
        occurrence__starts_at__lt=local_datetime(
            until + datetime.timedelta(days=1), datetime.time()
        ),
    ).count()


def call_list(day: datetime.date) -> list[Registration]:
    """Guests with a place on ``day`` who have no e-mail, so no reminder: call them instead."""
    return list(
        Registration.objects.filter(
            status=RegistrationStatus.PLACE,
            person__email="",
            occurrence__cancelled=False,
            occurrence__starts_at__gte=local_datetime(day, datetime.time()),
            occurrence__starts_at__lt=local_datetime(
                day + datetime.timedelta(days=1), datetime.time()
            ),
        )
        .select_related("person", "occurrence__activity__place")
        .order_by("occurrence__starts_at", "person__family_name", "person__given_name")
    )


def my_registrations(person_id: int) -> QuerySet[Registration]:
    return (
        Registration.objects.filter(person_id=person_id, occurrence__ends_at__gte=timezone.now())
        .exclude(status=RegistrationStatus.CANCELLED)
        .select_related("occurrence__activity__place")
        .order_by("occurrence__starts_at")
    )


def activity_choices() -> list[tuple[int, str]]:
    """The collective's activities as (id, name), for linking another app's record to one."""
    return list(Activity.objects.order_by("title").values_list("pk", "title"))


def participants(activity_id: int) -> list[Person]:
    """Everyone who had a place at the activity at some time, once each: who a before-and-after
    measurement asks."""
    return list(
        Person.objects.filter(
            registrations__occurrence__activity_id=activity_id,
            registrations__status=RegistrationStatus.PLACE,
        )
        .distinct()
        .order_by("family_name", "given_name", "pk")
    )
