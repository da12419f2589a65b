"""A village coöperatie with statuten (one proxy per holder, 14 days' notice, a two-thirds
quorum and majority for a statute change), members with a vote, and an ALV three weeks ahead
with the accounts on the agenda."""

import datetime
from dataclasses import dataclass

from django.utils import timezone
from django_scopes import scope

from wijkkracht.activities.schedule import local_datetime
from wijkkracht.core.models import Collective, Person
from wijkkracht.core.services.people import person_create
from wijkkracht.governance.models import AgendaItem, DecisionType, DocumentKind, Meeting
from wijkkracht.governance.services.meetings import item_add, meeting_create
from wijkkracht.governance.services.requests import request_start
from wijkkracht.governance.services.rules import rules_version_create
from wijkkracht.members.services.members import member_create


@dataclass(frozen=True)
class GovernanceIds:
    rules_id: int
    meeting_id: int
    item_id: int  # the accounts, an ordinary decision
    meeting_request_id: int


def statutes(collective: Collective, **fields: object) -> None:
    values: dict[str, object] = {
        "text": "Artikel 1. Naam. De coöperatie heet ...",
        "adopted_on": datetime.date(2019, 5, 1),
        "notarial_date": datetime.date(2019, 5, 1),
        "max_proxies": 1,
        "quorum_statutes": "2/3",
    }
    values.update(fields)
    with scope(collective=collective):
        rules_version_create(
            actor=None, collective=collective, kind=DocumentKind.STATUTES, **values
        )


def members(collective: Collective, count: int, name: str = "Lid") -> list[Person]:
    people = []
    for n in range(count):
        with scope(collective=collective):
            person = person_create(
                actor=None,
                collective=collective,
                roles=["member"],
                given_name=f"{name}{n}",
                family_name="Stemmer",
                email=f"{name.lower()}{n}@{collective.slug}.example",
                postcode="7915 AB",
                house_number=100 + n,
            )
            member_create(actor=None, person=person, since=datetime.date(2020, 1, 1))
        people.append(person)
    return people


def a_meeting(collective: Collective, days: int = 21) -> Meeting:
    day = timezone.localdate() + datetime.timedelta(days=days)
    with scope(collective=collective):
        meeting = meeting_create(
            actor=None,
            collective=collective,
            title="ALV voorjaar",
            starts_at=local_datetime(day, datetime.time(19, 30)),
            place="Dorpshuis",
        )
        item_add(actor=None, meeting=meeting, title="Opening", proposal="", decision_type="")
        item_add(
            actor=None,
            meeting=meeting,
            title="Jaarrekening",
            proposal="De ledenvergadering stelt de jaarrekening vast.",
            decision_type=DecisionType.ORDINARY,
        )
        return meeting


def governance_build(collective: Collective, member: Person) -> GovernanceIds:
    """The statuten, a meeting and a member's request for one; no new members, so the world's
    counts stay as they are."""
    statutes(collective)
    meeting = a_meeting(collective)
    with scope(collective=collective):
        item = AgendaItem.objects.get(meeting=meeting, order=2)
        request = request_start(
            actor=None, collective=collective, person=member, subject="Over het dorpshuis"
        )
    return GovernanceIds(
        rules_id=meeting.statutes_id,
        meeting_id=meeting.pk,
        item_id=item.pk,
        meeting_request_id=request.pk,
    )


def begun(meeting: Meeting) -> Meeting:
    """Let the meeting have started a minute ago."""
    with scope(collective=meeting.collective):
        Meeting.objects.filter(pk=meeting.pk).update(
            starts_at=timezone.now() - datetime.timedelta(minutes=1)
        )
        meeting.refresh_from_db()
    return meeting
