"""The village's measurements: the 2025 and 2026 rounds for everyone, and the shared meal's
before and after. Answers come online and from paper codes, like the participation demo."""

import datetime
import math
import random

from django.utils import timezone

from wijkkracht.activities.models import Activity
from wijkkracht.core.models import Collective, Person, User
from wijkkracht.demo.participation import online_and_paper
from wijkkracht.impact.instruments import Instrument, instrument_by_ref
from wijkkracht.impact.models import Round
from wijkkracht.impact.services.rounds import invited, round_close, round_create, round_open
from wijkkracht.participation.models import Kind
from wijkkracht.participation.services.surveys import question_add, survey_answer

_HELP = ["mijn buren", "mijn familie", "de dorpsondersteuner", "niemand"]
MISSING = 0.02  # a resident now and then skips a statement
MEAL_ANSWERS = 0.8


def _sheet(instrument: Instrument, warmth: float, rng: random.Random) -> list[str | None]:
    """Plausible answers of a resident: the warmer their ties, the more they agree with the
    positive statements and the less they feel lonely."""
    sheet: list[str | None] = []
    for item in instrument.items:
        if rng.random() < MISSING:
            sheet.append(None)
            continue
        if instrument.key == "cbs-cohesion":
            level = max(0, min(4, round(2.15 + warmth + rng.gauss(0, 0.8))))
            points = instrument.item_scores[item.keyed]
            sheet.append(next(answer for answer, p in points.items() if p == level))
            continue
        lonely = rng.random() < 1 / (1 + math.exp(2.2 * warmth))
        unsure = rng.random() < 0.3  # noqa: PLR2004 - "min of meer" counts as lonely
        if lonely and unsure:
            sheet.append("min of meer")
        else:
            sheet.append(
                ("ja" if lonely else "nee")
                if item.keyed == "negative"
                else ("nee" if lonely else "ja")
            )
    return sheet


def _answers(measurement: Round, warmth: float, rng: random.Random) -> dict[int, object]:
    questions = list(measurement.survey.questions.order_by("position"))
    values: list[object] = []
    for ref in measurement.instruments:
        values += _sheet(instrument_by_ref(ref), warmth, rng)
    answers = {q.pk: v for q, v in zip(questions, values, strict=False) if v is not None}
    for question in questions[len(values) :]:
        if question.kind == Kind.SCALE:
            answers[question.pk] = max(1, min(5, round(3.6 + warmth / 2 + rng.gauss(0, 0.8))))
        else:
            answers[question.pk] = rng.choices(_HELP, weights=[5, 4, 2, 1])[0]
    return answers


def _area_round(
    collective: Collective,
    actor: User,
    years_ago: int,
    mood: float,
    rng: random.Random,
    *,
    name: str = "Dorpsmeting",
) -> Round:
    """A round over a year of work: the last twelve months, or the twelve before them."""
    end = timezone.localdate() - datetime.timedelta(days=365 * years_ago)
    year = end.year
    measurement = round_create(
        actor=actor,
        collective=collective,
        title=f"{name} {year}",
        stage="area",
        instruments=["cbs-cohesion", "djg6"],
        reach="members",
        period_start=end - datetime.timedelta(days=364),
        period_end=end,
    )
    survey = measurement.survey
    question_add(
        actor=actor,
        survey=survey,
        kind=Kind.SCALE,
        text="Hoe tevreden bent u over wat de coöperatie doet? (1 = niet, 5 = heel tevreden)",
        options=[],
    )
    question_add(
        actor=actor,
        survey=survey,
        kind=Kind.CHOICE,
        text="Bij wie zou u als eerste om hulp vragen?",
        options=_HELP,
    )
    round_open(actor=actor, measurement=measurement)

    def answer(by: User, person: Person | None, code: str) -> None:
        answers = _answers(measurement, rng.gauss(mood, 1), rng)
        survey_answer(actor=by, survey=survey, answers=answers, person=person, code=code)

    online_and_paper(survey, actor, invited(measurement), rng, answer)
    return round_close(actor=actor, measurement=measurement)


def _meal_rounds(collective: Collective, actor: User, meal: Activity, rng: random.Random) -> None:
    """The meal's guests before and after a year of Thursdays: the same people, lonelier
    before. Warmth per guest is kept, so the pairs change plausibly."""
    year_ago = timezone.localdate() - datetime.timedelta(days=365)
    before = round_create(
        actor=actor,
        collective=collective,
        title="Aanschuiftafel: voormeting",
        stage="before",
        instruments=["djg6"],
        reach="activity",
        activity_id=meal.pk,
        period_start=year_ago - datetime.timedelta(days=30),
        period_end=year_ago,
    )
    round_open(actor=actor, measurement=before)
    guests = invited(before)
    answering = rng.sample(guests, int(len(guests) * MEAL_ANSWERS))
    warmth = {person.pk: rng.gauss(-0.3, 1) for person in answering}
    for person in answering:
        answers = _answers(before, warmth[person.pk], rng)
        survey_answer(actor=actor, survey=before.survey, answers=answers, person=person)
    round_close(actor=actor, measurement=before)
    after = round_create(
        actor=actor,
        collective=collective,
        title="Aanschuiftafel: nameting",
        stage="after",
        instruments=[],
        reach="same",
        before=before,
        period_start=year_ago + datetime.timedelta(days=1),
        period_end=timezone.localdate(),
    )
    round_open(actor=actor, measurement=after)
    for person in answering[: int(len(answering) * 0.9)]:
        answers = _answers(after, warmth[person.pk] + 0.6, rng)
        survey_answer(actor=actor, survey=after.survey, answers=answers, person=person)
    round_close(actor=actor, measurement=after)


def village_impact_load(collective: Collective, coordinator: User, rng: random.Random) -> None:
    """Call inside the village's scope, after its members, activities and surveys exist."""
    _area_round(collective, coordinator, 1, 0.6, rng)
    _area_round(collective, coordinator, 0, 0.75, rng)
    meal = Activity.objects.get(title="Aanschuiftafel")
    _meal_rounds(collective, coordinator, meal, rng)


def city_impact_load(collective: Collective, coordinator: User, rng: random.Random) -> None:
    """A neighbourhood round this year, for the federation's impact page."""
    _area_round(collective, coordinator, 0, rng.uniform(0.3, 0.8), rng, name="Buurtmeting")
