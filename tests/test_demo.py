import datetime
import io
import tempfile
from collections import Counter
from decimal import Decimal
from fractions import Fraction

import pikepdf
import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db.models import Count
from django.utils import timezone
from django_scopes import scope, scopes_disabled
from fhir.resources.R4B.bundle import Bundle
from pabutools.election import Cost_Sat, parse_pabulib
from pabutools.rules import method_of_equal_shares

from tests.conftest import make_collective
from wijkkracht.academy.models import Attendance, Edition, Path
from wijkkracht.academy.selectors import points_ledger
from wijkkracht.academy.services.attendance import edition_results
from wijkkracht.academy.services.certificates import certificate_status
from wijkkracht.activities.models import Activity
from wijkkracht.activities.selectors import guests, participation, portions
from wijkkracht.businesscase.models import Scenario
from wijkkracht.businesscase.realised import last_twelve_months
from wijkkracht.businesscase.selectors import report
from wijkkracht.care.health import fhir_bundle, health_record
from wijkkracht.care.models import Circle, StrainCall
from wijkkracht.care.services.appreciation import appreciation_list
from wijkkracht.care.services.tasks import task_state
from wijkkracht.core.models import Area, Collective, Person, Role, User
from wijkkracht.governance.annual_report import annual_report
from wijkkracht.governance.models import (
    Accounts,
    Decision,
    FollowUp,
    Meeting,
    MeetingRequest,
    SecretVote,
)
from wijkkracht.governance.printing import annual_report_pdf
from wijkkracht.governance.services.meetings import convocation_days, voters
from wijkkracht.governance.services.proxies import proxy_give
from wijkkracht.governance.services.requests import signatures_needed
from wijkkracht.help.matching import rank
from wijkkracht.help.models import HelpRequest, Volunteer
from wijkkracht.help.selectors import request_facts, volunteer_facts
from wijkkracht.help.services.planning import week_plan
from wijkkracht.help.services.requests import help_request_create
from wijkkracht.impact.models import Round
from wijkkracht.impact.poster import poster
from wijkkracht.impact.results import round_results
from wijkkracht.members.exports import register_xlsx
from wijkkracht.members.models import Application, Contribution, Member
from wijkkracht.outreach.models import Door, Stop, Visit
from wijkkracht.outreach.models import Round as OutreachRound
from wijkkracht.outreach.selectors import round_figures
from wijkkracht.participation.models import Ballot, Budget, Response, Survey
from wijkkracht.participation.selectors import budget_election, roll_counts
from wijkkracht.participation.voting.pabulib import pb_write


def test_demo_is_a_village_and_a_city_federation_and_loads_only_once(db: None, capsys) -> None:
    call_command("demo")
    with scopes_disabled():
        counts = (Person.objects.count(), Role.objects.count(), User.objects.count())
    call_command("demo")
    with scopes_disabled():
        assert (Person.objects.count(), Role.objects.count(), User.objects.count()) == counts

    village = Collective.objects.get(slug="veldhoek")
    with scope(collective=village):
        assert Role.objects.filter(name="member").count() == 750
        assert Role.objects.filter(name="volunteer").count() == 120
        assert Role.objects.filter(name="coordinator").count() == 1
    assert village.areas.get().inhabitants == 4595  # CBS 2024, Hoogeveen WK011854
    city = Collective.objects.filter(federation__slug="utrecht-samen")
    assert city.count() == 3
    assert Area.objects.get(code="BU03440121").name == "Lombok-Oost"
    assert Area.objects.get(code="GM0344").inhabitants == 374238

    with scope(collective=village):
        _aaltje_calls_and_sanne_comes_first(village)
        _sannes_shared_meal(village)
        _the_coordinators_business_case()
        _the_neighbourhood_budget_and_the_survey()
        _the_measurements_and_their_infographic()
        _aaltjes_care_circle()
        _the_buurtassistent_course()
        _the_members_meetings()
    with scope(collective=city.get(slug="lombok")):
        _lombok_rings_its_doorbells()

    printed = capsys.readouterr().out
    for role in (
        "coordinator",
        "board",
        "volunteer",
        "member",
        "teacher",
        "partner",
        "federation",
        "platform admin",
        "buurtassistent",
        "mantelzorger",
        "zorgverlener",
    ):
        assert role in printed
    assert "wijkkracht-demo" in printed


