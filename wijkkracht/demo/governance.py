"""The village's rules of the game and its members' meetings: the statuten of 2019 (one proxy
per member, 14 days' notice, a two-thirds quorum and majority for a statute change), the
spelregels in plain words; the autumn ALV, held three weeks ago: members came in with the code
on their invitation, it adopted the 2025 accounts (read in from the treasurer's spreadsheet,
signed by the kascommissie) by paper and online votes, with two proxies given after a phone
call (a second to the same holder was refused), and appointed a board member by secret ballot
(online and on slips with codes); the board's follow-up actions; its minutes are open for
changes by those who were there; the spring ALV is planned to adopt those minutes and a statute
change."""

import contextlib
import datetime
import random

from django.core.exceptions import ValidationError
from django.utils import timezone

from wijkkracht.activities.schedule import local_datetime
from wijkkracht.core.models import Collective, Person, User
from wijkkracht.core.tables import table_xlsx
from wijkkracht.governance.models import (
    AgendaItem,
    AttendanceVia,
    Decision,
    DecisionType,
    DocumentKind,
    Meeting,
)
from wijkkracht.governance.services.accounts import accounts_check, accounts_import
from wijkkracht.governance.services.follow_ups import follow_up_add, follow_up_done
from wijkkracht.governance.services.meetings import (
    attendance_record,
    checkin,
    convocation_send,
    item_add,
    meeting_create,
    voters,
)
from wijkkracht.governance.services.minutes import amendments_open, minutes_draft, minutes_save
from wijkkracht.governance.services.proxies import proxy_give
from wijkkracht.governance.services.requests import members_today, request_sign, request_start
from wijkkracht.governance.services.roll import checkin_code
from wijkkracht.governance.services.rules import rules_version_create
from wijkkracht.governance.services.votes import (
    item_decide,
    slip_enter,
    slips_make,
    tally_enter,
    vote_cast,
)

STATUTES = """Artikel 1. Naam en zetel
De coöperatie heet Dorpscoöperatie Veldhoek U.A. en is gevestigd in Hoogeveen.

Artikel 2. Doel
De coöperatie zorgt dat inwoners van Veldhoek elkaar helpen en goed kunnen blijven wonen.

Artikel 12. De algemene ledenvergadering
1. Het bestuur roept de leden ten minste veertien dagen vooraf op, per brief of e-mail.
2. Elk lid heeft één stem. Een lid kan een ander lid schriftelijk een volmacht geven. Een lid
   kan ten hoogste één ander lid vertegenwoordigen.
3. Besluiten worden genomen met meer dan de helft van de uitgebrachte stemmen.

Artikel 16. Statutenwijziging
Een besluit tot statutenwijziging vraagt ten minste twee derden van de uitgebrachte stemmen, in
een vergadering waarin ten minste twee derden van de leden aanwezig of vertegenwoordigd is. Het
voorstel ligt ten minste vijf dagen vooraf ter inzage."""

GAME_RULES = """Zo doen we het samen
1. Iedereen in Veldhoek mag meedoen. Lid worden kost €10 per jaar.
2. Het bestuur beslist over gewone dingen. Grote dingen beslissen de leden samen.
3. Eén keer per jaar is er een ledenvergadering. Daar horen de leden wat er met het geld is
   gebeurd.
4. Kunt u niet komen? Vraag een ander lid om voor u te stemmen. Bel ons, dan regelen we het.
5. Wat we besluiten, staat op de lijst met besluiten. Iedereen kan die lezen."""


def village_governance_load(collective: Collective, rng: random.Random) -> None:
    board = User.objects.get(email="board@veldhoek.example")
    rules_version_create(
        actor=board,
        collective=collective,
        kind=DocumentKind.STATUTES,
        text=STATUTES,
        adopted_on=datetime.date(2019, 5, 1),
        notarial_date=datetime.date(2019, 5, 1),
        max_proxies=1,
        quorum_statutes="2/3",
        second_meeting_after=7,
        second_meeting_within=28,
    )
    rules_version_create(
        actor=board,
        collective=collective,
        kind=DocumentKind.GAME,
        text=GAME_RULES,
        adopted_on=datetime.date(2019, 5, 1),
    )
    autumn = _autumn(collective, board, rng)
    _spring(collective, board, autumn)
    _request(collective, rng)


