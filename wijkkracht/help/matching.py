"""Which volunteers suit a help request, and why: the score both the ranked list and the week
planner use. Pure functions over plain facts, so 5,000 volunteers rank in memory.

A score is 0 to 100: category 35, available 5, buurt 25 (same) or 10 (same wijk), load up to 15,
continuity 20 (helped this resident before and it went well) or 10 (helped before).
"""

import datetime
from dataclasses import dataclass, field

from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wijkkracht.help.models import Category, Reach, Transport, Weekday

CATEGORY_POINTS = 35
AVAILABLE_POINTS = 5
SAME_AREA_POINTS = 25
NEARBY_AREA_POINTS = 10
LOAD_POINTS = 15
LIKED_BEFORE_POINTS = 20
HELPED_BEFORE_POINTS = 10
# Helped this resident before: it went well (True), nobody said (None), it did not click (False).
CONTINUITY_POINTS = {True: LIKED_BEFORE_POINTS, None: HELPED_BEFORE_POINTS, False: 0}


@dataclass(frozen=True)
class When:
    """A time that recurs weekly from ``date`` (until ``until``), or happens once on ``date``."""

    date: datetime.date
    start: datetime.time
    end: datetime.time
    weekly: bool = False
    until: datetime.date | None = None

    def occurs_on(self, day: datetime.date) -> bool:
        if not self.weekly:
            return day == self.date
        in_range = self.date <= day and (self.until is None or day <= self.until)
        return in_range and day.weekday() == self.date.weekday()

    def overlaps(self, other: "When") -> bool:
        """Tell whether both happen at the same moment on at least one day."""
        if not (self.start < other.end and other.start < self.end):
            return False
        if not self.weekly:
            return other.occurs_on(self.date)
        if not other.weekly:
            return self.occurs_on(other.date)
        if self.date.weekday() != other.date.weekday():
            return False
        first = max(self.date, other.date)
        ends = [until for until in (self.until, other.until) if until is not None]
        return not ends or first <= min(ends)

    def day_in_week(self, monday: datetime.date) -> datetime.date | None:
        """The day it happens in the week starting ``monday``, if it does."""
        for offset in range(7):
            day = monday + datetime.timedelta(days=offset)
            if self.occurs_on(day):
                return day
        return None


def week_start(day: datetime.date) -> datetime.date:
    return day - datetime.timedelta(days=day.weekday())


@dataclass(frozen=True)
class RequestFacts:
    id: int
    resident_id: int
    resident_name: str
    category: str
    area_id: int | None
    area_parent_id: int | None
    when: When
    needs_vog: bool


@dataclass
class VolunteerFacts:
    id: int
    name: str
    categories: frozenset[str]
    area_ids: frozenset[int]
    area_parent_ids: frozenset[int]
    reach: str
    transport: str
    max_tasks: int
    vog_until: datetime.date | None
    paused: bool
    paused_until: datetime.date | None
    availability: list[tuple[int, datetime.time, datetime.time]] = field(default_factory=list)
    absences: list[tuple[datetime.date, datetime.date]] = field(default_factory=list)
    busy: list[tuple[int, When]] = field(default_factory=list)  # (request id, when) of tasks
    helped: dict[int, bool | None] = field(default_factory=dict)  # resident id → satisfied

    def tasks_in_week(self, monday: datetime.date) -> int:
        return sum(1 for _id, when in self.busy if when.day_in_week(monday) is not None)


@dataclass(frozen=True)
class Candidate:
    volunteer_id: int
    name: str
    score: int
    reasons: tuple[str, ...]


class Exclusion:
    """Why a volunteer is left out; the page counts them so the coordinator sees the gaps."""

    CATEGORY = "category"
    UNAVAILABLE = "unavailable"
    BUSY = "busy"
    FULL = "full"
    VOG = "vog"
    TOO_FAR = "too_far"
    NO_CAR = "no_car"


def evaluate(
    volunteer: VolunteerFacts, request: RequestFacts, day: datetime.date
) -> Candidate | str:
    """Score ``volunteer`` for ``request`` on ``day`` (the occurrence planned), or say why not."""
    exclusion = _exclusion(volunteer, request, day)
    if exclusion is not None:
        return exclusion
    window = _available(volunteer, request.when, day)
    load = volunteer.tasks_in_week(week_start(day))
    area = _area_fit(volunteer, request)
    assert window is not None and area is not None  # noqa: S101 - _exclusion checked both
    parts = [
        _category_points(request),
        (
            AVAILABLE_POINTS,
            _("kan op %(day)s van %(start)s tot %(end)s")
            % {
                "day": Weekday(day.weekday()).label,
                "start": f"{window[0]:%H:%M}",
                "end": f"{window[1]:%H:%M}",
            },
        ),
        area,
        (
            round(LOAD_POINTS * (1 - load / volunteer.max_tasks)),
            _("deze week %(load)s van de %(max)s taken")
            % {"load": load, "max": volunteer.max_tasks},
        ),
        _continuity(volunteer, request),
    ]
    return Candidate(
        volunteer_id=volunteer.id,
        name=volunteer.name,
        score=sum(points for points, _reason in parts),
        reasons=tuple(str(reason) for _points, reason in parts if reason),
    )


