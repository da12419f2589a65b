"""The score and the week planner, on plain facts: no database needed."""

import datetime
import itertools
import random

import numpy as np
import pytest
from scipy.optimize import linear_sum_assignment

from wijkkracht.help.matching import (
    Exclusion,
    RequestFacts,
    VolunteerFacts,
    When,
    evaluate,
    rank,
)
from wijkkracht.help.planning import plan_week

MONDAY = datetime.date(2026, 11, 30)
TUESDAY = MONDAY + datetime.timedelta(days=1)
T = datetime.time


def request(
    rid: int = 1, *, day: datetime.date = TUESDAY, start: int = 10, end: int = 12, **fields
) -> RequestFacts:
    values = {
        "id": rid,
        "resident_id": 100 + rid,
        "resident_name": "Aaltje Mulder",
        "category": "groceries",
        "area_id": 1,
        "area_parent_id": 10,
        "when": When(day, T(start), T(end)),
        "needs_vog": False,
    }
    values.update(fields)
    return RequestFacts(**values)


def volunteer(vid: int = 1, **fields) -> VolunteerFacts:
    values = {
        "id": vid,
        "name": f"Vrijwilliger {vid}",
        "categories": frozenset({"groceries", "transport", "company"}),
        "area_ids": frozenset({1}),
        "area_parent_ids": frozenset({10}),
        "reach": "nearby",
        "transport": "car",
        "max_tasks": 2,
        "vog_until": None,
        "paused": False,
        "paused_until": None,
        "availability": [(weekday, T(8), T(17)) for weekday in range(7)],
    }
    values.update(fields)
    return VolunteerFacts(**values)


def test_weekly_and_one_off_times_overlap_only_on_a_shared_day() -> None:
    tuesdays = When(TUESDAY, T(10), T(12), weekly=True, until=TUESDAY + datetime.timedelta(days=21))
    assert tuesdays.overlaps(When(TUESDAY + datetime.timedelta(days=14), T(11), T(13)))
    assert not tuesdays.overlaps(When(TUESDAY + datetime.timedelta(days=28), T(11), T(13)))
    assert not tuesdays.overlaps(When(TUESDAY + datetime.timedelta(days=1), T(11), T(13)))
    assert not tuesdays.overlaps(When(TUESDAY, T(12), T(13)))  # back to back is fine
    later_tuesdays = When(TUESDAY + datetime.timedelta(days=7), T(9), T(11), weekly=True)
    assert tuesdays.overlaps(later_tuesdays)
    assert not tuesdays.overlaps(When(TUESDAY + datetime.timedelta(days=28), T(9), T(11), True))


@pytest.mark.parametrize(
    ("facts", "wanted", "exclusion"),
    [
        ({}, {"category": "paperwork"}, Exclusion.CATEGORY),
        ({"transport": "bike"}, {"category": "transport"}, Exclusion.NO_CAR),
        ({"availability": [(2, T(8), T(17))]}, {}, Exclusion.UNAVAILABLE),
        ({"availability": [(1, T(11), T(17))]}, {}, Exclusion.UNAVAILABLE),
        ({"absences": [(MONDAY, MONDAY + datetime.timedelta(days=6))]}, {}, Exclusion.UNAVAILABLE),
        ({"paused": True}, {}, Exclusion.UNAVAILABLE),
        ({}, {"needs_vog": True}, Exclusion.VOG),
        ({"vog_until": MONDAY}, {"needs_vog": True}, Exclusion.VOG),
        ({"busy": [(9, When(TUESDAY, T(11), T(13)))]}, {}, Exclusion.BUSY),
        (
            {"busy": [(8, When(MONDAY, T(9), T(10))), (9, When(MONDAY, T(14), T(15)))]},
            {},
            Exclusion.FULL,
        ),
        ({"reach": "own"}, {"area_id": 2}, Exclusion.TOO_FAR),
        ({"reach": "nearby"}, {"area_id": 3, "area_parent_id": 30}, Exclusion.TOO_FAR),
    ],
)
def test_volunteers_who_cannot_help_are_left_out_with_the_reason(facts, wanted, exclusion) -> None:
    assert evaluate(volunteer(**facts), request(**wanted), TUESDAY) == exclusion


def test_a_pause_that_ended_or_a_valid_vog_lets_the_volunteer_in() -> None:
    back = volunteer(paused=True, paused_until=MONDAY, vog_until=TUESDAY)
    candidate = evaluate(back, request(needs_vog=True), TUESDAY)
    assert not isinstance(candidate, str)


def test_the_ranking_puts_the_liked_neighbour_first_and_says_why() -> None:
    stranger_far = volunteer(1, area_ids=frozenset({2}), reach="nearby")
    neighbour = volunteer(2)
    liked = volunteer(3, area_ids=frozenset({2}), helped={101: True})
    busy_neighbour = volunteer(4, busy=[(9, When(MONDAY, T(9), T(10)))])
    ranking = rank([stranger_far, neighbour, liked, busy_neighbour], request(), TUESDAY)
    assert [c.volunteer_id for c in ranking.candidates] == [3, 2, 4, 1]
    best = ranking.candidates[0]
    assert "hielp Aaltje eerder, dat ging goed" in best.reasons
    assert "buurt in dezelfde wijk" in best.reasons
    assert "kan op dinsdag van 08:00 tot 17:00" in best.reasons
    assert "deze week 1 van de 2 taken" in ranking.candidates[2].reasons
    # A free week earns all 15 load points; half full earns 8 (7.5, rounded half to even).
    assert ranking.candidates[1].score - ranking.candidates[2].score == 7


