"""An approval election for a budget, in exact numbers."""

from collections import Counter
from dataclasses import dataclass, field
from fractions import Fraction


@dataclass(frozen=True)
class Project:
    id: str
    cost: Fraction
    name: str = ""


@dataclass
class Election:
    """Projects in their listed order, one approval set per ballot, and the budget."""

    budget: Fraction
    projects: dict[str, Project]
    ballots: list[frozenset[str]]
    meta: dict[str, str] = field(default_factory=dict)

    def approvals(self) -> Counter[str]:
        counted: Counter[str] = Counter({project_id: 0 for project_id in self.projects})
        for ballot in self.ballots:
            counted.update(ballot)
        return counted


def total_cost(election: Election, selected: list[str]) -> Fraction:
    return sum((election.projects[project_id].cost for project_id in selected), Fraction(0))