def _lombok_rings_its_doorbells() -> None:
    """Lombok read in its addresses; every home is on one walk list; Joost walked on paper,
    Samira on her phone; one door led to a 1-loket request, one to an application."""
    homes = Door.objects.filter(residential=True)
    stops = Stop.objects.filter(round__name="Kennismaken in Lombok")
    assert stops.count() == homes.count() > 200
    assert set(homes.values_list("area__code", flat=True)) == {"BU03440121", "BU03440123"}
    total, *per_buurt = round_figures(OutreachRound.objects.get(name="Kennismaken in Lombok"))
    assert [row.label for row in per_buurt] == ["Lombok-Oost", "Lombok-West"]
    for key in ("doors", "rung", "reached", "questions", "hand_offs"):
        assert getattr(total, key) == sum(getattr(row, key) for row in per_buurt)
    assert (total.rung, total.questions, total.hand_offs) == (78, 1, 3)
    assert Visit.objects.filter(on_paper=True).count() == 41
    assert Visit.objects.filter(on_paper=False).count() == 37
    assert Visit.objects.exclude(interest=None).get().name == "Wim Koster"
    request = HelpRequest.objects.get(channel="door")
    assert request.resident.full_name == "Henk Verhoeven"
    assert Application.objects.get(via="door").given_name == "Yasmina"


def _the_neighbourhood_budget_and_the_survey() -> None:
    """The village voted on €25,000 online and on paper; Equal Shares counted it exactly as
    pabutools does on the same votes; 750 members were asked in a survey, online and on paper."""
    budget = Budget.objects.get(title="Wijkbudget Veldhoek 2026")
    assert budget.amount == 25000 and budget.phase == "result"
    channels = set(Ballot.objects.filter(budget=budget).values_list("channel", flat=True))
    assert channels == {"online", "paper"}
    with tempfile.NamedTemporaryFile("w", suffix=".pb", encoding="utf-8") as handle:
        handle.write(pb_write(budget_election(budget)))
        handle.flush()
        instance, profile = parse_pabulib(handle.name)
    reference = method_of_equal_shares(
        instance, profile, sat_class=Cost_Sat, voter_budget_increment=1
    )
    assert sorted(budget.result["selected"]) == sorted(p.name for p in reference)
    assert Fraction(budget.result["cost"]) <= 25000
    survey = Survey.objects.get(title="Inwonersenquête Veldhoek 2026")
    counts = roll_counts(survey=survey)
    assert counts["invited"] == 750
    assert counts["online"] > 0 and counts["paper"] > 0
    assert Response.objects.filter(survey=survey).count() == counts["online"] + counts["paper"]


def _the_measurements_and_their_infographic() -> None:
    """2025 and 2026 for the whole village and the meal before and after, with their changes;
    the 2026 infographic puts cohesion and loneliness beside the national figures."""
    rounds = {r.title: r for r in Round.objects.all()}
    this_year = timezone.localdate().year
    assert set(rounds) == {
        f"Dorpsmeting {this_year - 1}",
        f"Dorpsmeting {this_year}",
        "Aanschuiftafel: voormeting",
        "Aanschuiftafel: nameting",
        f"Mantelzorgers {this_year}",
    }
    latest = round_results(rounds[f"Dorpsmeting {this_year}"])
    assert [r.instrument.key for r in latest] == ["cbs-cohesion", "djg6"]
    assert all(f.change is not None for r in latest for f in r.figures)
    sheet = poster(rounds[f"Dorpsmeting {this_year}"], latest, "Veldhoek")
    assert "in heel Nederland 6,4" in sheet.summary and "in heel Nederland 48,6 %" in sheet.summary
    assert "sinds de vorige meting" in sheet.summary
    meal = round_results(rounds["Aanschuiftafel: nameting"])[0]
    assert meal.figures[0].change is not None and meal.figures[0].change.value < 0
    assert "sinds de voormeting" in poster(rounds["Aanschuiftafel: nameting"], [meal], "V").summary


def _the_coordinators_business_case() -> None:
    """The municipality pays for the dorpsondersteuner; the insurer and the Wlz office gain."""
    basis, cautious = Scenario.objects.filter(case__title="Dorpsondersteuner Veldhoek")
    assert basis.published_at is not None and cautious.name == "Voorzichtig"
    npv = []
    for scenario in (basis, cautious):
        found = report(scenario, last_twelve_months(timezone.localdate()))
        assert found is not None
        by = found.outcome.by_stakeholder
        assert by["gemeente"].npv < 0 < by["zorgverzekeraar"].npv
        assert by["zorgkantoor"].npv > 0
        assert found.swings  # the tornado has bars
        assert 0 < (found.simulation.npv.prob_positive or 0) <= 1
        npv.append(found.outcome.total.npv)
    assert npv[1] < npv[0]  # the cautious version expects less


