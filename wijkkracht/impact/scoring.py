"""Score one respondent on one instrument, exactly by the instrument's published rules."""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from wijkkracht.impact.instruments import Instrument, Scale


class AnswerError(ValueError):
    """An answer that is not one of the instrument's answer texts; ``item`` counts from 1."""

    def __init__(self, item: int, value: str) -> None:
        super().__init__(item, value)
        self.item = item
        self.value = value


@dataclass(frozen=True)
class Scored:
    """A respondent's scores: per scale key a number, or None when too much is missing."""

    scores: dict[str, float | None]
    categories: dict[str, str | None]

    @property
    def score(self) -> float | None:
        return next(iter(self.scores.values()))

    @property
    def category(self) -> str | None:
        return next(iter(self.categories.values()))


def answer_normal(instrument: Instrument, value: str | None) -> str | None:
    """The answer as the instrument spells it; None for an empty one. Case and spaces do not
    matter ("Min of meer ", "min-of-meer" where the manual writes it so)."""
    text = " ".join((value or "").split()).lower()
    if not text:
        return None
    text = instrument.aliases.get(text, text)
    if text not in instrument.answers:
        raise AnswerError(0, value or "")
    return text


def _scale_score(scale: Scale, points: list[int | None]) -> float | None:
    given = [point for point in points if point is not None]
    if len(points) - len(given) > scale.max_missing or not given:
        return None
    if scale.method == "mean":
        return sum(given) / len(given) * scale.factor
    return float(sum(given))


def score(instrument: Instrument, answers: list[str | None]) -> Scored:
    """Score answers given in the instrument's item order; raise AnswerError for a text
    that is not one of its answers."""
    points: list[int | None] = []
    for item, value in zip(instrument.items, answers, strict=True):
        try:
            answer = answer_normal(instrument, value)
        except AnswerError:
            raise AnswerError(item.number, value or "") from None
        points.append(None if answer is None else instrument.item_scores[item.keyed][answer])
    scores: dict[str, float | None] = {}
    categories: dict[str, str | None] = {}
    for scale in instrument.scales:
        chosen = [
            point
            for item, point in zip(instrument.items, points, strict=True)
            if not scale.subscale or item.subscale == scale.subscale
        ]
        found = _scale_score(scale, chosen)
        scores[scale.key] = found
        categories[scale.key] = None if found is None else scale.category_of(found)
    return Scored(scores, categories)


def answers_message(instrument: Instrument) -> str:
    return _("Kies een van: %s.") % ", ".join(f"“{answer}”" for answer in instrument.answers)
