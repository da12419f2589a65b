"""``manage.py contract_compute``: the JSON it prints, and bad input named by its path."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from tests.processes import ROOT, manage

CONTRACT = {
    "rules": [
        {
            "id": "zorgkosten",
            "type": "shared_savings",
            "benchmark": "500",
            "actual": "495.50",
            "exposure": 125000,
            "minimum_savings_rate": "0.005",
            "sharing_rate": "1/2",
            "quality_factor": 1,
            "mode": "first_euro",
        },
        {
            "id": "maaltijden",
            "type": "rate_card",
            "price": "150",
            "achieved": 7,
            "baseline": 0,
            "cap": None,
            "fallback": "250",
        },
        {
            "id": "hulp",
            "type": "quantity_quality",
            "quantities": [{"count": 120, "price": "12.50"}, {"count": 40, "price": 35}],
            "ceiling": "2500",
            "quality_scores": [80, 90, 70],
            "quality_budget": 1000,
        },
        {
            "id": "dorpsbudget",
            "type": "population",
            "base": "10000",
            "rates": [{"count": 4400, "rate": "2.50"}],
        },
    ],
    "split": [
        {"to": "wijkbudget", "share": "1/3"},
        {"to": "reserve", "share": "1/3"},
        {"to": "zorgaanbieders", "share": "1/3"},
    ],
}


def compute(tmp_path: Path, contract: object) -> dict[str, object]:
    path = tmp_path / "contract.json"
    path.write_text(json.dumps(contract), encoding="utf-8")
    out = StringIO()
    call_command("contract_compute", str(path), stdout=out)
    return json.loads(out.getvalue())


def test_it_prints_every_rule_the_total_and_the_split_in_the_documented_keys(
    tmp_path: Path,
) -> None:
    assert compute(tmp_path, CONTRACT) == {
        "rules": [
            {"id": "zorgkosten", "amount": "281250.00", "below_ten": False},
            {"id": "maaltijden", "amount": "250.00", "below_ten": True},
            {"id": "hulp", "amount": "3300.00", "below_ten": False},
            {"id": "dorpsbudget", "amount": "21000.00", "below_ten": False},
        ],
        "total": "305800.00",
        # 30,580,000 cents in thirds: 10,193,333.33 each; the first gets the cent left over
        "split": [
            {"to": "wijkbudget", "amount": "101933.34"},
            {"to": "reserve", "amount": "101933.33"},
            {"to": "zorgaanbieders", "amount": "101933.33"},
        ],
    }


def test_every_wrong_field_is_named_with_its_path_at_once(tmp_path: Path) -> None:
    wrong = {
        "rules": [
            {"id": "a", "type": "rate_card", "price": "twaalf", "achieved": -1},
            {"id": "a", "type": "population", "rates": [{"count": 3}]},
            {"type": "korting"},
            {
                "id": "s",
                "type": "shared_savings",
                "benchmark": 0,
                "actual": 1,
                "exposure": 1,
                "minimum_savings_rate": "1.5",
                "sharing_rate": "0.5",
                "mode": "alles",
                "kleur": "rood",
            },
        ],
        "split": [{"to": "wijkbudget", "share": "1/2"}, {"to": "reserve", "share": "0.4"}],
    }
    path = tmp_path / "contract.json"
    path.write_text(json.dumps(wrong), encoding="utf-8")
    with pytest.raises(CommandError) as raised:
        call_command("contract_compute", str(path), stdout=StringIO())
    assert str(raised.value).splitlines() == [
        "rules[0].price: verwacht een getal, met een punt voor de decimalen",
        "rules[0].achieved: mag niet negatief zijn",
        "rules[1].rates[0].rate: dit veld is nodig",
        "rules[2].type: verwacht rate_card, quantity_quality, shared_savings of population",
        "rules[3].kleur: dit veld kennen wij niet",
        "rules[3].benchmark: moet meer dan 0 zijn",
        "rules[3].mode: verwacht first_euro of above_msr",
        "rules[3].minimum_savings_rate: verwacht een deel van 0 tot en met 1, "
        "bijvoorbeeld 0.25 voor 25 %",
        "split: de delen moeten samen precies 1 zijn",
    ]


def test_a_duplicate_rule_name_is_refused(tmp_path: Path) -> None:
    rule = {"id": "a", "type": "population", "base": 1, "rates": []}
    with pytest.raises(CommandError, match=r"rules\[1\]\.id: deze naam staat er al"):
        compute(tmp_path, {"rules": [rule, rule]})


def test_from_the_command_line_bad_input_exits_1_and_prints_nothing_on_stdout(
    tmp_path: Path,
) -> None:
    path = tmp_path / "contract.json"
    path.write_text('{"rules": [{"id": "x", "type": "rate_card"}]}', encoding="utf-8")
    env = {"PATH": "/usr/bin:/bin", "HTTPS": "0", "PYTHONPATH": str(ROOT)}
    done = manage("contract_compute", str(path), env=env, check=False)
    assert done.returncode == 1
    assert done.stdout == ""
    assert "rules[0].price: dit veld is nodig" in done.stderr
    assert "rules[0].achieved: dit veld is nodig" in done.stderr
