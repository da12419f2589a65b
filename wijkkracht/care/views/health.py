"""'Mijn gezondheid': a resident's own care data to take along, and the coordinator making
the same download for a resident without a login. Every download is a logged read."""

import json

from django.http import Http404, HttpResponse
from django.shortcuts import render

from wijkkracht.care.health import fhir_bundle, health_record
from wijkkracht.core.access import CollectiveRequest, role_required
from wijkkracht.core.downloads import attachment
from wijkkracht.core.models import Person
from wijkkracht.core.selectors import person_get
from wijkkracht.core.services.audit import access_record

FHIR_JSON = "application/fhir+json"
# Who read, as the resident's access log says it.
SELF, COORDINATOR = "zelf", "coördinator"


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


def _page(request: CollectiveRequest, person: Person, role: str, *, own: bool) -> HttpResponse:
    """The page is a read of the person's care record: logged first."""
    access_record(actor=request.user, actor_role=role, person=person, record="Mijn gezondheid")
    return render(request, "care/my_health.html", {"record": health_record(person), "own": own})


@role_required()
def my_health_view(request: CollectiveRequest) -> HttpResponse:
    return _page(request, _own(request), SELF, own=True)


@role_required()
def my_health_download_view(request: CollectiveRequest, kind: str) -> HttpResponse:
    return _download(request, _own(request), kind, SELF)


@role_required("coordinator")
def person_health_view(request: CollectiveRequest, person_id: int) -> HttpResponse:
    return _page(request, person_get(person_id=person_id), COORDINATOR, own=False)


@role_required("coordinator")
def person_health_download_view(
    request: CollectiveRequest, person_id: int, kind: str
) -> HttpResponse:
    return _download(request, person_get(person_id=person_id), kind, COORDINATOR)
