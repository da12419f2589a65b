"""The meeting by the book: the convocation is refused when it is later than the statuten's
term (longer with a statute change, which then lies open for inspection), proxies follow the
statuten (a cap per holder, no chains, void when the member comes), two coordinators recording
proxies at once cannot pass the cap, and the decision is counted in exact fractions."""

import contextlib
import datetime

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone
from django_scopes import scope

from tests.concurrent import at_the_same_instant
from tests.conftest import make_collective, make_user, worker_runs_jobs
from tests.governance.build import a_meeting, begun, members, statutes
from wijkkracht.governance.models import AttendanceVia, DecisionType, Proxy, Tally
from wijkkracht.governance.services.meetings import (
    attendance_record,
    convocation_send,
    inspection_from,
    item_add,
)
from wijkkracht.governance.services.proxies import proxy_give, proxy_revoke
from wijkkracht.governance.services.votes import item_decide, tally_confirm, tally_enter, vote_cast


@pytest.fixture
def village(db: None):  # type: ignore[no-untyped-def]
    collective = make_collective("dorp", "Dorpscoöperatie")
    statutes(collective, statutes_change_days=21)
    return collective


def test_a_late_convocation_is_refused(village) -> None:  # type: ignore[no-untyped-def]
    members(village, 3)
    soon = a_meeting(village, days=13)
    with scope(collective=village), pytest.raises(ValidationError, match="Te laat om op te roepen"):
        convocation_send(actor=None, meeting=soon)
    meeting = a_meeting(village, days=20)
    with scope(collective=village):
        item_add(
            actor=None,
            meeting=meeting,
            title="Statutenwijziging",
            proposal="Artikel 5 wordt ...",
            decision_type=DecisionType.STATUTES,
        )
        # A statute change needs the statuten's 21 days: 20 is too late.
        with pytest.raises(ValidationError, match="21 dagen"):
            convocation_send(actor=None, meeting=meeting)
        day = timezone.localtime(meeting.starts_at).date()
        assert inspection_from(meeting) == day - datetime.timedelta(days=5)
        early = timezone.localdate() - datetime.timedelta(days=2)
        with worker_runs_jobs():
            roll = convocation_send(actor=None, meeting=meeting, today=early)
    assert len(roll) == 3 and len(mail.outbox) == 3
    assert "Statutenwijziging" in mail.outbox[0].body


def test_proxies_follow_the_statuten(village) -> None:  # type: ignore[no-untyped-def]
    anna, bert, cor, dien = members(village, 4)
    meeting = a_meeting(village)
    with scope(collective=village):
        proxy_give(actor=None, meeting=meeting, giver=anna, holder=bert, via="written")
        with pytest.raises(ValidationError, match="al 1 volmacht"):
            proxy_give(actor=None, meeting=meeting, giver=cor, holder=bert, via="electronic")
        with pytest.raises(ValidationError, match="doorgeven kan niet"):
            proxy_give(actor=None, meeting=meeting, giver=bert, holder=dien, via="written")
        with pytest.raises(ValidationError, match="doorgeven kan niet"):
            proxy_give(actor=None, meeting=meeting, giver=dien, holder=anna, via="written")
        with pytest.raises(ValidationError, match="zichzelf"):
            proxy_give(actor=None, meeting=meeting, giver=cor, holder=cor, via="written")
        outsider = members(village, 1, name="Oud")[0]
        outsider.member.until = datetime.date(2021, 1, 1)
        outsider.member.save()
        with pytest.raises(ValidationError, match="geen lid met stemrecht"):
            proxy_give(actor=None, meeting=meeting, giver=cor, holder=outsider, via="written")
        # Anna comes after all: her proxy is void, and Bert can hold Cor's.
        attendance_record(actor=None, meeting=meeting, person=anna, via=AttendanceVia.COORDINATOR)
        assert Proxy.objects.get(giver=anna).revoked_at is not None
        proxy = proxy_give(actor=None, meeting=meeting, giver=cor, holder=bert, via="written")
        proxy_revoke(actor=None, proxy=proxy)
        assert not Proxy.objects.filter(revoked_at__isnull=True).exists()


@pytest.mark.django_db(transaction=True)
def test_two_coordinators_recording_proxies_at_once_keep_the_cap() -> None:
    collective = make_collective("dorp", "Dorpscoöperatie")
    statutes(collective)
    anna, bert, holder = members(collective, 3)
    meeting = a_meeting(collective)

    def give(giver):  # type: ignore[no-untyped-def]
        def work() -> None:
            with scope(collective=collective), contextlib.suppress(ValidationError):
                proxy_give(actor=None, meeting=meeting, giver=giver, holder=holder, via="written")

        return work

    at_the_same_instant([give(anna), give(bert)])
    with scope(collective=collective):
        assert Proxy.objects.filter(holder=holder).count() == 1


def test_the_decision_counts_every_channel_once(village) -> None:  # type: ignore[no-untyped-def]
    people = members(village, 6)
    meeting = a_meeting(village)
    with scope(collective=village):
        item = meeting.items.get(order=2)
        with pytest.raises(ValidationError, match="Stemmen kan vanaf"):
            vote_cast(item=item, voter=people[3], cast_by=people[3], choice="for")
        with pytest.raises(ValidationError, match="nog niet begonnen"):
            item_decide(actor=None, item=item)
    begun(meeting)
    with scope(collective=village):
        for person in people[:3]:
            attendance_record(actor=None, meeting=meeting, person=person, via=AttendanceVia.CODE)
        proxy_give(actor=None, meeting=meeting, giver=people[3], holder=people[0], via="written")
        vote_cast(item=item, voter=people[3], cast_by=people[0], choice="for")
        with pytest.raises(ValidationError, match="al gestemd"):
            vote_cast(item=item, voter=people[3], cast_by=people[3], choice="against")
        with pytest.raises(ValidationError, match="geen volmacht"):
            vote_cast(item=item, voter=people[4], cast_by=people[1], choice="for")
        tally_enter(
            actor=None, item=item, channel="hands", votes_for=2, votes_against=1, abstentions=0
        )
        with pytest.raises(ValidationError, match="nog niet bevestigd"):
            item_decide(actor=None, item=item)
        tally = Tally.objects.get()
        first, second = make_user(village, "coordinator"), make_user(village, "board")
        tally.entered_by = first
        tally.save()
        with pytest.raises(ValidationError, match="tweede teller"):
            tally_confirm(actor=first, tally=tally)
        tally_confirm(actor=second, tally=tally)
        decision = item_decide(actor=None, item=item)
    # 3 present and 1 represented of 6; 3 for and 1 against: more than half of 4 cast.
    assert (decision.present, decision.represented, decision.eligible) == (3, 1, 6)
    assert (decision.votes_for, decision.votes_against, decision.adopted) == (3, 1, True)
    assert decision.number == f"{decision.decided_on.year}-01"
