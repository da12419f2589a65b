"""The counting rules: exact outcomes by hand, and exactly pabutools' outcomes on real votes."""

import random
from collections.abc import Iterable
from fractions import Fraction
from pathlib import Path

import pytest
from pabutools.election import Cost_Sat, parse_pabulib
from pabutools.rules import greedy_utilitarian_welfare, method_of_equal_shares

from wijkkracht.participation.voting.election import Election, Project
from wijkkracht.participation.voting.equal_shares import add1_steps, equal_shares_at
from wijkkracht.participation.voting.pabulib import pb_read
from wijkkracht.participation.voting.rules import count

PABULIB = Path(__file__).parent / "pabulib"
FILES = sorted(path.name for path in PABULIB.glob("*.pb") if "Budapest" not in path.name)


def _election(budget: int, costs: dict[str, int], ballots: list[Iterable[str]]) -> Election:
    """Ballots as the ids they approve: "AC" is A and C, ["9", "10"] is 9 and 10."""
    return Election(
        budget=Fraction(budget),
        projects={p: Project(p, Fraction(cost)) for p, cost in costs.items()},
        ballots=[frozenset(ballot) for ballot in ballots],
    )


# Three voters, budget 9, so 3 each. C (cost 3) is wanted by all, A (6) by voters 1 and 2,
# B (3) by voter 3.
THREE = _election(9, {"A": 6, "B": 3, "C": 3}, ["AC", "AC", "BC"])


def test_greedy_takes_most_approvals_first_and_skips_what_does_not_fit() -> None:
    # C has 3 approvals (cost 3, 6 left), A has 2 (cost 6, 0 left), B does not fit.
    found = count(THREE, "greedy")
    assert found.selected == ["C", "A"]
    assert found.cost == 9


def test_equal_shares_lets_each_voter_pay_an_equal_share() -> None:
    # C: each pays 1 (price 1/3 per euro), leaving 2 each. A then needs 6 from voters 1 and 2,
    # who have 4; B needs 3 from voter 3, who has 2: neither is bought.
    found = count(THREE, "equal-shares")
    assert found.selected == ["C"]
    assert found.verdicts["C"].share == 1
    assert found.verdicts["A"].money_left == 4
    assert found.verdicts["B"].money_left == 2


def test_add1_takes_the_last_outcome_within_the_budget() -> None:
    # With 4 each: C (1 each), then A (3 each from voters 1 and 2) and B (3 from voter 3):
    # cost 12 > 9, so add1 keeps the outcome of 3 each.
    assert [raise_ for raise_, _ in add1_steps(THREE)] == [0, 1]
    found = count(THREE, "equal-shares-add1")
    assert found.selected == ["C"]
    assert found.cost == 3


def test_add1_explains_with_the_money_of_the_last_raise_taken() -> None:
    # Budget 10 over 4 voters: 2.50 each. X (8) is wanted by voter 1, Y (8) by voter 2. Nothing
    # can be bought until they have 8 (a raise of 5.50, so 6 whole units); at 8.50 both are
    # bought and 16 passes the budget. The run jumps from raise 0 to 6, and the outcome taken
    # is that of raise 5, when X's voter had 7.50.
    election = _election(10, {"X": 8, "Y": 8}, ["X", "Y", "", ""])
    assert [raise_ for raise_, _ in add1_steps(election)] == [0, 6]
    found = count(election, "equal-shares-add1")
    assert found.selected == []
    assert found.voter_budget == Fraction(15, 2)
    assert found.verdicts["X"].money_left == Fraction(15, 2)


def test_add1_stops_at_an_exhaustive_outcome() -> None:
    # Budget 8 over 2 voters (4 each). X (6) is wanted by both, Y (2) by voter 2 alone.
    # X: 3 each, leaving 1 and 1; Y needs 2 from voter 2, who has 1. With 5 each: X (3 each),
    # then Y from voter 2's 2 left: cost 8, nothing else fits: exhaustive, taken.
    election = _election(8, {"X": 6, "Y": 2}, ["X", "XY"])
    assert count(election, "equal-shares").selected == ["X"]
    found = count(election, "equal-shares-add1")
    assert found.selected == ["X", "Y"]
    assert found.voter_budget == 5


