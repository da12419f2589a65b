"""Consultation before procurement: the criteria survey, the bid plan and the published report."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wijkkracht.core.models import Collective, User
from wijkkracht.core.services.audit import audit_record
from wijkkracht.participation.models import Consultation, Kind, Per
from wijkkracht.participation.services.surveys import MIN_OPTIONS, question_add, survey_create

# A criterion is weighed on the survey's 1-5 scale: how important is it to you?
IMPORTANT = 4


@transaction.atomic
def consultation_create(
    *,
    actor: User | None,
    collective: Collective,
    service: str,
    announced_by: str,
    description: str,
    criteria: list[str],
) -> Consultation:
    """The consultation with its survey in preparation: one importance question per criterion
    and an open question; the coordinator opens it for the members from the survey page."""
    if len(criteria) < MIN_OPTIONS:
        raise ValidationError(_("Geef minstens twee punten om te wegen, elk op een eigen regel."))
    survey = survey_create(
        actor=actor,
        collective=collective,
        title=_("Wat vindt u belangrijk bij: %s?") % service,
        intro=description,
        per=Per.PERSON,
        anonymous=True,
    )
    for criterion in criteria:
        question_add(
            actor=actor,
            survey=survey,
            kind=Kind.SCALE,
            text=_("Hoe belangrijk is dit voor u: %s") % criterion,
            options=[],
        )
    question_add(
        actor=actor, survey=survey, kind=Kind.OPEN, text=_("Wat vraagt u nog meer?"), options=[]
    )
    consultation = Consultation(
        collective=collective,
        service=service,
        announced_by=announced_by,
        description=description,
        criteria=criteria,
        survey=survey,
    )
    consultation.full_clean(exclude=["collective"])
    consultation.save()
    audit_record(
        actor=actor, action="consultation.create", target=consultation, collective=collective
    )
    return consultation


@transaction.atomic
def consultation_bid_set(
    *, actor: User | None, consultation: Consultation, bid_plan: str, bid_link: str
) -> Consultation:
    consultation.bid_plan, consultation.bid_link = bid_plan, bid_link
    consultation.full_clean(exclude=["collective"])
    consultation.save(update_fields=["bid_plan", "bid_link"])
    audit_record(
        actor=actor,
        action="consultation.bid",
        target=consultation,
        collective=consultation.collective,
    )
    return consultation


@transaction.atomic
def consultation_publish(*, actor: User | None, consultation: Consultation) -> Consultation:
    """Publish the criteria report for the collective; it needs answers to report on."""
    if not consultation.survey.responses.exists():
        raise ValidationError(_("Er zijn nog geen antwoorden. Publiceer als bewoners meededen."))
    consultation.published_at = timezone.now()
    consultation.save(update_fields=["published_at"])
    audit_record(
        actor=actor,
        action="consultation.publish",
        target=consultation,
        collective=consultation.collective,
    )
    return consultation
