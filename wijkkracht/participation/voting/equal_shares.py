"""The Method of Equal Shares with cost utilities, exact, and its completion by `add1`.

As pabutools' `method_of_equal_shares` with `Cost_Sat` and lexicographic tie-breaking: each
voter gets an equal part of the budget; a project is bought by its supporters, each paying an
equal share or all they have left; the project whose price per euro of cost is lowest goes first.

`add1` raises every voter's money by one unit and runs again, until the outcome uses the budget
up (take it) or would exceed it (take the one before). Stepping one unit at a time is slow when
the currency is small (forints), so a run also says how far the voter budget can grow before any
comparison it made could turn. Every number in a run is an affine function of the voter budget
b, so every comparison keeps its result up to the point where the two lines cross; until the
first such point the run, and therefore its outcome, is the same, and no raise in between
needs to be run. The tests check this against stepping one unit at a time.

Inside a run the numbers are GMP rationals (gmpy2's mpq): exact like `Fraction`, seven times
faster here. What a run reports comes out as `Fraction`.
"""

from collections import Counter
from dataclasses import dataclass
from fractions import Fraction
from math import ceil

from gmpy2 import mpq

from wijkkracht.participation.voting.election import Election, total_cost
from wijkkracht.participation.voting.outcome import Outcome, Verdict


def _fraction(value: mpq) -> Fraction:
    return Fraction(int(value.numerator), int(value.denominator))


def _mpq(value: Fraction) -> mpq:
    return mpq(value.numerator, value.denominator)


@dataclass
class _Line:
    """An amount at the current voter budget b, and how fast it grows with b."""

    value: mpq
    slope: mpq

    def minus(self, other: "_Line") -> "_Line":
        return _Line(self.value - other.value, self.slope - other.slope)


ZERO = _Line(mpq(0), mpq(0))


class _Votes:
    """The ballots grouped: voters with the same ballot always have the same money left."""

    def __init__(self, election: Election) -> None:
        self.election = election
        counted = Counter(election.ballots)
        groups = list(counted)
        self.sizes = [counted[ballot] for ballot in groups]
        supporters = {
            project_id: [g for g, ballot in enumerate(groups) if project_id in ballot]
            for project_id, project in election.projects.items()
            if project.cost > 0
        }
        self.supporters = {p: groups for p, groups in supporters.items() if groups}
        # What does not depend on the voter budget is worked out once, not in every run.
        self.costs = {p: _mpq(election.projects[p].cost) for p in self.supporters}
        self.first_prices = {
            p: _Line(mpq(1, sum(self.sizes[g] for g in groups)), mpq(0))
            for p, groups in self.supporters.items()
        }


