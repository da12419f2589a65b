"""The score of every volunteer for a request at once, as NumPy array operations.

The same rules as ``matching.evaluate``, which stays the one place that explains a score in
words: here they run over arrays of all volunteers instead of one pair at a time, because
planning a week scores some 400,000 pairs (500 requests, 2,000 volunteers). A test checks on
random facts that both give every pair the same score and leave out the same pairs.
"""

import datetime

import numpy as np
import numpy.typing as npt

from wijkkracht.help.matching import (
    AVAILABLE_POINTS,
    CATEGORY_POINTS,
    CONTINUITY_POINTS,
    LOAD_POINTS,
    NEARBY_AREA_POINTS,
    SAME_AREA_POINTS,
    RequestFacts,
    VolunteerFacts,
    When,
)
from wijkkracht.help.models import Category, Reach, Transport

Ints = npt.NDArray[np.int64]
Flags = npt.NDArray[np.bool_]

NEVER = np.iinfo(np.int64).max  # an open end, as a day number
CANNOT = -1  # the score of a volunteer who cannot take the request


def _clock(moment: datetime.time) -> int:
    return ((moment.hour * 60 + moment.minute) * 60 + moment.second) * 1_000_000 + (
        moment.microsecond
    )


def _weekday(days: Ints) -> Ints:
    """The weekday (Monday 0) of day numbers from ``date.toordinal``; day 1 was a Monday."""
    return (days - 1) % 7


def _ints(values: list[int]) -> Ints:
    return np.array(values, dtype=np.int64)


