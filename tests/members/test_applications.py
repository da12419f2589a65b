"""Lid worden: the public form, the paper form, the treasurer's queue, and what accepting makes."""

import re

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone
from django_scopes import scope

from tests.concurrent import at_once
from tests.conftest import login, make_person, make_user, worker_runs_jobs
from tests.members.build import CREDITOR_ID
from tests.members.conftest import bank, export, join, run
from tests.members.test_sepa import NS, parse
from wijkkracht.core.models import AuditEntry
from wijkkracht.members.models import Application, ApplicationStatus, Mandate, Member
from wijkkracht.members.services.applications import name_split

pytestmark = pytest.mark.django_db

IBAN = "NL91 ABNA 0417 1643 00"


def form(client: Client, slug: str, path: str = "lid-worden/", **changes: str) -> dict[str, str]:
    """The form as a visitor fills it in, with the reference token the page gave."""
    page = client.get(f"/{slug}/{path}").content.decode()
    token = re.search(r'name="reference_token" value="([^"]+)"', page)
    assert token, page[:300]
    data = {
        "reference_token": token.group(1),
        "given_name": "Grietje",
        "family_name": "Mulder",
        "phone": "0528 221 100",
        "email": "grietje@voorbeeld.example",
        "contact_preference": "email",
        "street": "Brink",
        "house_number": "3",
        "postcode": "7915ac",
        "city": "Veldhoek",
        "housemates": "Jan van der Berg",
        "pay_by": "debit",
        "iban": IBAN,
        "account_holder": "",
        "agree": "on",
    }
    data.update(changes)
    return data


def apply(client: Client, slug: str, **changes: str) -> str:
    response = client.post(f"/{slug}/lid-worden/", form(client, slug, **changes))
    assert response.status_code == 200
    return response.content.decode()


def test_an_online_application_keeps_the_mandate_as_agreed_and_mails_a_confirmation(
    village, client: Client
) -> None:
    bank(village)
    with worker_runs_jobs():
        page = apply(client, village.slug)
    assert "Dank u wel! Uw aanmelding is binnen." in page
    with scope(collective=village):
        application = Application.objects.get()
    assert application.status == ApplicationStatus.WAITING
    assert application.postcode == "7915 AC"
    assert application.iban == "NL91ABNA0417164300"
    assert application.signed_on == timezone.localdate()
    assert application.signed_ip == "127.0.0.1"
    assert application.mandate_reference.startswith("AANM-")
    assert f"Incassant-ID: {CREDITOR_ID}" in application.mandate_text
    assert f"Kenmerk machtiging: {application.mandate_reference}" in application.mandate_text
    assert [message.to for message in mail.outbox] == [["grietje@voorbeeld.example"]]
    body = mail.outbox[0].body
    assert application.mandate_reference in body and "Jan van der Berg" in body
    assert "NL91ABNA0417164300" not in body  # the whole IBAN never travels by e-mail
    with scope(collective=village):
        logged = AuditEntry.objects.get(action="application.submit")
    assert "NL91" not in str(logged.data)


def test_the_form_refuses_in_dutch_and_keeps_what_was_typed(village, client: Client) -> None:
    bank(village)
    page = apply(client, village.slug, postcode="12345", agree="", phone="", email="")
    assert "Zet een vinkje als u akkoord gaat met de machtiging." in page
    assert "Vul een telefoonnummer of e-mailadres in." in page
    assert 'value="Brink"' in page
    page = apply(client, village.slug, postcode="12345")
    assert "12345 is geen geldige postcode" in page
    assert 'value="Grietje"' in page
    with scope(collective=village):
        assert not Application.objects.exists()


def test_a_changed_mandate_reference_is_refused(village, client: Client) -> None:
    bank(village)
    data = form(client, village.slug, reference_token="AANM-ZELFGEKOZEN")
    page = client.post(f"/{village.slug}/lid-worden/", data).content.decode()
    assert "Het formulier is verlopen. Vul het opnieuw in." in page
    with scope(collective=village):
        assert not Application.objects.exists()


def test_a_member_or_a_waiting_application_at_the_same_address_is_explained(
    village, client: Client
) -> None:
    join(village, "Grietje", 3, family_name="Mulder", postcode="7915 AC")
    page = apply(client, village.slug, housemates="")
    assert "Grietje Mulder is al lid op dit adres. Een tweede aanmelding is niet nodig." in page
    apply(client, village.slug, given_name="Kees", housemates="")
    page = apply(client, village.slug, given_name="kees", housemates="")
    assert "Voor kees Mulder op dit adres is er al een aanmelding." in page
    with scope(collective=village):
        assert Application.objects.count() == 1


