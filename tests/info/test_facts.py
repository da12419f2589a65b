"""Neighbourhood facts: the real CBS figures of a collective's areas, and loading newer ones."""

import io
from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command
from django.test import Client
from openpyxl import Workbook

from tests.conftest import make_collective
from wijkkracht.core.models import Area
from wijkkracht.info.facts import collective_facts
from wijkkracht.info.models import AreaFigure
from wijkkracht.info.services.facts import facts_load, facts_plan, shipped_facts_load


@pytest.fixture
def lombok(db: None):  # type: ignore[no-untyped-def]
    shipped_facts_load()
    collective = make_collective("lombok", "Buurtcoöperatie Lombok")
    collective.areas.set(Area.objects.filter(code__in=["BU03440121", "BU03440123"]))
    return collective


def test_the_shipped_figures_are_cbs_own(db: None) -> None:
    shipped_facts_load()
    value = {
        (f.code, f.year, f.measure): f.value
        for f in AreaFigure.objects.filter(code__in=["GM0344", "NL00"])
    }
    assert value[("GM0344", 2024, "inhabitants")] == 374238
    assert value[("GM0344", 2024, "inhabitants_65_plus")] == 40261
    assert value[("GM0344", 2023, "inhabitants")] == 367947
    assert value[("NL00", 2024, "inhabitants")] == 17942942
    assert value[("NL00", 2023, "distance_supermarket")] == Decimal("1.0")
    assert Area.objects.get(code="GM0344").year == 2024  # the 2023 file did not win


def test_the_facts_page_shows_the_buurten_beside_utrecht_and_the_netherlands(
    lombok, client: Client
) -> None:  # type: ignore[no-untyped-def]
    facts = collective_facts(lombok)
    assert [f.name for f in facts] == ["Samen", "Lombok-Oost", "Lombok-West"]
    together, east = facts[0], facts[1]
    inhabitants = {f.measure: f for f in east.figures}["inhabitants"]
    assert (inhabitants.area, inhabitants.municipality, inhabitants.netherlands) == (
        2260,
        374238,
        17942942,
    )
    assert (inhabitants.year, inhabitants.change, inhabitants.previous_year) == (2024, 40, 2023)
    assert {f.measure: f for f in together.figures}["inhabitants"].area == 2260 + 4950
    assert "afstand tot de huisarts (km)" in east.unknown  # CBS publishes none for Utrecht
    shares = {s.measure: s for s in east.shares}
    assert shares["one_person_households"].area == Decimal("67.4")  # 1,015 of 1,505
    page = client.get("/lombok/informatie/buurtcijfers/").content.decode()
    assert "2.260" in page and "374.238" in page and "17.942.942" in page
    assert page.count("<svg") == 5  # shares for three sections, distances for two buurten
    assert "<desc" in page and "Lombok-Oost 67,4 %" in page


def _kwb_2025() -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["gwb_code", "regio", "recs", "a_inw", "a_65_oo", "a_80_oo", "g_afs_hp"])
    sheet.append(["GM0344", "Utrecht", "Gemeente", 380000, 41000, 12000, "."])
    sheet.append(["WK034401", "Wijk 01 West", "Wijk", 30000, 2900, 800, "0,6"])
    sheet.append(["BU03440121", "Lombok-Oost", "Buurt", 2300, 200, 40, "0,4"])
    sheet.append(["WK034499", "Wijk 99 Nieuw", "Wijk", 100, ".", ".", "."])
    sheet.append(["BU03449999", "Nieuwe buurt", "Buurt", 100, ".", ".", "."])
    content = io.BytesIO()
    workbook.save(content)
    return content.getvalue()


def test_a_newer_kerncijfers_file_updates_the_figures_and_the_areas(lombok, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "kwb-2025-utrecht.xlsx"
    path.write_bytes(_kwb_2025())
    call_command("load_kerncijfers", str(path))
    east = {f.measure: f for f in collective_facts(lombok)[1].figures}
    assert (east["inhabitants"].area, east["inhabitants"].year) == (2300, 2025)
    assert east["inhabitants"].previous == 2260
    assert east["inhabitants_80_plus"].area == 40
    assert east["distance_gp"].area == Decimal("0.4")
    area = Area.objects.get(code="BU03440121")
    assert (area.year, area.inhabitants, area.inhabitants_65_plus) == (2025, 2300, 200)
    new = Area.objects.select_related("parent").get(code="BU03449999")
    assert (new.name, new.kind, new.parent.code) == ("Nieuwe buurt", "buurt", "WK034499")


def test_a_wrong_file_loads_nothing_and_names_each_wrong_row(lombok, tmp_path) -> None:  # type: ignore[no-untyped-def]
    before = AreaFigure.objects.count()
    path = tmp_path / "kerncijfers.csv"
    path.write_text(
        "gwb_code;regio;recs;a_inw\nGM0344;Utrecht;Gemeente;380000\nXX12;Fout;Buurt;5\n"
        "BU03440121;Lombok-Oost;Buurt;veel\n",
        encoding="utf-8",
    )
    with pytest.raises(CommandError, match="Het jaar staat niet in de bestandsnaam"):
        call_command("load_kerncijfers", str(path))
    with pytest.raises(CommandError) as raised:
        call_command("load_kerncijfers", str(path), year=2025)
    assert "Rij 3: XX12 is geen CBS-code." in str(raised.value)
    assert "Rij 4, kolom a_inw: veel is geen getal." in str(raised.value)
    assert AreaFigure.objects.count() == before
    plan = facts_plan(content=b"naam;inwoners\nA;1\n", filename="x.csv", year=2025)
    assert plan.errors == ["De kolom met de CBS-code ontbreekt (gwb_code of Codering)."]
    with pytest.raises(ValueError, match="never written"):
        facts_load(plan)
