"""Members' requests for a meeting (art. 2:41): with 25 members one tenth is 3 signatures; on
the day the third signs the board's clock starts (convene within 14 days, hold within 28);
before those 14 days pass the signers cannot convene, after them they can and every member is
called; someone who did not sign cannot."""

import datetime

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_scopes import scope

from tests.conftest import PASSWORD, login, make_collective, make_user, worker_runs_jobs
from tests.governance.build import members, statutes
from wijkkracht.activities.schedule import local_datetime
from wijkkracht.core.models import User
from wijkkracht.governance.models import MeetingRequest
from wijkkracht.governance.services.requests import (
    clock,
    request_convene,
    request_sign,
    request_start,
    signatures_needed,
)


def test_a_tenth_of_the_members_start_the_clock_and_may_convene_after_14_days(db: None) -> None:
    collective = make_collective("dorp", "Dorpscoöperatie")
    statutes(collective)
    people = members(collective, 25)
    today = timezone.localdate()
    with scope(collective=collective):
        assert signatures_needed() == 3
        request = request_start(
            actor=None, collective=collective, person=people[0], subject="Het dorpshuis"
        )
        request_sign(actor=None, request=request, person=people[1], via="paper")
        with pytest.raises(ValidationError, match="al getekend"):
            request_sign(actor=None, request=request, person=people[1], via="online")
        request.refresh_from_db()
        assert request.reached_on is None
        request_sign(actor=None, request=request, person=people[2], via="online")
        request.refresh_from_db()
        found = clock(request)
        assert request.reached_on == today and found is not None
        assert (found.convene_by, found.hold_by) == (
            today + datetime.timedelta(days=14),
            today + datetime.timedelta(days=28),
        )
        later = local_datetime(today + datetime.timedelta(days=40), datetime.time(20))
        with pytest.raises(ValidationError, match="Het bestuur heeft tot en met"):
            request_convene(
                actor=None, request=request, person=people[0], starts_at=later, place="Kerk"
            )
        # Fifteen days on, nothing from the board: the signers may.
        MeetingRequest.objects.filter(pk=request.pk).update(
            reached_on=today - datetime.timedelta(days=15)
        )
        request.refresh_from_db()
        with pytest.raises(ValidationError, match="Alleen wie tekende"):
            request_convene(
                actor=None, request=request, person=people[5], starts_at=later, place="Kerk"
            )
        with worker_runs_jobs():
            meeting = request_convene(
                actor=None, request=request, person=people[0], starts_at=later, place="Kerk"
            )
        assert meeting.convened_at is not None
        assert meeting.items.get().proposal == "Het dorpshuis"
    assert len(mail.outbox) == 25


def test_members_sign_on_the_page_and_the_board_adds_paper(db: None) -> None:
    collective = make_collective("dorp", "Dorpscoöperatie")
    statutes(collective)
    anna, bert, cor = members(collective, 3)
    with scope(collective=collective):
        for person in (anna, bert):
            person.user = User.objects.create_user(person.email, PASSWORD, name=person.given_name)
            person.save()
        cor_number = cor.member.number
    started = login(Client(), anna.user).post(
        reverse("governance:requests", args=["dorp"]), {"subject": "Een nieuw dak"}
    )
    with scope(collective=collective):
        request = MeetingRequest.objects.get()
    assert started["Location"] == reverse("governance:request", args=["dorp", request.pk])
    bert_client = login(Client(), bert.user)
    page = bert_client.get(started["Location"]).content.decode()
    # Three members: one tenth is one signature, so Anna's own reached it at once.
    assert "1 van de 1 handtekeningen" in page and "Ik teken ook" in page
    bert_client.post(started["Location"], {"action": "sign"})
    board = login(Client(), make_user(collective, "board"))
    board.post(started["Location"], {"action": "paper", "number": cor_number})
    with scope(collective=collective):
        assert sorted(request.signatures.values_list("via", flat=True)) == [
            "online",
            "online",
            "paper",
        ]
