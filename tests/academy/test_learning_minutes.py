"""`manage.py learning_minutes`: net minutes count only the teaching blocks, points are rounded
down as the register's file says, presence is compared with the threshold exactly, and bad
input is named by its path."""

import json
import os
from fractions import Fraction
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from tests.processes import manage
from wijkkracht.academy.minutes import passes
from wijkkracht.academy.registers import register_get

# 09:30 to 12:30 with a 10-minute welcome and a 15-minute coffee break: 155 net minutes.
MORNING = [
    {"kind": "welcome", "minutes": 10},
    {"kind": "teaching", "minutes": 80},
    {"kind": "break", "minutes": 15},
    {"kind": "teaching", "minutes": 75},
]


def _run(tmp_path: Path, data: object, capsys: pytest.CaptureFixture[str]) -> dict:
    path = tmp_path / "cursus.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    call_command("learning_minutes", str(path))
    return json.loads(capsys.readouterr().out)


def test_the_issues_morning_is_155_net_minutes_and_90_percent_is_exact(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = {
        "register": "algemeen",
        "sessions": [{"blocks": MORNING, "present_minutes": {"anna": 140, "bert": 139}}],
        "threshold": "0.9",
    }
    result = _run(tmp_path, data, capsys)
    assert result == {
        "net_minutes": 155,
        "points": 2,
        "persons": [
            {"id": "anna", "minutes": 140, "passed": True, "points": 2},
            {"id": "bert", "minutes": 139, "passed": False, "points": 0},
        ],
    }


def test_a_register_with_half_points_gives_two_and_a_half(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = {
        "register": "kr-vv",
        "sessions": [
            {"blocks": MORNING, "present_minutes": {"esther": 155}},
            {"blocks": [{"kind": "teaching", "minutes": 29}], "present_minutes": {}},
        ],
    }
    result = _run(tmp_path, data, capsys)
    # 184 net minutes: 6 half hours, 3.0 points; the 29 minutes do not make a seventh.
    assert (result["net_minutes"], result["points"]) == (184, 3)
    # Without a threshold in the file the default is 90 %: 155 of 184 is 84 %.
    assert result["persons"] == [{"id": "esther", "minutes": 155, "passed": False, "points": 0}]


def test_points_round_down_to_the_registers_step() -> None:
    assert register_get("algemeen").points(155) == 2
    assert register_get("kr-vv").points(155) == Fraction(5, 2)
    assert register_get("kr-vv").points(149) == 2
    assert register_get("registerplein").points(59) == 0
    assert passes(9, 10, Fraction(9, 10)) and not passes(0, 0, Fraction(9, 10))


@pytest.mark.parametrize(
    ("data", "named"),
    [
        ({"register": "onbekend", "sessions": []}, "register: onbekend register"),
        ({"register": "algemeen", "sessions": []}, "sessions: verwacht een lijst"),
        (
            {"register": "algemeen", "sessions": [{"blocks": [{"kind": "lunch", "minutes": 5}]}]},
            "sessions[0].blocks[0].kind",
        ),
        (
            {
                "register": "algemeen",
                "sessions": [{"blocks": [{"kind": "teaching", "minutes": -5}]}],
            },
            "sessions[0].blocks[0].minutes",
        ),
        (
            {
                "register": "algemeen",
                "sessions": [{"blocks": MORNING, "present_minutes": {"anna": 200}}],
            },
            "sessions[0].present_minutes.anna: meer dan de 155 netto minuten",
        ),
        (
            {"register": "algemeen", "sessions": [{"blocks": MORNING}], "threshold": "1.5"},
            "threshold: verwacht een deel tussen 0 en 1",
        ),
    ],
)
def test_bad_input_is_named_by_its_path(tmp_path: Path, data: dict, named: str) -> None:
    path = tmp_path / "cursus.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(CommandError, match=named.replace("[", r"\[").replace("]", r"\]")):
        call_command("learning_minutes", str(path))


def test_the_command_exits_1_with_the_message(tmp_path: Path) -> None:
    path = tmp_path / "cursus.json"
    path.write_text("{niet json", encoding="utf-8")
    done = manage("learning_minutes", str(path), env=dict(os.environ, HTTPS="0"), check=False)
    assert done.returncode == 1
    assert "Dit is geen JSON" in done.stderr