class ScoreTable:
    """The volunteers' facts as arrays: one entry per volunteer, or, for what a volunteer has
    several of (hours, absences, areas, tasks), one entry per item with its owner's index."""

    def __init__(self, volunteers: list[VolunteerFacts], monday: datetime.date) -> None:
        self.volunteers = volunteers
        self.by_car = np.array([v.transport == Transport.CAR for v in volunteers], dtype=bool)
        self.reach_own = np.array([v.reach == Reach.OWN for v in volunteers], dtype=bool)
        self.reach_anywhere = np.array([v.reach == Reach.ANYWHERE for v in volunteers], dtype=bool)
        self.has_areas = np.array([bool(v.area_ids) for v in volunteers], dtype=bool)
        # Paused up to and including this day: 0 when not paused, NEVER without an end.
        self.paused_until = _ints(
            [
                (v.paused_until.toordinal() if v.paused_until else NEVER) if v.paused else 0
                for v in volunteers
            ]
        )
        self.vog_until = _ints([v.vog_until.toordinal() if v.vog_until else 0 for v in volunteers])
        load = _ints([v.tasks_in_week(monday) for v in volunteers])
        max_tasks = _ints([v.max_tasks for v in volunteers])
        self.has_room = load < max_tasks
        # The same float arithmetic as evaluate's round(), which rounds half to even as NumPy does.
        self.load_points = np.round(LOAD_POINTS * (1 - load / np.maximum(max_tasks, 1))).astype(
            np.int64
        )
        self._categories: dict[str, Flags] = {}
        self._items(volunteers)

    def _items(self, volunteers: list[VolunteerFacts]) -> None:
        def owners(counts: list[int]) -> Ints:
            return np.repeat(np.arange(len(volunteers)), counts)

        self.hours_owner = owners([len(v.availability) for v in volunteers])
        hours = [window for v in volunteers for window in v.availability]
        self.hours_weekday = _ints([weekday for weekday, _start, _end in hours])
        self.hours_start = _ints([_clock(start) for _weekday, start, _end in hours])
        self.hours_end = _ints([_clock(end) for _weekday, _start, end in hours])
        self.absence_owner = owners([len(v.absences) for v in volunteers])
        absences = [period for v in volunteers for period in v.absences]
        self.absence_first = _ints([first.toordinal() for first, _last in absences])
        self.absence_last = _ints([last.toordinal() for _first, last in absences])
        self.area_owner = owners([len(v.area_ids) for v in volunteers])
        self.area_id = _ints([area for v in volunteers for area in v.area_ids])
        self.parent_owner = owners([len(v.area_parent_ids) for v in volunteers])
        self.parent_id = _ints([area for v in volunteers for area in v.area_parent_ids])
        self.busy_owner = owners([len(v.busy) for v in volunteers])
        busy = [task for v in volunteers for task in v.busy]
        self.busy_request = _ints([request_id for request_id, _when in busy])
        whens = [when for _request_id, when in busy]
        self.busy_date = _ints([when.date.toordinal() for when in whens])
        self.busy_until = _ints([when.until.toordinal() if when.until else NEVER for when in whens])
        self.busy_start = _ints([_clock(when.start) for when in whens])
        self.busy_end = _ints([_clock(when.end) for when in whens])
        self.busy_weekly = np.array([when.weekly for when in whens], dtype=bool)
        self.helped: dict[int, list[tuple[int, int]]] = {}  # resident → (volunteer, points)
        for index, volunteer in enumerate(volunteers):
            for resident_id, liked in volunteer.helped.items():
                self.helped.setdefault(resident_id, []).append((index, CONTINUITY_POINTS[liked]))

    def scores(self, request: RequestFacts, day: datetime.date) -> Ints:
        """Each volunteer's score for ``request`` on ``day``, or CANNOT."""
        can = self._does(request) & self._available(request.when, day) & ~self._busy(request)
        if request.category == Category.TRANSPORT:
            can &= self.by_car
        if request.needs_vog:
            can &= self.vog_until >= day.toordinal()
        can &= self.has_room
        area_points, near_enough = self._area(request)
        can &= near_enough
        points = (
            (0 if request.category == Category.OTHER else CATEGORY_POINTS)
            + AVAILABLE_POINTS
            + area_points
            + self.load_points
        )
        for index, continuity in self.helped.get(request.resident_id, []):
            points[index] += continuity
        return np.where(can, points, CANNOT)

    def _any_of(self, owners: Ints, chosen: Flags) -> Flags:
        """Per volunteer: whether any of their items is chosen."""
        found = np.zeros(len(self.volunteers), dtype=bool)
        found[owners[chosen]] = True
        return found

    def _does(self, request: RequestFacts) -> Flags:
        if request.category == Category.OTHER:
            return np.ones(len(self.volunteers), dtype=bool)
        if request.category not in self._categories:
            self._categories[request.category] = np.array(
                [request.category in v.categories for v in self.volunteers], dtype=bool
            )
        return self._categories[request.category]

    def _available(self, when: When, day: datetime.date) -> Flags:
        number = day.toordinal()
        fits = (
            (self.hours_weekday == day.weekday())
            & (self.hours_start <= _clock(when.start))
            & (_clock(when.end) <= self.hours_end)
        )
        away = (self.absence_first <= number) & (number <= self.absence_last)
        return (
            self._any_of(self.hours_owner, fits)
            & ~self._any_of(self.absence_owner, away)
            & (self.paused_until < number)
        )

    def _area(self, request: RequestFacts) -> tuple[Ints, Flags]:
        """Points for where the help is, and whether it is within each volunteer's reach."""
        count = len(self.volunteers)
        if request.area_id is None:
            return np.zeros(count, dtype=np.int64), np.ones(count, dtype=bool)
        same = self._any_of(self.area_owner, self.area_id == request.area_id)
        nearby = np.zeros(count, dtype=bool)
        if request.area_parent_id is not None:
            nearby = self._any_of(self.parent_owner, self.parent_id == request.area_parent_id)
            nearby |= self._any_of(self.area_owner, self.area_id == request.area_parent_id)
        nearby &= ~same & ~self.reach_own
        points = np.where(same, SAME_AREA_POINTS, np.where(nearby, NEARBY_AREA_POINTS, 0))
        reached = same | nearby | self.reach_anywhere
        return np.where(self.has_areas, points, 0), reached | ~self.has_areas

    def _busy(self, request: RequestFacts) -> Flags:
        """Whether a volunteer has another task at a moment the request also happens."""
        when = request.when
        date = when.date.toordinal()
        until = when.until.toordinal() if when.until else NEVER
        weekday = when.date.weekday()
        busy_weekday = _weekday(self.busy_date)
        at_same_hours = (
            (self.busy_start < _clock(when.end))
            & (_clock(when.start) < self.busy_end)
            & (self.busy_request != request.id)
        )
        if when.weekly:  # the request happens on the day of a one-off task
            on_one_off = (
                (date <= self.busy_date) & (self.busy_date <= until) & (busy_weekday == weekday)
            )
        else:
            on_one_off = self.busy_date == date
        # A weekly task on a one-off request's day, or two weekly series that meet.
        on_weekly = (busy_weekday == weekday) & (
            (np.maximum(self.busy_date, date) <= np.minimum(self.busy_until, until))
            if when.weekly
            else ((self.busy_date <= date) & (date <= self.busy_until))
        )
        meets = np.where(self.busy_weekly, on_weekly, on_one_off)
        return self._any_of(self.busy_owner, at_same_hours & meets)
