"""The planner scores all pairs at once with NumPy; it must agree with ``evaluate`` on every
pair, wherever a rule has an edge: weekly series, pauses, absences, VOG dates, areas, tasks."""

import datetime
import random

from tests.help.test_matching import MONDAY, T, request, volunteer
from wijkkracht.help.matching import RequestFacts, When, evaluate
from wijkkracht.help.scores import CANNOT, ScoreTable

CATEGORIES = ["groceries", "company", "transport", "paperwork", "other"]


def _day(rng: random.Random) -> datetime.date:
    return MONDAY + datetime.timedelta(days=rng.randint(-4, 9))


def _when(rng: random.Random) -> When:
    start = rng.randint(9, 12)
    weekly = rng.random() < 0.4
    until = _day(rng) if weekly and rng.random() < 0.5 else None
    return When(_day(rng), T(start), T(start + rng.randint(1, 2)), weekly=weekly, until=until)


def _random_volunteer(rng: random.Random, vid: int, requests: list[RequestFacts]):  # type: ignore[no-untyped-def]
    """A volunteer with random facts; some of their tasks are among ``requests``."""
    first = _day(rng)
    tasks = rng.sample(requests, k=rng.randint(0, 3))
    return volunteer(
        vid,
        categories=frozenset(rng.sample(CATEGORIES[:4], k=rng.randint(1, 4))),
        area_ids=frozenset(rng.sample([1, 2, 3, 10], k=rng.randint(0, 2))),
        area_parent_ids=frozenset(rng.sample([10, 20], k=rng.randint(0, 1))),
        reach=rng.choice(["own", "nearby", "anywhere"]),
        transport=rng.choice(["car", "bike"]),
        max_tasks=rng.randint(0, 4),
        vog_until=rng.choice([None, _day(rng)]),
        paused=rng.random() < 0.3,
        paused_until=rng.choice([None, _day(rng)]),
        availability=[
            (weekday, T(h := rng.randint(8, 10)), T(h + rng.randint(2, 8)))
            for weekday in rng.sample(range(7), k=rng.randint(0, 7))
        ],
        absences=[(first, first + datetime.timedelta(days=rng.randint(0, 4)))]
        if rng.random() < 0.3
        else [],
        busy=[(task.id, task.when if rng.random() < 0.5 else _when(rng)) for task in tasks],
        helped={task.resident_id: rng.choice([True, None, False]) for task in tasks},
    )


def test_the_table_scores_every_pair_as_evaluate_does() -> None:
    rng = random.Random(2026)
    requests = [
        request(
            rid,
            category=rng.choice(CATEGORIES),
            area_id=rng.choice([None, 1, 2, 3]),
            area_parent_id=rng.choice([None, 10, 20]),
            needs_vog=rng.random() < 0.3,
            when=_when(rng),
        )
        for rid in range(1, 101)
    ]
    volunteers = [_random_volunteer(rng, vid, requests) for vid in range(1, 201)]
    volunteers += [  # back on each day of the week
        volunteer(300 + n, paused=True, paused_until=MONDAY + datetime.timedelta(days=n))
        for n in range(7)
    ]
    table = ScoreTable(volunteers, MONDAY)
    compared = allowed = 0
    for item in requests:
        day = item.when.day_in_week(MONDAY)
        if day is None:
            continue
        scores = table.scores(item, day)
        for person, score in zip(volunteers, scores, strict=True):
            found = evaluate(person, item, day)
            assert score == (CANNOT if isinstance(found, str) else found.score), (person, item)
            compared += 1
            allowed += score != CANNOT
    assert 0 < allowed < compared  # some pairs pass, most rules bite
