"""Follow-up actions on a decision: the board adds them on the decision's page (not due before
the decision), marks them done, and the decisions list counts the open ones. A person's export
lists their part in the meetings; erasure removes how they voted once the vote is counted."""

import datetime

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_scopes import scope

from tests.conftest import login, make_collective, make_user
from tests.governance.build import a_meeting, begun, members, statutes
from wijkkracht.core.services.privacy import person_erase, person_export
from wijkkracht.governance.models import FollowUp, Vote
from wijkkracht.governance.services.meetings import attendance_record
from wijkkracht.governance.services.votes import item_decide, vote_cast


@pytest.fixture
def decided(db: None):  # type: ignore[no-untyped-def]
    collective = make_collective("dorp", "Dorpscoöperatie")
    statutes(collective)
    people = members(collective, 3)
    meeting = begun(a_meeting(collective))
    with scope(collective=collective):
        item = meeting.items.get(order=2)
        attendance_record(actor=None, meeting=meeting, person=people[0], via="coordinator")
        vote_cast(item=item, voter=people[0], cast_by=people[0], choice="for")
        decision = item_decide(actor=None, item=item)
    return collective, decision, people


def test_the_board_follows_a_decision_up(decided) -> None:  # type: ignore[no-untyped-def]
    collective, decision, _people = decided
    board_user = make_user(collective, "board")
    board = login(Client(), board_user)
    page = reverse("governance:decision", args=[collective.slug, decision.pk])
    with scope(collective=collective):
        owner = board_user.persons.get()
    assert "Er is iets niet goed ingevuld" not in board.get(page).content.decode()
    early = decision.decided_on - datetime.timedelta(days=1)
    refused = board.post(page, {"text": "Naar de KvK", "owner": owner.pk, "due_on": early})
    assert "vóór het besluit" in refused.content.decode()
    due = timezone.localdate() + datetime.timedelta(days=8)
    added = board.post(page, {"text": "Naar de KvK", "owner": owner.pk, "due_on": due}, follow=True)
    assert "De actie staat erbij." in added.content.decode()
    listed = board.get(reverse("governance:decisions", args=[collective.slug])).content.decode()
    assert '<td class="wk-number">1</td></tr>' in listed
    with scope(collective=collective):
        action = FollowUp.objects.get()
    board.post(reverse("governance:follow_up_done", args=[collective.slug, action.pk]))
    with scope(collective=collective):
        action.refresh_from_db()
    assert action.done_on == timezone.localdate()
    member = login(Client(), make_user(collective, "member"))
    seen = member.get(page).content.decode()
    assert "Naar de KvK" in seen and "Actie toevoegen" not in seen
    assert member.post(page, {"text": "Iets anders"}).status_code == 200
    with scope(collective=collective):
        assert FollowUp.objects.count() == 1


def test_export_and_erasure(decided) -> None:  # type: ignore[no-untyped-def]
    collective, decision, people = decided
    with scope(collective=collective):
        data = person_export(people[0])
        assert data["stemmen"] == [{"onderwerp": "Jaarrekening", "stem": "voor"}]
        assert data["aanwezig_op_ledenvergaderingen"][0]["vergadering"] == "ALV voorjaar"
        person_erase(actor=None, person=people[0])
        assert not Vote.objects.filter(voter=people[0]).exists()
        decision.refresh_from_db()
    assert decision.votes_for == 1  # the counted decision stays
