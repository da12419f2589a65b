"""The ALV through its pages: the board plans it and sends the convocation (letters for who has
no e-mail), records a proxy after a phone call (a second one to the same holder refused),
marks who is there; a member votes online for herself and for whoever gave her a proxy; the
tellers enter the paper count and the chair closes the vote; the decision is in the list."""

import datetime
import io

import pikepdf
import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django_scopes import scope

from tests.conftest import PASSWORD, login, make_collective, make_user, worker_runs_jobs
from tests.governance.build import a_meeting, begun, members, statutes
from wijkkracht.core.models import Person, User
from wijkkracht.governance.models import Decision, Meeting
from wijkkracht.governance.services.meetings import attendance_record, item_add
from wijkkracht.governance.services.votes import item_decide, vote_cast


@pytest.fixture
def alv(db: None) -> tuple[Meeting, User, list[Person]]:
    collective = make_collective("dorp", "Dorpscoöperatie")
    statutes(collective)
    people = members(collective, 5)
    with scope(collective=collective):
        people[4].email = ""  # gets a letter
        people[4].save()
    return a_meeting(collective), make_user(collective, "board"), people


def _url(meeting: Meeting, name: str, *args: int) -> str:
    return reverse(f"governance:{name}", args=[meeting.collective.slug, *args])


def test_the_board_runs_the_meeting_and_a_member_votes(alv) -> None:  # type: ignore[no-untyped-def]
    meeting, board_user, people = alv
    board = login(Client(), board_user)
    with worker_runs_jobs():
        assert board.post(_url(meeting, "convene", meeting.pk)).status_code == 302
    assert len(mail.outbox) == 4  # the fifth member has no e-mail
    letters = board.get(_url(meeting, "letters", meeting.pk))
    pdf = pikepdf.open(io.BytesIO(letters.content))
    assert len(pdf.pages) == 1
    page = board.get(_url(meeting, "meeting", meeting.pk)).content.decode()
    assert "Brief afdrukken voor 1 huishouden zonder e-mail" in page
    assert people[4].full_name.encode() in pdf.pages[0].Contents.read_bytes()

    with scope(collective=meeting.collective):
        numbers = [person.member.number for person in people]
    proxy = {"giver": numbers[1], "holder": numbers[0], "via": "written", "note": "gebeld"}
    assert board.post(_url(meeting, "proxy_add", meeting.pk), proxy).status_code == 302
    refused = board.post(
        _url(meeting, "proxy_add", meeting.pk), proxy | {"giver": numbers[2]}
    ).content.decode()
    assert "meer staan de statuten niet toe" in refused
    for person in (people[0], people[2], people[3]):
        board.post(_url(meeting, "attendance", meeting.pk), {"person": person.pk})

    with scope(collective=meeting.collective):
        item = meeting.items.get(order=2)
        people[0].user = User.objects.create_user("stemmer@dorp.example", PASSWORD, name="Stemmer")
        people[0].save()
    voter = login(Client(), people[0].user)
    early = voter.get(_url(meeting, "vote", meeting.pk)).content.decode()
    assert "Stemmen kan vanaf" in early
    begun(meeting)
    ballot = voter.get(_url(meeting, "vote", meeting.pk)).content.decode()
    assert "(volmacht)" in ballot and people[1].full_name in ballot
    voter.post(
        _url(meeting, "vote", meeting.pk),
        {f"item{item.pk}_voter{people[0].pk}": "for", f"item{item.pk}_voter{people[1].pk}": "for"},
    )
    tally = {"channel": "paper", "votes_for": 0, "votes_against": 1, "abstentions": 1}
    board.post(_url(meeting, "item", item.pk), tally)
    closed = board.post(_url(meeting, "decide", item.pk), follow=True).content.decode()
    assert "Aangenomen" in closed
    with scope(collective=meeting.collective):
        decision = Decision.objects.get()
    # 3 present and 1 represented of 5: 2 for, 1 against, 1 abstention (not cast).
    assert (decision.present, decision.represented, decision.votes_for) == (3, 1, 2)
    listed = voter.get(reverse("governance:decisions", args=["dorp"])).content.decode()
    assert decision.number in listed and "aangenomen" in listed


def test_a_member_sees_the_rules_but_cannot_plan_a_meeting(alv) -> None:  # type: ignore[no-untyped-def]
    meeting, _board, people = alv
    with scope(collective=meeting.collective):
        people[0].user = User.objects.create_user("lid@dorp.example", PASSWORD, name="Lid")
        people[0].save()
    member = login(Client(), people[0].user)
    home = member.get(reverse("governance:home", args=["dorp"])).content.decode()
    assert "Versie 1" in home and "Nieuwe ledenvergadering" not in home
    assert member.get(reverse("governance:meeting_create", args=["dorp"])).status_code == 404
    assert member.get(_url(meeting, "proxy_add", meeting.pk)).status_code == 404


def test_the_accounts_deadlines_follow_the_adopting_decision(alv) -> None:  # type: ignore[no-untyped-def]
    meeting, board_user, people = alv
    last_year = timezone.localdate().year - 1
    with scope(collective=meeting.collective):
        item = item_add(
            actor=None,
            meeting=meeting,
            title="Jaarrekening",
            proposal="Vastgesteld.",
            decision_type="ordinary",
            accounts_year=last_year,
        )
    begun(meeting)
    with scope(collective=meeting.collective):
        attendance_record(actor=None, meeting=meeting, person=people[0], via="coordinator")
        vote_cast(item=item, voter=people[0], cast_by=people[0], choice="for")
        decision = item_decide(actor=None, item=item)
    home = login(Client(), board_user).get(reverse("governance:home", args=["dorp"]))
    text = home.content.decode()
    # Filed 8 days after adoption, and never later than 31 December of this year.
    filed = min(
        decision.decided_on + datetime.timedelta(days=8), datetime.date(last_year + 1, 12, 31)
    )
    assert f"besluit {decision.number}" in text
    assert f"uiterlijk {date_format(filed, 'j F Y')}" in text
