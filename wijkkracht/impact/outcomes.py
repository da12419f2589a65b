"""Impact results as outcome scores from 0 to 100 (100 is best), for what pays for quality.

A scale's mean is its place on the scale's range, turned so that higher is better (the
loneliness sum 1.5 of 0 to 6 scores 75); a share of people doing badly (lonely) scores
100 minus that share. The figure is the one of the latest closed round whose period ends
in the period asked; fewer than 10 respondents give no score.
"""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext as _

from wijkkracht.impact.instruments import Instrument, Scale, instrument_by_ref, instrument_choices
from wijkkracht.impact.models import Round
from wijkkracht.impact.results import round_results
from wijkkracht.participation.models import SurveyStatus

PREFIX = "impact"


@dataclass(frozen=True)
class Outcome:
    score: Decimal | None  # None: fewer than 10 respondents, or no round in the period
    source: str


def outcome_choices() -> list[tuple[str, str]]:
    """Every scale and share of every instrument, as (code, label)."""
    found = []
    for instrument in instrument_choices():
        for scale in instrument.scales:
            label = _("%(scale)s: gemiddelde als score") % {"scale": scale.label}
            found.append((f"{PREFIX}:{instrument.key}:{scale.key}", label))
        for share in instrument.shares:
            label = _("%(share)s: 100 min het percentage") % {"share": share.label}
            found.append((f"{PREFIX}:{instrument.key}:{share.key}", label))
    return found


def _scale_top(instrument: Instrument, scale: Scale) -> float:
    """The highest score the scale can give."""
    top_point = max(max(points.values()) for points in instrument.item_scores.values())
    if scale.method == "mean":
        return top_point * scale.factor
    items = [i for i in instrument.items if not scale.subscale or i.subscale == scale.subscale]
    return float(top_point * len(items))


def _round_in(key: str, start: datetime.date, end: datetime.date) -> Round | None:
    rounds = Round.objects.filter(
        period_end__range=(start, end), survey__status=SurveyStatus.CLOSED
    ).order_by("-period_end", "-pk")
    return next(
        (r for r in rounds if any(ref.partition("@")[0] == key for ref in r.instruments)), None
    )


def outcome_score(code: str, start: datetime.date, end: datetime.date) -> Outcome:
    """The score of `code` (``impact:<instrument>:<scale or share>``) over the period."""
    _prefix, key, figure_key = code.split(":")
    measurement = _round_in(key, start, end)
    if measurement is None:
        return Outcome(None, _("geen afgesloten meting in deze periode"))
    source = _("meting %(round)s") % {"round": measurement.title}
    for result in round_results(measurement):
        if result.instrument.key != key:
            continue
        instrument = instrument_by_ref(f"{key}@{result.instrument.version}")
        for figure in result.figures:
            if figure.key != figure_key:
                continue
            if figure.estimate is None:
                return Outcome(None, _("%(source)s: minder dan 10 antwoorden") % {"source": source})
            if figure.unit == "%":
                score = 100 - figure.estimate.value
            else:
                scale = next(s for s in instrument.scales if s.key == figure_key)
                place = figure.estimate.value / _scale_top(instrument, scale)
                score = 100 * (place if scale.higher_is == "better" else 1 - place)
            return Outcome(Decimal(str(round(score, 1))), source)
    return Outcome(None, source)
