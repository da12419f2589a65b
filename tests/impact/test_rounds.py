"""Measurement rounds: the questionnaire, who is asked, the results with their intervals, the
change since the last round and for the same people before and after, never under 10."""

import csv
import io
import re

from django.test import Client
from django_scopes import scope

from tests.conftest import login
from tests.impact.conftest import Neighbourhood, answer_all, make_round
from wijkkracht.core.services.privacy import person_erase
from wijkkracht.impact.instruments import instrument_get
from wijkkracht.participation.models import Invitation, Response
from wijkkracht.participation.selectors import roll
from wijkkracht.participation.services.codes import letters_make
from wijkkracht.participation.services.surveys import survey_answer

COHESION = instrument_get("cbs-cohesion")
AGREE, YES, NEUTRAL, _NO, DISAGREE = COHESION.answers
J, N = "ja", "nee"
# Cohesion (0+... see test_scoring) 6.5, and djg6 all "nee": 3, moderately lonely.
MIDDLE = [DISAGREE, YES, NEUTRAL, AGREE, DISAGREE, N, N, N, N, N, N]
# Cohesion 8.0, and djg6 0: not lonely.
HIGH = [AGREE] * 5 + [N, J, J, N, J, N]


def test_the_questionnaire_asks_the_instruments_items_with_their_answers(
    wijk: Neighbourhood,
) -> None:
    measurement = make_round(wijk)
    with scope(collective=wijk.collective):
        questions = list(measurement.survey.questions.all())
        assert [q.text for q in questions] == [i.text for i in COHESION.items] + [
            i.text for i in instrument_get("djg6").items
        ]
        assert questions[0].options == list(COHESION.answers)
        assert questions[5].options == ["ja", "min of meer", "nee"]
        assert roll(measurement.survey).count() == len(wijk.members)
        assert measurement.instruments == ["cbs-cohesion@1", "djg6@1"]
        assert "Vraag 6 tot en met 11: Geef bij elke uitspraak" in measurement.survey.intro


def test_results_with_intervals_by_hand(wijk: Neighbourhood) -> None:
    measurement = make_round(wijk)
    answer_all(wijk, measurement, [MIDDLE] * 6 + [HIGH] * 6)
    client = login(Client(), wijk.board)
    page = client.get(f"/wijk/impact/{measurement.pk}/").content.decode()
    # Cohesion (6 x 6.5 + 6 x 8.0) / 12 = 7.25; sd 0.7833, t(11) 2.2010: 6.75 to 7.75.
    assert re.search(r"Sociale samenhang \(0 tot 10\)</td>\s*<td[^>]*>12</td>\s*<td[^>]*>7,3", page)
    assert "6,8&nbsp;\u2013&nbsp;7,7" in page
    # Six of twelve moderately lonely: 50 % (Wilson 25.4 to 74.6), national 48.6 %.
    assert re.search(r"Eenzaam \(matig of ernstig\)</td>\s*<td[^>]*>12</td>\s*<td[^>]*>50,0", page)
    assert "25,4&nbsp;\u2013&nbsp;74,6" in page and "48,6&nbsp;%" in page


def test_fewer_than_ten_are_never_shown(wijk: Neighbourhood) -> None:
    measurement = make_round(wijk)
    answer_all(wijk, measurement, [MIDDLE] * 9)
    client = login(Client(), wijk.coordinator)
    page = client.get(f"/wijk/impact/{measurement.pk}/").content.decode()
    assert "Minder dan 10 mensen vulden dit in" in page
    assert "6,5" not in page
    export = client.get(f"/wijk/impact/{measurement.pk}/cijfers.csv").content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(export), delimiter=";"))
    assert all(row[4] == "minder dan 10" and row[5] == "" for row in rows[1:])
    poster = client.get(f"/wijk/impact/{measurement.pk}/infographic/").content.decode()
    assert "Daarom tonen we niets" in poster


