"""Votes on an agenda item: online by the member or the holder of their proxy (one vote per
member), on paper, and by show of hands (counted only once a second teller confirmed them);
then the decision, counted in exact fractions against the statuten's quorum and majority."""

import datetime
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Count, Q, Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from wijkkracht.core.models import Person, User
from wijkkracht.core.services.audit import audit_record
from wijkkracht.governance.models import (
    AgendaItem,
    Channel,
    Choice,
    Decision,
    Meeting,
    SecretVote,
    Tally,
    Vote,
)
from wijkkracht.governance.outcome import outcome
from wijkkracht.governance.services.meetings import voters
from wijkkracht.governance.services.minutes import minutes_adopt
from wijkkracht.governance.services.proxies import proxies_lock
from wijkkracht.governance.services.rules import requirement
from wijkkracht.participation.selectors import roll
from wijkkracht.participation.services.codes import letters_make, roll_fill, take_part


def _open(item: AgendaItem) -> None:
    if not item.decision_type:
        raise ValidationError(_("Over dit punt wordt niet gestemd."))
    if Decision.objects.filter(item=item).exists():
        raise ValidationError(_("Over dit punt is al besloten."))


def voting_opens(meeting: Meeting) -> datetime.datetime:
    """From the start of the meeting; earlier only as far ahead as the statuten allow
    electronic votes (at most 30 days, art. 2:38 lid 8)."""
    return meeting.starts_at - datetime.timedelta(days=meeting.statutes.early_vote_days)


def _voting_open(meeting: Meeting, now: datetime.datetime) -> None:
    opens = voting_opens(meeting)
    if now < opens:
        raise ValidationError(
            _("Stemmen kan vanaf %(day)s.")
            % {"day": timezone.localtime(opens).strftime("%d-%m-%Y %H:%M")}
        )


@transaction.atomic
def vote_cast(*, item: AgendaItem, voter: Person, cast_by: Person, choice: str) -> None:
    """An online vote for ``voter``, cast by themselves or by the holder of their proxy; in a
    secret ballot it uses their place on the roll and is kept without their name."""
    meeting = proxies_lock(item.meeting)
    _open(item)
    _voting_open(meeting, timezone.now())
    if not voters(item.meeting).filter(pk=voter.pk).exists():
        raise ValidationError(_("Alleen leden met stemrecht stemmen."))
    if (
        cast_by.pk != voter.pk
        and not item.meeting.proxies.filter(
            giver=voter, holder=cast_by, revoked_at__isnull=True
        ).exists()
    ):
        raise ValidationError(_("U heeft geen volmacht van %(name)s.") % {"name": voter.full_name})
    if item.secret:
        _secret_vote(item, Choice(choice), Channel.ONLINE, person=voter)
        return
    try:
        with transaction.atomic():
            Vote.objects.create(
                collective_id=item.collective_id,
                item=item,
                voter=voter,
                cast_by=cast_by,
                choice=Choice(choice),
            )
    except IntegrityError:
        raise ValidationError(
            _("Voor %(name)s is al gestemd.") % {"name": voter.full_name}
        ) from None


def secret_roll(item: AgendaItem) -> None:
    """A secret ballot's roll: every member with a vote, made once (the caller holds the
    meeting's lock)."""
    if not roll(item).exists():
        roll_fill(target=item, persons=list(voters(item.meeting)))


def _secret_vote(
    item: AgendaItem,
    choice: Choice,
    channel: Channel,
    *,
    person: Person | None = None,
    code: str = "",
) -> None:
    """Use the member's place on the roll (one go, online or on paper) and keep the vote
    without it."""
    secret_roll(item)
    take_part(target=item, channel=channel, code=code, person=person)
    SecretVote.objects.create(
        collective_id=item.collective_id, item=item, choice=choice, channel=channel
    )


@transaction.atomic
def slip_enter(*, actor: User | None, item: AgendaItem, code: str, choice: str) -> None:
    """A teller types one ballot slip of a secret ballot: its code and what is ticked."""
    proxies_lock(item.meeting)
    _open(item)
    if not item.secret:
        raise ValidationError(_("Over dit punt wordt niet geheim gestemd."))
    if choice not in Choice.values:
        raise ValidationError(_("Kies voor, tegen of onthouding."))
    _secret_vote(item, Choice(choice), Channel.PAPER, code=code)
    audit_record(
        actor=actor, action="governance.slip", target=item, collective=item.meeting.collective
    )


@transaction.atomic
def slips_make(*, actor: User | None, item: AgendaItem) -> list[tuple[Person, str]]:
    """Ballot slips for the secret ballot: one per member present or represented who has not
    voted and has no slip yet, each with a new code."""
    meeting = proxies_lock(item.meeting)
    _open(item)
    if not item.secret:
        raise ValidationError(_("Over dit punt wordt niet geheim gestemd."))
    secret_roll(item)
    present = set(meeting.attendances.values_list("person_id", flat=True))
    present |= set(
        meeting.proxies.filter(revoked_at__isnull=True).values_list("giver_id", flat=True)
    )
    letters = letters_make(actor=actor, target=item, persons=present)
    return [(place.person, code) for place, code in letters]


