"""The accreditation registers' rules as versioned data files (``<key>.v<N>.json``), as the
impact instruments are: which programme blocks count, minutes per point and rounding, with
the register's number format and norm over its period, each with its source. The loader
reads what the computation of points needs; the rest is for the pages still to come."""

import json
from dataclasses import dataclass
from fractions import Fraction
from functools import cache
from pathlib import Path

FOLDER = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Register:
    key: str
    version: int
    counted: frozenset[str]
    minutes_per_point: int
    rounding: str  # "whole" or "half", always down

    def points(self, net_minutes: int) -> Fraction:
        """Points for net minutes, rounded down to whole or half points, exactly."""
        steps = 2 if self.rounding == "half" else 1
        return Fraction(net_minutes * steps // self.minutes_per_point, steps)


@cache
def register_keys() -> dict[str, int]:
    """Each register key with its newest version."""
    newest: dict[str, int] = {}
    for path in FOLDER.glob("*.v*.json"):
        key, _v, version = path.name.removesuffix(".json").rpartition(".v")
        newest[key] = max(newest.get(key, 0), int(version))
    return newest


@cache
def register_get(key: str) -> Register:
    """The newest version of a register; KeyError for an unknown key."""
    version = register_keys()[key]
    data = json.loads((FOLDER / f"{key}.v{version}.json").read_text(encoding="utf-8"))
    return Register(
        key=data["key"],
        version=data["version"],
        counted=frozenset(data["counted"]),
        minutes_per_point=data["minutes_per_point"],
        rounding=data["rounding"],
    )
