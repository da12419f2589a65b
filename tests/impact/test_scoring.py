"""Hand-scored answer sets: every instrument's published rule, worked out in the comments."""

import pytest

from wijkkracht.impact.instruments import instrument_choices, instrument_get
from wijkkracht.impact.scoring import AnswerError, score

J, M, N = "ja", "min of meer", "nee"


def test_the_four_instruments_are_data_with_their_published_items() -> None:
    assert [i.key for i in instrument_choices()] == ["cbs-cohesion", "djg11", "djg6", "ediz"]
    djg11 = instrument_get("djg11")
    assert [i.number for i in djg11.items if i.keyed == "positive"] == [1, 4, 7, 8, 11]
    djg6 = instrument_get("djg6")
    assert [i.subscale for i in djg6.items] == [
        "emotional", "social", "social", "emotional", "social", "emotional"
    ]  # fmt: skip
    assert djg6.items[0].text == "Ik ervaar een leegte om me heen"
    assert instrument_get("cbs-cohesion").items[0].keyed == "reversed"
    assert len(instrument_get("ediz").items) == 9


@pytest.mark.parametrize(
    ("answers", "total", "emotional", "social", "category"),
    [
        # Negative items 1, 4, 6 count "ja" and "min of meer"; positive 2, 3, 5 "nee" and
        # "min of meer". All "nee": 0 + 1 + 1 + 0 + 1 + 0 = 3 (only the social items).
        ([N, N, N, N, N, N], 3, 0, 3, "moderate"),
        ([N, J, J, N, J, N], 0, 0, 0, "not"),  # nobody lonely on any item
        ([M, M, M, M, M, M], 6, 3, 3, "severe"),  # "min of meer" counts on every item
        ([J, J, J, N, J, N], 1, 1, 0, "not"),  # 0-1 is not lonely
        ([J, J, J, J, J, N], 2, 2, 0, "moderate"),  # 2-4 is moderately lonely
        ([J, N, M, J, J, J], 5, 3, 2, "severe"),  # 5-6 is severely lonely
        # One missing: the total counts the five answers; the subscale of the missing one
        # has no score (SPSS: mlones > 1 for the total, > 0 for a subscale).
        ([J, None, N, J, J, J], 4, 3, None, "moderate"),
        ([None, None, N, J, J, J], None, None, None, None),  # two missing: no total
    ],
)
def test_djg6_follows_the_manual(
    answers: list[str | None],
    total: int | None,
    emotional: int | None,
    social: int | None,
    category: str | None,
) -> None:
    scored = score(instrument_get("djg6"), answers)
    assert scored.scores == {"total": total, "emotional": emotional, "social": social}
    assert scored.category == category


@pytest.mark.parametrize(
    ("answers", "total", "category"),
    [
        # Positive items 1, 4, 7, 8, 11 count "nee" and "min of meer".
        ([J, N, N, J, N, N, J, J, N, N, J], 0, "not"),
        ([N, N, N, J, N, N, J, J, N, N, J], 1, "not"),
        ([N, J, N, N, N, N, J, J, N, N, J], 3, "moderate"),  # items 1, 2, 4: 3 is moderate
        ([M, M, M, M, M, M, M, M, J, J, M], 11, "severe"),
        ([N, J, J, N, J, J, N, J, J, J, N], 10, "severe"),  # all but item 8: 9-11 severe
        ([N, J, J, N, J, J, N, N, None, None, N], 9, "severe"),  # two missing still count
        ([N, J, J, N, J, None, N, N, None, None, N], None, None),  # three missing: none
    ],
)
def test_djg11_follows_the_manual(
    answers: list[str | None], total: int | None, category: str | None
) -> None:
    scored = score(instrument_get("djg11"), answers)
    assert scored.score == total
    assert scored.category == category


def test_cohesion_is_the_mean_item_code_times_two_and_a_half() -> None:
    cohesion = instrument_get("cbs-cohesion")
    agree, yes, neutral, _no, disagree = cohesion.answers
    # Item 1 reversed: "helemaal mee oneens" that people hardly know each other is 4.
    # (4 + 3 + 2 + 4 + 0) / 5 = 2.6; x 2.5 = 6.5.
    assert score(cohesion, [disagree, yes, neutral, agree, disagree]).score == 6.5
    assert score(cohesion, [agree, agree, agree, agree, agree]).score == 8.0  # (0+4x4)/5x2.5
    assert score(cohesion, [disagree, agree, agree, agree, agree]).score == 10.0
    assert score(cohesion, [agree, disagree, disagree, disagree, disagree]).score == 0.0
    # One missing: the mean of the four answered, (1 + 3 + 3 + 2) / 4 x 2.5 = 5.625.
    assert score(cohesion, [yes, yes, yes, None, neutral]).score == 5.625
    assert score(cohesion, [yes, None, yes, None, neutral]).score is None


def test_ediz_counts_ja_and_min_of_meer() -> None:
    ediz = instrument_get("ediz")
    assert score(ediz, ["ja!", "ja", "min of meer", "nee", "nee!"] + ["nee"] * 4).score == 3
    assert score(ediz, ["ja!"] * 9).score == 9
    assert score(ediz, ["nee!"] * 9).score == 0
    assert score(ediz, ["ja"] * 8 + [None]).score is None


def test_answers_are_read_as_people_type_them() -> None:
    djg6 = instrument_get("djg6")
    # Negative 1, 4, 6 (ja, min of meer, ja) and positive 2, 3, 5 (nee, min of meer, nee): 6.
    assert score(djg6, ["Ja ", "NEE", "min-of-meer", " min  of meer", "nee", "ja"]).score == 6
    with pytest.raises(AnswerError) as wrong:
        score(djg6, ["ja", "nee", "soms", "ja", "nee", "ja"])
    assert (wrong.value.item, wrong.value.value) == (3, "soms")
