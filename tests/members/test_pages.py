"""The treasurer's, the coordinator's and the member's pages, through real requests."""

import datetime
import json
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from django_scopes import scope

from tests.conftest import World, make_user
from tests.members.build import YEAR
from wijkkracht.core.models import Person
from wijkkracht.members.models import Consent, Contribution, Mandate, Member, Payment
from wijkkracht.members.services.members import member_create, member_end

pytestmark = pytest.mark.django_db


def url(world: World, path: str) -> str:
    return f"/{world.a.slug}/{path}"


def test_treasurer_uploads_a_bad_file_sees_row_errors_then_imports_a_good_one(
    world, logged_in, immediate_tasks, django_capture_on_commit_callbacks
):
    client = logged_in(world.a_coordinator)
    bad = b"voornaam;achternaam;postcode;huisnummer\nJan;Smit;79150AB;3\n"
    response = client.post(url(world, "leden/importeren/"), {"file": _file("leden.csv", bad)})
    preview = client.get(response["Location"])
    assert "Er is niets ingelezen" in preview.content.decode()
    assert "Rij 2: postcode: 79150AB is geen geldige postcode" in preview.content.decode()
    good = b"voornaam;achternaam;postcode;huisnummer\nJan;Smit;7915AB;3\nMien;Smit;7915AB;3\n"
    response = client.post(url(world, "leden/importeren/"), {"file": _file("leden.csv", good)})
    preview = client.get(response["Location"]).content.decode()
    assert "Alles klopt. 2 leden in 1 huishoudens" in preview
    confirm = response["Location"] + "bevestigen/"
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(confirm).status_code == 302
    with django_capture_on_commit_callbacks(execute=True):
        again = client.post(confirm, follow=True)  # a second click imports nothing twice
    assert "Dit bestand is al ingelezen." in again.content.decode()
    with scope(collective=world.a):
        assert Member.objects.filter(person__family_name="Smit").count() == 2


def _file(name: str, content: bytes):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, content, content_type="text/csv")


def test_treasurer_runs_the_year_downloads_the_file_and_sees_who_has_not_paid(world, logged_in):
    client = logged_in(world.a_coordinator)
    person = Person.objects.create(
        collective=world.a, given_name="Wanbetaler", family_name="Kok", postcode="7915 AB",
        house_number=99,
    )  # fmt: skip
    with scope(collective=world.a):
        member_create(actor=None, person=person, since=datetime.date(2021, 1, 1))
    page = client.get(url(world, f"contributie/{YEAR}/")).content.decode()
    assert "1 lid heeft nog geen contributie voor dit jaar" in page
    client.post(url(world, f"contributie/{YEAR}/berekenen/"))
    open_only = client.get(url(world, f"contributie/{YEAR}/?status=open")).content.decode()
    assert "Wanbetaler Kok" in open_only
    assert "Truus Jansen" not in open_only  # paid by the debit in tests/members/build.py
    run_id = world.a_members.run_id
    download = client.get(url(world, f"contributie/incassobestand/{run_id}/"))
    assert download["Content-Type"].startswith("application/xml")
    assert b"pain.008.001.02" in download.content
    letters = client.get(url(world, f"contributie/{YEAR}/brieven.pdf?herinnering=1"))
    assert letters.content.startswith(b"%PDF") and b"Wanbetaler Kok" in letters.content
    client.post(url(world, f"contributie/{YEAR}/herinneren/"))
    with scope(collective=world.a):
        assert Contribution.objects.get(payer__person=person).reminder_count == 1


def test_treasurer_records_cash_and_a_reversed_debit(world, logged_in):
    client = logged_in(world.a_coordinator)
    ids = world.a_members
    client.post(
        url(world, f"contributie/betaling/{ids.payment_id}/terugboeken/"),
        {"reversed_on": timezone.localdate().isoformat()},
    )
    with scope(collective=world.a):
        assert Contribution.objects.get(pk=ids.contribution_id).status == "reversed"
    client.post(
        url(world, f"contributie/huishouden/{ids.contribution_id}/"),
        {"amount": "10,00", "method": "cash", "paid_on": timezone.localdate().isoformat()},
    )
    with scope(collective=world.a):
        assert Contribution.objects.get(pk=ids.contribution_id).status == "paid"
        assert Payment.objects.filter(method="cash", amount=Decimal("10.00")).count() == 1


def test_register_exports_as_excel_csv_and_labels(world, logged_in):
    client = logged_in(world.a_coordinator)
    csv_response = client.get(url(world, "leden/ledenregister.csv"))
    text = csv_response.content.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("lidnummer;voornaam")
    assert "Truus;;Jansen" in text
    xlsx = client.get(url(world, "leden/ledenregister.xlsx"))
    assert xlsx.content.startswith(b"PK")
    labels = client.get(url(world, "leden/etiketten.pdf"))
    assert b"Truus Jansen" in labels.content  # she prefers the phone, so she gets post


