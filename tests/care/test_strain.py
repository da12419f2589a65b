"""Carer strain followed up: a carer who answers the EDIZ by name, with consent, and scores at
or above the collective's threshold is one call on the coordinator's list; nobody else sees
it, and the score itself is shown to no one."""

import datetime
import re

from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_scopes import scope

from tests.care.build import a_member
from tests.care.conftest import Care
from tests.conftest import login
from wijkkracht.care.models import CircleRole, StrainCall
from wijkkracht.care.services.strain import settings_get, strain_check
from wijkkracht.impact.models import Reach, Round, Stage
from wijkkracht.impact.services.rounds import round_create, round_open
from wijkkracht.participation.models import Response
from wijkkracht.participation.services.surveys import survey_answer


def _carers_round(care: Care) -> Round:
    today = timezone.localdate()
    with scope(collective=care.collective):
        measurement = round_create(
            actor=None,
            collective=care.collective,
            title="Mantelzorgers 2026",
            stage=Stage.AREA,
            instruments=["ediz"],
            reach=Reach.CARERS,
            period_start=today - datetime.timedelta(days=90),
            period_end=today,
        )
        return round_open(actor=None, measurement=measurement)


def _answer(measurement: Round, member, yes: int) -> Response:  # type: ignore[no-untyped-def]
    questions = list(measurement.survey.questions.order_by("position"))
    answers = {q.pk: ("ja" if n < yes else "nee") for n, q in enumerate(questions)}
    return survey_answer(
        actor=None, survey=measurement.survey, answers=answers, person=member.person
    )


def test_a_high_score_by_name_is_one_call_for_the_coordinator_only(care: Care) -> None:
    with scope(collective=care.collective):
        care.daughter.strain_consent = True
        care.daughter.save()
    neighbour = a_member(care.circle, CircleRole.NEIGHBOUR, strain_consent=True)
    a_member(care.circle, CircleRole.FAMILY)  # no consent: not asked
    measurement = _carers_round(care)
    with scope(collective=care.collective):
        assert not measurement.survey.anonymous
        assert {place.person_id for place in measurement.survey.invitations.all()} == {
            care.daughter.person_id,
            neighbour.person_id,
        }
        _answer(measurement, care.daughter, yes=8)
        _answer(measurement, neighbour, yes=3)
        assert strain_check(care.collective) == 1
    call_command("care_strain_check", verbosity=0)  # again, as tomorrow's run: no second call
    with scope(collective=care.collective):
        call = StrainCall.objects.get()
    assert call.carer_id == care.daughter.person_id

    circles = reverse("care:circles", args=[care.collective.slug])
    coordinator = login(Client(), care.coordinator)
    page = coordinator.get(circles).content.decode()
    assert "Even bellen" in page and care.daughter.person.full_name in page
    section = page.split("Even bellen", 1)[1].split("</section>", 1)[0]
    shown = re.sub(r"<[^>]+>", " ", section)  # the words on screen, not the form's token
    assert "8" not in shown and "score" not in shown.lower()
    daughter_page = login(Client(), care.daughter_user).get(circles).content.decode()
    assert "Even bellen" not in daughter_page

    done = reverse("care:strain_call", args=[care.collective.slug, call.pk])
    coordinator.post(done, {"note": "Ria krijgt respijt in maart."})
    with scope(collective=care.collective):
        call.refresh_from_db()
    assert call.done_at is not None and call.note == "Ria krijgt respijt in maart."


def test_the_collective_chooses_the_threshold(care: Care) -> None:
    with scope(collective=care.collective):
        care.daughter.strain_consent = True
        care.daughter.save()
    measurement = _carers_round(care)
    coordinator = login(Client(), care.coordinator)
    settings_url = reverse("care:settings", args=[care.collective.slug])
    refused = coordinator.post(settings_url, {"strain_threshold": "12"})
    assert refused.status_code == 200  # the EDIZ counts 0 to 9
    coordinator.post(settings_url, {"strain_threshold": "5"})
    with scope(collective=care.collective):
        assert settings_get(care.collective).strain_threshold == 5
        _answer(measurement, care.daughter, yes=5)
        assert strain_check(care.collective) == 1