def _autumn(collective: Collective, board: User, rng: random.Random) -> Meeting:
    day = timezone.localdate() - datetime.timedelta(days=21)
    meeting = meeting_create(
        actor=board,
        collective=collective,
        title=f"Algemene ledenvergadering najaar {day.year}",
        starts_at=local_datetime(day, datetime.time(19, 30)),
        place="Dorpshuis De Veldhoek, Dorpsstraat 12",
    )
    item_add(
        actor=board, meeting=meeting, title="Opening en mededelingen", proposal="", decision_type=""
    )
    accounts = item_add(
        actor=board,
        meeting=meeting,
        title=f"Jaarrekening {day.year - 1}",
        proposal=f"De ledenvergadering stelt de jaarrekening {day.year - 1} vast.",
        decision_type=DecisionType.ORDINARY,
        accounts_year=day.year - 1,
    )
    appointment = item_add(
        actor=board,
        meeting=meeting,
        title="Benoeming bestuurslid",
        proposal="Gerrit Mulder wordt lid van het bestuur, voor vier jaar.",
        decision_type=DecisionType.ORDINARY,
        secret=True,
    )
    convocation_send(actor=board, meeting=meeting, today=day - datetime.timedelta(days=20))
    roll = list(voters(meeting).order_by("pk"))
    chosen = rng.sample(roll, 60)
    _accounts(collective, board, day, committee=chosen[50:52])
    holder, givers, there = chosen[0], chosen[1:3], chosen[3:45]
    proxy_give(
        actor=board,
        meeting=meeting,
        giver=givers[0],
        holder=holder,
        via="written",
        note="Gebeld door de coördinator; brief in de map.",
    )
    second_holder = chosen[45]
    proxy_give(
        actor=board,
        meeting=meeting,
        giver=givers[1],
        holder=second_holder,
        via="electronic",
        note="Per e-mail.",
    )
    with contextlib.suppress(ValidationError):  # a second to the same holder: refused
        proxy_give(actor=board, meeting=meeting, giver=chosen[46], holder=holder, via="written")
    # Most come in with the code on their invitation; five are found by name at the door.
    for person in [holder, second_holder, *there[:-5]]:
        checkin(actor=board, meeting=meeting, code=checkin_code(meeting, person))
    for person in there[-5:]:
        attendance_record(
            actor=board, meeting=meeting, person=person, via=AttendanceVia.COORDINATOR
        )
    # Online: the two holders for themselves and for their proxies; the rest on paper.
    for voter, cast_by in (
        (holder, holder),
        (givers[0], holder),
        (second_holder, second_holder),
        (givers[1], second_holder),
    ):
        vote_cast(item=accounts, voter=voter, cast_by=cast_by, choice="for")
    tally_enter(
        actor=board, item=accounts, channel="paper", votes_for=38, votes_against=2, abstentions=2
    )
    adopted = item_decide(actor=board, item=accounts)
    _secret_ballot(board, appointment, holders=[(holder, givers[0]), (second_holder, givers[1])])
    treasurer = Person.objects.get(user=board)
    done = follow_up_add(
        actor=board,
        decision=adopted,
        text="Jaarrekening deponeren bij de KvK",
        owner=treasurer,
        due_on=adopted.decided_on + datetime.timedelta(days=8),
    )
    follow_up_done(actor=board, follow_up=done)
    follow_up_add(
        actor=board,
        decision=Decision.objects.get(item=appointment),
        text="Nieuw bestuurslid inschrijven bij de KvK",
        owner=treasurer,
        due_on=timezone.localdate() + datetime.timedelta(days=7),
    )
    minutes = minutes_draft(actor=board, meeting=meeting)
    minutes = minutes_save(
        actor=board,
        minutes=minutes,
        text=minutes.text.replace(
            "1. Opening en mededelingen\n",
            "1. Opening en mededelingen\nDe voorzitter opent om 19:35 uur. Het dorpshuis krijgt "
            "in het voorjaar een nieuw dak.\n",
        ),
    )
    amendments_open(
        actor=board, minutes=minutes, until=timezone.localdate() + datetime.timedelta(days=7)
    )
    return meeting


