"""The validated scales, as data: one JSON file per instrument and version (`djg6.v1.json`).

A round keeps the key and version it was made with, so a corrected or extended definition
becomes a new file (`v2`) and old rounds are scored as they were asked.
"""

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

FOLDER = Path(__file__).parent


@dataclass(frozen=True)
class Item:
    number: int
    text: str
    keyed: str
    subscale: str
    points: str  # how its answers count, for the user: "“ja” 1, “min of meer” 1, “nee” 0"


@dataclass(frozen=True)
class Category:
    key: str
    label: str
    low: float
    high: float


@dataclass(frozen=True)
class Scale:
    key: str
    label: str
    subscale: str  # empty: all items
    method: str  # "sum" of item scores, or "mean" times factor
    factor: float
    max_missing: int
    missing_rule: str
    higher_is: str
    categories: tuple[Category, ...]

    def category_of(self, score: float) -> str | None:
        for category in self.categories:
            if category.low <= score <= category.high:
                return category.key
        return None


@dataclass(frozen=True)
class Share:
    key: str
    label: str
    categories: tuple[str, ...]


@dataclass(frozen=True)
class National:
    year: int | None
    source: str
    mean: float | None
    range: str
    shares: dict[str, float]


@dataclass(frozen=True)
class Instrument:
    key: str
    version: int
    name: str
    instruction: str
    source: str  # short, for the infographic
    citation: str
    answers: tuple[str, ...]
    aliases: dict[str, str]
    item_scores: dict[str, dict[str, int]]
    items: tuple[Item, ...]
    scales: tuple[Scale, ...]
    shares: tuple[Share, ...]
    national: National

    @property
    def ref(self) -> str:
        return f"{self.key}@{self.version}"

    @property
    def total(self) -> Scale:
        return self.scales[0]

    def maximum(self, scale: Scale) -> float:
        """The highest score the scale can give (6 for djg6, 10 for cohesion)."""
        top = max(max(points.values()) for points in self.item_scores.values())
        if scale.method == "mean":
            return top * scale.factor
        return top * sum(
            1 for i in self.items if not scale.subscale or i.subscale == scale.subscale
        )


def _instrument(data: dict) -> Instrument:
    scales = tuple(
        Scale(
            key=scale["key"],
            label=scale["label"],
            subscale=scale["subscale"],
            method=scale["method"],
            factor=scale.get("factor", 1),
            max_missing=scale["max_missing"],
            missing_rule=scale["missing_rule"],
            higher_is=scale["higher_is"],
            categories=tuple(
                Category(c["key"], c["label"], c["from"], c["to"]) for c in scale["categories"]
            ),
        )
        for scale in data["scales"]
    )
    return Instrument(
        key=data["key"],
        version=data["version"],
        name=data["name"],
        instruction=data["instruction"],
        source=data["source"],
        citation=data["citation"],
        answers=tuple(data["answers"]),
        aliases=data["aliases"],
        item_scores=data["item_scores"],
        items=tuple(
            Item(
                number,
                item["text"],
                item["keyed"],
                item.get("subscale", ""),
                ", ".join(f"“{a}” {p}" for a, p in data["item_scores"][item["keyed"]].items()),
            )
            for number, item in enumerate(data["items"], start=1)
        ),
        scales=scales,
        shares=tuple(Share(s["key"], s["label"], tuple(s["categories"])) for s in data["shares"]),
        national=National(**data["national"]),
    )


@cache
def _all() -> dict[str, Instrument]:
    found = {}
    for path in sorted(FOLDER.glob("*.v*.json")):
        instrument = _instrument(json.loads(path.read_text(encoding="utf-8")))
        found[instrument.ref] = instrument
    return found


def instrument_get(key: str, version: int | None = None) -> Instrument:
    """The instrument by key, in this version or the newest; KeyError when unknown."""
    versions = [i for i in _all().values() if i.key == key]
    if version is not None:
        versions = [i for i in versions if i.version == version]
    if not versions:
        raise KeyError(key)
    return max(versions, key=lambda i: i.version)


def instrument_by_ref(ref: str) -> Instrument:
    key, _at, version = ref.partition("@")
    return instrument_get(key, int(version))


def instrument_choices() -> list[Instrument]:
    """The newest version of every instrument, in a fixed order."""
    newest: dict[str, Instrument] = {}
    for instrument in _all().values():
        if instrument.version >= newest.get(instrument.key, instrument).version:
            newest[instrument.key] = instrument
    return [newest[key] for key in sorted(newest)]