def test_the_change_since_the_previous_neighbourhood_round(wijk: Neighbourhood) -> None:
    first = make_round(wijk)
    answer_all(wijk, first, [MIDDLE] * 12)
    second = make_round(
        wijk, title="Buurtmeting 2026", period_start="2026-01-01", period_end="2026-12-31"
    )
    answer_all(wijk, second, [HIGH] * 6 + [MIDDLE] * 6)
    client = login(Client(), wijk.coordinator)
    export = client.get(f"/wijk/impact/{second.pk}/cijfers.csv").content.decode("utf-8-sig")
    rows = {row[2]: row for row in csv.reader(io.StringIO(export), delimiter=";")}
    # Cohesion from 6.5 (all) to 7.25: +0.75; lonely from 100 % to 50 %: -50 points.
    assert rows["Sociale samenhang (0 tot 10)"][5:10] == ["7,25", "6,75", "7,75", "6,4", "0,75"]
    assert rows["Eenzaam (matig of ernstig)"][9] == "-50,0"
    poster = client.get(f"/wijk/impact/{second.pk}/infographic/").content.decode()
    # Welch: 0.75 ± t(11) 2.201 x 0.2261 (the first round has no spread): 0.252 to 1.248.
    assert "0,8 hoger sinds de vorige meting (marge 0,3 tot 1,2)" in poster
    assert "50 procentpunt lager sinds de vorige meting" in poster


def test_before_and_after_for_the_same_people_of_the_meal(wijk: Neighbourhood) -> None:
    before = make_round(
        wijk, title="Voor de maaltijd", stage="before", reach="activity",
        activity_id=wijk.meal.pk, instruments=["djg6"],
    )  # fmt: skip
    with scope(collective=wijk.collective):
        assert roll(before.survey).count() == len(wijk.members)  # all had a place at the meal
    lonely, better = [N] * 6, [N, J, J, N, J, N]  # 3 and 0
    answer_all(wijk, before, [lonely] * 12)
    after = make_round(wijk, title="Na de maaltijd", stage="after", before=before, instruments=[])
    assert after.instruments == ["djg6@1"] and after.reach == "same"
    answer_all(wijk, after, [better] * 4 + [lonely] * 8)
    with scope(collective=wijk.collective):
        assert Response.objects.filter(survey=after.survey).exclude(pair_key="").count() == 12
    client = login(Client(), wijk.coordinator)
    page = client.get(f"/wijk/impact/{after.pk}/").content.decode()
    assert "Verandering bij dezelfde 12 mensen sinds de voormeting" in page
    # Differences: 4 x -3 and 8 x 0: mean -1.0, sd 1.477, t(11) 2.201: -1.94 to -0.06.
    assert "-1,0" in page and "-1,9&nbsp;\u2013&nbsp;-0,1" in page


def test_paper_questionnaires_with_codes_count_like_online_ones(wijk: Neighbourhood) -> None:
    measurement = make_round(wijk)
    with scope(collective=wijk.collective):
        letters = letters_make(actor=None, target=measurement.survey)
        questions = list(measurement.survey.questions.values_list("pk", flat=True))
        for _place, code in letters[:10]:
            survey_answer(
                actor=None,
                survey=measurement.survey,
                answers=dict(zip(questions, HIGH, strict=True)),
                code=code,
            )
        assert Invitation.objects.filter(survey=measurement.survey, channel="paper").count() == 10
    page = login(Client(), wijk.board).get(f"/wijk/impact/{measurement.pk}/").content.decode()
    assert re.search(r"Sociale samenhang \(0 tot 10\)</td>\s*<td[^>]*>10</td>\s*<td[^>]*>8,0", page)


def test_a_measurement_shows_no_single_questionnaire_in_participation(wijk: Neighbourhood) -> None:
    measurement = make_round(wijk)
    answer_all(wijk, measurement, [HIGH] * 12)
    client = login(Client(), wijk.coordinator)
    base = f"/wijk/inspraak/enquetes/{measurement.survey.pk}/"
    assert client.get(base).status_code == 200
    for url in ("uitslag/", "antwoorden.csv", "antwoorden.xlsx"):
        assert client.get(base + url).status_code == 404
    assert client.post(base + "sluiten/").status_code == 404


def test_only_coordinator_board_and_partner_see_rounds(wijk: Neighbourhood) -> None:
    measurement = make_round(wijk)
    url = f"/wijk/impact/{measurement.pk}/"
    assert login(Client(), wijk.partner).get(url).status_code == 200
    assert login(Client(), wijk.anna).get(url).status_code == 404
    assert login(Client(), wijk.board).post(url + "sluiten/").status_code == 404


def test_erasure_unties_before_and_after(wijk: Neighbourhood) -> None:
    before = make_round(
        wijk, stage="before", reach="activity", activity_id=wijk.meal.pk, instruments=["djg6"]
    )
    answer_all(wijk, before, [[N] * 6] * 12)
    with scope(collective=wijk.collective):
        assert Response.objects.filter(survey=before.survey).exclude(pair_key="").count() == 12
        person_erase(actor=None, person=wijk.members[0])
        assert Response.objects.filter(survey=before.survey).exclude(pair_key="").count() == 11
        assert Response.objects.filter(survey=before.survey).count() == 12
