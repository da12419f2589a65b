"""Reminders for households that have not paid: e-mail where wanted, a letter otherwise."""

from dataclasses import dataclass
from functools import partial

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from wijkkracht.core.models import Collective, ContactPreference, User
from wijkkracht.core.services.audit import audit_record
from wijkkracht.members.models import Contribution
from wijkkracht.members.selectors import arrears
from wijkkracht.members.tasks import reminder_send


@dataclass(frozen=True)
class ReminderResult:
    emails: int
    letters: int


def wants_email(contribution: Contribution) -> bool:
    person = contribution.payer.person
    return bool(person.email) and person.contact_preference == ContactPreference.EMAIL


@transaction.atomic
def reminders_send(*, actor: User, collective: Collective, year: int) -> ReminderResult:
    """Mark every household in arrears as reminded and mail those who want e-mail.

    The others get a letter: the treasurer prints them from the year page.
    """
    owing = list(arrears(year))
    by_email = [c.pk for c in owing if wants_email(c)]
    Contribution.objects.filter(pk__in=[c.pk for c in owing]).update(
        reminded_at=timezone.now(), reminder_count=F("reminder_count") + 1
    )
    for contribution_id in by_email:
        transaction.on_commit(
            partial(
                reminder_send.enqueue, collective_id=collective.pk, contribution_id=contribution_id
            )
        )
    audit_record(
        actor=actor,
        action="contribution.remind",
        target=collective,
        collective=collective,
        data={"year": year, "households": len(owing)},
    )
    return ReminderResult(emails=len(by_email), letters=len(owing) - len(by_email))
