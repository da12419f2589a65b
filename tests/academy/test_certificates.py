"""Certificates: made after the last session for who reached the threshold, a PDF with the
code and the address of the public check, and a check (page and JSON) that shows every
printed field, says when a certificate was withdrawn, and notices a changed field."""

import html
import io

import pikepdf
from django.test import Client
from django.urls import reverse
from django_scopes import scope, scopes_disabled

from tests.academy.build import held
from tests.academy.conftest import Academy
from tests.conftest import login
from wijkkracht.academy.models import Certificate
from wijkkracht.academy.services.attendance import teacher_ticks_save
from wijkkracht.academy.services.certificates import certificate_lines, certificates_issue
from wijkkracht.academy.services.editions import edition_enrol
from wijkkracht.activities.models import Via
from wijkkracht.core.services.privacy import person_erase


def _held_course(academy: Academy) -> Certificate:
    """The resident stays 140 of 155 minutes (passes), the nurse 139 (does not)."""
    resident, nurse = academy.person(academy.resident), academy.person(academy.nurse)
    with scope(collective=academy.collective):
        for person in (resident, nurse):
            edition_enrol(actor=None, edition=academy.edition, person=person, via=Via.PHONE)
    (session,) = held(academy.edition)
    with scope(collective=academy.collective):
        teacher_ticks_save(
            actor=None,
            session=session,
            rows={resident.pk: (True, 0, 15), nurse.pk: (True, 10, 16)},
        )
    teacher = login(Client(), academy.teacher)
    issue = reverse(
        "academy:certificates_issue", args=[academy.collective.slug, academy.edition.pk]
    )
    assert teacher.post(issue).status_code == 302
    teacher.post(issue)  # twice: still one each
    with scope(collective=academy.collective):
        (certificate,) = Certificate.objects.all()
    assert certificate.person_id == resident.pk
    return certificate


def test_no_certificates_before_the_last_session(academy: Academy) -> None:
    with scope(collective=academy.collective):
        try:
            certificates_issue(actor=None, edition=academy.edition)
        except Exception as error:
            assert "na de laatste bijeenkomst" in str(error)
        else:
            raise AssertionError("certificates were made before the course was held")


def test_the_pdf_holds_the_code_and_the_address_of_the_check(academy: Academy) -> None:
    certificate = _held_course(academy)
    url = reverse("academy:certificate_pdf", args=[academy.collective.slug, certificate.pk])
    response = login(Client(), academy.resident).get(url)
    assert response["Content-Type"] == "application/pdf"
    pdf = pikepdf.open(io.BytesIO(response.content))
    text = pdf.pages[0].Contents.read_bytes().decode("latin-1")
    assert certificate.code in text
    assert f"/certificaat/{certificate.code}/" in text
    assert "155 minuten" in text and "Punten: 2,5" in text and "512345" in text
    # Someone else in the village does not get it; the teacher does.
    assert login(Client(), academy.nurse).get(url).status_code == 404
    assert login(Client(), academy.teacher).get(url).status_code == 200


def test_the_public_check_shows_every_printed_field(academy: Academy) -> None:
    certificate = _held_course(academy)
    visitor = Client()
    page = visitor.get(f"/certificaat/{certificate.code}/").content.decode()
    assert "echt en geldig" in page
    for label, value in certificate_lines(certificate):
        assert label in page and html.escape(value) in page, label
    assert f'href="/certificaat/{certificate.code}.json"' in page
    # Typed any way on the search page, it is found.
    typed = certificate.code.lower().replace("-", " ")
    found = visitor.get("/certificaat/", {"code": typed})
    assert found["Location"] == f"/certificaat/{certificate.code}/"
    data = visitor.get(f"/certificaat/{certificate.code}.json").json()
    assert data == {
        "code": certificate.code,
        "name": certificate.name,
        "course_title": "Luisteren en doorvragen",
        "collective_name": "Dorpscoöperatie",
        "first_day": certificate.first_day.isoformat(),
        "last_day": certificate.last_day.isoformat(),
        "net_minutes": "155",
        "points": "2.5",
        "register": "kr-vv",
        "register_name": "Kwaliteitsregister V&V (verpleegkundigen en verzorgenden)",
        "accreditation_id": "512345",
        "issued_on": certificate.issued_on.isoformat(),
        "status": "valid",
    }
    assert visitor.get("/certificaat/BA-2222-2222.json").status_code == 404


def test_a_revoked_certificate_says_so_and_a_changed_one_is_not_valid(academy: Academy) -> None:
    certificate = _held_course(academy)
    coordinator = login(Client(), academy.coordinator)
    revoke = reverse("academy:certificate_revoke", args=[academy.collective.slug, certificate.pk])
    refused = coordinator.post(revoke, {"reason": ""})
    assert "Schrijf op waarom" in refused.content.decode()
    coordinator.post(revoke, {"reason": "Per ongeluk gemaakt"})
    data = Client().get(f"/certificaat/{certificate.code}.json").json()
    assert (data["status"], data["revoked_reason"]) == ("revoked", "Per ongeluk gemaakt")
    assert "geldt niet meer" in Client().get(f"/certificaat/{certificate.code}/").content.decode()
    # Someone changes the points in the database: the signature no longer fits.
    with scopes_disabled():
        Certificate.objects.filter(pk=certificate.pk).update(points=9, revoked_on=None)
    assert Client().get(f"/certificaat/{certificate.code}.json").json()["status"] == "altered"


def test_erasure_takes_the_certificate_and_the_check_no_longer_knows_it(academy: Academy) -> None:
    certificate = _held_course(academy)
    with scope(collective=academy.collective):
        person_erase(actor=None, person=academy.person(academy.resident))
        assert not Certificate.objects.exists()
    assert Client().get(f"/certificaat/{certificate.code}/").status_code == 404