def _exclusion(volunteer: VolunteerFacts, request: RequestFacts, day: datetime.date) -> str | None:
    """The first reason the volunteer cannot take the request; cheap checks first."""
    checks = (
        (
            Exclusion.CATEGORY,
            lambda: (
                request.category != Category.OTHER and request.category not in volunteer.categories
            ),
        ),
        (
            Exclusion.NO_CAR,
            lambda: request.category == Category.TRANSPORT and volunteer.transport != Transport.CAR,
        ),
        (Exclusion.UNAVAILABLE, lambda: _available(volunteer, request.when, day) is None),
        (
            Exclusion.VOG,
            lambda: (
                request.needs_vog and (volunteer.vog_until is None or volunteer.vog_until < day)
            ),
        ),
        (Exclusion.TOO_FAR, lambda: _area_fit(volunteer, request) is None),
        (
            Exclusion.BUSY,
            lambda: any(
                when.overlaps(request.when) for rid, when in volunteer.busy if rid != request.id
            ),
        ),
        (Exclusion.FULL, lambda: volunteer.tasks_in_week(week_start(day)) >= volunteer.max_tasks),
    )
    return next((exclusion for exclusion, applies in checks if applies()), None)


def _category_points(request: RequestFacts) -> tuple[int, str]:
    if request.category == Category.OTHER:
        return 0, ""
    return CATEGORY_POINTS, _("doet graag: %(what)s") % {"what": Category(request.category).label}


def _continuity(volunteer: VolunteerFacts, request: RequestFacts) -> tuple[int, str]:
    if request.resident_id not in volunteer.helped:
        return 0, ""
    first_name = request.resident_name.split(" ")[0]
    liked = volunteer.helped[request.resident_id]
    if liked is True:
        reason = _("hielp %(name)s eerder, dat ging goed")
    elif liked is None:
        reason = _("hielp %(name)s eerder")
    else:
        reason = _("hielp %(name)s eerder, dat klikte niet")
    return CONTINUITY_POINTS[liked], reason % {"name": first_name}


def _available(
    volunteer: VolunteerFacts, when: When, day: datetime.date
) -> tuple[datetime.time, datetime.time] | None:
    if volunteer.paused and (volunteer.paused_until is None or day <= volunteer.paused_until):
        return None
    if any(first <= day <= last for first, last in volunteer.absences):
        return None
    for weekday, start, end in volunteer.availability:
        if weekday == day.weekday() and start <= when.start and when.end <= end:
            return start, end
    return None


SAME_AREA = gettext_lazy("zelfde buurt")
NEARBY_AREA = gettext_lazy("buurt in dezelfde wijk")
ANY_AREA = gettext_lazy("wil overal in het werkgebied helpen")


def _area_fit(volunteer: VolunteerFacts, request: RequestFacts) -> tuple[int, object] | None:
    """Points and reason for where the help is, or None when it is beyond the volunteer's reach.

    The reasons stay lazy: this runs for every volunteer, the translation only for the chosen.
    """
    if request.area_id is None or not volunteer.area_ids:
        return 0, ""
    if request.area_id in volunteer.area_ids:
        return SAME_AREA_POINTS, SAME_AREA
    nearby = request.area_parent_id is not None and (
        request.area_parent_id in volunteer.area_parent_ids
        or request.area_parent_id in volunteer.area_ids
    )
    if nearby and volunteer.reach != Reach.OWN:
        return NEARBY_AREA_POINTS, NEARBY_AREA
    if volunteer.reach == Reach.ANYWHERE:
        return 0, ANY_AREA
    return None


@dataclass(frozen=True)
class Ranking:
    candidates: list[Candidate]
    excluded: dict[str, int]


def rank(
    volunteers: list[VolunteerFacts], request: RequestFacts, day: datetime.date, limit: int = 10
) -> Ranking:
    """The best ``limit`` volunteers for ``request``, best first, and why the others fell out."""
    candidates: list[Candidate] = []
    excluded: dict[str, int] = {}
    for volunteer in volunteers:
        result = evaluate(volunteer, request, day)
        if isinstance(result, str):
            excluded[result] = excluded.get(result, 0) + 1
        else:
            candidates.append(result)
    candidates.sort(
        key=lambda candidate: (-candidate.score, candidate.name, candidate.volunteer_id)
    )
    return Ranking(candidates=candidates[:limit], excluded=excluded)


def describe_when(when: When) -> str:
    times = f"{when.start:%H:%M}\N{EN DASH}{when.end:%H:%M}"
    if when.weekly:
        text = _("elke %(day)s, %(times)s, vanaf %(date)s") % {
            "day": Weekday(when.date.weekday()).label,
            "times": times,
            "date": date_format(when.date, "j F"),
        }
        if when.until:
            text += " " + _("tot en met %(date)s") % {"date": date_format(when.until, "j F Y")}
        return text
    return f"{date_format(when.date, 'l j F Y')}, {times}"
