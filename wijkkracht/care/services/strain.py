"""Carer strain followed up: a carer who answered the EDIZ by name (with consent) and scored
at or above the collective's threshold gets a call from the coordinator. The score is never
shown; the coordinator sees only that a call is due."""

from django.db import IntegrityError, transaction
from django.utils import timezone

from wijkkracht.care.models import Settings, StrainCall
from wijkkracht.core.models import Collective, User
from wijkkracht.core.services.audit import audit_record
from wijkkracht.impact.models import NAMED_REACHES, Round
from wijkkracht.impact.results import round_parts
from wijkkracht.impact.scoring import score
from wijkkracht.participation.models import Response

EDIZ = "ediz"


def settings_get(collective: Collective) -> Settings:
    found, _created = Settings.objects.get_or_create(collective=collective)
    return found


def _ediz_scores(measurement: Round) -> list[tuple[Response, float | None]]:
    """Each named response's EDIZ score."""
    for _ref, instrument, keys in round_parts(measurement):
        if instrument.key == EDIZ:
            return [
                (response, score(instrument, [response.answers.get(key) for key in keys]).score)
                for response in measurement.survey.responses.filter(person__isnull=False)
            ]
    return []


def strain_check(collective: Collective) -> int:
    """Make a call for every named EDIZ answer at or above the threshold, once per answer
    (also when the check runs twice at once). Returns how many are new."""
    threshold = settings_get(collective).strain_threshold
    made = 0
    for measurement in Round.objects.filter(reach__in=NAMED_REACHES).select_related("survey"):
        for response, points in _ediz_scores(measurement):
            if points is None or points < threshold or response.person_id is None:
                continue
            try:
                with transaction.atomic():
                    StrainCall.objects.create(
                        collective=collective, carer_id=response.person_id, response=response
                    )
            except IntegrityError:
                continue  # this answer has its call already
            made += 1
    return made


@transaction.atomic
def strain_call_done(*, actor: User, call: StrainCall, note: str) -> StrainCall:
    call.done_at = timezone.now()
    call.done_by = actor
    call.note = note.strip()
    call.save(update_fields=["done_at", "done_by", "note"])
    audit_record(
        actor=actor,
        action="care.strain_call_done",
        target=call,
        collective=call.carer.collective,
        on_behalf_of=call.carer,
    )
    return call
