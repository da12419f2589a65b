"""'Mijn gezondheid': the resident's own care data as a FHIR R4 Bundle that a FHIR library
accepts, and as a PDF/A-2b summary; anonymous answers never in it, every download logged."""

import io
import json

import pikepdf
from django.test import Client
from django.urls import reverse
from django_scopes import scope
from fhir.resources.R4B.bundle import Bundle

from tests.care.build import a_task
from tests.care.conftest import Care
from tests.conftest import login, make_user
from wijkkracht.care.services.circles import note_add, notes_consent_give
from wijkkracht.core.models import AccessEntry, Person


def _with_records(care: Care) -> None:
    a_task(care.circle, days=2)
    with scope(collective=care.collective):
        notes_consent_give(actor=care.coordinator, circle=care.circle)
        note_add(actor=care.coordinator, circle=care.circle, text="Gebruikt bloedverdunners.")


def test_the_fhir_bundle_validates_and_holds_only_name_and_birth_date(care: Care) -> None:
    _with_records(care)
    url = reverse("care:person_health_fhir", args=[care.collective.slug, care.aaltje.pk])
    response = login(Client(), care.coordinator).get(url)
    assert response["Content-Type"] == "application/fhir+json"
    data = json.loads(response.content)
    bundle = Bundle.model_validate(data)  # raises on anything FHIR R4(B) does not allow
    assert bundle.type == "collection"
    kinds = [entry.resource.get_resource_type() for entry in bundle.entry]
    assert kinds == ["Patient", "Observation", "Task"]
    patient = data["entry"][0]["resource"]
    assert set(patient) == {"resourceType", "id", "name", "birthDate"}
    assert patient["birthDate"] == "1942-03-14"
    assert data["entry"][1]["resource"]["valueString"] == "Gebruikt bloedverdunners."
    with scope(collective=care.collective):
        logged = AccessEntry.objects.filter(person=care.aaltje, actor=care.coordinator)
        assert logged.filter(record="Mijn gezondheid (fhir)").exists()


def test_the_summary_is_pdfa_2b_with_every_font_embedded(care: Care) -> None:
    _with_records(care)
    with scope(collective=care.collective):
        for day in range(40):  # enough for a second page, with its own header
            note_add(actor=care.coordinator, circle=care.circle, text=f"Dag {day}: goed.")
    url = reverse("care:person_health_pdf", args=[care.collective.slug, care.aaltje.pk])
    pdf = pikepdf.open(io.BytesIO(login(Client(), care.coordinator).get(url).content))
    meta = pdf.open_metadata()
    assert (meta["pdfaid:part"], meta["pdfaid:conformance"]) == ("2", "B")
    intent = pdf.Root.OutputIntents[0]
    assert intent.S == "/GTS_PDFA1"
    assert len(intent.DestOutputProfile.read_bytes()) > 0
    fonts = [font for page in pdf.pages for font in page.Resources.Font.values()]
    assert fonts
    for font in fonts:
        descendant = font.DescendantFonts[0] if "/DescendantFonts" in font else font
        assert "/FontFile2" in descendant.FontDescriptor
    assert len(pdf.pages) >= 2


def test_a_resident_downloads_their_own_and_sees_no_one_elses(care: Care) -> None:
    _with_records(care)
    user = make_user(care.collective, "member", email="aaltje@dorp.example")
    with scope(collective=care.collective):
        Person.objects.filter(user=user).delete()
        care.aaltje.user = user
        care.aaltje.save(update_fields=["user"])
    client = login(Client(), user)
    page = client.get(reverse("care:my_health", args=[care.collective.slug]))
    assert "Gebruikt bloedverdunners." in page.content.decode()
    own = client.get(reverse("care:my_health_fhir", args=[care.collective.slug]))
    assert json.loads(own.content)["entry"][0]["resource"]["name"][0]["text"] == "Aaltje Mulder"
    other = reverse("care:person_health", args=[care.collective.slug, care.daughter.person.pk])
    assert client.get(other).status_code == 404
