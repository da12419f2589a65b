"""The 1-loket as its people use it: a phone call, a volunteer's yes by e-mail, closure."""

import datetime
import re
from decimal import Decimal

from django.core import mail
from django.test import Client
from django.utils import timezone
from django_scopes import scope

from tests.conftest import login, make_collective
from tests.help.build import a_request, a_volunteer
from tests.help.conftest import Loket
from wijkkracht.core.models import AccessEntry, AuditEntry, Person
from wijkkracht.help.models import (
    Assignment,
    HealthNote,
    HelpRequest,
    HoursEntry,
    Referral,
    Status,
)
from wijkkracht.help.services.assignments import assignment_answer, assignment_propose
from wijkkracht.help.tokens import answer_token
from wijkkracht.info.models import Organisation

TOMORROW = timezone.localdate() + datetime.timedelta(days=1)


def test_a_phone_call_is_matched_accepted_by_link_and_closed_with_hours(
    loket: Loket, client: Client, immediate_tasks, django_capture_on_commit_callbacks
) -> None:
    slug = loket.collective.slug
    login(client, loket.coordinator)
    search = client.get(f"/{slug}/hulp/vragen/nieuw/", {"q": "Mulder"}).content.decode()
    assert "Niemand gevonden" in search
    created = client.post(
        f"/{slug}/hulp/vragen/nieuw/",
        {
            "given_name": "Aaltje",
            "family_name": "Mulder",
            "phone": "0528 341 276",
            "street": "Kerkstraat",
            "postcode": "7915ab",
            "house_number": "7",
            "contact_preference": "phone",
        },
    )
    with scope(collective=loket.collective):
        aaltje = Person.objects.get(family_name="Mulder")
    assert created["Location"] == f"/{slug}/hulp/vragen/nieuw/{aaltje.pk}/"
    form = {
        "channel": "phone",
        "category": "groceries",
        "description": "Brood, melk en koffie.",
        "date": TOMORROW.isoformat(),
        "start_time": "10:00",
        "end_time": "11:00",
        "area": loket.buurt.pk,
        "urgency": "normal",
    }
    detail_url = client.post(created["Location"], form)["Location"]
    page = client.get(detail_url).content.decode()
    assert "Vera Hulp" in page
    assert "doet graag: boodschappen" in page and "zelfde buurt" in page
    with scope(collective=loket.collective):
        help_request = HelpRequest.objects.get(resident=aaltje)
    assert (help_request.status, help_request.channel) == (Status.TRIAGE, "phone")
    assert help_request.place == "Kerkstraat 7, 7915 AB"  # her address: no place was given

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/{slug}/hulp/vragen/{help_request.pk}/vrijwilliger-vragen/",
            {"volunteer": loket.volunteer.pk, "score": 85},
        )
    [asked] = mail.outbox
    assert asked.to == ["vera@dorp.example"]
    assert "Mulder" not in asked.body  # the name comes only after a yes, on her own page
    link = re.search(r"http://\S+/hulp/antwoord/\S+/", asked.body).group(0)
    path = "/" + link.split("://", 1)[1].split("/", 1)[1]

    volunteer_phone = Client()
    shown = volunteer_phone.get(path).content.decode()
    assert "Kun je helpen?" in shown and "Mulder" not in shown
    with scope(collective=loket.collective):
        assert Assignment.objects.get().state == "proposed"  # opening the link says nothing yet
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        volunteer_phone.post(path, {"answer": "yes"})
    with scope(collective=loket.collective):
        assignment = Assignment.objects.get()
        assert (assignment.state, assignment.answered_via) == ("accepted", "link")
        assert HelpRequest.objects.get().status == Status.CONFIRMED
    assert [message.to for message in mail.outbox] == [[loket.coordinator.email]]
    assert "Bel even" in mail.outbox[0].body  # Aaltje has no e-mail: the coordinator phones

    client.post(
        f"/{slug}/hulp/vragen/{help_request.pk}/afsluiten/",
        {"outcome": "Boodschappen gedaan.", "hours": "1,5", "satisfied": "yes"},
    )
    with scope(collective=loket.collective):
        closed = HelpRequest.objects.get()
        assert (closed.status, closed.hours_spent, closed.resident_satisfied) == (
            Status.DONE,
            Decimal("1.50"),
            True,
        )
        assert HoursEntry.objects.get().hours == Decimal("1.50")
    login(client, loket.volunteer_user)
    thanks = client.get(f"/{slug}/hulp/mijn-uren/{timezone.localdate().year}/").content.decode()
    assert "1,5 uur" in thanks


