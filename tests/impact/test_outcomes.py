"""Impact results as outcome scores from 0 to 100 for a contract's quality part, by hand."""

from decimal import Decimal

from django_scopes import scope

from tests.impact.conftest import YEAR, Neighbourhood, answer_all, make_round
from tests.impact.test_rounds import HIGH, MIDDLE
from wijkkracht.impact.outcomes import outcome_score
from wijkkracht.impact.services.rounds import round_close


def closed_round(wijk: Neighbourhood, sheets: list[list[str | None]]) -> None:
    measurement = make_round(wijk)
    answer_all(wijk, measurement, sheets)
    with scope(collective=wijk.collective):
        round_close(actor=None, measurement=measurement)


def test_means_and_shares_become_scores_where_higher_is_better(wijk: Neighbourhood) -> None:
    closed_round(wijk, [MIDDLE] * 6 + [HIGH] * 6)
    with scope(collective=wijk.collective):
        cohesion = outcome_score("impact:cbs-cohesion:total", *YEAR)
        loneliness = outcome_score("impact:djg6:total", *YEAR)
        lonely = outcome_score("impact:djg6:lonely", *YEAR)
    # Cohesion 7.25 of 10; loneliness 1.5 of 6, lower is better: 75; half are lonely: 50.
    assert cohesion.score == Decimal("72.5")
    assert loneliness.score == Decimal("75.0")
    assert lonely.score == Decimal("50.0")
    assert cohesion.source == "meting Buurtmeting 2025"


def test_no_score_from_fewer_than_ten_or_from_an_open_round(wijk: Neighbourhood) -> None:
    closed_round(wijk, [HIGH] * 9)
    open_round = make_round(wijk, title="Nog open")
    answer_all(wijk, open_round, [HIGH] * 12)
    with scope(collective=wijk.collective):
        few = outcome_score("impact:cbs-cohesion:total", *YEAR)
        other_year = outcome_score("impact:cbs-cohesion:total", YEAR[0].replace(year=2024), YEAR[0])
    assert few.score is None
    assert few.source == "meting Buurtmeting 2025: minder dan 10 antwoorden"
    assert other_year.score is None
    assert other_year.source == "geen afgesloten meting in deze periode"
