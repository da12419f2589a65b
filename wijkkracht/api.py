"""The partner API: aggregates of one collective, behind a token the partner made."""

import datetime
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django_scopes import scope
from ninja import NinjaAPI, Schema, Status
from ninja.errors import AuthenticationError, HttpError

from wijkkracht.api_results import router as results
from wijkkracht.contracts.indigo import contract_indigo
from wijkkracht.contracts.models import Contract, ContractStatus
from wijkkracht.core.api_keys import Error, PartnerToken, TooManyCallsError, token_collective
from wijkkracht.core.health import readiness
from wijkkracht.core.middleware import API_VERSION
from wijkkracht.core.models import ApiToken
from wijkkracht.core.selectors import role_counts_for_partners, suppress_small
from wijkkracht.outreach.models import Round
from wijkkracht.outreach.selectors import round_figures

api = NinjaAPI(
    title="Wijkkracht API",
    version=API_VERSION,
    description=(
        "Cijfers van een bewonerscollectief voor partners (gemeente, zorgverzekeraar). "
        "Alleen totalen: aantallen onder de 10 worden niet getoond."
    ),
    docs_url=None,
    urls_namespace="api-1",  # the URL names stay those of the major version
)
api.add_router("", results)


MAX_ID_DIGITS = 18  # a 64-bit primary key


@api.exception_handler(AuthenticationError)
def _unauthorised(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    return api.create_response(
        request, {"detail": "Geen geldige API-sleutel, of de sleutel is verlopen."}, status=401
    )


@api.exception_handler(TooManyCallsError)
def _too_many(request: HttpRequest, exc: TooManyCallsError) -> HttpResponse:
    response = api.create_response(request, {"detail": str(exc)}, status=429)
    response["Retry-After"] = str(exc.retry_after)
    return response


class Health(Schema):
    status: str


class RoleFigures(Schema):
    collective: str
    members: int | None
    volunteers: int | None
    residents: int | None
    suppressed_below: int


@api.get("/health", response=Health, summary="Is the service up?", tags=["platform"])
def health(request: HttpRequest) -> dict[str, str]:
    return {"status": "ok"}


class Readiness(Schema):
    status: str
    database: bool
    migrations: bool
    redis: bool | None


@api.get(
    "/ready",
    response={200: Readiness, 503: Readiness},
    summary="Can this app server take requests?",
    description=(
        "For the load balancer: 200 when the database answers and every migration is applied, "
        "else 503. Redis is reported; without it pages still work (status 'degraded')."
    ),
    tags=["platform"],
)
def ready(request: HttpRequest) -> Status:
    ok, checks = readiness()
    if not ok:
        return Status(503, {"status": "unavailable", **checks})
    return Status(200, {"status": "degraded" if checks["redis"] is False else "ok", **checks})


@api.get(
    "/collectives/{slug}/figures",
    response={200: RoleFigures, 401: Error, 404: Error, 429: Error},
    auth=PartnerToken(),
    summary="Aggregate figures of one collective",
    tags=["partners"],
)
def collective_figures(request: HttpRequest, slug: str) -> dict[str, object]:
    collective = token_collective(request, slug)
    with scope(collective=collective):
        counts = role_counts_for_partners()
    return {
        "collective": collective.name,
        "members": counts["member"],
        "volunteers": counts["volunteer"],
        "residents": counts["resident"],
        "suppressed_below": settings.SMALL_COUNT_THRESHOLD,
    }


class RoundFigures(Schema):
    name: str
    starts_on: datetime.date
    ends_on: datetime.date
    doors: int | None
    rung: int | None
    reached: int | None
    questions: int | None
    hand_offs: int | None


class OutreachFigures(Schema):
    collective: str
    rounds: list[RoundFigures]
    suppressed_below: int


@api.get(
    "/collectives/{slug}/outreach",
    response={200: OutreachFigures, 401: Error, 404: Error, 429: Error},
    auth=PartnerToken(),
    summary="Ringing doorbells: each round's doors, visits and hand-offs",
    tags=["partners"],
)
def collective_outreach(request: HttpRequest, slug: str) -> dict[str, object]:
    collective = token_collective(request, slug)
    with scope(collective=collective):
        rounds = [(found, round_figures(found)[0]) for found in Round.objects.order_by("starts_on")]
    return {
        "collective": collective.name,
        "rounds": [
            {
                "name": found.name,
                "starts_on": found.starts_on,
                "ends_on": found.ends_on,
                **{
                    key: suppress_small(getattr(figures, key))
                    for key in ("doors", "rung", "reached", "questions", "hand_offs")
                },
            }
            for found, figures in rounds
        ],
        "suppressed_below": settings.SMALL_COUNT_THRESHOLD,
    }


@api.get(
    "/contracts/{contract_id}/indigo.json",
    response={200: dict[str, Any], 401: Error, 404: Error, 429: Error},
    auth=PartnerToken(),
    summary="A signed neighbourhood contract in the INDIGO data standard",
    description=(
        "The contract's rules as outcome metrics and pricing, who pays, the area, and the "
        "published statements as actual outcome payments (INDIGO project schema, April 2024)."
    ),
    tags=["partners"],
)
def contract_indigo_json(request: HttpRequest, contract_id: str) -> dict[str, Any]:
    api_token: ApiToken = request.auth  # type: ignore[attr-defined]
    # The id as the URL has it; anything else, or a number no row can have, is not found.
    if not contract_id.isdigit() or len(contract_id) > MAX_ID_DIGITS:
        raise HttpError(404, "Niet gevonden.")
    with scope(collective=api_token.collective):
        contract = (
            Contract.objects.exclude(status=ContractStatus.DRAFT)
            .select_related("collective")
            .filter(pk=int(contract_id))
            .first()
        )
        if contract is None:
            raise HttpError(404, "Niet gevonden.")
        return contract_indigo(contract)


class Figure(Schema):
    key: str
    label: str
    value: float | None
    suppressed: bool


class PeriodFigures(Schema):
    collective: str
    period: str
    start: datetime.date
    end: datetime.date
    figures: list[Figure]
    suppressed_below: int


@api.get(
    "/collectives/{slug}/activity",
    response={200: PeriodFigures, 400: Error, 401: Error, 404: Error, 429: Error},
    auth=PartnerToken(),
    summary="What the collective did in a calendar year, quarter or month",
    description=(
        "period: a calendar year (2026; this year when left out). Quarters (2026-K3) and "
        "months (2026-07) are refused for now: beside the year they lie in they could be "
        "subtracted to single out a few people. A count of 1-9 is null "
        "with suppressed true, and so is a count that differs by 1-9 from one released before "
        "for the same year (subtracted, they would single out a few people); hours are null "
        "where fewer than 10 volunteers wrote them."
    ),
    tags=["partners"],
)
def collective_activity(request: HttpRequest, slug: str, period: str = "") -> dict[str, object]:
    from wijkkracht.federation.figures import COLUMNS, collective_figures
    from wijkkracht.federation.periods import period_shown

    collective = token_collective(request, slug)
    period = period or str(timezone.localdate().year)
    dates, reason = period_shown(period)
    if dates is None:
        raise HttpError(400, reason)
    shown = collective_figures(collective, period, dates)
    figures = [
        {
            "key": column.key,
            "label": str(column.label),
            "value": None if (value := shown[column.key]) is None else float(value),
            "suppressed": shown[column.key] is None,
        }
        for column in COLUMNS
    ]
    return {
        "collective": collective.name,
        "period": period,
        "start": dates[0],
        "end": dates[1],
        "figures": figures,
        "suppressed_below": settings.SMALL_COUNT_THRESHOLD,
    }