@transaction.atomic
def tally_enter(
    *,
    actor: User | None,
    item: AgendaItem,
    channel: str,
    votes_for: int,
    votes_against: int,
    abstentions: int,
) -> Tally:
    """The count of the paper ballots or the hands; entering hands again needs a new
    confirmation."""
    proxies_lock(item.meeting)
    _open(item)
    if channel == Channel.ONLINE:
        raise ValidationError(_("Online stemmen telt het systeem zelf."))
    if item.secret:
        raise ValidationError(
            _("Bij een geheime stemming typt de teller elk briefje in, met de code erop.")
        )
    tally, _created = Tally.objects.update_or_create(
        item=item,
        channel=channel,
        defaults={
            "collective_id": item.collective_id,
            "votes_for": votes_for,
            "votes_against": votes_against,
            "abstentions": abstentions,
            "entered_by": actor,
            "confirmed_by": None,
        },
    )
    audit_record(
        actor=actor,
        action="governance.tally",
        target=item,
        collective=item.meeting.collective,
        data={"channel": channel, "for": votes_for, "against": votes_against},
    )
    return tally


@transaction.atomic
def tally_confirm(*, actor: User, tally: Tally) -> Tally:
    if tally.entered_by_id == actor.pk:
        raise ValidationError(_("Een tweede teller bevestigt: niet wie het invoerde."))
    tally.confirmed_by = actor
    tally.save(update_fields=["confirmed_by"])
    return tally


@dataclass(frozen=True)
class Count3:
    votes_for: int
    votes_against: int
    abstentions: int


def counted(item: AgendaItem) -> Count3:
    """Online votes plus the paper count plus the confirmed hands; in a secret ballot the
    votes online and on the typed slips."""
    online = (item.secret_votes if item.secret else item.votes).aggregate(
        f=Count("pk", filter=Q(choice=Choice.FOR)),
        a=Count("pk", filter=Q(choice=Choice.AGAINST)),
        o=Count("pk", filter=Q(choice=Choice.ABSTAIN)),
    )
    tallies = item.tallies.filter(
        Q(channel=Channel.PAPER) | Q(confirmed_by__isnull=False)
    ).aggregate(f=Sum("votes_for"), a=Sum("votes_against"), o=Sum("abstentions"))
    return Count3(
        online["f"] + (tallies["f"] or 0),
        online["a"] + (tallies["a"] or 0),
        online["o"] + (tallies["o"] or 0),
    )


@transaction.atomic
def item_decide(*, actor: User | None, item: AgendaItem) -> Decision:
    """Count and keep the decision, numbered by year: 2027-01, 2027-02, …"""
    meeting = proxies_lock(item.meeting)
    _open(item)
    if timezone.now() < meeting.starts_at:
        raise ValidationError(_("De vergadering is nog niet begonnen."))
    if item.tallies.filter(channel=Channel.HANDS, confirmed_by__isnull=True).exists():
        raise ValidationError(_("De handen zijn nog niet bevestigd door een tweede teller."))
    present_ids = set(meeting.attendances.values_list("person_id", flat=True))
    represented = (
        meeting.proxies.filter(revoked_at__isnull=True).exclude(giver_id__in=present_ids).count()
    )
    votes = counted(item)
    there = len(present_ids) + represented
    if votes.votes_for + votes.votes_against + votes.abstentions > there:
        raise ValidationError(
            _(
                "Er zijn meer stemmen (%(votes)s) dan leden aanwezig of vertegenwoordigd "
                "(%(there)s). Tel opnieuw."
            )
            % {"votes": votes.votes_for + votes.votes_against + votes.abstentions, "there": there}
        )
    needs = requirement(
        meeting.statutes, item.decision_type, second_meeting=meeting.second_for_id is not None
    )
    eligible = voters(meeting).count()
    result = outcome(
        eligible=eligible,
        present=len(present_ids),
        represented=represented,
        quorum=needs.quorum,
        votes_for=votes.votes_for,
        votes_against=votes.votes_against,
        abstentions=votes.abstentions,
        majority=needs.majority,
        majority_rule=needs.rule,
    )
    day = timezone.localtime(meeting.starts_at).date()
    number = Decision.objects.filter(decided_on__year=day.year).count() + 1
    decision = Decision.objects.create(
        collective=meeting.collective,
        item=item,
        number=f"{day.year}-{number:02d}",
        decided_on=day,
        text=item.proposal or item.title,
        eligible=eligible,
        present=len(present_ids),
        represented=represented,
        votes_for=votes.votes_for,
        votes_against=votes.votes_against,
        abstentions=votes.abstentions,
        quorate=result.quorate,
        adopted=result.adopted,
    )
    minutes_adopt(decision)
    audit_record(
        actor=actor,
        action="governance.decide",
        target=decision,
        collective=meeting.collective,
        data={"adopted": result.adopted, "quorate": result.quorate},
    )
    return decision