def test_member_corrects_data_withdraws_consent_in_one_click_and_ends_membership(world, logged_in):
    user = make_user(world.a, "resident", email="lid@dorp-a.example")
    with scope(collective=world.a):
        person = Person.objects.get(user=user)
        person.postcode, person.house_number = "7915 AB", 20
        person.save()
        member_create(actor=None, person=person, since=datetime.date(2022, 1, 1))
    client = logged_in(user)
    page = client.get(url(world, "mijn-lidmaatschap/")).content.decode()
    assert "Toestemming geven: nieuwsbrief per e-mail" in page
    client.post(
        url(world, "mijn-lidmaatschap/toestemming/"), {"topic": "newsletter", "action": "give"}
    )
    client.post(
        url(world, "mijn-lidmaatschap/toestemming/"), {"topic": "newsletter", "action": "withdraw"}
    )
    with scope(collective=world.a):
        consent = Consent.objects.get(person=person)
        assert consent.withdrawn_at is not None and consent.text.version == 1
    client.post(
        url(world, "mijn-lidmaatschap/gegevens/"),
        {"email": "lid@dorp-a.example", "phone": "06 12345678", "street": "Brink",
         "house_number": "20", "postcode": "7915ab", "city": "Veldhoek",
         "contact_preference": "phone"},
    )  # fmt: skip
    client.post(url(world, "mijn-lidmaatschap/opzeggen/"))
    with scope(collective=world.a):
        person.refresh_from_db()
        member = Member.objects.get(person=person)
    assert (person.phone, person.postcode) == ("06 12345678", "7915 AB")
    assert (member.until, member.end_reason) == (timezone.localdate(), "own_request")
    assert client.get(url(world, "mijn-gegevens/")).status_code == 200


def test_personal_data_export_holds_the_membership_and_erasure_keeps_the_books(world, logged_in):
    client = logged_in(world.a_coordinator)
    person_id = world.a_resident.pk
    export = client.get(url(world, f"mensen/{person_id}/alle-gegevens/?formaat=json"))
    data = json.loads(export.content)
    assert data["persoon"]["achternaam"] == "Jansen"
    assert data["lidmaatschap"]["lid_sinds"] == "2020-01-01"
    assert data["machtigingen"][0]["iban"] == "NL91ABNA0417164300"
    assert data["betalingen"][0]["via"] == "automatische incasso"
    readable = client.get(url(world, f"mensen/{person_id}/alle-gegevens/")).content.decode()
    assert "NL91ABNA0417164300" in readable
    client.post(url(world, f"mensen/{person_id}/wissen/"))
    with scope(collective=world.a):
        person = Person.objects.get(pk=person_id)
        assert (person.given_name, person.phone, person.postcode) == ("Gewist", "", "")
        assert Payment.objects.filter(pk=world.a_members.payment_id).exists()
        assert Member.objects.get(person=person).until == timezone.localdate()


def test_retention_erases_former_members_after_two_years_but_not_volunteers(world, capsys):
    with scope(collective=world.a):
        member = Member.objects.get(pk=world.a_members.member_id)
        long_ago = timezone.localdate() - datetime.timedelta(days=3 * 365)
        member_end(actor=None, member=member, until=long_ago, reason="moved")
    call_command("members_retention")
    assert "dorp-a: 1 oud-leden gewist" in capsys.readouterr().out
    with scope(collective=world.a):
        assert Person.objects.get(pk=world.a_resident.pk).erased_at is not None


def test_another_collectives_member_cannot_open_my_membership(world, logged_in) -> None:
    client: Client = logged_in(world.b_coordinator)
    assert client.get(url(world, "mijn-lidmaatschap/")).status_code == 404


def test_a_long_register_pages_and_keeps_the_filter(world, logged_in):
    with scope(collective=world.a):
        for number in range(1, 52):
            person = Person.objects.create(
                collective=world.a, given_name=f"Lid{number}", family_name="Veen",
                postcode="7915 AB", house_number=200 + number,
            )  # fmt: skip
            member_create(actor=None, person=person, since=datetime.date(2021, 1, 1))
    page = logged_in(world.a_coordinator).get(url(world, "leden/?q=veen&status=all"))
    text = page.content.decode()
    assert "51 leden gevonden" in text and "Pagina 1 van 2" in text
    assert 'href="?q=veen&amp;status=all&amp;pagina=2"' in text


def test_a_list_without_mandate_dates_imports_with_one_warning_and_waits_for_the_treasurer(
    world, logged_in, immediate_tasks, django_capture_on_commit_callbacks
):
    client = logged_in(world.a_coordinator)
    rows = "".join(
        f"{name};Smit;7915AB;{n};NL91ABNA0417164300;\n"
        for n, name in enumerate(["Jan", "Mien", "Kees", "Truus"], start=20)
    )
    content = ("voornaam;achternaam;postcode;huisnummer;iban;machtiging datum\n" + rows).encode()
    response = client.post(url(world, "leden/importeren/"), {"file": _file("leden.csv", content)})
    preview = client.get(response["Location"]).content.decode()
    assert "Alles klopt. 4 leden" in preview
    assert preview.count("ja, datum onbekend") == 4
    assert preview.count("4 machtigingen hebben geen datum") == 1
    with django_capture_on_commit_callbacks(execute=True):
        client.post(response["Location"] + "bevestigen/")
    year = client.get(url(world, f"contributie/{YEAR}/")).content.decode()
    assert "4 machtigingen hebben geen datum" in year
    with scope(collective=world.a):
        jan = Member.objects.get(person__given_name="Jan", person__family_name="Smit")
    member_page = client.get(url(world, f"leden/{jan.pk}/")).content.decode()
    assert "getekend op datum onbekend" in member_page
    done = client.post(url(world, f"contributie/{YEAR}/machtigingen-zonder-datum/"), follow=True)
    assert "4 machtigingen hebben nu &#x27;lid sinds&#x27; als datum" in done.content.decode()
    with scope(collective=world.a):
        smits = list(Mandate.objects.filter(member__person__family_name="Smit"))
    assert len(smits) == 4
    assert all(mandate.signed_on == mandate.member.since for mandate in smits)
