"""`manage.py score_survey`: the documented JSON, and every wrong answer named."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command


def _run(tmp_path: Path, instrument: str, text: str) -> dict:
    path = tmp_path / "antwoorden.csv"
    path.write_text(text, encoding="utf-8")
    out = StringIO()
    call_command("score_survey", "--instrument", instrument, str(path), stdout=out)
    return json.loads(out.getvalue())


def test_djg6_file_prints_scores_categories_and_the_aggregate(tmp_path: Path) -> None:
    result = _run(
        tmp_path,
        "djg6",
        "q1,q2,q3,q4,q5,q6\n"
        "ja,nee,nee,nee,nee,nee\n"  # 1 + 1 + 1 + 0 + 1 + 0 = 4
        "nee,ja,ja,nee,ja,nee\n"  # 0
        ",nee,,nee,nee,nee\n"  # two missing: no score
        "min of meer,min of meer,min of meer,ja,ja,ja\n",  # 1 + 1 + 1 + 1 + 0 + 1 = 5
    )
    assert result["instrument"] == "djg6"
    assert result["respondents"] == [
        {"row": 2, "score": 4, "category": "moderate"},
        {"row": 3, "score": 0, "category": "not"},
        {"row": 4, "score": None, "category": None},
        {"row": 5, "score": 5, "category": "severe"},
    ]
    aggregate = result["aggregate"]
    assert aggregate["respondents"] == 4
    assert aggregate["scales"]["total"]["scored"] == 3
    assert aggregate["scales"]["total"]["mean"]["value"] == 3.0  # (4 + 0 + 5) / 3
    assert aggregate["shares"]["lonely"]["value"] == 66.67  # 2 of 3
    assert aggregate["national"]["shares"] == {"lonely": 48.6, "severe": 14.2}


def test_cohesion_answers_with_a_comma_in_a_quoted_csv(tmp_path: Path) -> None:
    result = _run(
        tmp_path,
        "cbs-cohesion",
        "q1,q2,q3,q4,q5\n"
        'helemaal mee oneens,mee eens,"niet mee eens, niet mee oneens",'
        "helemaal mee eens,helemaal mee oneens\n",
    )
    assert result["respondents"] == [{"row": 2, "score": 6.5, "category": None}]
    assert result["aggregate"]["national"]["mean"] == 6.4


def test_bad_answers_are_named_by_row_and_column_and_nothing_is_printed(tmp_path: Path) -> None:
    path = tmp_path / "fout.csv"
    path.write_text("q1;q2;q3;q4;q5;q6;q7;q8;q9\nja;ja;ja;ja;ja;ja;ja;ja;misschien\n" + (
        "nee;nee;nee;nee;jaa;nee;nee;nee;nee\n"
    ), encoding="utf-8")  # fmt: skip
    out = StringIO()
    with pytest.raises(CommandError) as error:
        call_command("score_survey", "--instrument", "ediz", str(path), stdout=out)
    assert str(error.value).splitlines() == [
        "Rij 2, kolom q9: “misschien” is geen antwoord. "
        "Kies een van: “nee!”, “nee”, “min of meer”, “ja”, “ja!”.",
        "Rij 3, kolom q5: “jaa” is geen antwoord. "
        "Kies een van: “nee!”, “nee”, “min of meer”, “ja”, “ja!”.",
    ]
    assert out.getvalue() == ""


def test_a_missing_column_is_named(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="Deze kolommen ontbreken: q11"):
        _run(tmp_path, "djg11", ",".join(f"q{n}" for n in range(1, 11)) + "\n" + "ja," * 9 + "ja\n")
