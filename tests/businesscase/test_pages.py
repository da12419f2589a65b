"""The coordinator's pages: a case from a template, lines through the forms, versions side by
side, publishing, and the report."""

from decimal import Decimal

import pytest
from django.test import Client
from django_scopes import scope

from tests.businesscase.conftest import Office
from tests.conftest import login
from wijkkracht.businesscase.calculation.exact import cents
from wijkkracht.businesscase.models import BusinessCase, Scenario, Use
from wijkkracht.businesscase.selectors import scenario_outcome
from wijkkracht.businesscase.services.cases import (
    business_case_create,
    scenario_copy,
    scenario_publish,
)
from wijkkracht.core.models import AuditEntry

BASE = "/dorp/businesscase/"


def fresh(scenario: Scenario) -> Scenario:
    with scope(collective=scenario.collective):
        return Scenario.objects.get(pk=scenario.pk)


def test_the_coordinator_builds_a_case_from_a_template_through_the_pages(office: Office) -> None:
    client = login(Client(), office.coordinator)
    response = client.post(
        f"{BASE}nieuw/",
        {
            "title": "Dorpsondersteuner",
            "intervention": "Een vast gezicht",
            "template": "dorpsondersteuner",
        },
    )
    with scope(collective=office.collective):
        scenario = Scenario.objects.get()
    assert response["Location"] == f"{BASE}scenario/{scenario.pk}/"
    page = client.get(response["Location"]).content.decode()
    assert "Minder bezoek aan de huisarts met een niet-medische reden" in page
    assert "Zorginstituut, referentieprijs huisartsconsult, prijsjaar 2022" in page  # the source
    assert "Aanname:" in page  # the nursing-home month has no source
    # A cost line with a yearly range, through the form in Dutch notation.
    response = client.post(
        f"{BASE}scenario/{scenario.pk}/kosten/nieuw/",
        {
            "revision": fresh(scenario).revision,
            "label": "Huur spreekkamer",
            "stakeholder": "cooperatie",
            "one_off": "1.000,00",
            "yearly": "2400",
            "yearly_low": "2000",
            "yearly_high": "3000,50",
            "first_year": "1",
            "last_year": "5",
        },
    )
    assert response.status_code == 302
    line = fresh(scenario).data["costs"][-1]
    assert line["amounts"]["0"] == "1000.00"
    assert line["amounts"]["5"] == {"low": "2000", "mode": "2400", "high": "3000.50"}
    assert "6" not in line["amounts"]
    page = client.get(f"{BASE}scenario/{scenario.pk}/").content.decode()
    assert "Huur spreekkamer" in page
    with scope(collective=office.collective):
        assert AuditEntry.objects.filter(action="scenario.costs.save").count() == 1


def test_an_effect_line_in_percentages_and_its_edit(office: Office) -> None:
    _case, scenario = office.case()
    client = login(Client(), office.coordinator)
    url = f"{BASE}scenario/{scenario.pk}/effecten/nieuw/"
    form = {
        "revision": scenario.revision,
        "label": "Minder valpartijen",
        "stakeholder": "zorgverzekeraar",
        "unit": "valpartijen per jaar",
        "quantity": "10",
        "unit_value": "258",
        "deadweight": "25",
        "displacement": "0",
        "attribution": "50",
        "drop_off": "10",
        "drop_off_low": "0",
        "drop_off_high": "20",
        "first_year": "1",
        "duration_years": "5",
        "realised": "",
    }
    assert client.post(url, form).status_code == 302
    line = fresh(scenario).data["effects"][-1]
    assert line["deadweight"] == "0.25"
    assert line["drop_off"] == {"low": "0", "mode": "0.1", "high": "0.2"}
    index = len(fresh(scenario).data["effects"]) - 1
    edit = client.get(f"{BASE}scenario/{scenario.pk}/effecten/{index}/").content.decode()
    assert 'value="25"' in edit  # shown again as a percentage
    assert 'value="Minder valpartijen"' in edit


