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
from wijkkracht.governance.models import AgendaItem, Decision, DecisionType, DocumentKind, Meeting
from wijkkracht.governance.services.accounts import accounts_import
from wijkkracht.governance.services.follow_ups import follow_up_add
from wijkkracht.governance.services.meetings import convocation_send, item_add, meeting_create
from wijkkracht.governance.services.requests import request_start
from wijkkracht.governance.services.rules import rules_version_create
from wijkkracht.governance.services.votes import item_decide
from wijkkracht.members.services.members import member_create


@dataclass(frozen=True)
class GovernanceIds:
    rules_id: int
    meeting_id: int
    item_id: int  # the accounts, an ordinary decision
    secret_item_id: int  # an appointment, by secret ballot
    meeting_request_id: int
    decision_id: int  # last autumn's meeting adopted last year's accounts
    follow_up_id: int


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
    """The statuten, a meeting (convened: its roll has the codes to come in by) with a secret
    ballot, and a member's request for one; no new members, so the world's counts stay as
    they are."""
    statutes(collective)
    meeting = a_meeting(collective)
    with scope(collective=collective):
        item = AgendaItem.objects.get(meeting=meeting, order=2)
        secret = item_add(
            actor=None,
            meeting=meeting,
            title="Benoeming penningmeester",
            proposal="Kees Bakker wordt penningmeester.",
            decision_type=DecisionType.ORDINARY,
            secret=True,
        )
        convocation_send(actor=None, meeting=meeting)
        request = request_start(
            actor=None, collective=collective, person=member, subject="Over het dorpshuis"
        )
    decision = _last_autumn(collective, member)
    with scope(collective=collective):
        follow_up = follow_up_add(
            actor=None, decision=decision, text="Naar de KvK", owner=None, due_on=None
        )
    return GovernanceIds(
        rules_id=meeting.statutes_id,
        meeting_id=meeting.pk,
        item_id=item.pk,
        secret_item_id=secret.pk,
        meeting_request_id=request.pk,
        decision_id=decision.pk,
        follow_up_id=follow_up.pk,
    )


ACCOUNTS_CSV = (
    "onderdeel;post;bedrag;vorig jaar\n"
    "baten;Contributie;7.500,00;7.320,00\n"
    "lasten;Dorpsondersteuner;6.000,00;5.900,00\n"
    "bezittingen;Bank;3.100,00;1.600,00\n"
    "schulden en eigen vermogen;Eigen vermogen;3.100,00;1.600,00\n"
)


def _last_autumn(collective: Collective, member: Person) -> Decision:
    """A meeting a month ago that adopted last year's accounts, read in from the treasurer's
    file; the member came."""
    year = timezone.localdate().year - 1
    with scope(collective=collective):
        accounts_import(
            actor=None,
            collective=collective,
            year=year,
            content=ACCOUNTS_CSV.encode(),
            filename="jaarrekening.csv",
        )
        meeting = meeting_create(
            actor=None,
            collective=collective,
            title="ALV najaar",
            starts_at=timezone.now() - datetime.timedelta(days=30),
            place="Dorpshuis",
        )
        item = item_add(
            actor=None,
            meeting=meeting,
            title="Jaarrekening",
            proposal=f"De ledenvergadering stelt de jaarrekening {year} vast.",
            decision_type=DecisionType.ORDINARY,
            accounts_year=year,
        )
        return item_decide(actor=None, item=item)


def begun(meeting: Meeting) -> Meeting:
    """Let the meeting have started a minute ago."""
    with scope(collective=meeting.collective):
        Meeting.objects.filter(pk=meeting.pk).update(
            starts_at=timezone.now() - datetime.timedelta(minutes=1)
        )
        meeting.refresh_from_db()
    return meeting
