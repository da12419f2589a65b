"""Per-person export and erasure: for the person themselves and for the coordinator."""

import json
from dataclasses import dataclass
from typing import Any

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from wijkkracht.core.access import CollectiveRequest, role_required
from wijkkracht.core.downloads import attachment
from wijkkracht.core.models import Person
from wijkkracht.core.selectors import person_get
from wijkkracht.core.services.audit import access_record
from wijkkracht.core.services.privacy import person_erase, person_export


@dataclass(frozen=True)
class Section:
    """One part of the export, shaped for the readable page: fields, a table, or a list."""

    title: str
    fields: dict[str, Any] | None = None
    columns: list[str] | None = None
    rows: list[list[Any]] | None = None
    items: list[Any] | None = None


def export_sections(data: dict[str, Any]) -> list[Section]:
    sections = []
    for key, value in data.items():
        title = key.replace("_", " ").capitalize()
        if isinstance(value, dict):
            sections.append(Section(title, fields=_labelled(value)))
        elif value and all(isinstance(item, dict) for item in value):
            columns = list(value[0])
            sections.append(
                Section(
                    title,
                    columns=[column.replace("_", " ") for column in columns],
                    rows=[[row.get(column) for column in columns] for row in value],
                )
            )
        else:
            sections.append(Section(title, items=list(value)))
    return sections


def _labelled(values: dict[str, Any]) -> dict[str, Any]:
    return {key.replace("_", " ").capitalize(): value for key, value in values.items()}


def _json_download(person: Person, data: dict[str, Any]) -> HttpResponse:
    filename = f"gegevens-{person.collective.slug}-{timezone.localdate():%Y%m%d}.json"
    return attachment(json.dumps(data, ensure_ascii=False, indent=2), filename, "application/json")


@role_required()
def my_export_view(request: CollectiveRequest) -> HttpResponse:
    """Everything the collective holds about me, to read or to download (?formaat=json)."""
    person = request.membership.person
    assert person is not None  # noqa: S101 - role_required lets in only users with a person
    data = person_export(person)
    if request.GET.get("formaat") == "json":
        return _json_download(person, data)
    context = {"person": person, "sections": export_sections(data), "own": True}
    return render(request, "core/person_export.html", context)


@role_required("coordinator")
def person_export_view(request: CollectiveRequest, person_id: int) -> HttpResponse:
    """The same export, made by the coordinator for a person who asked on paper or by phone."""
    person = person_get(person_id=person_id)
    access_record(
        actor=request.user,
        actor_role=", ".join(sorted(request.membership.roles)),
        person=person,
        record=_("inzageverzoek (alle gegevens)"),
    )
    data = person_export(person)
    if request.GET.get("formaat") == "json":
        return _json_download(person, data)
    context = {"person": person, "sections": export_sections(data), "own": False}
    return render(request, "core/person_export.html", context)


@role_required("coordinator")
def person_erase_view(request: CollectiveRequest, person_id: int) -> HttpResponse:
    person = person_get(person_id=person_id)
    if request.method == "POST" and person.erased_at is None:
        person_erase(actor=request.user, person=person)
        messages.success(
            request,
            _("De gegevens zijn gewist. De boekhouding blijft 7 jaar bewaard, zonder naam."),
        )
        return redirect("core:person_detail", request.collective.slug, person.pk)
    return render(request, "core/person_erase.html", {"person": person})
