"""A round's results: scores per respondent, means and shares with their intervals, the change
since the previous round or between before and after, never for fewer than 10 people."""

from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext as _

from wijkkracht.impact.aggregate import share_counts, shares_of
from wijkkracht.impact.instruments import Instrument, instrument_by_ref
from wijkkracht.impact.models import Round, Stage
from wijkkracht.impact.scoring import Scored, score
from wijkkracht.impact.statistics import (
    Estimate,
    difference_estimate,
    mean_estimate,
    paired_change,
    share_difference,
)
from wijkkracht.participation.selectors import responses

Answers = list[tuple[str, Scored]]  # (pair key or "", scores) per respondent


def shown(n: int) -> bool:
    """Whether a figure over n people may be shown: never for fewer than the threshold (10)."""
    return n >= settings.SMALL_COUNT_THRESHOLD


@dataclass
class Figure:
    """One line of the results: a scale's mean or a share, with the national figure."""

    key: str
    label: str
    unit: str  # "" for a mean, "%" for a share
    estimate: Estimate | None  # None when fewer than 10 people: not shown
    national: float | None = None
    change: Estimate | None = None


@dataclass
class InstrumentResult:
    instrument: Instrument
    respondents: int
    figures: list[Figure] = field(default_factory=list)
    change_note: str = ""

    @property
    def shown(self) -> bool:
        return shown(self.respondents)


def round_parts(measurement: Round) -> list[tuple[str, Instrument, list[str]]]:
    """Each instrument of the round with the answer keys of its items: the questionnaire asks
    the instruments' items first, in the round's order."""
    questions = [str(pk) for pk in measurement.survey.questions.values_list("pk", flat=True)]
    start = 0
    parts = []
    for ref in measurement.instruments:
        instrument = instrument_by_ref(ref)
        parts.append((ref, instrument, questions[start : start + len(instrument.items)]))
        start += len(instrument.items)
    return parts


def round_answers(measurement: Round) -> dict[str, Answers]:
    """Per instrument reference, the scores of everyone who answered at least one of its
    items."""
    found: dict[str, Answers] = {ref: [] for ref in measurement.instruments}
    parts = round_parts(measurement)
    for answers, pair in responses(measurement.survey).values_list("answers", "pair_key"):
        for ref, instrument, keys in parts:
            values = [answers.get(key) for key in keys]
            if any(value is not None for value in values):
                found[ref].append((pair, score(instrument, values)))
    return found


def _figures(instrument: Instrument, scored: list[Scored]) -> list[Figure]:
    figures = []
    for scale in instrument.scales:
        values = [v for s in scored if (v := s.scores[scale.key]) is not None]
        national = instrument.national.mean if scale is instrument.total else None
        estimate = mean_estimate(values) if shown(len(values)) else None
        figures.append(Figure(scale.key, scale.label, "", estimate, national))
    for share, estimate in zip(
        instrument.shares, shares_of(instrument, scored).values(), strict=True
    ):
        visible = estimate if estimate and shown(estimate.n) else None
        national = instrument.national.shares.get(share.key)
        figures.append(Figure(share.key, share.label, "%", visible, national))
    return figures


def _since(
    instrument: Instrument, figures: list[Figure], now: list[Scored], then: list[Scored]
) -> None:
    """The change since the previous round in the neighbourhood: other people, so Welch."""
    counts_then, counts_now = share_counts(instrument, then), share_counts(instrument, now)
    for figure in figures:
        if figure.estimate is None:
            continue
        if figure.unit == "%":
            before, after = counts_then[figure.key], counts_now[figure.key]
            if shown(before[1]):
                figure.change = share_difference(before, after)
            continue
        old = [v for s in then if (v := s.scores[figure.key]) is not None]
        new = [v for s in now if (v := s.scores[figure.key]) is not None]
        if shown(len(old)):
            figure.change = difference_estimate(old, new)


def _paired(instrument: Instrument, figures: list[Figure], now: Answers, then: Answers) -> int:
    """The change for the same people before and after, per scale; returns the pairs."""
    earlier = {pair: scored for pair, scored in then if pair}
    pairs = [(earlier[pair], scored) for pair, scored in now if pair in earlier]
    for figure in figures:
        if figure.unit == "%" or figure.estimate is None:
            continue
        values = [
            (b, a)
            for before, after in pairs
            if (b := before.scores[figure.key]) is not None
            and (a := after.scores[figure.key]) is not None
        ]
        figure.change = paired_change(values) if shown(len(values)) else None
    return len(pairs)


def previous_round(measurement: Round) -> Round | None:
    """The neighbourhood round before this one, to compare with."""
    if measurement.stage != Stage.AREA:
        return measurement.before
    return (
        Round.objects.filter(stage=Stage.AREA, period_end__lt=measurement.period_end)
        .exclude(pk=measurement.pk)
        .order_by("-period_end")
        .first()
    )


def round_results(measurement: Round) -> list[InstrumentResult]:
    """Every instrument's figures, with the change since the previous round (neighbourhood)
    or for the same people since the voormeting (nameting)."""
    answers = round_answers(measurement)
    previous = previous_round(measurement)
    earlier = round_answers(previous) if previous else {}
    results = []
    for ref, answered in answers.items():
        instrument = instrument_by_ref(ref)
        scored = [s for _pair, s in answered]
        result = InstrumentResult(instrument, len(answered), _figures(instrument, scored))
        then = earlier.get(ref, [])
        if result.shown and then and measurement.stage == Stage.AREA and previous:
            _since(instrument, result.figures, scored, [s for _p, s in then])
            result.change_note = _("Verschil met %(round)s (andere mensen).") % {"round": previous}
        elif result.shown and then and measurement.stage == Stage.AFTER:
            pairs = _paired(instrument, result.figures, answered, then)
            result.change_note = (
                _("Verandering bij dezelfde %(pairs)d mensen sinds de voormeting.")
                % {"pairs": pairs}
                if shown(pairs)
                else _(
                    "Minder dan 10 mensen vulden beide keren in: de verandering blijft verborgen."
                )
            )
        results.append(result)
    return results
