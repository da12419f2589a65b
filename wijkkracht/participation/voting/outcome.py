"""What a rule decided, and why, per project."""

from dataclasses import dataclass, field
from fractions import Fraction


@dataclass(frozen=True)
class Verdict:
    """Why one project was or was not funded.

    `round` is the place in the order of funding. `share` is the most one supporter paid
    (Equal Shares). `money_left` is what was left when the project was passed over: the
    budget (greedy) or its supporters' money together (Equal Shares).
    """

    funded: bool
    round: int = 0
    share: Fraction | None = None
    money_left: Fraction | None = None


@dataclass
class Outcome:
    rule: str
    budget: Fraction
    selected: list[str]
    verdicts: dict[str, Verdict] = field(default_factory=dict)
    cost: Fraction = Fraction(0)
    # Equal Shares: the money each voter had to spend in the run that was taken.
    voter_budget: Fraction | None = None
