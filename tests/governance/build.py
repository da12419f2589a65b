"""A village coöperatie with statuten (one proxy per holder, 14 days' notice, a two-thirds
quorum and majority for a statute change), members with a vote, and an ALV three weeks ahead
with the accounts and a statute change on the agenda."""

import datetime
from dataclasses import dataclass

from django.utils import timezone
from django_scopes import scope

from tests.conftest import make_person
from wijkkracht.activities.schedule import local_datetime
from wijkkracht.core.models import Collective, Person
from wijkkracht.governance.models import AgendaItem, DecisionType, DocumentKind, Meeting, Proxy
from wijkkracht.governance.services.meetings import item_add, meeting_create
from wijkkracht.governance.services.proxies import proxy_give
from wijkkracht.governance.services.rules import rules_version_create
from wijkkracht.members.services.members import member_create


@dataclass(frozen=True)
class GovernanceIds:
    rules_id: int
    meeting_id: int
    item_id: int  # the accounts, an ordinary decision
    proxy_id: int


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
        person = make_person(
            collective,
            "member",
            given_name=f"{name}{n}",
            email=f"{name.lower()}{n}@{collective.slug}.example",
            postcode="7915 AB",
            house_number=100 + n,
        )
        with scope(collective=collective):
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


def governance_build(collective: Collective) -> GovernanceIds:
    statutes(collective)
    giver, holder = members(collective, 2, name="Stemmer")
    meeting = a_meeting(collective)
    with scope(collective=collective):
        proxy = proxy_give(actor=None, meeting=meeting, giver=giver, holder=holder, via="written")
        item = AgendaItem.objects.get(meeting=meeting, order=2)
        rules = meeting.statutes
    assert isinstance(proxy, Proxy)
    return GovernanceIds(
        rules_id=rules.pk, meeting_id=meeting.pk, item_id=item.pk, proxy_id=proxy.pk
    )
