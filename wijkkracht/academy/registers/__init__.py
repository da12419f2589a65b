"""The accreditation registers' rules as versioned data files (``<key>.v<N>.json``), as the
impact instruments are: which programme blocks count, minutes per point, rounding, the format
of a register number and the norm over the register's period, each with its source."""

import datetime
import json
from dataclasses import dataclass
from fractions import Fraction
from functools import cache
from pathlib import Path

FOLDER = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Norm:
    period_years: int
    points: int
    accredited: int
    before: datetime.date | None  # a period ending before this date has the lower norm
    before_points: int
    before_accredited: int


@dataclass(frozen=True)
class Register:
    key: str
    version: int
    name: str
    source: str
    counted: frozenset[str]
    minutes_per_point: int
    rounding: str  # "whole" or "half", always down
    number_pattern: str
    number_label: str
    norm: Norm | None

    def points(self, net_minutes: int) -> Fraction:
        """Points for net minutes, rounded down to whole or half points, exactly."""
        steps = 2 if self.rounding == "half" else 1
        return Fraction(net_minutes * steps // self.minutes_per_point, steps)


def _norm(data: dict | None) -> Norm | None:
    if not data:
        return None
    before = data.get("before") or {}
    return Norm(
        period_years=data["period_years"],
        points=data["points"],
        accredited=data["accredited"],
        before=datetime.date.fromisoformat(before["date"]) if before else None,
        before_points=before.get("points", 0),
        before_accredited=before.get("accredited", 0),
    )


@cache
def register_by_ref(ref: str) -> Register:
    key, _at, version = ref.partition("@")
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
        norm=_norm(data["norm"]),
    )


def register_keys() -> dict[str, int]:
    """Each register key with its newest version."""
    newest: dict[str, int] = {}
    for path in FOLDER.glob("*.v*.json"):
        key, _v, version = path.name.removesuffix(".json").rpartition(".v")
        newest[key] = max(newest.get(key, 0), int(version))
    return newest


def register_get(key: str) -> Register:
    """The newest version of a register; KeyError for an unknown key."""
    return register_by_ref(f"{key}@{register_keys()[key]}")
