"""The members' meeting: planned under the statuten in force, an agenda, the roll of members
with a vote, and a convocation the system refuses to send later than the statuten allow."""

import datetime
from collections.abc import Callable
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from wijkkracht.activities.schedule import local_datetime
from wijkkracht.core.models import Collective, Person, User
from wijkkracht.core.services.audit import audit_record
from wijkkracht.governance.models import (
    AgendaItem,
    Attendance,
    AttendanceVia,
    DecisionType,
    Meeting,
)
from wijkkracht.governance.services.roll import checkin_roll
from wijkkracht.governance.services.rules import statutes_in_force
from wijkkracht.governance.tasks import convocation_mail
from wijkkracht.participation.models import Channel
from wijkkracht.participation.selectors import roll
from wijkkracht.participation.services.codes import code_hash


@transaction.atomic
def meeting_create(
    *,
    actor: User | None,
    collective: Collective,
    title: str,
    starts_at: datetime.datetime,
    place: str,
    second_for: Meeting | None = None,
) -> Meeting:
    """A meeting under the statuten in force on its day; a second meeting (for proposals the
    first could not decide for want of members) in the statuten's window, with those
    proposals on its agenda."""
    statutes = statutes_in_force(timezone.localtime(starts_at).date())
    if statutes is None:
        raise ValidationError(_("Zet eerst de statuten erin: die zeggen hoe de vergadering gaat."))
    if second_for is not None:
        _second_meeting_check(second_for, starts_at)
    meeting = Meeting.objects.create(
        collective=collective,
        title=title,
        starts_at=starts_at,
        place=place,
        statutes=statutes,
        second_for=second_for,
    )
    if second_for is not None:
        for order, item in enumerate(second_meeting_items(second_for), start=1):
            AgendaItem.objects.create(
                collective=collective,
                meeting=meeting,
                order=order,
                title=item.title,
                proposal=item.proposal,
                decision_type=item.decision_type,
                accounts_year=item.accounts_year,
                secret=item.secret,
            )
    audit_record(actor=actor, action="governance.meeting", target=meeting, collective=collective)
    return meeting


def second_meeting_items(first: Meeting) -> QuerySet[AgendaItem]:
    """The proposals the first meeting could not decide for want of members."""
    return first.items.filter(decision__quorate=False)


def second_meeting_window(first: Meeting) -> tuple[datetime.date, datetime.date] | None:
    """The days a second meeting may be held, or None when the statuten know none."""
    statutes = first.statutes
    if not statutes.second_meeting_within:
        return None
    day = timezone.localtime(first.starts_at).date()
    return (
        day + datetime.timedelta(days=statutes.second_meeting_after),
        day + datetime.timedelta(days=statutes.second_meeting_within),
    )


def _second_meeting_check(first: Meeting, starts_at: datetime.datetime) -> None:
    window = second_meeting_window(first)
    if window is None:
        raise ValidationError(_("De statuten kennen geen tweede vergadering zonder quorum."))
    if not second_meeting_items(first).exists():
        raise ValidationError(_("Op de eerste vergadering waren genoeg leden voor elk besluit."))
    if not window[0] <= timezone.localtime(starts_at).date() <= window[1]:
        raise ValidationError(
            _("Volgens de statuten is de tweede vergadering tussen %(from)s en %(to)s.")
            % {"from": window[0].strftime("%d-%m-%Y"), "to": window[1].strftime("%d-%m-%Y")}
        )


@transaction.atomic
def item_add(*, actor: User | None, meeting: Meeting, **fields: Any) -> AgendaItem:
    if meeting.convened_at is not None and fields.get("decision_type"):
        raise ValidationError(
            _("De oproep is al verstuurd. Een nieuw voorstel om over te stemmen kan niet meer.")
        )
    earlier = fields.get("minutes_of")
    if earlier is not None and earlier.starts_at >= meeting.starts_at:
        raise ValidationError(_("Alleen de notulen van een eerdere vergadering."))
    order = meeting.items.count() + 1
    item = AgendaItem(collective_id=meeting.collective_id, meeting=meeting, order=order, **fields)
    item.full_clean(exclude=["collective"])
    item.save()
    audit_record(actor=actor, action="governance.item", target=item, collective=meeting.collective)
    return item


def voters_on(day: datetime.date) -> QuerySet[Person]:
    """The members in the register on a day: those with a vote (art. 2:24d)."""
    return Person.objects.filter(member__since__lte=day).filter(
        Q(member__until__isnull=True) | Q(member__until__gte=day)
    )


def voters(meeting: Meeting) -> QuerySet[Person]:
    """The roll: members on the day of the meeting."""
    return voters_on(timezone.localtime(meeting.starts_at).date())


def convocation_days(meeting: Meeting) -> int:
    """The statutory term: longer when the agenda proposes to change the statuten."""
    statutes = meeting.statutes
    days = statutes.convocation_days
    if meeting.items.filter(decision_type=DecisionType.STATUTES).exists():
        days = max(days, statutes.statutes_change_days)
    return days


