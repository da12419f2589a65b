"""The accreditation registers' rules as versioned data files (``<key>.v<N>.json``), as the
impact instruments are: which programme blocks count, minutes per point and rounding, with
the register's number format and norm over its period, each with its source."""

import datetime
import json
import re
from dataclasses import dataclass
from fractions import Fraction
from functools import cache
from pathlib import Path

FOLDER = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Norm:
    """What a professional must earn in one registration period."""

    points: int
    accredited: int


@dataclass(frozen=True)
class Register:
    key: str
    version: int
    name: str
    source: str
    counted: frozenset[str]
    minutes_per_point: int
    rounding: str  # "whole" or "half", always down
    number_pattern: str  # a register number's format; empty: the register has none
    number_label: str
    norm_data: dict | None

    def number_valid(self, number: str) -> bool:
        return bool(self.number_pattern) and re.fullmatch(self.number_pattern, number) is not None

    @property
    def period_years(self) -> int | None:
        return self.norm_data["period_years"] if self.norm_data else None

    def norm(self, period_end: datetime.date) -> Norm | None:
        """The norm for a period ending on ``period_end``: a lower one applies to periods that
        end before the date the file names (V&V: 147 points instead of 184 before 1 July 2027)."""
        if not self.norm_data:
            return None
        before = self.norm_data.get("before")
        if before and period_end < datetime.date.fromisoformat(before["date"]):
            return Norm(before["points"], before["accredited"])
        return Norm(self.norm_data["points"], self.norm_data["accredited"])

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
        name=data["name"],
        source=data["source"],
        counted=frozenset(data["counted"]),
        minutes_per_point=data["minutes_per_point"],
        rounding=data["rounding"],
        number_pattern=data["number_pattern"],
        number_label=data["number_label"],
        norm_data=data["norm"],
    )


def register_choices() -> list[tuple[str, str]]:
    return [(key, register_get(key).name) for key in sorted(register_keys())]
