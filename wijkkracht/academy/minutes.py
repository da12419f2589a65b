"""Net learning minutes and points, exactly: only the blocks a register counts (teaching), the
points rounded down as its rule file says, and presence compared with the threshold as a
fraction (140 of 155 minutes is 90.3 % and passes 90 %; 139 is 89.7 % and does not)."""

from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction

from wijkkracht.academy.registers import Register

# The kinds of block a session's programme has; registers name the ones that count.
BLOCK_KINDS = ("teaching", "break", "welcome", "award", "discussion", "other")
DEFAULT_THRESHOLD = Fraction(9, 10)


@dataclass(frozen=True)
class Block:
    kind: str
    minutes: int


def net_minutes(blocks: Iterable[Block], register: Register) -> int:
    return sum(block.minutes for block in blocks if block.kind in register.counted)


def passes(present: int, net: int, threshold: Fraction) -> bool:
    """Present for at least ``threshold`` of the net minutes (never with no net minutes)."""
    return net > 0 and Fraction(present, net) >= threshold


def points_text(points: Fraction) -> str:
    """2 or 2,5, as a Dutch page or paper shows points."""
    return str(int(points)) if points.denominator == 1 else f"{float(points):.1f}".replace(".", ",")


def points_json(points: Fraction) -> int | float:
    """2 for two points, 2.5 for two and a half: whole and half points are exact in JSON."""
    return int(points) if points.denominator == 1 else float(points)


def present_net(blocks: Iterable[Block], register: Register, late: int, early: int) -> int:
    """The counted minutes of a session someone was there for: the blocks follow each other
    from the start, and what falls before ``late`` minutes or in the last ``early`` minutes is
    missed (ten minutes late at a ten-minute welcome misses nothing)."""
    blocks = list(blocks)
    end = sum(block.minutes for block in blocks) - early
    present, start = 0, 0
    for block in blocks:
        stop = start + block.minutes
        if block.kind in register.counted:
            present += max(0, min(stop, end) - max(start, late))
        start = stop
    return present


def blocks_of(data: list[dict]) -> list[Block]:
    """Blocks as a course or session keeps them in JSON."""
    return [Block(item["kind"], int(item["minutes"])) for item in data]
