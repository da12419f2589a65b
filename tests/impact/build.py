"""Collective A's measurement, open, for the isolation walk and the browser's page registry."""

import datetime
from dataclasses import dataclass

from django_scopes import scope

from wijkkracht.core.models import Collective
from wijkkracht.impact.services.rounds import round_create, round_open


@dataclass(frozen=True)
class ImpactIds:
    round_id: int


def impact_build(collective: Collective) -> ImpactIds:
    with scope(collective=collective):
        measurement = round_create(
            actor=None,
            collective=collective,
            title="Dorpsmeting 2026",
            stage="area",
            instruments=["cbs-cohesion", "djg6"],
            reach="members",
            period_start=datetime.date(2025, 7, 1),
            period_end=datetime.date(2026, 6, 30),
        )
        round_open(actor=None, measurement=measurement)
        return ImpactIds(round_id=measurement.pk)
