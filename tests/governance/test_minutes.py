"""Minutes: the secretary's draft holds the agenda and the decisions; those who were there
propose changes in the amendment period (others cannot); a later meeting adopts them and from
then on they are fixed and readable by every member."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_scopes import scope

from tests.conftest import PASSWORD, login, make_collective
from tests.governance.build import a_meeting, begun, members, statutes
from wijkkracht.core.models import User
from wijkkracht.governance.models import MinutesStatus
from wijkkracht.governance.services.meetings import attendance_record, item_add
from wijkkracht.governance.services.minutes import (
    amendment_add,
    amendments_open,
    minutes_draft,
    minutes_save,
)
from wijkkracht.governance.services.votes import item_decide, vote_cast


def test_minutes_from_draft_to_fixed(db: None) -> None:
    collective = make_collective("dorp", "Dorpscoöperatie")
    statutes(collective)
    anna, bert = members(collective, 2)
    autumn = begun(a_meeting(collective))
    with scope(collective=collective):
        attendance_record(actor=None, meeting=autumn, person=anna, via="coordinator")
        item = autumn.items.get(order=2)
        vote_cast(item=item, voter=anna, cast_by=anna, choice="for")
        decision = item_decide(actor=None, item=item)
        minutes = minutes_draft(actor=None, meeting=autumn)
    assert f"Besluit {decision.number}" in minutes.text and "1 voor" in minutes.text

    anna.user = User.objects.create_user("anna@dorp.example", PASSWORD, name="Anna")
    bert.user = User.objects.create_user("bert@dorp.example", PASSWORD, name="Bert")
    with scope(collective=collective):
        anna.save()
        bert.save()
    url = reverse("governance:minutes", args=["dorp", autumn.pk])
    # Before the amendment period the draft is the board's only.
    assert "nog geen notulen" in login(Client(), anna.user).get(url).content.decode()
    with scope(collective=collective):
        minutes = amendments_open(
            actor=None, minutes=minutes, until=timezone.localdate() + datetime.timedelta(days=14)
        )
    anna_client = login(Client(), anna.user)
    assert "Een wijziging voorstellen" in anna_client.get(url).content.decode()
    anna_client.post(url, {"action": "amend", "amendment": "Ik stemde voor, niet tegen."})
    with scope(collective=collective):
        assert minutes.amendments.get().person == anna
        with pytest.raises(ValidationError, match="Alleen wie er was"):
            amendment_add(minutes=minutes, person=bert, text="Ik was er ook.")

    spring = a_meeting(collective, days=30)
    with scope(collective=collective):
        adopt = item_add(
            actor=None,
            meeting=spring,
            title="Notulen van de vorige vergadering",
            proposal="De notulen worden vastgesteld.",
            decision_type="ordinary",
            minutes_of=autumn,
        )
    begun(spring)
    with scope(collective=collective):
        attendance_record(actor=None, meeting=spring, person=bert, via="coordinator")
        vote_cast(item=adopt, voter=bert, cast_by=bert, choice="for")
        item_decide(actor=None, item=adopt)
        minutes.refresh_from_db()
        assert minutes.status == MinutesStatus.ADOPTED
        with pytest.raises(ValidationError, match="veranderen niet meer"):
            minutes_save(actor=None, minutes=minutes, text="Iets anders")
    assert "Notulen van" in login(Client(), bert.user).get(url).content.decode()


def test_only_an_earlier_meetings_minutes_can_be_adopted(db: None) -> None:
    collective = make_collective("dorp", "Dorpscoöperatie")
    statutes(collective)
    early, late = a_meeting(collective, days=20), a_meeting(collective, days=40)
    with scope(collective=collective), pytest.raises(ValidationError, match="eerdere"):
        item_add(
            actor=None, meeting=early, title="Notulen", decision_type="ordinary", minutes_of=late
        )
