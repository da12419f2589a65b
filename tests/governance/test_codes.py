"""Codes at the meeting: the convocation gives every member a code to come in by (letter,
e-mail, their own page) and the volunteer at the door types it; a secret ballot uses the
participation roll, so each member votes once, online or on a slip with a code, and what they
voted is kept without their name. A member voting online while a teller types their slip at the
same instant still votes once."""

import contextlib
import io

import pikepdf
import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django_scopes import scope

from tests.concurrent import at_the_same_instant
from tests.conftest import PASSWORD, login, make_collective, make_user, worker_runs_jobs
from tests.governance.build import a_meeting, begun, members, statutes
from wijkkracht.core.models import Collective, Person, User
from wijkkracht.governance.models import AgendaItem, DecisionType, Meeting, SecretVote
from wijkkracht.governance.services.meetings import (
    attendance_record,
    checkin,
    convocation_send,
    item_add,
)
from wijkkracht.governance.services.proxies import proxy_give
from wijkkracht.governance.services.roll import checkin_code
from wijkkracht.governance.services.votes import (
    counted,
    item_decide,
    slip_enter,
    slips_make,
    tally_enter,
    vote_cast,
)
from wijkkracht.participation.selectors import roll


@pytest.fixture
def village(db: None) -> Collective:
    collective = make_collective("dorp", "Dorpscoöperatie")
    statutes(collective)
    return collective


def _secret_item(meeting: Meeting) -> AgendaItem:
    with scope(collective=meeting.collective):
        return item_add(
            actor=None,
            meeting=meeting,
            title="Benoeming penningmeester",
            proposal="Kees Bakker wordt penningmeester.",
            decision_type=DecisionType.ORDINARY,
            secret=True,
        )


def _text(pdf_bytes: bytes) -> bytes:
    pdf = pikepdf.open(io.BytesIO(pdf_bytes))
    return b"".join(page.Contents.read_bytes() for page in pdf.pages)


def test_a_member_comes_in_with_the_code_from_the_invitation(village: Collective) -> None:
    people = members(village, 3)
    with scope(collective=village):
        people[2].email = ""
        people[2].save()
    meeting = a_meeting(village)
    board = login(Client(), make_user(village, "board"))
    with worker_runs_jobs():
        board.post(reverse("governance:convene", args=[village.slug, meeting.pk]))
    code = checkin_code(meeting, people[0])
    assert code in mail.outbox[0].body and len(mail.outbox) == 2
    letter = board.get(reverse("governance:letters", args=[village.slug, meeting.pk]))
    assert checkin_code(meeting, people[2]).encode() in _text(letter.content)
    member_page = login(Client(), _login_for(people[1])).get(
        reverse("governance:meeting", args=[village.slug, meeting.pk])
    )
    assert checkin_code(meeting, people[1]) in member_page.content.decode()

    door = reverse("governance:attendance", args=[village.slug, meeting.pk])
    typed = code.lower().replace("-", " ")  # as a volunteer might type it
    response = board.post(door, {"code": typed}, follow=True)
    assert f"{people[0].full_name} is er." in response.content.decode()
    again = board.post(door, {"code": code}, follow=True)
    assert f"{people[0].full_name} is er." in again.content.decode()
    wrong = board.post(door, {"code": "ABCD-EFGH-JK"}).content.decode()
    assert "Deze code hoort niet bij deze vergadering" in wrong
    with scope(collective=village):
        assert list(meeting.attendances.values_list("person_id", "via")) == [(people[0].pk, "code")]
        assert roll(meeting).count() == 3


def test_the_code_of_another_meeting_does_not_let_anyone_in(village: Collective) -> None:
    people = members(village, 2)
    spring, autumn = a_meeting(village, days=21), a_meeting(village, days=30)
    with scope(collective=village):
        convocation_send(actor=None, meeting=spring)
        convocation_send(actor=None, meeting=autumn)
        with pytest.raises(ValidationError, match="hoort niet bij deze vergadering"):
            checkin(actor=None, meeting=autumn, code=checkin_code(spring, people[0]))
        checkin(actor=None, meeting=autumn, code=checkin_code(autumn, people[0]))
        assert autumn.attendances.count() == 1 and spring.attendances.count() == 0


def _login_for(person: Person) -> User:
    user = User.objects.create_user(person.email, PASSWORD, name=person.full_name)
    with scope(collective=person.collective):
        person.user = user
        person.save(update_fields=["user"])
    return user


