"""The partner API's published results: a collective's finished impact rounds (a figure over
fewer than 10 people is null with suppressed true) and its published business cases (the
newest published version of each, with the net present value per party)."""

import datetime

from django.http import HttpRequest
from django.utils import timezone
from django_scopes import scope
from ninja import Router, Schema

from wijkkracht.core.api_keys import Error, PartnerToken, token_collective

router = Router(tags=["partners"])


class ImpactFigure(Schema):
    key: str
    label: str
    unit: str
    value: float | None
    low: float | None
    high: float | None
    national: float | None
    suppressed: bool


class ImpactPart(Schema):
    instrument: str
    source: str
    respondents: int | None
    figures: list[ImpactFigure]


class ImpactRound(Schema):
    title: str
    stage: str
    period_start: datetime.date
    period_end: datetime.date
    parts: list[ImpactPart]


class ImpactRounds(Schema):
    collective: str
    rounds: list[ImpactRound]


@router.get(
    "/collectives/{slug}/impact",
    response={200: ImpactRounds, 401: Error, 404: Error, 429: Error},
    auth=PartnerToken(),
    summary="Finished impact rounds: each instrument's figures beside the country",
)
def collective_impact(request: HttpRequest, slug: str) -> dict[str, object]:
    from wijkkracht.impact.models import Round
    from wijkkracht.impact.results import round_results

    collective = token_collective(request, slug)
    rounds = []
    with scope(collective=collective):
        for found in Round.objects.filter(survey__status="closed").select_related("survey"):
            parts = []
            for result in round_results(found):
                parts.append(
                    {
                        "instrument": result.instrument.name,
                        "source": result.instrument.source,
                        "respondents": result.respondents if result.shown else None,
                        "figures": [
                            {
                                "key": figure.key,
                                "label": figure.label,
                                "unit": figure.unit,
                                "value": figure.estimate.value if figure.estimate else None,
                                "low": figure.estimate.low if figure.estimate else None,
                                "high": figure.estimate.high if figure.estimate else None,
                                "national": figure.national,
                                "suppressed": figure.estimate is None,
                            }
                            for figure in result.figures
                        ],
                    }
                )
            rounds.append(
                {
                    "title": found.title,
                    "stage": found.stage,
                    "period_start": found.period_start,
                    "period_end": found.period_end,
                    "parts": parts,
                }
            )
    return {"collective": collective.name, "rounds": rounds}


class PartyValue(Schema):
    party: str
    costs: float
    benefits: float
    net: float


class PublishedCase(Schema):
    title: str
    version: int
    published_on: datetime.date
    horizon_years: int
    parties: list[PartyValue]


class PublishedCases(Schema):
    collective: str
    business_cases: list[PublishedCase]


@router.get(
    "/collectives/{slug}/businesscases",
    response={200: PublishedCases, 401: Error, 404: Error, 429: Error},
    auth=PartnerToken(),
    summary="Published social business cases: present values of costs and benefits per party",
    description="In euros, rounded to the cent; net is benefits minus costs.",
)
def collective_business_cases(request: HttpRequest, slug: str) -> dict[str, object]:
    from wijkkracht.businesscase.selectors import newest_published, scenario_case, scenario_outcome

    collective = token_collective(request, slug)
    cases = []
    with scope(collective=collective):
        for scenario in newest_published():
            case, outcome = scenario_case(scenario), scenario_outcome(scenario)
            if case is None or outcome is None or scenario.published_at is None:
                continue
            cases.append(
                {
                    "title": scenario.case.title,
                    "version": scenario.version,
                    "published_on": timezone.localtime(scenario.published_at).date(),
                    "horizon_years": case.horizon_years,
                    "parties": [
                        {
                            "party": party,
                            "costs": round(float(figures.pv_costs), 2),
                            "benefits": round(float(figures.pv_benefits), 2),
                            "net": round(float(figures.npv), 2),
                        }
                        for party, figures in outcome.by_stakeholder.items()
                    ],
                }
            )
    return {"collective": collective.name, "business_cases": cases}
