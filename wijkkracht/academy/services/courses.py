"""Courses and learning paths: a course's prerequisites never make a circle, a change makes a
new version, and a course of another collective in the federation is copied with its source."""

import json
from collections.abc import Iterable
from pathlib import Path as FilePath
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from wijkkracht.academy.minutes import BLOCK_KINDS
from wijkkracht.academy.models import Course, Path, PathStep
from wijkkracht.academy.registers import register_keys
from wijkkracht.core.models import Collective, Person, User
from wijkkracht.core.services.audit import audit_record

COURSE_FIELDS = (
    "title",
    "summary",
    "goals",
    "level",
    "audience",
    "topic",
    "resident_run",
    "register",
    "accreditation_id",
    "threshold",
    "blocks",
    "handout",
)
# What a copy takes along: the content, not the teachers or the accreditation (that is the
# other collective's, per provider).
COPIED = (
    "title",
    "summary",
    "goals",
    "level",
    "audience",
    "topic",
    "register",
    "threshold",
    "blocks",
    "handout",
)
MAX_BLOCK_MINUTES = 600
PATHS = FilePath(__file__).resolve().parent.parent / "paths"


def blocks_clean(blocks: object) -> list[dict[str, Any]]:
    """A programme: a list of {kind, minutes} with known kinds and at least one teaching block."""
    if not isinstance(blocks, list) or not blocks:
        raise ValidationError(_("Zet minstens één blok in het programma."))
    clean = []
    for block in blocks:
        kind, minutes = block.get("kind"), block.get("minutes")
        if (
            kind not in BLOCK_KINDS
            or not isinstance(minutes, int)
            or not 0 < minutes <= MAX_BLOCK_MINUTES
        ):
            raise ValidationError(_("Elk blok heeft een soort en een aantal minuten (1 tot 600)."))
        clean.append({"kind": kind, "minutes": minutes})
    if not any(block["kind"] == "teaching" for block in clean):
        raise ValidationError(_("Er is geen blok les: dan zijn er geen leerminuten."))
    return clean


def _refuse_cycle(course: Course, prerequisites: Iterable[Course]) -> None:
    """Refuse a prerequisite that already needs this course, directly or further back."""
    edges: dict[int, set[int]] = {}
    links = Course.prerequisites.through.objects.filter(
        from_course__collective_id=course.collective_id
    )
    for before, after in links.values_list("to_course_id", "from_course_id"):
        edges.setdefault(after, set()).add(before)
    for needed in prerequisites:
        seen, todo = set(), [needed.pk]
        while todo:
            current = todo.pop()
            if current == course.pk:
                raise ValidationError(
                    _("%(name)s bouwt al voort op deze cursus. Dat wordt een cirkel.")
                    % {"name": needed.title}
                )
            if current not in seen:
                seen.add(current)
                todo.extend(edges.get(current, ()))


@transaction.atomic
def course_save(
    *,
    actor: User | None,
    collective: Collective,
    course: Course | None = None,
    teachers: Iterable[Person] | None = None,
    prerequisites: Iterable[Course] | None = None,
    **fields: Any,
) -> Course:
    """Create or change a course; a change to what is taught makes it the next version."""
    unknown = set(fields) - set(COURSE_FIELDS) - {"source_name", "source_version"}
    if unknown:
        raise TypeError(f"unknown course fields: {sorted(unknown)}")
    if fields.get("register", getattr(course, "register", None)) not in register_keys():
        raise ValidationError(_("Kies een register."))
    if "blocks" in fields:
        fields["blocks"] = blocks_clean(fields["blocks"])
    creating = course is None
    if course is None:
        course = Course(collective=collective)
    changed = sorted(name for name, value in fields.items() if getattr(course, name) != value)
    for name in changed:
        setattr(course, name, fields[name])
    if not creating and set(changed) & {"goals", "blocks", "summary", "handout"}:
        course.version += 1
    course.full_clean(exclude=["collective"])
    course.save()
    if teachers is not None:
        course.teachers.set(teachers)
    if prerequisites is not None:
        prerequisites = list(prerequisites)
        if any(needed.pk == course.pk for needed in prerequisites):
            raise ValidationError(_("Een cursus kan niet op zichzelf voortbouwen."))
        _refuse_cycle(course, prerequisites)
        course.prerequisites.set(prerequisites)
    audit_record(
        actor=actor,
        action="course.create" if creating else "course.update",
        target=course,
        collective=collective,
        data={"fields": changed, "version": course.version},
    )
    return course


def course_copy(*, actor: User | None, collective: Collective, source: Course) -> Course:
    """A course of another collective in the federation, as this collective's own, with the
    name of who made it and the version copied."""
    if source.collective.federation_id is None or (
        source.collective.federation_id != collective.federation_id
    ):
        raise ValidationError(_("U kunt alleen cursussen uit uw eigen federatie overnemen."))
    return course_save(
        actor=actor,
        collective=collective,
        source_name=source.collective.name,
        source_version=source.version,
        resident_run=source.resident_run,
        **{name: getattr(source, name) for name in COPIED},
    )


@transaction.atomic
def path_seed(*, actor: User | None, collective: Collective, key: str) -> Path:
    """A learning path from its data file (``academy/paths/<key>.json``): its courses, each
    needing the one before, made where the collective does not have them yet."""
    data = json.loads((PATHS / f"{key}.json").read_text(encoding="utf-8"))
    path, _created = Path.objects.get_or_create(
        collective=collective, name=data["name"], defaults={"description": data["description"]}
    )
    before: Course | None = None
    for order, spec in enumerate(data["courses"], start=1):
        course = Course.objects.filter(title=spec["title"]).first()
        if course is None:
            course = course_save(
                actor=actor,
                collective=collective,
                prerequisites=[before] if before else [],
                **{name: spec[name] for name in COURSE_FIELDS if name in spec},
            )
        PathStep.objects.get_or_create(
            collective=collective, path=path, course=course, defaults={"order": order}
        )
        before = course
    return path
