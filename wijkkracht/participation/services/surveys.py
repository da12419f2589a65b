"""Residents' surveys: questions, opening with a roll, answers online and from paper codes."""

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from wijkkracht.core.models import Collective, Person, User
from wijkkracht.core.services.audit import audit_record
from wijkkracht.members.selectors import member_list
from wijkkracht.participation.models import (
    Channel,
    Kind,
    Per,
    Purpose,
    Question,
    Response,
    Survey,
    SurveyStatus,
)
from wijkkracht.participation.services.codes import pair_key, roll_fill, take_part

SCALE = range(1, 6)
OPEN_MAX = 2000
MIN_OPTIONS = 2


@transaction.atomic
def survey_create(
    *,
    actor: User | None,
    collective: Collective,
    title: str,
    intro: str,
    per: str,
    anonymous: bool,
    purpose: str = Purpose.SURVEY,
    paired: bool = False,
    follows: Survey | None = None,
) -> Survey:
    survey = Survey(
        collective=collective,
        title=title,
        intro=intro,
        per=per,
        anonymous=anonymous,
        purpose=purpose,
        paired=paired,
        follows=follows,
    )
    survey.full_clean(exclude=["collective"])
    survey.save()
    audit_record(actor=actor, action="survey.create", target=survey, collective=collective)
    return survey


@transaction.atomic
def question_add(
    *, actor: User | None, survey: Survey, kind: str, text: str, options: list[str]
) -> Question:
    survey = Survey.objects.select_for_update().get(pk=survey.pk)
    if survey.status != SurveyStatus.DRAFT:
        raise ValidationError(_("De enquête is al open: de vragen veranderen niet meer."))
    needs_options = kind in (Kind.CHOICE, Kind.MULTIPLE, Kind.RANKING)
    if needs_options and len(options) < MIN_OPTIONS:
        raise ValidationError(_("Geef minstens twee antwoorden, elk op een eigen regel."))
    question = Question(
        collective=survey.collective,
        survey=survey,
        position=survey.questions.count() + 1,
        kind=kind,
        text=text,
        options=options if needs_options else [],
    )
    question.full_clean(exclude=["collective"])
    question.save()
    audit_record(
        actor=actor, action="survey.question_add", target=survey, collective=survey.collective
    )
    return question


@transaction.atomic
def survey_open(
    *, actor: User | None, survey: Survey, persons: list[Person] | None = None
) -> Survey:
    """Open the survey for these persons, or all members: one place each, or one per
    household."""
    survey = Survey.objects.select_for_update().get(pk=survey.pk)
    if survey.status != SurveyStatus.DRAFT or not survey.questions.exists():
        raise ValidationError(_("Alleen een enquête in voorbereiding met vragen kan open."))
    if persons is None:
        persons = [member.person for member in member_list()]
    if not persons:
        raise ValidationError(_("Er is niemand om uit te nodigen."))
    roll_fill(target=survey, persons=persons, per_household=survey.per == Per.HOUSEHOLD)
    survey.status = SurveyStatus.OPEN
    survey.save(update_fields=["status"])
    audit_record(actor=actor, action="survey.open", target=survey, collective=survey.collective)
    return survey


@transaction.atomic
def survey_close(*, actor: User | None, survey: Survey) -> Survey:
    survey = Survey.objects.select_for_update().get(pk=survey.pk)
    survey.status = SurveyStatus.CLOSED
    survey.save(update_fields=["status"])
    audit_record(actor=actor, action="survey.close", target=survey, collective=survey.collective)
    return survey


def _checked(question: Question, value: Any) -> Any:
    """The answer as stored, or a ValidationError naming the question."""
    if value in (None, "", []):
        return None
    options = question.options
    valid = {
        Kind.CHOICE: lambda: value in options,
        Kind.MULTIPLE: lambda: isinstance(value, list) and set(value) <= set(options),
        Kind.SCALE: lambda: isinstance(value, int) and value in SCALE,
        Kind.OPEN: lambda: isinstance(value, str) and len(value) <= OPEN_MAX,
        Kind.RANKING: lambda: isinstance(value, list) and sorted(value) == sorted(options),
    }[Kind(question.kind)]()
    if not valid:
        raise ValidationError(
            _("Vraag %(number)d: dit antwoord past niet bij de vraag.")
            % {"number": question.position}
        )
    return value


@transaction.atomic
def survey_answer(
    *,
    actor: User | None,
    survey: Survey,
    answers: dict[int, Any],
    person: Person | None = None,
    code: str = "",
) -> Response:
    """Store one filled-in questionnaire, online (person) or from a paper code; once per place."""
    survey = Survey.objects.select_for_update().get(pk=survey.pk)
    if survey.status != SurveyStatus.OPEN:
        raise ValidationError(_("Deze enquête is niet open."))
    stored = {}
    for question in survey.questions.all():
        value = _checked(question, answers.get(question.pk))
        if value is not None:
            stored[str(question.pk)] = value
    channel = Channel.PAPER if code else Channel.ONLINE
    place = take_part(target=survey, channel=channel, code=code, person=person)
    response = Response.objects.create(
        collective=survey.collective,
        survey=survey,
        answers=stored,
        channel=channel,
        person=None if survey.anonymous else place.person,
        pair_key=pair_key(survey, place.person) if survey.paired else "",
    )
    audit_record(
        actor=actor,
        action="survey.answer",
        target=survey,
        collective=survey.collective,
        data={"channel": channel},
    )
    return response
