"""The year's accounts in the system: the treasurer's spreadsheet read in whole or not at all,
and the members' committee (kascommissie) that checks them and signs before the meeting adopts
them. Once adopted they are fixed."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from wijkkracht.core.models import Collective, Person, User
from wijkkracht.core.services.audit import audit_record
from wijkkracht.governance.accounts_sheet import accounts_read
from wijkkracht.governance.models import Accounts, AccountsCheck, AccountsLine, Decision
from wijkkracht.governance.services.meetings import voters_on


def accounts_adopted(year: int) -> Decision | None:
    """The members' meeting's decision that adopted the year's accounts, if it did."""
    return (
        Decision.objects.filter(item__accounts_year=year, adopted=True)
        .order_by("decided_on")
        .first()
    )


def _not_adopted(year: int) -> None:
    decision = accounts_adopted(year)
    if decision is not None:
        raise ValidationError(
            _("De ledenvergadering stelde deze jaarrekening vast (besluit %(n)s).")
            % {"n": decision.number}
        )


@transaction.atomic
def accounts_import(
    *, actor: User | None, collective: Collective, year: int, content: bytes, filename: str
) -> Accounts:
    """Read the file and replace the year's accounts; with any wrong row nothing changes and
    ValidationError lists every row. New figures need the committee to sign again."""
    _not_adopted(year)
    read = accounts_read(content, filename)
    if read.errors:
        raise ValidationError(read.errors)
    accounts, _created = Accounts.objects.select_for_update().get_or_create(
        collective=collective, year=year, defaults={"filename": filename, "imported_by": actor}
    )
    accounts.filename, accounts.imported_by = filename, actor
    accounts.save()
    accounts.lines.all().delete()
    accounts.checks.all().delete()
    AccountsLine.objects.bulk_create(
        AccountsLine(
            collective=collective,
            accounts=accounts,
            order=order,
            section=line.section,
            label=line.label,
            amount=line.amount,
            previous=line.previous,
        )
        for order, line in enumerate(read.lines, start=1)
    )
    audit_record(
        actor=actor,
        action="governance.accounts_import",
        target=accounts,
        collective=collective,
        data={"year": year, "lines": len(read.lines)},
    )
    return accounts


@transaction.atomic
def accounts_check(
    *,
    actor: User | None,
    accounts: Accounts,
    person: Person,
    approved: bool,
    remark: str,
    signed_on: datetime.date,
) -> AccountsCheck:
    """A committee member's signature: a member with a vote, not on the board."""
    _not_adopted(accounts.year)
    if not voters_on(signed_on).filter(pk=person.pk).exists():
        raise ValidationError(
            _("%(name)s is geen lid. De kascommissie bestaat uit leden.")
            % {"name": person.full_name}
        )
    if person.roles.filter(name="board").exists():
        raise ValidationError(
            _("%(name)s zit in het bestuur. Een bestuurslid controleert zichzelf niet.")
            % {"name": person.full_name}
        )
    if not approved and not remark.strip():
        raise ValidationError(_("Schrijf op wat er niet klopt."))
    check, _created = AccountsCheck.objects.update_or_create(
        accounts=accounts,
        person=person,
        defaults={
            "collective": accounts.collective,
            "approved": approved,
            "remark": remark,
            "signed_on": signed_on,
            "recorded_by": actor,
        },
    )
    audit_record(
        actor=actor,
        action="governance.accounts_check",
        target=accounts,
        collective=accounts.collective,
        on_behalf_of=person,
        data={"approved": approved},
    )
    return check
