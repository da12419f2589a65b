"""`manage.py alv_outcome` and the exact fractions behind it: 480 of 750 fails a two-thirds
quorum; of 120 votes cast 81 and 80 pass "ten minste twee derden" and 79 fails; "meer dan de
helft" does not take a half; abstentions count for presence, not in the votes cast."""

import json
import os
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from tests.processes import manage

BASE = {
    "eligible": 750,
    "present": 100,
    "represented": 20,
    "quorum": None,
    "votes_for": 81,
    "votes_against": 39,
    "abstentions": 0,
    "majority": "2/3",
    "majority_rule": "at_least",
}


def _run(tmp_path: Path, capsys: pytest.CaptureFixture[str], **changes: object) -> dict:
    path = tmp_path / "stemming.json"
    path.write_text(json.dumps(BASE | changes), encoding="utf-8")
    call_command("alv_outcome", str(path))
    return json.loads(capsys.readouterr().out)


def test_480_of_750_is_not_a_two_thirds_quorum(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    result = _run(tmp_path, capsys, present=400, represented=80, quorum="2/3")
    assert result == {"quorate": False, "adopted": False, "cast": 120}
    assert _run(tmp_path, capsys, present=420, represented=80, quorum="2/3")["quorate"]


@pytest.mark.parametrize(("votes_for", "adopted"), [(81, True), (80, True), (79, False)])
def test_at_least_two_thirds_of_120_cast(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], votes_for: int, adopted: bool
) -> None:
    result = _run(tmp_path, capsys, votes_for=votes_for, votes_against=120 - votes_for)
    assert result == {"quorate": True, "adopted": adopted, "cast": 120}


def test_more_than_half_does_not_take_a_half_and_abstentions_do_not_count(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    half = {"majority": "1/2", "majority_rule": "more_than", "votes_for": 50, "votes_against": 50}
    assert _run(tmp_path, capsys, **half)["adopted"] is False
    # 51 for, 49 against and 20 abstentions: 51 of the 100 cast.
    result = _run(
        tmp_path, capsys, **half | {"votes_for": 51, "votes_against": 49, "abstentions": 20}
    )
    assert result == {"quorate": True, "adopted": True, "cast": 100}


@pytest.mark.parametrize(
    ("changes", "named"),
    [
        ({"eligible": -1}, "eligible: verwacht een geheel getal"),
        ({"present": "veel"}, "present: verwacht een geheel getal"),
        ({"quorum": "3/2"}, "quorum: verwacht een deel"),
        ({"majority": None}, "majority: verwacht een deel"),
        ({"majority_rule": "most"}, "majority_rule: kies uit at_least, more_than"),
        ({"present": 800}, "present: aanwezig en vertegenwoordigd samen is meer"),
        ({"votes_for": 500}, "votes_for: meer stemmen dan aanwezigen"),
    ],
)
def test_bad_input_is_named(tmp_path: Path, changes: dict, named: str) -> None:
    path = tmp_path / "stemming.json"
    path.write_text(json.dumps(BASE | changes), encoding="utf-8")
    with pytest.raises(CommandError, match=named):
        call_command("alv_outcome", str(path))


def test_the_command_exits_1_with_the_message(tmp_path: Path) -> None:
    path = tmp_path / "stemming.json"
    path.write_text(json.dumps(BASE | {"majority_rule": "most"}), encoding="utf-8")
    done = manage("alv_outcome", str(path), env=dict(os.environ, HTTPS="0"), check=False)
    assert done.returncode == 1
    assert "majority_rule: kies uit" in done.stderr
