"""The second-meeting rule as data: when too few members came for a statute change, a second
meeting in the statuten's window (7 to 28 days after the first here) decides the same proposal
without quorum, by the same majority; outside the window, or without a failed quorum, it is
refused."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_scopes import scope

from tests.conftest import login, make_collective, make_user
from tests.governance.build import begun, members, statutes
from wijkkracht.activities.schedule import local_datetime
from wijkkracht.governance.models import DecisionType, Meeting
from wijkkracht.governance.services.meetings import attendance_record, item_add, meeting_create
from wijkkracht.governance.services.votes import item_decide, vote_cast


def _meeting(collective, days: int, second_for: Meeting | None = None) -> Meeting:  # type: ignore[no-untyped-def]
    day = timezone.localdate() + datetime.timedelta(days=days)
    return meeting_create(
        actor=None,
        collective=collective,
        title="ALV",
        starts_at=local_datetime(day, datetime.time(19, 30)),
        place="Dorpshuis",
        second_for=second_for,
    )


@pytest.mark.django_db
def test_a_second_meeting_decides_without_quorum() -> None:
    collective = make_collective("dorp", "Dorpscoöperatie")
    statutes(collective)  # a statute change needs 2/3 present; second meeting 7-28 days later
    people = members(collective, 6)
    with scope(collective=collective):
        first = _meeting(collective, 0)
        item_add(
            actor=None,
            meeting=first,
            title="Statutenwijziging",
            proposal="Artikel 5 wordt anders.",
            decision_type=DecisionType.STATUTES,
        )
        item_add(
            actor=None,
            meeting=first,
            title="Kascommissie",
            proposal="Anna en Bert.",
            decision_type=DecisionType.ORDINARY,
        )
        with pytest.raises(ValidationError, match="genoeg leden voor elk besluit"):
            _meeting(collective, 10, second_for=first)
    begun(first)
    with scope(collective=collective):
        for person in people[:2]:
            attendance_record(actor=None, meeting=first, person=person, via="coordinator")
        change, committee = first.items.all()
        for person in people[:2]:
            vote_cast(item=change, voter=person, cast_by=person, choice="for")
            vote_cast(item=committee, voter=person, cast_by=person, choice="for")
        failed = item_decide(actor=None, item=change)
        passed = item_decide(actor=None, item=committee)  # ordinary: no quorum
        assert (failed.quorate, failed.adopted, passed.adopted) == (False, False, True)
        with pytest.raises(ValidationError, match="tussen"):
            _meeting(collective, 3, second_for=first)
        with pytest.raises(ValidationError, match="tussen"):
            _meeting(collective, 29, second_for=first)
        second = _meeting(collective, 10, second_for=first)
        assert list(second.items.values_list("title", "decision_type")) == [
            ("Statutenwijziging", DecisionType.STATUTES)
        ]
    begun(second)
    with scope(collective=collective):
        attendance_record(actor=None, meeting=second, person=people[0], via="coordinator")
        (again,) = second.items.all()
        vote_cast(item=again, voter=people[0], cast_by=people[0], choice="for")
        decision = item_decide(actor=None, item=again)
    # 1 of 6 present is far from 2/3, but a second meeting has no quorum: 1 of 1 for.
    assert (decision.quorate, decision.adopted) == (True, True)


@pytest.mark.django_db
def test_the_page_offers_the_second_meeting() -> None:
    collective = make_collective("dorp", "Dorpscoöperatie")
    statutes(collective)
    members(collective, 3)
    with scope(collective=collective):
        first = _meeting(collective, 0)
        item = item_add(
            actor=None,
            meeting=first,
            title="Statutenwijziging",
            proposal="Artikel 5 wordt anders.",
            decision_type=DecisionType.STATUTES,
        )
    begun(first)
    with scope(collective=collective):
        item_decide(actor=None, item=item)
    board = login(Client(), make_user(collective, "board"))
    page = board.get(reverse("governance:item", args=[collective.slug, item.pk])).content.decode()
    assert "Tweede vergadering plannen" in page
    create = reverse("governance:meeting_create", args=[collective.slug]) + f"?tweede={first.pk}"
    form = board.get(create).content.decode()
    assert "besluit deze vergadering zonder quorum" in form
    day = timezone.localdate() + datetime.timedelta(days=14)
    done = board.post(
        create, {"title": "Tweede ALV", "date": day, "time": "19:30", "place": "Dorpshuis"}
    )
    assert done.status_code == 302
    with scope(collective=collective):
        assert Meeting.objects.get(title="Tweede ALV").second_for == first