def test_accepted_she_is_a_member_with_her_housemate_and_the_next_debit_file_has_her_frst(
    village, client: Client
) -> None:
    bank(village)
    # The treasurer already charged this year: the new household is charged on acceptance.
    join(village, "Oud", 40)
    run(village)
    known = make_person(
        village,
        "resident",
        given_name="Jan",
        family_name_prefix="van der",
        family_name="Berg",
        postcode="7915 AC",
        house_number=3,
    )
    apply(client, village.slug)
    treasurer = make_user(village, "board")
    login(client, treasurer)
    with scope(collective=village):
        application = Application.objects.get()
    response = client.post(f"/{village.slug}/aanmeldingen/{application.pk}/aannemen/")
    assert response.status_code == 302
    with scope(collective=village):
        grietje = Member.objects.get(person__given_name="Grietje")
        jan = Member.objects.get(person__given_name="Jan")
        mandate = Mandate.objects.get(member=grietje)
        application.refresh_from_db()
        assert jan.person_id == known.pk  # the resident they knew became the member
        assert {grietje.number, jan.number} == {2, 3}
        assert grietje.person.address == "Brink 3, 7915 AC Veldhoek"
        assert mandate.reference == application.mandate_reference
        assert mandate.signed_on == application.signed_on
        assert application.status == ApplicationStatus.ACCEPTED
        assert application.member == grietje
    root = parse(export(village).xml)
    debits = {
        tx.findtext(".//p:Dbtr/p:Nm", namespaces=NS): (
            tx.findtext(".//p:InstdAmt", namespaces=NS),
            tx.findtext(".//p:MndtId", namespaces=NS),
        )
        for tx in root.iter(f"{{{NS['p']}}}DrctDbtTxInf")
    }
    assert debits["Grietje Mulder"] == ("17.50", application.mandate_reference)
    first_debits = next(
        info
        for info in root.iter(f"{{{NS['p']}}}PmtInf")
        if info.findtext(".//p:SeqTp", namespaces=NS) == "FRST"
    )
    assert "Grietje Mulder" in " ".join(first_debits.itertext())


def test_refusing_needs_a_reason_that_the_applicant_reads(village, client: Client) -> None:
    apply(client, village.slug)
    mail.outbox.clear()
    login(client, make_user(village, "coordinator"))
    with scope(collective=village):
        application = Application.objects.get()
    url = f"/{village.slug}/aanmeldingen/{application.pk}/afwijzen/"
    assert "Dit veld is verplicht." in client.post(url, {"reason": ""}).content.decode()
    with worker_runs_jobs():
        client.post(url, {"reason": "U woont buiten ons werkgebied."})
    application.refresh_from_db()
    assert application.status == ApplicationStatus.REFUSED
    assert "U woont buiten ons werkgebied." in mail.outbox[0].body
    page = client.post(f"/{village.slug}/aanmeldingen/{application.pk}/aannemen/", follow=True)
    assert "Over deze aanmelding is al beslist: afgewezen." in page.content.decode()


def test_a_paper_form_is_typed_in_with_the_same_checks_and_its_own_date(
    village, client: Client
) -> None:
    bank(village)
    login(client, make_user(village, "coordinator"))
    path = "aanmeldingen/papier/"
    data = form(client, village.slug, path)
    del data["agree"]
    page = client.post(f"/{village.slug}/{path}", {**data, "postcode": "0000 AA"})
    assert "0000 AA is geen geldige postcode" in page.content.decode()
    page = client.post(f"/{village.slug}/{path}", data)
    assert "Vul de datum bij de handtekening in." in page.content.decode()
    client.post(f"/{village.slug}/{path}", {**data, "signed_on": "2026-11-20"})
    with scope(collective=village):
        application = Application.objects.get()
    assert (application.via, str(application.signed_on)) == ("paper", "2026-11-20")
    assert application.signed_ip is None


@pytest.mark.django_db(transaction=True)
def test_two_treasurers_accepting_at_once_make_one_member(village) -> None:
    bank(village)
    apply(Client(), village.slug)
    with scope(collective=village):
        application = Application.objects.get()
    clients = [login(Client(), make_user(village, "board", email=f"t{n}@dorp.example"))
               for n in range(3)]  # fmt: skip
    codes = at_once(
        clients,
        lambda _index, client: client.post(
            f"/{village.slug}/aanmeldingen/{application.pk}/aannemen/"
        ),
    )
    assert codes == [302, 302, 302]
    with scope(collective=village):
        assert Member.objects.filter(person__family_name="Mulder").count() == 1
        assert Mandate.objects.count() == 1
        assert AuditEntry.objects.filter(action="application.accept").count() == 1


def test_the_paper_form_is_a_large_print_pdf_with_the_mandate_text(village, client: Client) -> None:
    bank(village)
    response = client.get(f"/{village.slug}/lid-worden/formulier.pdf")
    assert response["Content-Type"] == "application/pdf"
    content = response.content.decode("latin-1")
    assert "Machtiging voor doorlopende SEPA-incasso" in content
    assert f"Incassant-ID: {CREDITOR_ID}" in content


@pytest.mark.parametrize(
    ("written", "parts"),
    [
        ("Jan van der Berg", ("Jan", "van der", "Berg")),
        ("Fatma Yilmaz", ("Fatma", "", "Yilmaz")),
        ("Kees  Van  Dam", ("Kees", "van", "Dam")),
    ],
)
def test_a_housemates_name_is_split_the_dutch_way(written: str, parts: tuple[str, ...]) -> None:
    name = name_split(written)
    assert (name.given_name, name.family_name_prefix, name.family_name) == parts
