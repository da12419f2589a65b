"""A municipality's social-map spreadsheet: checked whole, then read in completely or not at all."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django_scopes import scope
from openpyxl import Workbook

from tests.conftest import login
from tests.info.conftest import Point
from wijkkracht.core.services.records import sheet_upload_store
from wijkkracht.info.models import MapImport, Organisation, Service
from wijkkracht.info.search import search
from wijkkracht.info.services.importing import map_import_confirm, map_plan

HEADER = "Organisatie;Dienst;Onderwerp;Omschrijving;Telefoon;E-mail;Website;Drempelvrij"
ROWS = [
    "Gemeente Hoogeveen;Wmo-loket;Zorg;Hulp om thuis te blijven wonen;14 0528;wmo@hoogeveen.nl;"
    "www.hoogeveen.nl;ja",
    "Humanitas;Thuisadministratie;Financiën;Een vrijwilliger helpt met de post;0528 123 456;;;nee",
    "Humanitas;Maatjesproject;Sociale contacten;Een maatje voor wie eenzaam is;0528 123 456;;;",
]


def _csv(*rows: str) -> bytes:
    """As Dutch Excel saves it: semicolons, Windows-1252."""
    return "\r\n".join([HEADER, *rows]).encode("cp1252")


def _upload(client: Client, content: bytes, name: str = "sociale-kaart.csv") -> str:
    file = io.BytesIO(content)
    file.name = name
    response = client.post("/dorp/informatie/beheer/inlezen/", {"file": file})
    assert response.status_code == 302
    return response["Location"]


def test_the_coordinator_reads_in_the_municipalitys_list(
    point: Point, client: Client, immediate_tasks, django_capture_on_commit_callbacks
) -> None:
    login(client, point.coordinator)
    preview = _upload(client, _csv(*ROWS))
    page = client.get(preview).content.decode()
    assert "Alles klopt. 3 diensten van 2 organisaties." in page
    with scope(collective=point.collective):
        assert not Organisation.objects.exists()  # the preview writes nothing
    with django_capture_on_commit_callbacks(execute=True):  # the task worker reads it in
        job_page = client.post(preview + "bevestigen/")["Location"]
    assert "Klaar: 3 diensten." in client.get(job_page).content.decode()
    with scope(collective=point.collective):
        assert Organisation.objects.count() == 2
        wmo = Service.objects.select_related("organisation").get(name="Wmo-loket")
        assert wmo.need == "gezondheid"
        assert wmo.organisation.website == "https://www.hoogeveen.nl"
        assert wmo.organisation.step_free
        assert wmo.organisation.checked_on is not None
        assert Service.objects.get(name="Maatjesproject").need == "ontmoeten"
        assert len(search("thuisadministratie", public_only=True).hits) == 1


def test_one_bad_row_reads_in_nothing_and_every_bad_row_is_named(
    point: Point, client: Client
) -> None:
    login(client, point.coordinator)
    bad = [
        ROWS[0],
        "Humanitas;Thuisadministratie;Sterrenkunde;;;geen-mail;;misschien",
        ";Zonder organisatie;Zorg;;;;;",
        ROWS[0],
    ]
    preview = _upload(client, _csv(*bad))
    page = client.get(preview).content.decode()
    assert "Het bestand heeft 3 fouten." in page
    assert "Rij 3: onderwerp Sterrenkunde ken ik niet" in page
    assert "drempelvrij: schrijf ja of nee" in page
    assert "e-mailadres: Voer een geldig e-mailadres in." in page
    assert "Rij 4: de naam van de organisatie ontbreekt" in page
    assert "Rij 5: deze dienst staat ook in rij 2." in page
    response = client.post(preview + "bevestigen/")
    assert response.status_code == 302
    with scope(collective=point.collective):
        assert not Organisation.objects.exists()
        assert MapImport.objects.get().imported_at is None


def test_next_years_list_updates_the_map_instead_of_doubling_it(point: Point) -> None:
    for phone in ("14 0528", "0528 999 999"):
        rows = [ROWS[0].replace("14 0528", phone), ROWS[1]]
        with scope(collective=point.collective):
            upload = sheet_upload_store(
                MapImport,
                actor=point.coordinator,
                collective=point.collective,
                upload=SimpleUploadedFile("kaart.csv", _csv(*rows)),
            )
            map_import_confirm(actor=point.coordinator, upload=upload)
    with scope(collective=point.collective):
        assert Service.objects.count() == 2
        assert Organisation.objects.get(name="Gemeente Hoogeveen").phone == "0528 999 999"


def test_an_excel_file_and_a_file_without_the_needed_columns(point: Point) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Organisatie", "Aanbod", "Thema", "Kosten"])
    sheet.append(["Voedselbank", "Voedselpakket", "Eten", "gratis"])
    content = io.BytesIO()
    workbook.save(content)
    with scope(collective=point.collective):
        plan = map_plan(content=content.getvalue(), filename="kaart.xlsx")
        assert plan.ok
        assert plan.rows[0].service == {
            "name": "Voedselpakket",
            "need": "eten",
            "description": "",
            "how_to": "",
            "cost": "gratis",
        }
        missing = map_plan(content=b"naam;adres\nA;B\n", filename="kaart.csv")
    assert missing.errors == [
        "Deze kolommen ontbreken: organisatie, onderwerp. Zet de namen in de eerste rij."
    ]
