"""``manage.py businesscase_compute``: the JSON it prints, and bad input named by field."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from tests.businesscase.test_calculation import COORDINATOR


def compute(tmp_path: Path, case: object, *args: str) -> dict[str, object]:
    path = tmp_path / "case.json"
    path.write_text(json.dumps(case), encoding="utf-8")
    out = StringIO()
    call_command("businesscase_compute", str(path), *args, stdout=out)
    return json.loads(out.getvalue())


def test_it_prints_the_outcome_in_the_documented_keys(tmp_path: Path) -> None:
    result = compute(tmp_path, COORDINATOR)
    assert result["pv_costs"] == 2434.95
    assert result["pv_benefits"] == 6011.59
    assert result["npv"] == 3576.64
    assert result["ratio"] == 2.4689
    assert result["payback_year"] == 1
    assert result["by_stakeholder"] == {
        "gemeente": {
            "pv_costs": 2434.95,
            "pv_benefits": 0.0,
            "npv": -2434.95,
            "ratio": 0.0,
            "net_ratio": -1.0,
            "payback_year": None,
        },
        "zorgverzekeraar": {
            "pv_costs": 0.0,
            "pv_benefits": 6011.59,
            "npv": 6011.59,
            "ratio": None,
            "net_ratio": None,
            "payback_year": 0,
        },
    }
    assert "monte_carlo" not in result


def test_a_range_uses_its_mode_without_draws_and_is_drawn_with_them(tmp_path: Path) -> None:
    effect = {**COORDINATOR["effects"][0], "quantity": {"low": 50, "mode": 100, "high": 120}}  # type: ignore[index]
    case = {**COORDINATOR, "effects": [effect]}
    assert compute(tmp_path, case)["npv"] == 3576.64
    result = compute(tmp_path, case, "--draws", "2000", "--seed", "5")
    carlo = result["monte_carlo"]
    assert set(carlo) >= {"p5", "p50", "p95", "prob_positive"}  # type: ignore[arg-type]
    assert carlo["p5"] < carlo["p50"] < carlo["p95"]  # type: ignore[index]
    assert carlo["prob_positive"] == 1.0  # type: ignore[index]
    assert compute(tmp_path, case, "--draws", "2000", "--seed", "5") == result


def test_bad_input_names_every_wrong_field(tmp_path: Path) -> None:
    case = {
        "horizon_years": 3,
        "stakeholders": ["gemeente"],
        "costs": [{"label": "", "stakeholder": "rijk", "amounts": {"7": -5}}],
        "effects": [
            {
                "label": "x",
                "stakeholder": "gemeente",
                "quantity": "veel",
                "unit_value": 10,
                "deadweigth": 0.2,
                "drop_off": 25,
                "duration_years": 0,
            }
        ],
    }
    with pytest.raises(CommandError) as raised:
        compute(tmp_path, case)
    message = str(raised.value)
    for expected in (
        "costs[0].label: geef de regel een naam",
        "costs[0].stakeholder: kies een van de partijen uit stakeholders: gemeente",
        "costs[0].amounts.7: een jaar van 0 tot en met 3",
        "effects[0].quantity: verwacht een getal",
        "effects[0].deadweigth: dit veld kennen wij niet",
        "effects[0].drop_off: verwacht een deel van 0 tot en met 1",
        "effects[0].duration_years: verwacht een heel getal",
    ):
        assert expected in message


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ({"horizon_years": 3, "stakeholders": []}, "stakeholders: verwacht een lijst"),
        (
            {**COORDINATOR, "discount_rate": {"low": 0.03, "mode": 0.02, "high": 0.04}},
            "discount_rate: low mag niet boven mode liggen",
        ),
        (
            {**COORDINATOR, "costs": [{**COORDINATOR["costs"][0], "amounts": {"1": -1}}]},  # type: ignore[index]
            "costs[0].amounts.1: mag niet negatief zijn",
        ),
        ([1, 2], "verwacht een object met velden"),
    ],
)
def test_more_bad_input(tmp_path: Path, case: object, expected: str) -> None:
    with pytest.raises(CommandError, match=expected.replace("[", r"\[").replace("]", r"\]")):
        compute(tmp_path, case)


def test_a_file_that_is_not_json(tmp_path: Path) -> None:
    path = tmp_path / "case.json"
    path.write_text("{horizon: 3", encoding="utf-8")
    with pytest.raises(CommandError, match="Dit is geen JSON"):
        call_command("businesscase_compute", str(path))