def test_a_secret_ballot_counts_each_member_once_and_keeps_no_names(village: Collective) -> None:
    people = members(village, 6)
    meeting = a_meeting(village)
    item = _secret_item(meeting)
    begun(meeting)
    with scope(collective=village):
        for person in people[:4]:
            attendance_record(actor=None, meeting=meeting, person=person, via="coordinator")
        proxy_give(actor=None, meeting=meeting, giver=people[4], holder=people[0], via="written")
        vote_cast(item=item, voter=people[0], cast_by=people[0], choice="for")
        vote_cast(item=item, voter=people[4], cast_by=people[0], choice="against")
        with pytest.raises(ValidationError, match="al meegedaan"):
            vote_cast(item=item, voter=people[0], cast_by=people[0], choice="against")
        with pytest.raises(ValidationError, match="briefje in"):
            tally_enter(
                actor=None, item=item, channel="paper", votes_for=3, votes_against=0, abstentions=0
            )
        # Slips for who is there and has not voted: Bert, Cor and Dien; not Anna, not Eva.
        slips = slips_make(actor=None, item=item)
        assert sorted(person.pk for person, _ in slips) == [p.pk for p in people[1:4]]
        assert slips_make(actor=None, item=item) == []  # nobody gets a second slip
        codes = [code for _, code in slips]
        slip_enter(actor=None, item=item, code=codes[0], choice="for")
        slip_enter(actor=None, item=item, code=codes[1], choice="abstain")
        with pytest.raises(ValidationError, match="al meegedaan"):
            slip_enter(actor=None, item=item, code=codes[0], choice="against")
        with pytest.raises(ValidationError, match="kennen we niet"):
            slip_enter(actor=None, item=item, code="ABCD-EFGH-JK", choice="for")
        # Dien kept her slip and votes online instead: her slip no longer counts.
        dien = next(person for person, code in slips if code == codes[2])
        vote_cast(item=item, voter=dien, cast_by=dien, choice="against")
        with pytest.raises(ValidationError, match="al meegedaan"):
            slip_enter(actor=None, item=item, code=codes[2], choice="for")
        votes = counted(item)
        decision = item_decide(actor=None, item=item)
    assert (votes.votes_for, votes.votes_against, votes.abstentions) == (2, 2, 1)
    assert (decision.votes_for, decision.votes_against, decision.adopted) == (2, 2, False)
    kept = {field.name for field in SecretVote._meta.get_fields()}
    assert kept == {"id", "collective", "item", "choice", "channel"}


def test_the_slips_print_the_name_only_on_the_strip_torn_off(village: Collective) -> None:
    people = members(village, 2)
    meeting = a_meeting(village)
    item = _secret_item(meeting)
    begun(meeting)
    with scope(collective=village):
        for person in people:
            attendance_record(actor=None, meeting=meeting, person=person, via="coordinator")
    board = login(Client(), make_user(village, "board"))
    response = board.post(reverse("governance:slips", args=[village.slug, item.pk]))
    text = _text(response.content)
    assert response["Content-Type"] == "application/pdf"
    assert text.count(b"afscheuren bij het uitdelen") == 2 and text.count(b"Code: ") == 2
    code = text.split(b"Code: ")[1][:12].decode()
    page = reverse("governance:item", args=[village.slug, item.pk])
    counted_page = board.post(page, {"code": code, "choice": "for"}, follow=True)
    assert "Het briefje is geteld." in counted_page.content.decode()
    assert "1 voor, 0 tegen, 0 onthouding" in counted_page.content.decode()


@pytest.mark.django_db(transaction=True)
def test_voting_online_while_the_slip_is_typed_counts_once() -> None:
    collective = make_collective("dorp", "Dorpscoöperatie")
    statutes(collective)
    anna = members(collective, 1)[0]
    meeting = a_meeting(collective)
    item = _secret_item(meeting)
    begun(meeting)
    with scope(collective=collective):
        attendance_record(actor=None, meeting=meeting, person=anna, via="coordinator")
        ((_, code),) = slips_make(actor=None, item=item)

    def online() -> None:
        with scope(collective=collective), contextlib.suppress(ValidationError):
            vote_cast(item=item, voter=anna, cast_by=anna, choice="for")

    def slip() -> None:
        with scope(collective=collective), contextlib.suppress(ValidationError):
            slip_enter(actor=None, item=item, code=code, choice="against")

    at_the_same_instant([online, slip])
    with scope(collective=collective):
        assert SecretVote.objects.filter(item=item).count() == 1
        assert roll(item).filter(used_at__isnull=False).count() == 1
