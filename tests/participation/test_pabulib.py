"""The `.pb` exchange format and the `pb_outcome` command."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from wijkkracht.participation.voting.pabulib import PbInvalid, pb_read, pb_write

PABULIB = Path(__file__).parent / "pabulib"
ASSEN = PABULIB / "Netherlands_Assen_2024.pb"


def test_a_written_file_reads_back_as_the_same_election() -> None:
    election = pb_read(ASSEN.read_text(encoding="utf-8"))
    again = pb_read(pb_write(election))
    assert again.budget == election.budget == 100000
    assert again.projects == election.projects
    assert sorted(map(sorted, again.ballots)) == sorted(map(sorted, election.ballots))
    assert len(again.ballots) == 84


def test_every_wrong_line_is_named_in_dutch() -> None:
    text = (
        "META\nkey;value\nbudget;veel\nvote_type;ordinal\n"
        "PROJECTS\nproject_id;cost;name\n1;duur;Bank\n2;100;Boom\n2;50;Nog een boom\n"
        "VOTES\nvoter_id;vote\n1;2,7\n2;2;extra\n"
    )
    with pytest.raises(PbInvalid) as caught:
        pb_read(text)
    assert caught.value.errors == [
        "Regel 7: de kosten van project 1 zijn geen getal.",
        "Regel 9: project 2 staat er dubbel in of kost minder dan 0.",
        "Regel 13: 3 velden, verwacht 2.",
        "META: het budget ontbreekt of is geen getal.",
        "META: alleen goedkeuringsstemmen (approval) worden geteld, niet ordinal.",
        "Regel 12: onbekend project 7.",
    ]


def _outcome(*args: str) -> dict[str, object]:
    out = StringIO()
    call_command("pb_outcome", *args, stdout=out)
    return json.loads(out.getvalue())


@pytest.mark.parametrize(
    ("rule", "selected", "cost"),
    [
        # The same sets as pabutools 1.2.3 on this file (test_rules.py checks that live), in the
        # order the rule chose them.
        ("greedy", ["3", "9", "8", "11", "2", "13", "14"], 99200),
        ("equal-shares", ["3", "9", "2", "13", "11", "14", "12"], 60700),
        ("equal-shares-add1", ["3", "9", "11", "2", "13", "14", "5", "6", "12"], 76700),
    ],
)
def test_pb_outcome_prints_the_documented_json(rule: str, selected: list[str], cost: int) -> None:
    assert _outcome(str(ASSEN), "--rule", rule) == {
        "rule": rule,
        "budget": 100000,
        "selected": selected,
        "cost": cost,
    }


def test_pb_outcome_defaults_to_equal_shares_add1() -> None:
    assert _outcome(str(ASSEN))["rule"] == "equal-shares-add1"


def test_pb_outcome_names_the_wrong_lines(tmp_path: Path) -> None:
    bad = tmp_path / "kapot.pb"
    bad.write_text(
        "META\nkey;value\nbudget;10\nPROJECTS\nproject_id;cost\n1;x\nVOTES\nvoter_id;vote\n1;1\n"
    )
    with pytest.raises(CommandError, match=r"Regel 6: de kosten van project 1 zijn geen getal\."):
        _outcome(str(bad))
    with pytest.raises(CommandError, match="niet te lezen"):
        _outcome(str(tmp_path / "weg.pb"))
