"""Measurement rounds: the questionnaire from the instruments, who is asked, open and close."""

import datetime
import secrets

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from wijkkracht.activities.selectors import participants
from wijkkracht.core.models import Collective, Person, User
from wijkkracht.core.services.audit import audit_record
from wijkkracht.impact.instruments import Instrument, instrument_by_ref, instrument_get
from wijkkracht.impact.models import NAMED_REACHES, Reach, Round, Stage
from wijkkracht.impact.reach import named_group
from wijkkracht.members.selectors import member_list
from wijkkracht.participation.models import Kind, Per, Purpose
from wijkkracht.participation.selectors import roll
from wijkkracht.participation.services.surveys import (
    question_add,
    survey_close,
    survey_create,
    survey_open,
)


def _intro(instruments: list[Instrument], *, named: bool) -> str:
    """What the questionnaire says on top: anonymous or not, and each part's own instruction."""
    parts = [
        _(
            "U vult dit in met uw naam, zoals u afsprak. Alleen de coördinator ziet het, om u "
            "te bellen als het zwaar is."
        )
        if named
        else _("Uw antwoorden zijn anoniem. Niemand ziet wat u hebt ingevuld.")
    ]
    first = 1
    for instrument in instruments:
        last = first + len(instrument.items) - 1
        parts.append(
            _("Vraag %(first)d tot en met %(last)d: %(instruction)s")
            % {"first": first, "last": last, "instruction": instrument.instruction}
        )
        first = last + 1
    return "\n".join(parts)


def _checked(
    stage: str, reach: str, sample_size: int | None, activity_id: int | None, before: Round | None
) -> None:
    if stage == Stage.AFTER and (before is None or before.stage != Stage.BEFORE):
        raise ValidationError(_("Kies de voormeting waar deze nameting bij hoort."))
    if reach == Reach.SAMPLE and not sample_size:
        raise ValidationError(_("Zeg hoeveel leden in de steekproef komen."))
    if reach == Reach.ACTIVITY and activity_id is None:
        raise ValidationError(_("Kies de activiteit waarvan de deelnemers meedoen."))


@transaction.atomic
def round_create(
    *,
    actor: User | None,
    collective: Collective,
    title: str,
    stage: str,
    instruments: list[str],
    reach: str,
    period_start: datetime.date,
    period_end: datetime.date,
    sample_size: int | None = None,
    activity_id: int | None = None,
    before: Round | None = None,
) -> Round:
    """The round with its questionnaire in preparation: every item of every instrument as a
    question with the instrument's answers. A nameting asks the voormeting's people the
    voormeting's instruments, so the two can be compared."""
    if stage == Stage.AFTER and before is not None:
        chosen = [instrument_by_ref(ref) for ref in before.instruments]
        reach, activity_id = Reach.SAME, before.activity_id
    else:
        chosen = [instrument_get(key) for key in instruments]
    if not chosen:
        raise ValidationError(_("Kies minstens één vragenlijst."))
    if period_end < period_start:
        raise ValidationError(_("De einddatum ligt voor de begindatum."))
    _checked(stage, reach, sample_size, activity_id, before)
    named = reach in NAMED_REACHES or (
        stage == Stage.AFTER and before is not None and before.reach in NAMED_REACHES
    )
    survey = survey_create(
        actor=actor,
        collective=collective,
        title=title,
        intro=_intro(chosen, named=named),
        per=Per.PERSON,
        anonymous=not named,
        purpose=Purpose.MEASUREMENT,
        paired=stage in (Stage.BEFORE, Stage.AFTER),
        follows=before.survey if stage == Stage.AFTER and before else None,
    )
    for instrument in chosen:
        for item in instrument.items:
            question_add(
                actor=actor,
                survey=survey,
                kind=Kind.CHOICE,
                text=item.text,
                options=list(instrument.answers),
            )
    measurement = Round(
        collective=collective,
        title=title,
        stage=stage,
        reach=reach,
        sample_size=sample_size if reach == Reach.SAMPLE else None,
        activity_id=activity_id,
        before=before if stage == Stage.AFTER else None,
        instruments=[instrument.ref for instrument in chosen],
        period_start=period_start,
        period_end=period_end,
        survey=survey,
    )
    measurement.full_clean(exclude=["collective", "survey", "activity", "before"])
    measurement.save()
    audit_record(
        actor=actor, action="impact.round_create", target=measurement, collective=collective
    )
    return measurement


def invited(measurement: Round) -> list[Person]:
    """Who the round asks: the members, a random sample of them, the activity's people, or
    the voormeting's."""
    if measurement.reach == Reach.ACTIVITY and measurement.activity_id:
        return participants(measurement.activity_id)
    if measurement.reach in NAMED_REACHES:
        return named_group(measurement.reach)
    if measurement.reach == Reach.SAME and measurement.before:
        places = roll(measurement.before.survey).select_related("person")
        return [place.person for place in places]
    members = [member.person for member in member_list()]
    if measurement.reach == Reach.SAMPLE and measurement.sample_size:
        size = min(measurement.sample_size, len(members))
        return secrets.SystemRandom().sample(members, size)
    return members


@transaction.atomic
def round_open(*, actor: User | None, measurement: Round) -> Round:
    survey_open(actor=actor, survey=measurement.survey, persons=invited(measurement))
    audit_record(
        actor=actor,
        action="impact.round_open",
        target=measurement,
        collective=measurement.collective,
    )
    return measurement


@transaction.atomic
def round_close(*, actor: User | None, measurement: Round) -> Round:
    survey_close(actor=actor, survey=measurement.survey)
    audit_record(
        actor=actor,
        action="impact.round_close",
        target=measurement,
        collective=measurement.collective,
    )
    return measurement