def test_the_villages_750_members_move_by_spreadsheet_and_2026_is_collected(
    db: None, tmp_path
) -> None:
    """The treasurer's story: the register goes out as Excel and in again elsewhere, all of it;
    then 2026 is run and debited from the command line, as cron would."""
    call_command("demo", stdout=io.StringIO())
    village = Collective.objects.get(slug="veldhoek")
    with scope(collective=village):
        sheet = register_xlsx(Member.objects.filter(until=None))
    copy = make_collective("veldhoek-kopie", "Kopie")
    path = tmp_path / "ledenregister.xlsx"
    path.write_bytes(sheet)
    call_command("import_members", "--collective", copy.slug, str(path), stdout=io.StringIO())
    with scope(collective=copy):
        assert Member.objects.count() == 750
    out = io.StringIO()
    call_command("contribution_run", "--collective", "veldhoek", "--year", "2026", stdout=out)
    assert "750 leden" in out.getvalue()
    collection_date = (timezone.localdate() + datetime.timedelta(days=3)).isoformat()
    xml = tmp_path / "incasso.xml"
    call_command(
        "sepa_export",
        "--collective",
        "veldhoek",
        "--year",
        "2026",
        "--collection-date",
        collection_date,
        "--out",
        str(xml),
        stdout=out,
    )
    with scope(collective=village):
        debited = Contribution.objects.filter(year=2026, status="paid", amount__gt=0).count()
        unpaid = Contribution.objects.filter(year=2026, status="open").count()
    assert f"{debited} incasso's" in out.getvalue()
    assert debited > 300 and unpaid > 150  # about 6 in 10 households signed a mandate
    assert b"pain.008.001.02" in xml.read_bytes()


def _aaltjes_care_circle() -> None:
    """The care story: Aaltje's circle has her daughter as main carer, Sanne, a neighbour and
    the district nurse looking on; the Thursday ride nobody could take is one 1-loket request,
    also after the check runs again; the daughter's weekend off is covered; she is on the
    municipality's appreciation list; Aaltje's data to take along is valid FHIR."""
    circle = Circle.objects.get(person__given_name="Aaltje", person__family_name="Mulder")
    roles = dict(circle.members.values_list("person__given_name", "role"))
    assert roles == {
        "Ria": "main_carer",
        "Sanne": "volunteer",
        "Jan": "neighbour",
        "Esther": "professional",
    }
    ride = circle.tasks.get(kind="ride")
    assert ride.date.weekday() == 3 and ride.claimed_by is None
    call_command("care_escalate", stdout=io.StringIO())
    assert (
        HelpRequest.objects.filter(resident=circle.person, channel="circle")
        .exclude(category="respite")
        .get()
        == ride.help_request
    )
    weekend = circle.respites.get()
    states = [task_state(task)[0] for task in weekend.tasks.all()]
    assert states and set(states) <= {"claimed", "loket"}, states
    year = timezone.localdate().year
    assert [line.carer.given_name for line in appreciation_list(year, "carer").lines] == ["Ria"]
    Bundle.model_validate(fhir_bundle(health_record(circle.person)))
    assert StrainCall.objects.get().carer.given_name == "Ria"


def _the_buurtassistent_course() -> None:
    """The academy story: part 1 of the Buurtassistent path was held last week for eight
    residents and two nurses; Marloes printed the list, Sanne typed it in, Esther checked in
    with the room code; one resident who left an hour early has no certificate; every
    certificate checks out on the public page; Esther's points count against the V&V norm."""
    edition = Edition.objects.get(course__title__startswith="Buurtassistent, deel 1")
    assert edition.course.register == "kr-vv"
    ways = dict(
        Attendance.objects.filter(session__edition=edition)
        .values("via")
        .annotate(n=Count("pk"))
        .values_list("via", "n")
    )
    assert ways == {"paper": 8, "room_code": 1, "teacher": 1}
    _net, results = edition_results(edition)
    assert [r.passed for r in results].count(False) == 1
    certificates = list(edition.certificates.all())
    assert len(certificates) == 9
    assert {certificate_status(c) for c in certificates} == {"valid"}
    esther = Person.objects.get(user__email="wijkverpleging@veldhoek.example")
    (ledger,) = points_ledger(esther)
    assert (ledger.points, ledger.norm and ledger.norm.points) == (Decimal("2.5"), 184)
    assert Path.objects.get().steps.count() == 3


