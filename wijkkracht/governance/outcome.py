"""Whether a members' meeting could decide and whether a proposal was adopted, in exact
fractions: 480 of 750 is 16/25, less than two thirds; 80 of 120 is exactly two thirds, which
"ten minste twee derden" includes and "meer dan de helft" of a half does not. Abstentions count
for presence, not in the votes cast."""

from dataclasses import dataclass
from fractions import Fraction

AT_LEAST = "at_least"  # ten minste: the share itself is enough
MORE_THAN = "more_than"  # meer dan: the share itself is not
RULES = (AT_LEAST, MORE_THAN)


def share(text: str) -> Fraction:
    """'2/3' or '1/2' as an exact fraction between 0 and 1; ValueError otherwise."""
    try:
        value = Fraction(text)
    except (ValueError, ZeroDivisionError):
        raise ValueError(text) from None
    if not 0 < value <= 1:
        raise ValueError(text)
    return value


def reaches(part: int, whole: int, needed: Fraction, rule: str) -> bool:
    """part/whole against the needed share; never with nothing to count."""
    if whole <= 0:
        return False
    found = Fraction(part, whole)
    return found >= needed if rule == AT_LEAST else found > needed


@dataclass(frozen=True)
class Outcome:
    quorate: bool
    adopted: bool
    cast: int


def outcome(
    *,
    eligible: int,
    present: int,
    represented: int,
    quorum: Fraction | None,
    votes_for: int,
    votes_against: int,
    abstentions: int,
    majority: Fraction,
    majority_rule: str,
) -> Outcome:
    """The presence quorum counts members present and represented by proxy ("ten minste");
    the majority is of the votes cast, for and against."""
    quorate = quorum is None or reaches(present + represented, eligible, quorum, AT_LEAST)
    cast = votes_for + votes_against
    adopted = quorate and reaches(votes_for, cast, majority, majority_rule)
    return Outcome(quorate=quorate, adopted=adopted, cast=cast)
