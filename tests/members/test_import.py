import datetime
import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django_scopes import scope
from openpyxl import Workbook

from tests.conftest import make_collective, make_person
from wijkkracht.members.models import Mandate, Member
from wijkkracht.members.services.importing import MemberImportError, members_import

pytestmark = pytest.mark.django_db

# As Dutch Excel saves it: ';', Windows-1252, postcode without a space, day-month-year.
DUTCH_EXCEL = (
    "Lidnr;Voornaam;Tussenvoegsel;Achternaam;Straat;Huisnr;Postcode;Woonplaats;E-mail;"
    "Contact;Lid sinds;Tarief;IBAN;Machtiging datum\r\n"
    "1;Anneloes;;Brinkhuis;Dorpsstraat;4;7915ab;Veldhoek;;brief;3-2-2019;;"
    "NL91 ABNA 0417 1643 00;1-3-2019\r\n"
    "2;Gerrit;van;Dijk;Dorpsstraat;4;7915 AB;Veldhoek;gerrit@voorbeeld.example;e-mail;"
    "15/06/2020;;;\r\n"
    "3;Zoë;de;Vries;Kerkweg;12a;7915AC;Veldhoek;;telefoon;1 maart 2021;verlaagd;;\r\n"
).encode("cp1252")


@pytest.fixture
def collective():
    return make_collective("dorp", "Dorpscoöperatie")


def load(collective, content: bytes, filename: str = "leden.csv"):
    with scope(collective=collective):
        return members_import(actor=None, collective=collective, content=content, filename=filename)


def test_a_dutch_excel_csv_imports_with_households_mandates_and_normalised_data(collective):
    plan = load(collective, DUTCH_EXCEL)
    assert len(plan.members) == 3
    with scope(collective=collective):
        zoe = Member.objects.get(number=3)
        anneloes = Member.objects.get(number=1)
        mandate = Mandate.objects.get()
    assert zoe.person.full_name == "Zoë de Vries"
    assert (zoe.person.house_number, zoe.person.house_number_addition) == (12, "A")
    assert (zoe.person.postcode, zoe.since, zoe.rate) == (
        "7915 AC",
        datetime.date(2021, 3, 1),
        "reduced",
    )
    assert anneloes.person.contact_preference == "letter"
    assert (mandate.member, mandate.iban, mandate.signed_on) == (
        anneloes,
        "NL91ABNA0417164300",
        datetime.date(2019, 3, 1),
    )


def test_utf8_with_bom_and_commas_imports_too(collective):
    content = "\ufeffvoornaam,achternaam,postcode,huisnummer\nJosé,Smit,7915 AB,3\n".encode()
    load(collective, content)
    with scope(collective=collective):
        assert Member.objects.get().person.given_name == "José"


def test_an_xlsx_with_real_date_cells_imports(collective):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Voornaam", "Achternaam", "Postcode", "Huisnummer", "Lid sinds"])
    sheet.append(["Truus", "Bakker", "7915AB", 7, datetime.datetime(2018, 4, 1)])
    buffer = io.BytesIO()
    workbook.save(buffer)
    load(collective, buffer.getvalue(), "leden.xlsx")
    with scope(collective=collective):
        assert Member.objects.get().since == datetime.date(2018, 4, 1)


def test_a_file_with_errors_imports_nothing_and_names_every_bad_row(collective):
    content = (
        b"voornaam;achternaam;postcode;huisnummer;lid sinds;iban;machtiging datum\n"
        b"Jan;Smit;7915AB;3;1-1-2020;;\n"
        b"Piet;Bos;12345;4;1-1-2020;;\n"
        b"Kees;Veen;7915AB;vijf;31-02-2020;;\n"
        b"Mien;Smit;7915AB;6;;NL91ABNA0417164301;1-1-2020\n"
        b"Jan;Smit;7915 ab;3;;;\n"
        b";Leeg;7915AB;8;;;\n"
    )
    with pytest.raises(MemberImportError) as refused:
        load(collective, content)
    errors = refused.value.plan.errors
    assert [error.split(":")[0] for error in errors] == [
        "Rij 3",
        "Rij 4",
        "Rij 5",
        "Rij 6",
        "Rij 7",
    ]
    assert "12345 is geen geldige postcode" in errors[0]
    assert "vijf is geen huisnummer" in errors[1]
    assert "31-02-2020 is geen datum" in errors[1]
    assert "Dit IBAN klopt niet" in errors[2]
    assert "staat al in rij 2" in errors[3]
    assert "voornaam is leeg" in errors[4]
    with scope(collective=collective):
        assert Member.objects.count() == 0


def test_someone_already_in_the_register_is_refused_and_a_known_resident_is_linked(collective):
    load(collective, b"voornaam;achternaam;postcode;huisnummer\nJan;Smit;7915AB;3\n")
    with pytest.raises(MemberImportError, match="Jan Smit op dit adres is al lid"):
        load(collective, b"voornaam;achternaam;postcode;huisnummer\nJan;Smit;7915AB;3\n")
    resident = make_person(
        collective, given_name="Mien", family_name="Bos", postcode="7915 AB", house_number=5
    )
    load(collective, b"voornaam;achternaam;postcode;huisnummer\nmien;bos;7915AB;5\n")
    with scope(collective=collective):
        assert Member.objects.get(person__family_name="Bos").person == resident


def test_missing_columns_are_named(collective):
    with pytest.raises(MemberImportError, match="Deze kolommen ontbreken: postcode, huisnummer"):
        load(collective, b"voornaam;achternaam\nJan;Smit\n")


def test_the_command_checks_with_dry_run_then_imports(collective, tmp_path, capsys):
    path = tmp_path / "leden.csv"
    path.write_bytes(DUTCH_EXCEL)
    call_command("import_members", "--collective", "dorp", str(path), "--dry-run")
    assert "3 leden kunnen worden ingelezen" in capsys.readouterr().out
    with scope(collective=collective):
        assert Member.objects.count() == 0
    call_command("import_members", "--collective", "dorp", str(path))
    with scope(collective=collective):
        assert Member.objects.count() == 3
    with pytest.raises(CommandError, match="Rij 2: Anneloes Brinkhuis op dit adres is al lid"):
        call_command("import_members", "--collective", "dorp", str(path))


def test_an_email_address_with_letters_like_o_umlaut_before_the_at_is_accepted(collective):
    content = (
        "Lidnr;Voornaam;Achternaam;Straat;Huisnr;Postcode;Woonplaats;E-mail;Contact;Lid sinds\r\n"
        "1;Jöris;Brinkhuis;Dorpsstraat;4;7915AB;Veldhoek;Jöris@Vöorbeeld.nl;e-mail;3-2-2019\r\n"
    ).encode("utf-8-sig")
    load(collective, content)
    with scope(collective=collective):
        assert Member.objects.get(number=1).person.email == "jöris@vöorbeeld.nl"
