"""Surveys: the roll, answering online and from paper once, anonymity, results and export."""

import csv
import io
import re

from django.test import Client
from django_scopes import scope

from tests.conftest import login
from tests.participation.build import QUESTIONS
from tests.participation.conftest import Village
from wijkkracht.participation.models import Invitation, Question, Response, Survey
from wijkkracht.participation.services.surveys import question_add, survey_create, survey_open

BASE = "/dorp/inspraak/enquetes/"


def make_survey(village: Village, *, per: str = "person", anonymous: bool = True) -> Survey:
    with scope(collective=village.collective):
        survey = survey_create(
            actor=None,
            collective=village.collective,
            title="Hoe woont u?",
            intro="",
            per=per,
            anonymous=anonymous,
        )
        for kind, text, options in QUESTIONS:
            question_add(actor=None, survey=survey, kind=kind, text=text, options=options)
        return survey_open(actor=None, survey=survey)


def answer_data(village: Village, survey: Survey) -> dict[str, object]:
    with scope(collective=village.collective):
        q = {question.kind: question.pk for question in Question.objects.filter(survey=survey)}
    return {
        f"q{q['choice']}": "lang",
        f"q{q['multiple']}": ["een bank", "een bus"],
        f"q{q['scale']}": "4",
        # vervoer 2nd, eten 1st, wonen 3rd
        f"q{q['ranking']}_0": "2",
        f"q{q['ranking']}_1": "1",
        f"q{q['ranking']}_2": "3",
        f"q{q['open']}": "Meer bankjes graag.",
    }


def test_a_member_answers_online_once_and_anonymously(village: Village) -> None:
    survey = make_survey(village)
    client = login(Client(), village.anna)
    response = client.post(f"{BASE}{survey.pk}/invullen/", answer_data(village, survey))
    assert response.status_code == 302
    page = client.get(f"{BASE}{survey.pk}/").content.decode()
    assert "U hebt deze enquête al ingevuld" in page
    again = client.post(f"{BASE}{survey.pk}/invullen/", answer_data(village, survey))
    assert "Dat kan maar één keer" in again.content.decode()
    with scope(collective=village.collective):
        stored = Response.objects.get()
        by_kind = {q.kind: str(q.pk) for q in Question.objects.all()}
    assert stored.person is None
    assert stored.answers[by_kind["ranking"]] == ["eten", "vervoer", "wonen"]
    assert stored.answers[by_kind["scale"]] == 4


def test_a_named_survey_keeps_who_answered(village: Village) -> None:
    survey = make_survey(village, anonymous=False)
    login(Client(), village.anna).post(f"{BASE}{survey.pk}/invullen/", answer_data(village, survey))
    with scope(collective=village.collective):
        assert Response.objects.get().person == village.person(village.anna)


def test_one_answer_per_household_when_asked(village: Village) -> None:
    # Anna and Bert live at the same address.
    survey = make_survey(village, per="household")
    with scope(collective=village.collective):
        assert Invitation.objects.filter(survey=survey).count() == 1
    login(Client(), village.anna).post(f"{BASE}{survey.pk}/invullen/", answer_data(village, survey))
    bert = login(Client(), village.bert)
    assert "al ingevuld" in bert.get(f"{BASE}{survey.pk}/").content.decode()
    refused = bert.post(f"{BASE}{survey.pk}/invullen/", answer_data(village, survey))
    assert "Dat kan maar één keer" in refused.content.decode()


def test_a_ranking_needs_every_place_once(village: Village) -> None:
    survey = make_survey(village)
    data = answer_data(village, survey)
    key = next(k for k in data if k.endswith("_1"))
    data[key] = "2"  # two answers in place 2
    page = login(Client(), village.anna).post(f"{BASE}{survey.pk}/invullen/", data)
    assert "Geef elk antwoord een andere plaats" in page.content.decode()
    with scope(collective=village.collective):
        assert not Response.objects.exists()


def test_an_empty_questionnaire_is_not_taken_and_the_place_stays_free(village: Village) -> None:
    survey = make_survey(village)
    client = login(Client(), village.anna)
    # As a browser sends it: empty text and select fields, no ticked boxes.
    empty = {
        key: ""
        for key, value in answer_data(village, survey).items()
        if not isinstance(value, list)
    }
    page = client.post(f"{BASE}{survey.pk}/invullen/", empty).content.decode()
    assert "Er is nog geen vraag beantwoord" in page
    with scope(collective=village.collective):
        assert not Response.objects.exists()
    assert (
        client.post(f"{BASE}{survey.pk}/invullen/", answer_data(village, survey)).status_code == 302
    )


def test_paper_questionnaires_and_the_results_with_export(village: Village) -> None:
    survey = make_survey(village)
    coordinator = login(Client(), village.coordinator)
    letters = coordinator.post(f"{BASE}{survey.pk}/brieven/").content.decode()
    codes = re.findall(r'class="wk-code">([A-Z0-9-]+)<', letters)
    assert len(codes) == 2
    volunteer = login(Client(), village.volunteer)
    for code in codes:
        data = answer_data(village, survey) | {"code": code}
        assert volunteer.post(f"{BASE}{survey.pk}/papier/", data).status_code == 302
    page = coordinator.get(f"{BASE}{survey.pk}/uitslag/").content.decode()
    assert "Gemiddeld 4,0 (van 1 tot 5)." in page
    assert "Meer bankjes graag." in page
    assert page.count('role="img"') == 3  # choice, multiple choice and scale have a chart
    assert "wk-bar--1" not in page  # the answers to one question share one colour
    assert "100,0 %" in page  # both said "lang"
    exported = coordinator.get(f"{BASE}{survey.pk}/antwoorden.csv").content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(exported), delimiter=";"))
    assert rows[0] == ["kanaal", "q1", "q2", "q3", "q4", "q5"]
    assert rows[1] == [
        "paper",
        "lang",
        "een bank; een bus",
        "4",
        "eten; vervoer; wonen",
        "Meer bankjes graag.",
    ]
    assert len(rows) == 3
    xlsx = coordinator.get(f"{BASE}{survey.pk}/antwoorden.xlsx")
    assert xlsx.content[:2] == b"PK"


def test_questions_are_fixed_once_the_survey_is_open(village: Village) -> None:
    survey = make_survey(village)
    coordinator = login(Client(), village.coordinator)
    response = coordinator.post(
        f"{BASE}{survey.pk}/vraag/", {"kind": "open", "text": "Nog een vraag?"}, follow=True
    )
    assert "De enquête is al open" in response.content.decode()
    with scope(collective=village.collective):
        assert Question.objects.count() == len(QUESTIONS)


def test_a_user_of_another_village_gets_404(village: Village) -> None:
    survey = make_survey(village)
    outsider = login(Client(), village.outsider)
    for path in ("", "invullen/", "papier/", "uitslag/", "antwoorden.csv"):
        assert outsider.get(f"{BASE}{survey.pk}/{path}").status_code == 404
