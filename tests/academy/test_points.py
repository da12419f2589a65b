"""A professional's points: valid certificates in the register period, against the norm of
the register file (V&V: 147 and 64 for a period ending before 1 July 2027, else 184 and 80),
with the convenant's 10 % from education run by residents; and the presence list for the
register, compared with a golden file."""

import datetime
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

from django.test import Client
from django.urls import reverse
from django_scopes import scope

from tests.academy.build import held
from tests.academy.conftest import Academy
from tests.conftest import login
from wijkkracht.academy.models import RegisterNumber
from wijkkracht.academy.registers import Norm, register_get
from wijkkracht.academy.selectors import points_ledger
from wijkkracht.academy.services.attendance import teacher_ticks_save
from wijkkracht.academy.services.certificates import certificates_issue
from wijkkracht.academy.services.editions import edition_enrol
from wijkkracht.activities.models import Via

GOLDEN = Path(__file__).parent / "golden" / "presentielijst.csv"


def test_the_vv_norm_is_lower_for_a_period_that_ends_before_july_2027() -> None:
    register = register_get("kr-vv")
    assert register.norm(datetime.date(2027, 6, 30)) == Norm(147, 64)
    assert register.norm(datetime.date(2027, 7, 1)) == Norm(184, 80)
    assert register_get("algemeen").norm(datetime.date(2027, 7, 1)) is None


def _nurse_passed(academy: Academy) -> None:
    """The nurse, Esther Wolters, follows the whole morning; a resident without a number too."""
    nurse = academy.person(academy.nurse)
    resident = academy.person(academy.resident)
    with scope(collective=academy.collective):
        nurse.given_name, nurse.family_name = "Esther", "Wolters"
        nurse.save()
        for person in (nurse, resident):
            edition_enrol(actor=None, edition=academy.edition, person=person, via=Via.PHONE)
    (session,) = held(academy.edition)
    with scope(collective=academy.collective):
        teacher_ticks_save(
            actor=None, session=session, rows={nurse.pk: (True, 0, 0), resident.pk: (True, 0, 0)}
        )
        certificates_issue(actor=None, edition=academy.edition)


def test_the_nurses_points_count_against_her_registers_norm(academy: Academy) -> None:
    _nurse_passed(academy)
    client = login(Client(), academy.nurse)
    url = reverse("academy:register_number", args=[academy.collective.slug])
    wrong = client.post(url, {"register": "kr-vv", "number": "1234", "period_start": "2022-07-02"})
    assert "Dit is geen BIG-nummer (11 cijfers)" in wrong.content.decode()
    form = {"register": "kr-vv", "number": "12345678901", "period_start": "2022-07-02"}
    assert client.post(url, form).status_code == 302
    with scope(collective=academy.collective):
        (ledger,) = points_ledger(academy.person(academy.nurse))
    assert ledger.period_end == datetime.date(2027, 7, 1)
    assert ledger.norm == Norm(184, 80)
    assert (ledger.points, ledger.accredited, ledger.by_residents) == (
        Decimal("2.5"),
        Decimal("2.5"),
        Decimal("2.5"),
    )
    assert ledger.resident_target == Fraction(92, 5)  # 18.4 of 184, exactly
    page = client.get(reverse("academy:my_learning", args=[academy.collective.slug]))
    text = page.content.decode()
    assert "van de 184 nodig" in text and "doel: 18,4" in text
    # One day earlier the period ends before 1 July 2027: the lower norm.
    form["period_start"] = "2022-07-01"
    client.post(url, form)
    with scope(collective=academy.collective):
        (ledger,) = points_ledger(academy.person(academy.nurse))
        assert RegisterNumber.objects.count() == 1
    assert ledger.norm == Norm(147, 64)


def test_the_presence_list_matches_the_golden_file(academy: Academy) -> None:
    _nurse_passed(academy)
    nurse = academy.person(academy.nurse)
    teacher = login(Client(), academy.teacher)
    edition = reverse("academy:edition", args=[academy.collective.slug, academy.edition.pk])
    # The nurse passed without a number: named on the page, so nobody is left out quietly.
    missing = teacher.get(edition).content.decode().split("zonder geldig nummer")[1]
    assert "Esther Wolters" in missing.split("</p>")[0]
    with scope(collective=academy.collective):
        RegisterNumber.objects.create(
            collective=academy.collective,
            person=nurse,
            register="kr-vv",
            number="12345678901",
            period_start=datetime.date(2023, 1, 1),
        )
        meeting = academy.edition.sessions.get().pk
    url = reverse("academy:presence_csv", args=[academy.collective.slug, academy.edition.pk])
    response = teacher.get(url)
    expected = (
        GOLDEN.read_bytes().decode("utf-8").format(edition=academy.edition.pk, meeting=meeting)
    )
    assert response.content.decode("utf-8") == expected
    # The resident passed too, but is no care provider: not in the file and not asked for one.
    assert "zonder geldig nummer" not in teacher.get(edition).content.decode()
    # Only the course's teachers and the coordinator get the file.
    assert login(Client(), academy.nurse).get(url).status_code == 404
