"""'Mijn gezondheid': what the collective keeps about a resident's care, to take along to a
personal health record (PGO) as a FHIR R4 Bundle, and as a PDF/A summary.

The bundle holds a Patient with only name and birth date (no BSN: the collective has none),
an Observation per health note and for the diet, a Task per circle task, and a
QuestionnaireResponse per questionnaire answered under their name. Anonymous answers are
never in it: they cannot be linked to a person, by design.
"""

import datetime
import uuid
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext as _

from wijkkracht.activities.models import DietProfile
from wijkkracht.care.models import Circle, Task
from wijkkracht.care.services.tasks import task_state
from wijkkracht.core.models import Person
from wijkkracht.help.models import HealthNote
from wijkkracht.participation.models import Question, Response

# A stable namespace, so one record gets the same resource ids in every download.
NAMESPACE = uuid.UUID("6f1d6c7e-2b1a-4f7e-9a51-6b1c0d5e3a10")
TASK_STATUS = {
    "open": "requested",
    "asked": "requested",
    "claimed": "accepted",
    "loket": "accepted",
    "done": "completed",
    "cancelled": "cancelled",
}


@dataclass(frozen=True)
class Entry:
    """One health note or observation: when, what kind, the text."""

    on: datetime.datetime
    kind: str
    text: str


@dataclass(frozen=True)
class Answered:
    response: Response
    title: str
    items: list[tuple[str, str]]  # question, answer


@dataclass(frozen=True)
class HealthRecord:
    person: Person
    birth_date: datetime.date | None
    notes: list[Entry]
    diet: DietProfile | None
    tasks: list[tuple[Task, str, str]]  # task, state key, state words
    answered: list[Answered]


def health_record(person: Person) -> HealthRecord:
    circle = Circle.objects.filter(person=person).first()
    notes = [
        Entry(note.updated_at, _("Gezondheidsnotitie bij een hulpvraag"), note.text)
        for note in HealthNote.objects.filter(request__resident=person).order_by("updated_at")
    ]
    tasks: list[tuple[Task, str, str]] = []
    if circle is not None:
        notes += [
            Entry(note.created_at, _("Notitie in de zorgcirkel"), note.text)
            for note in circle.notes.order_by("created_at")
        ]
        tasks = [
            (task, *task_state(task))
            for task in circle.tasks.select_related(
                "claimed_by__person", "help_request"
            ).prefetch_related("help_request__assignments__volunteer__person")
        ]
    return HealthRecord(
        person=person,
        birth_date=circle.birth_date if circle else None,
        notes=sorted(notes, key=lambda entry: entry.on),
        diet=DietProfile.objects.filter(person=person).first(),
        tasks=tasks,
        answered=_answered(person),
    )


def _answered(person: Person) -> list[Answered]:
    responses = list(
        Response.objects.filter(person=person, survey__anonymous=False).select_related("survey")
    )
    questions = {
        str(question.pk): question
        for question in Question.objects.filter(survey__in={r.survey_id for r in responses})
    }
    found = []
    for response in responses:
        items = []
        for key, value in response.answers.items():
            question = questions.get(str(key))
            if question is None or value in (None, "", []):
                continue
            answer = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
            items.append((question.text, answer))
        if items:
            found.append(Answered(response, response.survey.title, items))
    return found


def _id(*parts: object) -> str:
    return str(uuid.uuid5(NAMESPACE, "/".join(map(str, parts))))


def _entry(resource: dict[str, object]) -> dict[str, object]:
    return {"fullUrl": f"urn:uuid:{resource['id']}", "resource": resource}


def fhir_bundle(record: HealthRecord) -> dict[str, object]:
    """The record as a FHIR R4 Bundle of type 'collection'."""
    person = record.person
    patient_id = _id("patient", person.collective_id, person.pk)
    subject = {"reference": f"urn:uuid:{patient_id}", "display": person.full_name}
    family = " ".join(part for part in (person.family_name_prefix, person.family_name) if part)
    patient: dict[str, object] = {
        "resourceType": "Patient",
        "id": patient_id,
        "name": [{"text": person.full_name, "family": family, "given": [person.given_name]}],
    }
    if record.birth_date:
        patient["birthDate"] = record.birth_date.isoformat()
    entries = [_entry(patient)]
    for number, note in enumerate(record.notes, start=1):
        entries.append(_entry(_observation(patient_id, subject, number, note)))
    if record.diet is not None:
        diet = record.diet
        parts = [f"Eet: {diet.get_diet_display()}", f"Eten: {diet.get_texture_display()}"]
        if diet.allergen_labels:
            parts.append("Allergieën: " + ", ".join(diet.allergen_labels))
        if diet.note:
            parts.append(diet.note)
        entries.append(
            _entry(
                _observation(
                    patient_id,
                    subject,
                    "diet",
                    Entry(diet.updated_at, _("Dieet"), ". ".join(parts)),
                )
            )
        )
    for task, state, words in record.tasks:
        entries.append(
            _entry(
                {
                    "resourceType": "Task",
                    "id": _id("task", patient_id, task.pk),
                    "status": TASK_STATUS[state],
                    "intent": "plan",
                    "description": task.title,
                    "for": subject,
                    "authoredOn": _instant(task.created_at),
                    "executionPeriod": {
                        "start": _instant(task.starts_at),
                        "end": _instant(
                            timezone.make_aware(datetime.datetime.combine(task.date, task.end_time))
                        ),
                    },
                    "note": [{"text": str(words)}],
                }
            )
        )
    for answered in record.answered:
        entries.append(_entry(_questionnaire_response(patient_id, subject, answered)))
    return {
        "resourceType": "Bundle",
        "id": _id("bundle", patient_id, timezone.now().isoformat()),
        "type": "collection",
        "timestamp": _instant(timezone.now()),
        "entry": entries,
    }


def _instant(moment: datetime.datetime) -> str:
    return timezone.localtime(moment).isoformat(timespec="seconds")


def _observation(
    patient_id: str, subject: dict[str, str], key: object, entry: Entry
) -> dict[str, object]:
    return {
        "resourceType": "Observation",
        "id": _id("observation", patient_id, key, entry.on.isoformat()),
        "status": "final",
        "code": {"text": entry.kind},
        "subject": subject,
        "effectiveDateTime": _instant(entry.on),
        "valueString": entry.text,
    }


def _questionnaire_response(
    patient_id: str, subject: dict[str, str], answered: Answered
) -> dict[str, object]:
    return {
        "resourceType": "QuestionnaireResponse",
        "id": _id("answers", patient_id, answered.response.pk),
        "status": "completed",
        "subject": subject,
        "item": [
            {
                "linkId": "vragenlijst",
                "text": answered.title,
                "item": [
                    {
                        "linkId": str(number),
                        "text": question,
                        "answer": [{"valueString": answer}],
                    }
                    for number, (question, answer) in enumerate(answered.items, start=1)
                ],
            }
        ],
    }