def _the_members_meetings() -> None:
    """The governance story: the autumn ALV was convened in time, two members gave a proxy
    after a phone call (a second to the same holder is refused: the statuten allow one), the
    accounts were adopted by online and paper votes; the spring ALV has a statute change that
    needs more notice."""
    autumn, spring = Meeting.objects.order_by("starts_at")
    assert autumn.proxies.filter(revoked_at__isnull=True).count() == 2
    # After the vote no proxy can be given; in spring one per holder, as the statuten say.
    with pytest.raises(ValidationError, match="Er is al gestemd"):
        proxy_give(
            actor=None,
            meeting=autumn,
            giver=voters(autumn)[0],
            holder=voters(autumn)[1],
            via="written",
        )
    first, second, holder = voters(spring)[:3]
    proxy_give(actor=None, meeting=spring, giver=first, holder=holder, via="written")
    with pytest.raises(ValidationError, match="meer staan de statuten niet toe"):
        proxy_give(actor=None, meeting=spring, giver=second, holder=holder, via="written")
    decision = Decision.objects.get(item__accounts_year=autumn.starts_at.year - 1)
    assert decision.adopted and decision.represented == 2
    assert decision.votes_for == 42 and decision.text.startswith("De ledenvergadering stelt")
    # 39 came in with their code, 5 were found by name; the appointment was secret: 4 online
    # (the two proxy holders), 40 slips typed.
    assert Counter(autumn.attendances.values_list("via", flat=True)) == {
        "code": 39,
        "coordinator": 5,
    }
    appointment = Decision.objects.get(item__secret=True)
    assert (appointment.votes_for, appointment.votes_against, appointment.abstentions) == (37, 5, 2)
    assert SecretVote.objects.count() == 44 and appointment.adopted
    accounts = Accounts.objects.get(year=autumn.starts_at.year - 1)
    assert accounts.lines.count() == 11 and accounts.checks.filter(approved=True).count() == 2
    assert FollowUp.objects.filter(done_on__isnull=True).count() == 1
    assert convocation_days(spring) == 14 and spring.convened_at is None
    assert autumn.minutes.status == "amendment" and "nieuw dak" in autumn.minutes.text
    assert spring.items.get(minutes_of=autumn).decision_type == "ordinary"
    report = annual_report(Collective.objects.get(slug="veldhoek"), autumn.starts_at.year)
    assert report.measurements and report.decisions and report.members_end > 700
    assert report.contracts[0].startswith("Wijkcontract Veldhoek") and report.business_cases
    assert len(pikepdf.open(io.BytesIO(annual_report_pdf(report))).pages) <= 12
    request = MeetingRequest.objects.get()
    assert (request.signatures.count(), signatures_needed(), request.reached_on) == (40, 75, None)


def _sannes_shared_meal(village: Collective) -> None:
    """The meeting story: Sanne made the weekly meal; the next one has guests who signed up
    online and by phone, Aaltje among them with a ride from the 1-loket; the cook's portions
    count her soft food; eight weeks of attendance show who keeps coming."""
    meal = Activity.objects.get(title="Aanschuiftafel")
    assert meal.organised_by == "Sanne de Groot" and meal.room is not None
    upcoming = meal.occurrences.filter(starts_at__gt=timezone.now()).order_by("starts_at")[0]
    registrations = guests(upcoming)
    assert {r.via for r in registrations} == {"online", "phone"}
    aaltje = next(r for r in registrations if r.person.given_name == "Aaltje")
    assert HelpRequest.objects.get(pk=aaltje.transport_request_id).category == "transport"
    meal_portions = portions(registrations)
    assert meal_portions.total == len(registrations) <= (meal.capacity or 0)
    assert ("zacht", 1) in meal_portions.by_texture
    figures = participation(
        activity=meal,
        since=timezone.localdate() - datetime.timedelta(weeks=9),
        until=timezone.localdate(),
    )
    assert figures.occurrences == 8 and 0 < figures.returning < figures.unique < figures.visits


def _aaltje_calls_and_sanne_comes_first(village: Collective) -> None:
    """The 1-loket story: Aaltje Mulder (84, no e-mail) phones; Sanne, who did her shopping
    before and was liked, tops the ranked list; the week's open questions all get a plan."""
    aaltje = Person.objects.get(given_name="Aaltje", family_name="Mulder")
    assert aaltje.email == "" and aaltje.phone
    in_two_weeks = timezone.localdate() + datetime.timedelta(days=14)
    tuesday = in_two_weeks + datetime.timedelta(days=(1 - in_two_weeks.weekday()) % 7)
    question = help_request_create(
        actor=None,
        collective=village,
        resident=aaltje,
        channel="phone",
        category="groceries",
        description="Boodschappen.",
        date=tuesday,
        start_time=datetime.time(10),
        end_time=datetime.time(11),
    )
    best = rank(volunteer_facts([aaltje.pk]), request_facts(question), tuesday).candidates[0]
    assert best.name == "Sanne de Groot"
    assert "hielp Aaltje eerder, dat ging goed" in best.reasons
    assert Volunteer.objects.count() == 120
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    plan, requests = week_plan(tomorrow - datetime.timedelta(days=tomorrow.weekday()))
    assert requests and plan.pairs