def _accounts(
    collective: Collective, board: User, meeting_day: datetime.date, committee: list[Person]
) -> None:
    """The treasurer's spreadsheet for last year, read in; two members of the kascommissie
    signed a week before the meeting."""
    year = meeting_day.year - 1
    rows: list[list[object]] = [
        ["baten", "Contributie", 7420.00, 7230.00],
        ["baten", "Subsidie gemeente Hoogeveen", 18500.00, 18000.00],
        ["baten", "Giften en acties", 1236.40, 980.00],
        ["lasten", "Dorpsondersteuner (16 uur per week)", 21840.00, 21100.00],
        ["lasten", "Vrijwilligers: onkosten en waardering", 1980.35, 1850.00],
        ["lasten", "Verzekering, bank en website", 912.60, 905.15],
        ["lasten", "Ledenvergaderingen en drukwerk", 431.20, 388.90],
        ["bezittingen", "Bank: betaalrekening", 4127.85, 2604.40],
        ["bezittingen", "Bank: spaarrekening", 12000.00, 10000.00],
        ["schulden en eigen vermogen", "Eigen vermogen", 14535.60, 12543.35],
        ["schulden en eigen vermogen", "Nog te betalen", 1592.25, 61.05],
    ]
    content = table_xlsx(["onderdeel", "post", "bedrag", "vorig jaar"], rows, "Jaarrekening")
    accounts = accounts_import(
        actor=board,
        collective=collective,
        year=year,
        content=content,
        filename=f"jaarrekening-{year}.xlsx",
    )
    for person in committee:
        accounts_check(
            actor=board,
            accounts=accounts,
            person=person,
            approved=True,
            remark="",
            signed_on=meeting_day - datetime.timedelta(days=7),
        )


def _secret_ballot(board: User, item: AgendaItem, holders: list[tuple[Person, Person]]) -> None:
    """The proxy holders vote online for themselves and their givers; everyone else present
    gets a slip, and the tellers type 40 of the 42 that come back."""
    for holder, giver in holders:
        vote_cast(item=item, voter=holder, cast_by=holder, choice="for")
        vote_cast(item=item, voter=giver, cast_by=holder, choice="for")
    slips = slips_make(actor=board, item=item)
    choices = ["for"] * 33 + ["against"] * 5 + ["abstain"] * 2
    for (_person, code), choice in zip(slips, choices, strict=False):
        slip_enter(actor=board, item=item, code=code, choice=choice)
    item_decide(actor=board, item=item)


def _spring(collective: Collective, board: User, autumn: Meeting) -> None:
    day = timezone.localdate() + datetime.timedelta(days=45)
    meeting = meeting_create(
        actor=board,
        collective=collective,
        title=f"Algemene ledenvergadering voorjaar {day.year}",
        starts_at=local_datetime(day, datetime.time(19, 30)),
        place="Dorpshuis De Veldhoek, Dorpsstraat 12",
    )
    item_add(
        actor=board, meeting=meeting, title="Opening en mededelingen", proposal="", decision_type=""
    )
    item_add(
        actor=board,
        meeting=meeting,
        title="Notulen van de vorige vergadering",
        proposal=f"De ledenvergadering stelt de notulen van {autumn.title} vast.",
        decision_type=DecisionType.ORDINARY,
        minutes_of=autumn,
    )
    item_add(
        actor=board,
        meeting=meeting,
        title="Statutenwijziging: meedoen op afstand",
        proposal="Artikel 12 krijgt een vierde lid: leden kunnen de vergadering op afstand "
        "volgen en daar stemmen.",
        decision_type=DecisionType.STATUTES,
    )
    item_add(
        actor=board,
        meeting=meeting,
        title="Begroting",
        proposal="De ledenvergadering stelt de begroting vast.",
        decision_type=DecisionType.ORDINARY,
    )


def _request(collective: Collective, rng: random.Random) -> None:
    """Members gather signatures for a meeting about a petanque court: 40 of the 75 needed."""
    signers = rng.sample(list(members_today().order_by("pk")), 40)
    request = request_start(
        actor=None,
        collective=collective,
        person=signers[0],
        subject="Wij willen vergaderen over een jeu-de-boulesbaan naast het dorpshuis.",
    )
    for person in signers[1:]:
        request_sign(actor=None, request=request, person=person, via="paper")