class _Run:
    """One run of Equal Shares at voter budget b, noting where it could first turn out otherwise.

    Like pabutools it looks at projects in the order of their last known price: a price only
    rises as voters spend, so once a last known price is above the best price of the round, the
    project cannot win it (and the comparison is noted for the horizon).
    """

    def __init__(self, votes: _Votes, voter_budget: Fraction) -> None:
        self.votes = votes
        self.costs = votes.costs
        self.b = _mpq(voter_budget)
        self.horizon: mpq | None = None
        self.budgets = [_Line(self.b, mpq(1)) for _ in votes.sizes]
        self.prices = dict(votes.first_prices)

    def compare(self, difference: _Line) -> None:
        """Note where `difference` (now >= 0 or < 0) first reaches or passes zero as b grows."""
        if difference.slope == 0:
            return
        if difference.value == 0:
            turn = self.b
        elif (difference.value > 0) == (difference.slope < 0):
            turn = self.b - difference.value / difference.slope
        else:
            return
        if self.horizon is None or turn < self.horizon:
            self.horizon = turn

    def money(self, project_id: str) -> _Line:
        sizes, budgets = self.votes.sizes, self.budgets
        groups = self.votes.supporters[project_id]
        return _Line(
            sum((sizes[g] * budgets[g].value for g in groups), mpq(0)),
            sum((sizes[g] * budgets[g].slope for g in groups), mpq(0)),
        )

    def share(self, project_id: str) -> _Line:
        """The least q with sum(min(budget, q)) = cost over the supporters: each one's cap."""
        cost, sizes = self.costs[project_id], self.votes.sizes
        groups = sorted(self.votes.supporters[project_id], key=lambda g: self.budgets[g].value)
        paid, paid_slope = mpq(0), mpq(0)
        payers = sum(sizes[g] for g in groups)
        for g in groups:
            if (cost - paid) / payers <= self.budgets[g].value:
                break
            paid += sizes[g] * self.budgets[g].value
            paid_slope += sizes[g] * self.budgets[g].slope
            payers -= sizes[g]
        share = _Line((cost - paid) / payers, -paid_slope / payers)
        for g in groups:
            self.compare(self.budgets[g].minus(share))
        return share

    def pay(self, project_id: str, share: _Line) -> None:
        for g in self.votes.supporters[project_id]:
            budget = self.budgets[g]
            self.budgets[g] = budget.minus(share) if budget.value >= share.value else ZERO

    def best(self, remaining: set[str]) -> tuple[str, _Line] | None:
        """Price the projects that could win this round; drop those their voters cannot pay."""
        shares: dict[str, _Line] = {}
        skipped: list[str] = []
        best: str | None = None
        for p in sorted(remaining, key=lambda p: (self.prices[p].value, p)):
            if best is not None and self.prices[p].value > self.prices[best].value:
                skipped.append(p)
                continue
            money = self.money(p)
            self.compare(money.minus(_Line(self.costs[p], mpq(0))))
            if money.value < self.costs[p]:
                remaining.discard(p)
                continue
            shares[p] = self.share(p)
            self.prices[p] = _Line(shares[p].value / self.costs[p], shares[p].slope / self.costs[p])
            if best is None or (self.prices[p].value, p) < (self.prices[best].value, best):
                best = p
        if best is None:
            return None
        for p in [*shares, *skipped]:
            self.compare(self.prices[p].minus(self.prices[best]))
        return best, shares[best]

    def outcome(self, rule: str) -> Outcome:
        remaining = set(self.votes.supporters)
        election = self.votes.election
        selected: list[str] = []
        verdicts: dict[str, Verdict] = {}
        while found := self.best(remaining):
            best, share = found
            self.pay(best, share)
            remaining.discard(best)
            selected.append(best)
            verdicts[best] = Verdict(funded=True, round=len(selected), share=_fraction(share.value))
        for project_id in election.projects:
            if project_id not in verdicts:
                money = self.money(project_id).value if project_id in self.costs else mpq(0)
                verdicts[project_id] = Verdict(funded=False, money_left=_fraction(money))
        return Outcome(
            rule,
            election.budget,
            selected,
            verdicts,
            cost=total_cost(election, selected),
            voter_budget=_fraction(self.b),
        )


def equal_shares_at(election: Election, voter_budget: Fraction) -> tuple[Outcome, Fraction | None]:
    """Run Equal Shares with this much money per voter; also return the first voter budget at
    which the outcome could differ (None: never)."""
    return _at(_Votes(election), voter_budget)


def _at(votes: _Votes, voter_budget: Fraction) -> tuple[Outcome, Fraction | None]:
    run = _Run(votes, voter_budget)
    found = run.outcome("equal-shares")
    return found, None if run.horizon is None else _fraction(run.horizon)


def _start(election: Election) -> Fraction:
    return election.budget / len(election.ballots)


def equal_shares(election: Election) -> Outcome:
    """Equal Shares without completion: each voter gets budget / number of voters."""
    if not election.ballots:
        return Outcome("equal-shares", election.budget, [])
    found, _ = equal_shares_at(election, _start(election))
    return found


def _exhaustive(election: Election, found: Outcome, candidates: set[str]) -> bool:
    left = election.budget - found.cost
    return all(
        election.projects[project_id].cost > left
        for project_id in candidates
        if project_id not in found.selected
    )


def add1_steps(election: Election) -> list[tuple[int, Outcome]]:
    """The raises (in whole units per voter) that `add1` runs, with their outcomes; the last
    outcome decides."""
    empty = Outcome("equal-shares-add1", election.budget, [])
    if not election.ballots:
        return [(0, empty)]
    start = _start(election)
    votes = _Votes(election)
    candidates = set(votes.supporters)
    steps: list[tuple[int, Outcome]] = []
    raise_ = 0
    while True:
        found, horizon = _at(votes, start + raise_)
        found.rule = "equal-shares-add1"
        steps.append((raise_, found))
        if found.cost > election.budget or _exhaustive(election, found, candidates):
            return steps
        if horizon is None:
            return steps
        raise_ = max(raise_ + 1, ceil(horizon - start))


def equal_shares_add1(election: Election) -> Outcome:
    """Equal Shares completed by raising every voter's money one unit at a time (Assen, Swiecie)."""
    steps = add1_steps(election)
    last, found = steps[-1]
    if found.cost <= election.budget:
        return found
    if len(steps) == 1:
        return Outcome("equal-shares-add1", election.budget, [])
    # The raise just below the stop has the same outcome as the step before it (no comparison
    # turned in between); running it gives the money as it was at the last raise taken.
    found, _ = _at(_Votes(election), _start(election) + last - 1)
    found.rule = "equal-shares-add1"
    return found