@pytest.mark.parametrize(
    ("fields", "messages"),
    [
        (
            {"yearly": "100", "yearly_low": "150", "first_year": "3", "last_year": "2"},
            [
                "Vul de laagste én de hoogste waarde in",
                "Het laatste jaar komt niet voor het eerste.",
            ],
        ),
        (
            {"yearly": "100", "first_year": "4", "last_year": "9"},
            ["Het scenario rekent tot en met jaar 5."],  # the template's five years
        ),
    ],
)
def test_a_wrong_cost_line_says_what_to_fix_and_saves_nothing(
    office: Office, fields: dict[str, str], messages: list[str]
) -> None:
    _case, scenario = office.case()
    client = login(Client(), office.coordinator)
    response = client.post(
        f"{BASE}scenario/{scenario.pk}/kosten/nieuw/",
        {"revision": scenario.revision, "label": "Iets", "stakeholder": "gemeente", **fields},
    )
    page = response.content.decode()
    assert response.status_code == 200
    for message in messages:
        assert message in page
    assert fresh(scenario).revision == scenario.revision


def test_settings_rename_and_refuse_to_cut_off_lines(office: Office) -> None:
    _case, scenario = office.case()  # five years, the coordinator paid in years 1 to 5
    client = login(Client(), office.coordinator)
    url = f"{BASE}scenario/{scenario.pk}/uitgangspunten/"
    form = {"revision": scenario.revision, "name": "Plan 2027", "horizon_years": "3"}
    response = client.post(url, {**form, "discount_percent": "2,25"}, follow=True)
    page = response.content.decode()
    assert "Deze regels lopen na jaar 3 door: Dorpsondersteuner, 24 uur per week" in page
    assert fresh(scenario).data["horizon_years"] == 5
    client.post(url, {**form, "horizon_years": "8", "discount_percent": "2,25"})
    assert fresh(scenario).name == "Plan 2027"
    assert fresh(scenario).data["horizon_years"] == 8


def test_a_form_from_before_someone_elses_change_is_refused(office: Office) -> None:
    _case, scenario = office.case()
    client = login(Client(), office.coordinator)
    seen = scenario.revision
    url = f"{BASE}scenario/{scenario.pk}/uitgangspunten/"
    form = {"revision": seen, "name": "Basis", "horizon_years": "10", "discount_percent": "3"}
    assert client.post(url, form).status_code == 302
    response = client.post(url, {**form, "horizon_years": "4"}, follow=True)
    assert "Iemand anders heeft dit scenario net veranderd" in response.content.decode()
    assert fresh(scenario).data["horizon_years"] == 10
    assert fresh(scenario).data["discount_rate"] == "0.03"


def test_a_published_scenario_does_not_change_and_a_copy_can(office: Office) -> None:
    case, scenario = office.case()
    client = login(Client(), office.coordinator)
    published = client.post(
        f"{BASE}scenario/{scenario.pk}/publiceren/", {"revision": scenario.revision}
    )
    assert published.status_code == 302
    assert fresh(scenario).published_at is not None
    response = client.post(
        f"{BASE}scenario/{scenario.pk}/effecten/0/weghalen/",
        {"revision": fresh(scenario).revision},
        follow=True,
    )
    assert "Dit scenario is gepubliceerd en verandert niet meer" in response.content.decode()
    assert len(fresh(scenario).data["effects"]) == 5
    form = client.get(f"{BASE}scenario/{scenario.pk}/effecten/0/")  # no form to fill in vain
    assert form["Location"] == f"{BASE}scenario/{scenario.pk}/"
    copied = client.post(f"{BASE}scenario/{scenario.pk}/kopie/", {"name": "Voorzichtig"})
    with scope(collective=office.collective):
        copy = Scenario.objects.get(case=case, version=2)
        assert Use.objects.filter(kind="published").count() == 1
    assert copied["Location"] == f"{BASE}scenario/{copy.pk}/"
    assert copy.name == "Voorzichtig" and copy.published_at is None
    client.post(f"{BASE}scenario/{copy.pk}/effecten/0/weghalen/", {"revision": copy.revision})
    assert len(fresh(copy).data["effects"]) == 4
    side_by_side = client.get(f"{BASE}{case.pk}/").content.decode()
    assert "Voorzichtig" in side_by_side and "versie 2" in side_by_side


