"""SEPA direct debit: the collective as creditor, members' mandates, and the pain.008 file."""

import datetime
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from sepaxml import SepaDD

from wijkkracht.core.models import Collective, User
from wijkkracht.core.services.audit import audit_record
from wijkkracht.members.iban import bic_for, normalise_iban
from wijkkracht.members.models import (
    Contribution,
    ContributionStatus,
    Creditor,
    DebitRun,
    Mandate,
    Member,
    Payment,
    PaymentMethod,
)
from wijkkracht.members.selectors import contribution_list, owed

SCHEMA = "pain.008.001.02"


@transaction.atomic
def creditor_set(
    *, actor: User | None, collective: Collective, name: str, iban: str, creditor_id: str
) -> Creditor:
    """Store the collective's own bank account and creditor identifier."""
    creditor = Creditor.objects.filter().first() or Creditor(collective=collective)
    creditor.name = name.strip()
    creditor.iban = normalise_iban(iban)
    creditor.bic = bic_for(creditor.iban)
    creditor.creditor_id = creditor_id.replace(" ", "").upper()
    if not creditor.bic:
        raise ValidationError(
            _("Wij kennen de bank van dit IBAN niet. Een incassobestand heeft de BIC nodig.")
        )
    creditor.full_clean(exclude=["collective"])
    creditor.save()
    audit_record(actor=actor, action="creditor.set", target=creditor, collective=collective)
    return creditor


def mandate_reference(member: Member) -> str:
    """A reference unique in the collective: the member number and a sequence."""
    count = Mandate.objects.filter(member=member).count()
    return f"{member.collective.slug.upper()[:20]}-{member.number}-{count + 1}"


@transaction.atomic
def mandate_create(
    *,
    actor: User | None,
    member: Member,
    iban: str,
    account_holder: str,
    signed_on: datetime.date,
    reference: str = "",
) -> Mandate:
    """Register a signed mandate; a standing one of the same member is revoked first."""
    if signed_on > timezone.localdate():
        raise ValidationError(_("De datum van ondertekening ligt in de toekomst."))
    iban = normalise_iban(iban)
    for standing in Mandate.objects.filter(member=member, revoked_on=None):
        mandate_revoke(actor=actor, mandate=standing)
    mandate = Mandate(
        collective_id=member.collective_id,
        member=member,
        iban=iban,
        account_holder=account_holder.strip()[:70] or member.person.full_name,
        reference=reference.strip() or mandate_reference(member),
        signed_on=signed_on,
    )
    mandate.full_clean(exclude=["collective", "member"])
    if Mandate.objects.filter(reference=mandate.reference).exists():
        raise ValidationError(
            _("Kenmerk %(reference)s is al gebruikt.") % {"reference": mandate.reference}
        )
    mandate.save()
    # The IBAN is never written to the log, only that a mandate exists.
    audit_record(
        actor=actor,
        action="mandate.create",
        target=mandate,
        collective=member.collective,
        on_behalf_of=member.person,
    )
    return mandate


@transaction.atomic
def mandate_revoke(*, actor: User | None, mandate: Mandate) -> Mandate:
    mandate.revoked_on = timezone.localdate()
    mandate.save(update_fields=["revoked_on"])
    audit_record(
        actor=actor,
        action="mandate.revoke",
        target=mandate,
        collective=mandate.member.collective,
        on_behalf_of=mandate.member.person,
    )
    return mandate


def debits_due(year: int) -> list[tuple[Contribution, Mandate, Decimal]]:
    """Open contributions of the year whose payer has a standing mandate, with what is owed.

    Reversed debits are left out on purpose: the member said no to this one, so the treasurer
    sends a reminder instead of debiting again.
    """
    contributions = list(
        contribution_list(year=year, status=ContributionStatus.OPEN).filter(amount__gt=0)
    )
    mandates = {
        mandate.member_id: mandate
        for mandate in Mandate.objects.filter(
            member_id__in=[c.payer_id for c in contributions], revoked_on=None
        )
    }
    due = []
    for contribution in contributions:
        mandate = mandates.get(contribution.payer_id)
        if mandate is not None and owed(contribution) > 0:
            due.append((contribution, mandate, owed(contribution)))
    return due


def debit_run_create(
    *, actor: User | None, collective: Collective, year: int, collection_date: datetime.date
) -> DebitRun:
    """Write the pain.008 file for every open contribution with a mandate, all or nothing.

    An exported debit counts as paid; when the bank reports a reversal, record it on the
    payment and the household owes the amount again.
    """
    if collection_date <= timezone.localdate():
        raise ValidationError(_("De incassodatum moet na vandaag liggen."))
    with transaction.atomic():
        creditor = Creditor.objects.select_for_update().filter().first()
        if creditor is None:
            raise ValidationError(
                _("Vul eerst de bankgegevens van de coöperatie in: IBAN en incassant-ID.")
            )
        due = debits_due(year)
        if not due:
            raise ValidationError(_("Er is niets te incasseren voor %(year)s.") % {"year": year})
        sepa = _sepa_file(creditor, year, collection_date, due)
        xml = sepa.export(validate=True).decode()
        run = DebitRun.objects.create(
            collective=collective,
            year=year,
            collection_date=collection_date,
            message_id=sepa.msg_id,
            count=len(due),
            total=sum((amount for _c, _m, amount in due), Decimal("0.00")),
            xml=xml,
            created_by=actor,
        )
        _book(run, due)
        audit_record(
            actor=actor,
            action="debit_run.create",
            target=run,
            collective=collective,
            data={"year": year, "count": run.count},
        )
    return run


def _sepa_file(
    creditor: Creditor,
    year: int,
    collection_date: datetime.date,
    due: list[tuple[Contribution, Mandate, Decimal]],
) -> SepaDD:
    sepa = SepaDD(
        {
            "name": creditor.name,
            "IBAN": creditor.iban,
            "BIC": creditor.bic,
            "batch": True,
            "creditor_id": creditor.creditor_id,
            "currency": "EUR",
        },
        schema=SCHEMA,
    )
    for contribution, mandate, amount in due:
        payment = {
            "name": mandate.account_holder,
            "IBAN": mandate.iban,
            "amount": int(amount * 100),
            "type": mandate.sequence,
            "collection_date": collection_date,
            "mandate_id": mandate.reference,
            "mandate_date": mandate.signed_on,
            "description": _("Contributie %(year)s %(collective)s lid %(number)s")
            % {"year": year, "collective": creditor.name, "number": contribution.payer.number},
            "endtoend_id": f"C{year}-{contribution.pk}",
        }
        bic = bic_for(mandate.iban)
        if bic:
            payment["BIC"] = bic
        sepa.add_payment(payment)
    return sepa


def _book(run: DebitRun, due: list[tuple[Contribution, Mandate, Decimal]]) -> None:
    Payment.objects.bulk_create(
        [
            Payment(
                collective_id=run.collective_id,
                contribution=contribution,
                amount=amount,
                method=PaymentMethod.DIRECT_DEBIT,
                paid_on=run.collection_date,
                mandate=mandate,
                debit_run=run,
                recorded_by=run.created_by,
            )
            for contribution, mandate, amount in due
        ],
        batch_size=500,
    )
    Contribution.objects.filter(pk__in=[c.pk for c, _m, _o in due]).update(
        status=ContributionStatus.PAID
    )
    Mandate.objects.filter(pk__in=[m.pk for _c, m, _o in due], first_collected_on=None).update(
        first_collected_on=run.collection_date
    )
