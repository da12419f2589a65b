"""Plan the week: the assignment of open requests to volunteers with the highest total score.

Exact, not greedy. Each (request, volunteer) pair the score allows is a 0/1 variable;
the constraints are: a request gets at most one volunteer, a volunteer gets at most their
remaining tasks for the week, and never two tasks that overlap in time (one constraint per
moment where several of a volunteer's possible tasks meet, i.e. per clique of the interval
graph). HiGHS's branch-and-bound (scipy.optimize.milp) solves it to a zero optimality gap.
Without time overlaps this is the classical assignment problem, so a test and the benchmark
compare it with scipy's linear_sum_assignment. All pairs are scored at once by
``scores.ScoreTable``; ``evaluate`` then words the reasons of the pairs the plan keeps.
"""

import datetime
from dataclasses import dataclass

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import coo_array

from wijkkracht.help.matching import Candidate, RequestFacts, VolunteerFacts, evaluate, week_start
from wijkkracht.help.scores import ScoreTable


@dataclass(frozen=True)
class PlannedPair:
    request_id: int
    day: datetime.date
    candidate: Candidate


@dataclass(frozen=True)
class Plan:
    monday: datetime.date
    pairs: list[PlannedPair]
    unplanned: list[int]  # request ids no volunteer can take this week

    @property
    def total_score(self) -> int:
        return sum(pair.candidate.score for pair in self.pairs)


@dataclass(frozen=True)
class _Option:
    request: RequestFacts
    volunteer: VolunteerFacts
    day: datetime.date
    score: int


def plan_week(
    requests: list[RequestFacts], volunteers: list[VolunteerFacts], monday: datetime.date
) -> Plan:
    monday = week_start(monday)
    options = _options(requests, volunteers, monday)
    chosen = _solve(options, volunteers, monday) if options else []
    planned = {option.request.id for option in chosen}
    chosen.sort(key=lambda option: (option.day, option.request.when.start, option.request.id))
    pairs = [PlannedPair(option.request.id, option.day, _candidate(option)) for option in chosen]
    return Plan(
        monday=monday,
        pairs=pairs,
        unplanned=[request.id for request in requests if request.id not in planned],
    )


def _options(
    requests: list[RequestFacts], volunteers: list[VolunteerFacts], monday: datetime.date
) -> list[_Option]:
    table = ScoreTable(volunteers, monday)
    options = []
    for request in requests:
        day = request.when.day_in_week(monday)
        if day is None:
            continue
        scores = table.scores(request, day)
        options += [
            _Option(request, volunteers[index], day, int(scores[index]))
            for index in np.flatnonzero(scores >= 0)
        ]
    return options


def _candidate(option: _Option) -> Candidate:
    """The kept pair with its reasons in words (the same score, worked out one by one)."""
    candidate = evaluate(option.volunteer, option.request, option.day)
    assert not isinstance(candidate, str)  # noqa: S101 - the table allowed this pair
    return candidate


def _solve(
    options: list[_Option], volunteers: list[VolunteerFacts], monday: datetime.date
) -> list[_Option]:
    rows: list[int] = []
    columns: list[int] = []
    upper: list[float] = []

    def constraint(variables: list[int], bound: float) -> None:
        row = len(upper)
        rows.extend([row] * len(variables))
        columns.extend(variables)
        upper.append(bound)

    by_request: dict[int, list[int]] = {}
    by_volunteer: dict[int, list[int]] = {}
    for index, option in enumerate(options):
        by_request.setdefault(option.request.id, []).append(index)
        by_volunteer.setdefault(option.volunteer.id, []).append(index)
    for variables in by_request.values():
        constraint(variables, 1)
    capacity = {volunteer.id: volunteer.max_tasks for volunteer in volunteers}
    load = {volunteer.id: volunteer.tasks_in_week(monday) for volunteer in volunteers}
    for volunteer_id, variables in by_volunteer.items():
        constraint(variables, capacity[volunteer_id] - load[volunteer_id])
        for clique in _overlap_cliques([options[index] for index in variables], variables):
            constraint(clique, 1)
    matrix = coo_array(
        (np.ones(len(rows)), (np.array(rows), np.array(columns))),
        shape=(len(upper), len(options)),
    ).tocsr()
    scores = np.array([option.score for option in options], dtype=float)
    result = milp(
        c=-scores,
        constraints=LinearConstraint(matrix, -np.inf, np.array(upper)),
        integrality=np.ones(len(options)),
        bounds=Bounds(0, 1),
        options={"mip_rel_gap": 0},
    )
    if not result.success:
        raise RuntimeError(f"De weekplanning is niet gelukt: {result.message}")
    return [option for option, value in zip(options, result.x, strict=True) if round(value) == 1]


def _overlap_cliques(options: list[_Option], variables: list[int]) -> list[list[int]]:
    """The largest sets of one volunteer's options that all run at one moment (two or more).

    A sweep over the starts and ends in time order (an end first when one ends as another
    starts): the options running just before an end that follows a start form a maximal clique.
    """
    events = []
    for option, variable in zip(options, variables, strict=True):
        when = option.request.when
        events.append((datetime.datetime.combine(option.day, when.start), 1, variable))
        events.append((datetime.datetime.combine(option.day, when.end), 0, variable))
    events.sort()
    cliques = []
    running: list[int] = []
    grew = False
    for _moment, is_start, variable in events:
        if is_start:
            running.append(variable)
            grew = True
            continue
        if grew and len(running) > 1:
            cliques.append(list(running))
        grew = False
        running.remove(variable)
    return cliques
