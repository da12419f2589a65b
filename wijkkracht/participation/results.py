"""A survey's results per question: counts and shares, the mean of a scale, the average place
in a ranking, and a bar chart of the shares. Also the table behind the CSV and XLSX export."""

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _

from wijkkracht.core.charts import Chart, bar_chart
from wijkkracht.participation.models import Consultation, Kind, Question, Survey
from wijkkracht.participation.selectors import responses
from wijkkracht.participation.services.consultations import IMPORTANT
from wijkkracht.participation.services.surveys import SCALE


@dataclass
class QuestionResult:
    question: Question
    answered: int = 0
    rows: list[tuple[str, int, Decimal]] = field(default_factory=list)
    mean: Decimal | None = None
    texts: list[tuple[str, int]] = field(default_factory=list)  # the same text once, counted
    chart: Chart | None = None


def _share(count: int, total: int) -> Decimal:
    return (Decimal(100) * count / total).quantize(Decimal("0.1")) if total else Decimal(0)


def _result(question: Question, values: list[Any]) -> QuestionResult:
    found = QuestionResult(question=question, answered=len(values))
    kind = Kind(question.kind)
    if kind == Kind.OPEN:
        found.texts = Counter(str(value).strip() for value in values).most_common()
        return found
    if kind == Kind.RANKING:
        places: Counter[str] = Counter()
        for order in values:
            places.update({option: place for place, option in enumerate(order, start=1)})
        found.rows = (
            [
                (
                    option,
                    places[option],
                    (Decimal(places[option]) / len(values)).quantize(Decimal("0.1")),
                )
                for option in question.options
            ]
            if values
            else []
        )
        found.rows.sort(key=lambda row: row[2])
        return found
    counted: Counter[str] = Counter()
    for value in values:
        counted.update(value if isinstance(value, list) else [str(value)])
    labels = [str(n) for n in SCALE] if kind == Kind.SCALE else question.options
    found.rows = [(label, counted[label], _share(counted[label], len(values))) for label in labels]
    if kind == Kind.SCALE and values:
        found.mean = (Decimal(sum(values)) / len(values)).quantize(Decimal("0.1"))
    if values:
        series: list[tuple[str, Decimal | None]] = [(label, s) for label, _n, s in found.rows]
        found.chart = bar_chart(
            question.text, [("", series)], unit="%", maximum=Decimal(100), one_colour=True
        )
    return found


def survey_results(survey: Survey) -> tuple[int, list[QuestionResult]]:
    """How many answered, and the result of every question."""
    answers = list(responses(survey).values_list("answers", flat=True))
    results = []
    for question in survey.questions.all():
        key = str(question.pk)
        results.append(_result(question, [a[key] for a in answers if key in a]))
    return len(answers), results


def survey_table(survey: Survey) -> tuple[list[str], list[list[object]]]:
    """One row per filled-in questionnaire, one column per question (q1, q2, …), no names."""
    questions = list(survey.questions.all())
    header = [_("kanaal")] + [f"q{question.position}" for question in questions]
    rows = []
    for response in responses(survey).order_by("channel"):
        row: list[object] = [response.channel]
        for question in questions:
            value = response.answers.get(str(question.pk), "")
            row.append("; ".join(map(str, value)) if isinstance(value, list) else value)
        rows.append(row)
    return header, rows


@dataclass
class CriterionResult:
    criterion: str
    answered: int
    mean: Decimal | None
    important: Decimal | None  # the share that answered 4 or 5


def criteria_report(consultation: Consultation) -> list[CriterionResult]:
    """What residents asked for: each criterion's mean importance (1-5) and the share that
    finds it important, most important first."""
    questions = list(consultation.survey.questions.filter(kind=Kind.SCALE))
    answers = list(responses(consultation.survey).values_list("answers", flat=True))
    found = []
    for criterion, question in zip(consultation.criteria, questions, strict=False):
        values = [a[str(question.pk)] for a in answers if str(question.pk) in a]
        found.append(
            CriterionResult(
                criterion=criterion,
                answered=len(values),
                mean=(Decimal(sum(values)) / len(values)).quantize(Decimal("0.1"))
                if values
                else None,
                important=_share(sum(1 for v in values if v >= IMPORTANT), len(values))
                if values
                else None,
            )
        )
    return sorted(found, key=lambda row: -(row.mean or 0))