def test_the_report_shows_who_pays_and_who_gains_and_counts_once(office: Office) -> None:
    _case, scenario = office.case()
    client = login(Client(), office.board)  # the treasurer may read it too
    url = f"{BASE}scenario/{scenario.pk}/rapport/"
    page = client.get(url).content.decode()
    client.get(url)
    with scope(collective=office.collective):
        found = scenario_outcome(scenario)
        assert Use.objects.filter(kind="computed").count() == 1  # the same state, once
    assert found is not None
    municipality = found.by_stakeholder["gemeente"].npv
    assert municipality < 0 < found.by_stakeholder["zorgverzekeraar"].npv
    assert found.by_stakeholder["zorgkantoor"].npv > 0
    shown = f"{cents(municipality):,.2f}".replace(",", "x").replace(".", ",").replace("x", ".")
    assert f"€ {shown}" in page  # Dutch notation
    assert "(betaalt)" in page and "(wint)" in page
    assert page.count('role="img"') == 3
    assert "kans dat het netto positief is" in page
    assert "Later naar het verpleeghuis: aantal" in page  # the widest bar's label


def test_the_lists_counts_and_the_method_page(office: Office) -> None:
    office.case()
    client = login(Client(), office.coordinator)
    page = client.get(BASE).content.decode()
    assert "Dorpsondersteuner" in page and "keer uitgerekend" in page
    assert "(1 + r) tot de macht t" in Client().get(f"{BASE}rekenwijze/").content.decode()


@pytest.mark.parametrize("role", ["volunteer", "member"])
def test_volunteers_and_members_do_not_see_business_cases(office: Office, role: str) -> None:
    _case, scenario = office.case()
    client = login(Client(), getattr(office, role))
    assert client.get(BASE).status_code == 404
    assert client.get(f"{BASE}scenario/{scenario.pk}/rapport/").status_code == 404


def test_a_partner_reads_only_what_was_published(office: Office) -> None:
    case, draft = office.case()
    with scope(collective=office.collective):
        published = scenario_copy(actor=None, scenario=draft, name="Vastgesteld")
        scenario_publish(actor=None, scenario=published, revision=published.revision)
        unpublished_case = business_case_create(
            actor=None, collective=office.collective, title="Nog geheim", intervention=""
        )
    client = login(Client(), office.partner)
    listing = client.get(BASE).content.decode()
    assert "Vastgesteld" in listing and "Basis" not in listing
    assert "Nog geheim" not in listing and "Nieuwe businesscase" not in listing
    report = client.get(f"{BASE}scenario/{published.pk}/rapport/")
    assert report.status_code == 200 and "Wie betaalt, wie wint?" in report.content.decode()
    assert client.get(f"{BASE}scenario/{published.pk}/rapport.xlsx").status_code == 200
    for url in (
        f"{BASE}scenario/{draft.pk}/rapport/",  # not published
        f"{BASE}scenario/{draft.pk}/rapport.xlsx",
        f"{BASE}scenario/{published.pk}/",  # the editor
        f"{BASE}{case.pk}/",
        f"{BASE}{unpublished_case.pk}/",
        f"{BASE}nieuw/",
    ):
        assert client.get(url).status_code == 404, url


def test_the_json_export_computes_the_same_with_the_command(office: Office, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json
    from io import StringIO

    from django.core.management import call_command

    _case, scenario = office.case()
    client = login(Client(), office.coordinator)
    exported = client.get(f"{BASE}scenario/{scenario.pk}/scenario.json")
    path = tmp_path / "case.json"
    path.write_bytes(exported.content)
    out = StringIO()
    call_command("businesscase_compute", str(path), stdout=out)
    with scope(collective=office.collective):
        found = scenario_outcome(scenario)
    assert found is not None
    assert Decimal(str(json.loads(out.getvalue())["npv"])) == cents(found.total.npv)
    assert BusinessCase  # the case model is what the page lists