def test_ties_go_to_the_lexicographically_smallest_id() -> None:
    # Both voters want both projects; each costs the whole budget, so they tie on approvals
    # and on price, and only one can be bought. "10" comes before "9" as text, as in
    # pabutools' lexicographic tie-breaking.
    election = _election(10, {"9": 10, "10": 10}, [["9", "10"], ["9", "10"]])
    assert count(election, "greedy").selected == ["10"]
    assert count(election, "equal-shares").selected == ["10"]


def test_prices_are_exact_where_floats_would_drift() -> None:
    # Shares of 1/3 and 1/7: with floats 0.1 + 0.2 style rounding makes a tie look unequal.
    election = _election(21, {"P": 7, "Q": 7, "R": 7}, ["PQR"] * 3 + ["PQR"] * 4)
    found = count(election, "equal-shares")
    assert found.selected == ["P", "Q", "R"]
    assert all(found.verdicts[p].share == Fraction(1) for p in "PQR")
    assert found.voter_budget == 3


def _reference(path: Path, rule: str) -> list[str]:
    instance, profile = parse_pabulib(str(path))
    if rule == "greedy":
        chosen = greedy_utilitarian_welfare(instance, profile, sat_class=Cost_Sat)
    else:
        increment = 1 if rule == "equal-shares-add1" else None
        chosen = method_of_equal_shares(
            instance, profile, sat_class=Cost_Sat, voter_budget_increment=increment
        )
    return sorted(project.name for project in chosen)


@pytest.mark.parametrize("rule", ["greedy", "equal-shares", "equal-shares-add1"])
@pytest.mark.parametrize("name", FILES)
def test_outcome_equals_pabutools_on_real_votes(name: str, rule: str) -> None:
    path = PABULIB / name
    found = count(pb_read(path.read_text(encoding="utf-8")), rule)
    assert sorted(found.selected) == _reference(path, rule)


def _unit_steps_agree(election: Election) -> None:
    """Every whole raise up to the last one run has the outcome of the jump before it."""
    steps = add1_steps(election)
    start = election.budget / len(election.ballots)
    jumps = dict(steps)
    last = steps[-1][0]
    current = jumps[0].selected
    for raise_ in range(last + 1):
        current = jumps[raise_].selected if raise_ in jumps else current
        assert equal_shares_at(election, start + raise_)[0].selected == current, raise_


@pytest.mark.parametrize("name", ["Netherlands_Assen_2025.pb", "Netherlands_Amsterdam_588.pb"])
def test_add1_jumps_skip_no_outcome_on_real_votes(name: str) -> None:
    election = pb_read((PABULIB / name).read_text(encoding="utf-8"))
    assert len(add1_steps(election)) < add1_steps(election)[-1][0]
    _unit_steps_agree(election)


@pytest.mark.parametrize("seed", range(25))
def test_add1_jumps_skip_no_outcome_on_random_votes(seed: int) -> None:
    rng = random.Random(seed)
    costs = {f"{i:02d}": rng.randint(1, 40) * 5 for i in range(rng.randint(3, 9))}
    ballots = [[p for p in costs if rng.random() < 0.4] for _ in range(rng.randint(5, 30))]
    _unit_steps_agree(_election(rng.randint(100, 400), costs, ballots))


def test_add1_finishes_budapest_in_forints() -> None:
    # pabutools steps one forint per voter (about 153,000 times) and runs out of memory.
    election = pb_read((PABULIB / "Hungary_Budapest_2022_VIII_Jozsefvaros.pb").read_text())
    steps = add1_steps(election)
    assert steps[-1][0] > 100_000
    assert len(steps) < 1_000
    # The stop is not skipped over: one forint less still has the outcome before it.
    start = election.budget / len(election.ballots)
    (_, kept), (last, stopped) = steps[-2:]
    assert equal_shares_at(election, start + last - 1)[0].selected == kept.selected
    assert equal_shares_at(election, start + last)[0].selected == stopped.selected
    found = count(election, "equal-shares-add1")
    assert found.cost <= election.budget
    assert found.selected in (kept.selected, stopped.selected)
