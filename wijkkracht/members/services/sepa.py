"""SEPA direct debit: the collective as creditor, members' mandates, and the pain.008 file."""

import datetime
from collections.abc import Callable
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import sepaxml
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from sepaxml import SepaDD

from wijkkracht.core.jobs import no_progress
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
from wijkkracht.members.selectors import (
    contribution_list,
    debitable_mandates,
    owed,
    undated_mandates,
)

SCHEMA = "pain.008.001.02"
SCHEMA_FILE = Path(sepaxml.__file__).parent / "schemas" / f"{SCHEMA}.xsd"


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


@transaction.atomic
def undated_mandates_date_from_since(*, actor: User | None, collective: Collective) -> int:
    """The treasurer's choice for a member list without dates: each undated mandate counts as
    signed on the day its member joined, so the next debit file takes it (FRST)."""
    undated = list(undated_mandates().select_related("member"))
    for mandate in undated:
        mandate.signed_on = mandate.member.since
    Mandate.objects.bulk_update(undated, ["signed_on"])
    audit_record(
        actor=actor,
        action="mandate.date_from_since",
        target=collective,
        collective=collective,
        data={"mandates": len(undated)},
    )
    return len(undated)


def debits_due(year: int) -> list[tuple[Contribution, Mandate, Decimal]]:
    """Open contributions of the year whose payer has a standing mandate, with what is owed.

    Reversed debits are left out on purpose: the member said no to this one, so the treasurer
    sends a reminder instead of debiting again.
    """
    contributions = list(
        contribution_list(year=year, status=ContributionStatus.OPEN)
        .filter(amount__gt=0)
        .select_related(None)
        .select_related("payer")  # the number for the description; the person is not needed
    )
    mandates = {
        mandate.member_id: mandate
        for mandate in debitable_mandates().filter(
            member_id__in=[c.payer_id for c in contributions]
        )
    }
    due = []
    for contribution in contributions:
        mandate = mandates.get(contribution.payer_id)
        if mandate is not None and owed(contribution) > 0:
            due.append((contribution, mandate, owed(contribution)))
    return due


def debit_run_check(*, year: int, collection_date: datetime.date) -> Creditor:
    """What a debit file needs before it can be made: a later date, bank details, open debits."""
    if collection_date <= timezone.localdate():
        raise ValidationError(_("De incassodatum moet na vandaag liggen."))
    creditor = Creditor.objects.filter().first()
    if creditor is None:
        raise ValidationError(
            _("Vul eerst de bankgegevens van de coöperatie in: IBAN en incassant-ID.")
        )
    standing = debitable_mandates().values("member_id")
    open_contributions = Contribution.objects.filter(
        year=year, status=ContributionStatus.OPEN, amount__gt=0, payer_id__in=standing
    )
    if not open_contributions.exists():
        raise _nothing_due(year)
    return creditor


def _due_or_error(year: int) -> list[tuple[Contribution, Mandate, Decimal]]:
    due = debits_due(year)
    if not due:
        raise _nothing_due(year)
    return due


def _nothing_due(year: int) -> ValidationError:
    return ValidationError(_("Er is niets te incasseren voor %(year)s.") % {"year": year})


def debit_run_create(
    *,
    actor: User | None,
    collective: Collective,
    year: int,
    collection_date: datetime.date,
    progress: Callable[[int, int], None] = no_progress,
) -> DebitRun:
    """Write the pain.008 file for every open contribution with a mandate, all or nothing.

    The file is made and checked against the XSD first, outside the transaction (the slow
    part, with progress); the transaction then books it only if what is due did not change
    meanwhile. An exported debit counts as paid; when the bank reports a reversal, record it
    on the payment and the household owes the amount again.
    """
    creditor = debit_run_check(year=year, collection_date=collection_date)
    due = _due_or_error(year)
    sepa = _sepa_file(creditor, year, collection_date, due, progress)
    xml = sepa.export(validate=False)
    _validate(xml)
    with transaction.atomic():
        locked = Creditor.objects.select_for_update().get(pk=creditor.pk)
        if _due_key(_due_or_error(year)) != _due_key(due) or _bank_key(locked) != _bank_key(
            creditor
        ):
            raise ValidationError(
                _("Tijdens het maken van het bestand veranderde er iets. Maak het opnieuw.")
            )
        run = DebitRun.objects.create(
            collective=collective,
            year=year,
            collection_date=collection_date,
            message_id=sepa.msg_id,
            count=len(due),
            total=sum((amount for _c, _m, amount in due), Decimal("0.00")),
            xml=xml.decode(),
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
    progress(len(due), len(due))
    return run


def _due_key(due: list[tuple[Contribution, Mandate, Decimal]]) -> list[tuple[int, int, Decimal]]:
    return [(contribution.pk, mandate.pk, amount) for contribution, mandate, amount in due]


def _bank_key(creditor: Creditor) -> tuple[str, str, str, str]:
    return (creditor.name, creditor.iban, creditor.bic, creditor.creditor_id)


@cache
def _schema() -> Any:
    from lxml import etree  # loaded on first use

    return etree.XMLSchema(etree.parse(str(SCHEMA_FILE)))


def _validate(xml: bytes) -> None:
    """Check the file against the bank's XSD with libxml2 (compiled: 10,000 debits in 0.1 s)."""
    from lxml import etree

    schema = _schema()
    if not schema.validate(etree.fromstring(xml)):
        error = schema.error_log.last_error
        raise ValidationError(
            _("Het incassobestand klopt niet met de regels van de bank (regel %(line)s: %(msg)s).")
            % {"line": error.line, "msg": error.message}
        )


def _sepa_file(
    creditor: Creditor,
    year: int,
    collection_date: datetime.date,
    due: list[tuple[Contribution, Mandate, Decimal]],
    progress: Callable[[int, int], None],
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
    for done, (contribution, mandate, amount) in enumerate(due):
        progress(done, len(due))
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