def last_convocation_day(meeting: Meeting) -> datetime.date:
    return timezone.localtime(meeting.starts_at).date() - datetime.timedelta(
        days=convocation_days(meeting)
    )


def inspection_from(meeting: Meeting) -> datetime.date | None:
    """From when a statute change lies open for inspection, if the agenda has one."""
    if not meeting.items.filter(decision_type=DecisionType.STATUTES).exists():
        return None
    return timezone.localtime(meeting.starts_at).date() - datetime.timedelta(
        days=meeting.statutes.inspection_days
    )


def _mail(meeting: Meeting, person_id: int) -> Callable[[], None]:
    def send() -> None:
        convocation_mail.enqueue(
            collective_id=meeting.collective_id, meeting_id=meeting.pk, person_id=person_id
        )

    return send


@transaction.atomic
def convocation_send(
    *, actor: User | None, meeting: Meeting, today: datetime.date | None = None
) -> list[Person]:
    """Mark the meeting convened, give every member a code to come in by and e-mail every
    member with an address; the rest get a letter (printing.py). Refused when it is later
    than the statuten allow."""
    meeting = Meeting.objects.select_for_update().select_related("statutes").get(pk=meeting.pk)
    today = today or timezone.localdate()
    if meeting.convened_at is not None:
        raise ValidationError(_("De oproep is al verstuurd."))
    if not meeting.items.exists():
        raise ValidationError(_("Zet eerst de agenda klaar."))
    last = last_convocation_day(meeting)
    if today > last:
        raise ValidationError(
            _(
                "Te laat om op te roepen: de statuten vragen %(days)s dagen, dus uiterlijk "
                "%(last)s. Kies een latere datum voor de vergadering."
            )
            % {"days": convocation_days(meeting), "last": last.strftime("%d-%m-%Y")}
        )
    now = timezone.localtime()
    meeting.convened_at = now if today == now.date() else local_datetime(today, now.time())
    meeting.convened_by = actor
    meeting.save(update_fields=["convened_at", "convened_by"])
    members = list(voters(meeting))
    checkin_roll(meeting, members)
    mailed = [person for person in members if person.email]
    for person in mailed:
        transaction.on_commit(_mail(meeting, person.pk))
    audit_record(
        actor=actor,
        action="governance.convene",
        target=meeting,
        collective=meeting.collective,
        data={"members": len(members), "mailed": len(mailed)},
    )
    return members


@transaction.atomic
def attendance_record(
    *, actor: User | None, meeting: Meeting, person: Person, via: str
) -> Attendance:
    """A member is there; coming in person overrides the proxy they gave."""
    from wijkkracht.governance.services.proxies import proxies_lock

    proxies_lock(meeting)
    if not voters(meeting).filter(pk=person.pk).exists():
        raise ValidationError(_("%(name)s is geen lid met stemrecht.") % {"name": person.full_name})
    if via == AttendanceVia.REMOTE and not meeting.statutes.remote_allowed:
        raise ValidationError(_("De statuten staan meedoen op afstand niet toe."))
    attendance, _created = Attendance.objects.get_or_create(
        meeting=meeting, person=person, defaults={"collective": meeting.collective, "via": via}
    )
    meeting.proxies.filter(giver=person, revoked_at__isnull=True).update(
        revoked_at=timezone.now(), note=_("komt zelf")
    )
    audit_record(
        actor=actor,
        action="governance.present",
        target=meeting,
        collective=meeting.collective,
        on_behalf_of=person,
        data={"via": via},
    )
    return attendance


@transaction.atomic
def checkin(*, actor: User | None, meeting: Meeting, code: str) -> Attendance:
    """The member whose code this is is present; typing it twice does no harm."""
    place = (
        roll(meeting)
        .select_for_update()
        .filter(code_hash=code_hash(code))
        .select_related("person")
        .first()
    )
    if place is None:
        raise ValidationError(
            _("Deze code hoort niet bij deze vergadering. Kijk de letters en cijfers na.")
        )
    if place.used_at is None:
        place.used_at = timezone.now()
        place.channel = Channel.PAPER
        place.save(update_fields=["used_at", "channel"])
    return attendance_record(
        actor=actor, meeting=meeting, person=place.person, via=AttendanceVia.CODE
    )


def paper_households(meeting: Meeting) -> list[list[Person]]:
    """The members without e-mail, by address: one letter per household."""
    households: dict[tuple[str, int | None, str], list[Person]] = {}
    for person in voters(meeting).filter(email="").order_by("postcode", "house_number", "pk"):
        key = (person.postcode, person.house_number, person.house_number_addition)
        if person.house_number is None:
            key = (f"#{person.pk}", None, "")
        households.setdefault(key, []).append(person)
    return list(households.values())


def paper_household_count(meeting: Meeting) -> int:
    """How many letters ``paper_households`` makes, counted in the database."""
    paper = voters(meeting).filter(email="")
    addressed = (
        paper.exclude(house_number__isnull=True)
        .values("postcode", "house_number", "house_number_addition")
        .distinct()
        .count()
    )
    return addressed + paper.filter(house_number__isnull=True).count()