def test_a_bad_experience_earns_no_continuity_points() -> None:
    disliked = evaluate(volunteer(helped={101: False}), request(), TUESDAY)
    fresh = evaluate(volunteer(), request(), TUESDAY)
    assert disliked.score == fresh.score
    assert "hielp Aaltje eerder, dat klikte niet" in disliked.reasons


def _brute_force(requests, volunteers) -> int:
    """The best total score by trying every assignment (each request: nobody or one volunteer)."""
    options = []
    for item in requests:
        day = item.when.day_in_week(MONDAY)
        choices = [None]
        for person in volunteers:
            found = evaluate(person, item, day)
            if not isinstance(found, str):
                choices.append((person, found.score))
        options.append(choices)
    best = 0
    for combination in itertools.product(*options):
        taken: dict[int, list[When]] = {}
        total = 0
        feasible = True
        for item, choice in zip(requests, combination, strict=True):
            if choice is None:
                continue
            person, score = choice
            mine = taken.setdefault(person.id, [])
            if len(mine) >= person.max_tasks or any(item.when.overlaps(w) for w in mine):
                feasible = False
                break
            mine.append(item.when)
            total += score
        if feasible:
            best = max(best, total)
    return best


def _random_week(rng: random.Random, n_requests: int, n_volunteers: int):
    requests = [
        request(
            rid,
            day=MONDAY + datetime.timedelta(days=rng.randint(0, 2)),
            start=(start := rng.randint(9, 14)),
            end=start + rng.randint(1, 3),
            area_id=rng.choice([1, 2, 3]),
            category=rng.choice(["groceries", "company", "transport"]),
        )
        for rid in range(1, n_requests + 1)
    ]
    volunteers = [
        volunteer(
            vid,
            categories=frozenset(rng.sample(["groceries", "company", "transport"], k=2)),
            area_ids=frozenset({rng.choice([1, 2, 3])}),
            reach="anywhere",
            max_tasks=rng.randint(1, 2),
            helped={100 + rng.randint(1, n_requests): True} if rng.random() < 0.3 else {},
        )
        for vid in range(1, n_volunteers + 1)
    ]
    return requests, volunteers


@pytest.mark.parametrize("seed", range(25))
def test_the_week_plan_is_optimal_with_capacities_and_overlaps(seed: int) -> None:
    requests, volunteers = _random_week(random.Random(seed), n_requests=6, n_volunteers=3)
    plan = plan_week(requests, volunteers, MONDAY)
    assert plan.total_score == _brute_force(requests, volunteers)
    by_volunteer: dict[int, list[When]] = {}
    for pair in plan.pairs:
        when = next(r.when for r in requests if r.id == pair.request_id)
        assert not any(
            when.overlaps(other) for other in by_volunteer.get(pair.candidate.volunteer_id, [])
        )
        by_volunteer.setdefault(pair.candidate.volunteer_id, []).append(when)
    for person in volunteers:
        assert len(by_volunteer.get(person.id, [])) <= person.max_tasks


def test_the_week_plan_beats_taking_the_best_match_first() -> None:
    """Greedy gives Vera the best pair (request 1, 90) and leaves request 2 without anyone."""
    vera = volunteer(1, max_tasks=1, helped={101: True})
    piet = volunteer(2, max_tasks=1, categories=frozenset({"groceries"}))
    first = request(1)
    second = request(2, category="company")
    plan = plan_week([first, second], [vera, piet], MONDAY)
    assert {(p.request_id, p.candidate.volunteer_id) for p in plan.pairs} == {(1, 2), (2, 1)}
    assert plan.unplanned == []


@pytest.mark.parametrize("seed", range(5))
def test_without_overlaps_the_plan_equals_the_assignment_problem_optimum(seed: int) -> None:
    """Every request at a different hour: the classic assignment problem, solved by scipy."""
    rng = random.Random(seed)
    requests = [
        request(
            rid,
            day=MONDAY + datetime.timedelta(days=rid % 7),
            start=8 + rid // 7,
            end=9 + rid // 7,
            area_id=rng.choice([1, 2]),
            category=rng.choice(["groceries", "company"]),
        )
        for rid in range(1, 41)
    ]
    volunteers = [
        volunteer(
            vid,
            max_tasks=rng.randint(1, 3),
            area_ids=frozenset({rng.choice([1, 2])}),
            availability=[(d, T(8), T(16)) for d in rng.sample(range(7), k=3)],
            categories=frozenset(rng.sample(["groceries", "company"], k=rng.randint(1, 2))),
        )
        for vid in range(1, 16)
    ]
    plan = plan_week(requests, volunteers, MONDAY)
    columns = [person for person in volunteers for _copy in range(person.max_tasks)]
    value = np.zeros((len(requests), len(columns)))
    for row, item in enumerate(requests):
        for column, person in enumerate(columns):
            found = evaluate(person, item, item.when.day_in_week(MONDAY))
            value[row, column] = 0 if isinstance(found, str) else found.score
    rows, cols = linear_sum_assignment(value, maximize=True)
    assert plan.total_score == int(value[rows, cols].sum())
    assert plan.total_score > 0
