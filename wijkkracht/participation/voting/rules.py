"""The counting rules by name, as the `.pb` command and the pages name them."""

from collections.abc import Callable

from wijkkracht.participation.voting.election import Election
from wijkkracht.participation.voting.equal_shares import equal_shares, equal_shares_add1
from wijkkracht.participation.voting.greedy import greedy
from wijkkracht.participation.voting.outcome import Outcome

RULES: dict[str, Callable[[Election], Outcome]] = {
    "greedy": greedy,
    "equal-shares": equal_shares,
    "equal-shares-add1": equal_shares_add1,
}
DEFAULT_RULE = "equal-shares-add1"


def count(election: Election, rule: str) -> Outcome:
    return RULES[rule](election)