def test_a_resident_asks_online_and_the_coordinator_sees_it_first(
    loket: Loket, client: Client
) -> None:
    slug = loket.collective.slug
    login(client, loket.volunteer_user)  # any person of the collective may ask
    client.post(
        f"/{slug}/hulp/vraag/",
        {
            "category": "odd_jobs",
            "description": "Lamp vervangen",
            "date": TOMORROW.isoformat(),
            "day_part": "afternoon",
            "urgency": "high",
        },
    )
    with scope(collective=loket.collective):
        asked = HelpRequest.objects.get()
    assert (asked.status, asked.channel) == (Status.NEW, "online")
    assert (asked.start_time, asked.end_time) == (datetime.time(12), datetime.time(17))
    assert "Lamp" not in client.get(f"/{slug}/hulp/").content.decode()  # not for volunteers
    login(client, loket.coordinator)
    dashboard = client.get(f"/{slug}/hulp/").content.decode()
    assert "klusjes in en om het huis" in dashboard and "(spoed)" in dashboard


def test_a_past_date_or_a_reversed_time_is_refused_in_dutch(loket: Loket, client: Client) -> None:
    slug = loket.collective.slug
    login(client, loket.coordinator)
    with scope(collective=loket.collective):
        resident = Person.objects.get(user=loket.coordinator)
    form = {
        "channel": "phone",
        "category": "meal",
        "description": "Eten",
        "date": (timezone.localdate() - datetime.timedelta(days=1)).isoformat(),
        "start_time": "10:00",
        "end_time": "11:00",
        "urgency": "normal",
    }
    page = client.post(f"/{slug}/hulp/vragen/nieuw/{resident.pk}/", form).content.decode()
    assert "Deze datum is al voorbij" in page
    form.update(date=TOMORROW.isoformat(), start_time="12:00")
    page = client.post(f"/{slug}/hulp/vragen/nieuw/{resident.pk}/", form).content.decode()
    assert "De eindtijd moet na de begintijd liggen" in page
    with scope(collective=loket.collective):
        assert not HelpRequest.objects.exists()


def test_a_health_note_needs_consent_and_every_read_is_logged(loket: Loket, client: Client) -> None:
    slug = loket.collective.slug
    with scope(collective=loket.collective):
        resident = Person.objects.get(user=loket.coordinator)
    help_request = a_request(loket.collective, resident)
    login(client, loket.coordinator)
    edit = f"/{slug}/hulp/vragen/{help_request.pk}/gezondheid/bewerken/"
    note = {"text": "Slechtziend.", "share_with_volunteer": "on", "consent_via": "phone"}
    refused = client.post(edit, note).content.decode()
    assert "Zonder uitdrukkelijke toestemming" in refused
    client.post(edit, {**note, "consent": "on"})
    with scope(collective=loket.collective):
        assert HealthNote.objects.get().text == "Slechtziend."
        assert "Slechtziend" not in str(list(AuditEntry.objects.values_list("data", flat=True)))
    assert (
        "Slechtziend" not in client.get(f"/{slug}/hulp/vragen/{help_request.pk}/").content.decode()
    )
    assert (
        "Slechtziend"
        in client.get(f"/{slug}/hulp/vragen/{help_request.pk}/gezondheid/").content.decode()
    )
    with scope(collective=loket.collective):
        assert AccessEntry.objects.filter(person=resident).count() == 1

    # The volunteer reads it only after saying yes; that read is logged too.
    with scope(collective=loket.collective):
        task = assignment_propose(actor=None, request=help_request, volunteer=loket.volunteer)
    volunteer = login(Client(), loket.volunteer_user)
    note_url = f"/{slug}/hulp/mijn-taken/{task.pk}/gezondheid/"
    assert volunteer.get(note_url).status_code == 404
    with scope(collective=loket.collective):
        assignment_answer(actor=None, assignment=task, accept=True, via="phone")
    assert "Slechtziend" in volunteer.get(note_url).content.decode()
    with scope(collective=loket.collective):
        roles = list(
            AccessEntry.objects.filter(person=resident).values_list("actor_role", flat=True)
        )
    assert roles == ["vrijwilliger", "coördinator"]

    client.post(f"/{slug}/hulp/vragen/{help_request.pk}/gezondheid/wissen/")
    with scope(collective=loket.collective):
        assert not HealthNote.objects.exists()


