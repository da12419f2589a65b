"""'Mijn gezondheid': a resident's own care data to take along, and the coordinator making
the same download for a resident without a login. Every download is a logged read."""

import json

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render

from wijkkracht.care.health import HealthRecord, fhir_bundle, health_record
from wijkkracht.core.access import CollectiveRequest, role_required
from wijkkracht.core.downloads import attachment
from wijkkracht.core.models import Person
from wijkkracht.core.services.audit import access_record

FHIR_JSON = "application/fhir+json"


def _own(request: CollectiveRequest) -> Person:
    person = request.membership.person
    if person is None:
        raise Http404
    return person


def _download(request: CollectiveRequest, person: Person, kind: str, role: str) -> HttpResponse:
    record = health_record(person)
    access_record(
        actor=request.user, actor_role=role, person=person, record=f"Mijn gezondheid ({kind})"
    )
    name = f"mijn-gezondheid-{person.given_name.lower()}"
    if kind == "fhir":
        content = json.dumps(fhir_bundle(record), ensure_ascii=False, indent=2)
        return attachment(content, f"{name}.fhir.json", FHIR_JSON)
    from wijkkracht.care.summary import summary_pdf  # ReportLab loads on first use: slow

    pdf = summary_pdf(record, request.collective.name)
    return attachment(pdf, f"{name}.pdf", "application/pdf")


def _page(request: CollectiveRequest, record: HealthRecord, own: bool) -> HttpResponse:
    return render(request, "care/my_health.html", {"record": record, "own": own})


@role_required()
def my_health_view(request: CollectiveRequest) -> HttpResponse:
    person = _own(request)
    access_record(actor=request.user, actor_role="zelf", person=person, record="Mijn gezondheid")
    return _page(request, health_record(person), own=True)


@role_required()
def my_health_download_view(request: CollectiveRequest, kind: str) -> HttpResponse:
    return _download(request, _own(request), kind, "zelf")


@role_required("coordinator")
def person_health_view(request: CollectiveRequest, person_id: int) -> HttpResponse:
    person = get_object_or_404(Person, pk=person_id)
    access_record(
        actor=request.user, actor_role="coördinator", person=person, record="Mijn gezondheid"
    )
    return _page(request, health_record(person), own=False)


@role_required("coordinator")
def person_health_download_view(
    request: CollectiveRequest, person_id: int, kind: str
) -> HttpResponse:
    person = get_object_or_404(Person, pk=person_id)
    return _download(request, person, kind, "coördinator")
