"""Aggregates of scored respondents: what the pages, the exports and `score_survey` show."""

from typing import Any

from wijkkracht.impact.instruments import Instrument, Scale
from wijkkracht.impact.scoring import Scored
from wijkkracht.impact.statistics import Estimate, mean_estimate, share_estimate

DECIMALS = 2


def rounded(value: float | None) -> float | None:
    return None if value is None else round(value, DECIMALS)


def estimate_json(estimate: Estimate | None) -> dict[str, Any] | None:
    if estimate is None:
        return None
    return {
        "n": estimate.n,
        "value": rounded(estimate.value),
        "ci95": [rounded(estimate.low), rounded(estimate.high)],
    }


def _scale_json(scale: Scale, scored: list[Scored]) -> dict[str, Any]:
    values = [s.scores[scale.key] for s in scored]
    given = [value for value in values if value is not None]
    categories = [s.categories[scale.key] for s in scored if s.scores[scale.key] is not None]
    return {
        "label": scale.label,
        "scored": len(given),
        "missing": len(values) - len(given),
        "mean": estimate_json(mean_estimate(given)),
        "categories": {
            category.key: {
                "label": category.label,
                "count": categories.count(category.key),
                "percent": estimate_json(
                    share_estimate(categories.count(category.key), len(given))
                ),
            }
            for category in scale.categories
        },
    }


def share_counts(instrument: Instrument, scored: list[Scored]) -> dict[str, tuple[int, int]]:
    """Per reported share (lonely, severely lonely): how many of how many scored respondents."""
    categories = [s.category for s in scored if s.score is not None]
    return {
        share.key: (sum(1 for c in categories if c in share.categories), len(categories))
        for share in instrument.shares
    }


def shares_of(instrument: Instrument, scored: list[Scored]) -> dict[str, Estimate | None]:
    """The instrument's reported shares with their intervals."""
    return {
        key: share_estimate(count, n)
        for key, (count, n) in share_counts(instrument, scored).items()
    }


def aggregate(instrument: Instrument, scored: list[Scored]) -> dict[str, Any]:
    """Every scale's mean and categories, the reported shares, and the national figures."""
    national = instrument.national
    return {
        "respondents": len(scored),
        "scales": {scale.key: _scale_json(scale, scored) for scale in instrument.scales},
        "shares": {
            key: estimate_json(estimate) for key, estimate in shares_of(instrument, scored).items()
        },
        "national": {
            "year": national.year,
            "source": national.source,
            "mean": national.mean,
            "shares": national.shares,
        },
    }