def test_a_referral_comes_back_as_a_call_to_make(loket: Loket, client: Client) -> None:
    slug = loket.collective.slug
    with scope(collective=loket.collective):
        resident = Person.objects.get(user=loket.coordinator)
    help_request = a_request(loket.collective, resident, category="paperwork")
    login(client, loket.coordinator)
    client.post(
        f"/{slug}/informatie/beheer/organisaties/nieuw/",
        {"name": "Schuldhulpmaatje", "kind": "vrijwilligers", "website": "schuldhulpmaatje.nl"},
    )
    with scope(collective=loket.collective):
        organisation = Organisation.objects.get()
    assert organisation.website == "https://schuldhulpmaatje.nl"
    client.post(
        f"/{slug}/hulp/vragen/{help_request.pk}/doorverwijzen/",
        {
            "organisation": organisation.pk,
            "handover": "Samen gebeld, afspraak dinsdag.",
            "follow_up_on": timezone.localdate().isoformat(),
        },
    )
    with scope(collective=loket.collective):
        assert HelpRequest.objects.get().status == Status.REFERRED
        referral = Referral.objects.get()
    assert "doorverwezen naar Schuldhulpmaatje" in client.get(f"/{slug}/hulp/").content.decode()
    client.post(f"/{slug}/hulp/doorverwijzingen/{referral.pk}/nagebeld/", {"note": "Het loopt."})
    assert "doorverwezen naar Schuldhulpmaatje" not in client.get(f"/{slug}/hulp/").content.decode()


def test_a_no_sends_the_question_back_and_a_foreign_or_forged_link_is_not_found(
    loket: Loket, client: Client
) -> None:
    with scope(collective=loket.collective):
        resident = Person.objects.get(user=loket.coordinator)
    help_request = a_request(loket.collective, resident)
    with scope(collective=loket.collective):
        task = assignment_propose(actor=None, request=help_request, volunteer=loket.volunteer)
    token = answer_token(task.pk)
    other = make_collective("elders", "Elders")
    assert client.get(f"/{other.slug}/hulp/antwoord/{token}/").status_code == 404
    assert client.get(f"/{loket.collective.slug}/hulp/antwoord/{token}x/").status_code == 404
    client.post(f"/{loket.collective.slug}/hulp/antwoord/{token}/", {"answer": "no"})
    with scope(collective=loket.collective):
        assert HelpRequest.objects.get().status == Status.TRIAGE
        assert Assignment.objects.get().state == "declined"
    # A yes after the no does not sneak back in.
    page = client.post(f"/{loket.collective.slug}/hulp/antwoord/{token}/", {"answer": "yes"})
    assert "niet meer open" in page.content.decode()


def test_plan_the_week_asks_the_best_volunteers_once(loket: Loket, client: Client) -> None:
    slug = loket.collective.slug
    piet = a_volunteer(loket.collective, "Piet", categories=["groceries"], max_tasks_per_week=1)
    with scope(collective=loket.collective):
        resident = Person.objects.get(user=loket.coordinator)
    groceries = a_request(loket.collective, resident, days=1)
    company = a_request(loket.collective, resident, days=1, category="company")
    login(client, loket.coordinator)
    monday = TOMORROW - datetime.timedelta(days=TOMORROW.weekday())
    page = client.get(f"/{slug}/hulp/week/", {"week": monday.isoformat()}).content.decode()
    pairs = re.findall(r'name="pair" value="([\d:]+)"', page)
    assert sorted(p.rsplit(":", 1)[0] for p in pairs) == sorted(
        [f"{groceries.pk}:{piet.pk}", f"{company.pk}:{loket.volunteer.pk}"]
    )
    client.post(f"/{slug}/hulp/week/", {"pair": pairs})
    again = client.post(f"/{slug}/hulp/week/", {"pair": pairs}, follow=True).content.decode()
    assert "Er is al een vrijwilliger gevraagd" in again
    with scope(collective=loket.collective):
        assert Assignment.objects.count() == 2


def test_the_volunteer_profile_form_sets_day_parts_and_a_holiday(
    loket: Loket, client: Client
) -> None:
    slug = loket.collective.slug
    person_id = loket.volunteer.person_id
    login(client, loket.coordinator)
    client.post(
        f"/{slug}/hulp/vrijwilligers/{person_id}/tijden/",
        {"day1_morning": "on", "day1_afternoon": "on", "day3_evening": "on"},
    )
    with scope(collective=loket.collective):
        windows = [
            (a.weekday, a.start_time.hour, a.end_time.hour)
            for a in loket.volunteer.availability.all()
        ]
    assert windows == [(1, 8, 17), (3, 17, 21)]
    page = client.get(f"/{slug}/hulp/vrijwilligers/{person_id}/").content.decode()
    assert re.search(r'name="day1_morning"[^>]*checked', page)
    bad = client.post(
        f"/{slug}/hulp/vrijwilligers/{person_id}/afwezig/",
        {"first_day": "2026-12-20", "last_day": "2026-12-10"},
        follow=True,
    )
    assert "De laatste dag moet na de eerste dag liggen" in bad.content.decode()
