"""What the member register holds about a person, and what erasure may remove of it.

Contributions, payments, mandates and debit files are the financial administration: Dutch law
(art. 2:10 BW, art. 52 AWR) makes the collective keep them for 7 years. Erasure keeps them,
anonymised through the person record; the retention job removes them after those 7 years.
"""

import datetime
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from wijkkracht.core.models import Person, RoleName
from wijkkracht.members.models import Consent, Contribution, Mandate, Member, Payment


def member_data_export(person: Person) -> dict[str, Any]:
    member = Member.objects.filter(person=person).first()
    consents = [
        {
            "onderwerp": consent.get_topic_display(),
            "versie": consent.text.version,
            "tekst": consent.text.text,
            "gegeven_op": consent.given_at.isoformat(),
            "gegeven": consent.get_given_via_display(),
            "ingetrokken_op": consent.withdrawn_at.isoformat() if consent.withdrawn_at else None,
        }
        for consent in Consent.objects.filter(person=person).select_related("text")
    ]
    if member is None:
        return {"toestemmingen": consents}
    return {
        "lidmaatschap": {
            "lidnummer": member.number,
            "lid_sinds": member.since.isoformat(),
            "lid_tot": member.until.isoformat() if member.until else None,
            "reden_einde": member.get_end_reason_display() if member.end_reason else None,
            "tarief": member.get_rate_display(),
        },
        "toestemmingen": consents,
        "machtigingen": [
            {
                "kenmerk": mandate.reference,
                "iban": mandate.iban,
                "rekeninghouder": mandate.account_holder,
                "getekend_op": mandate.signed_on.isoformat() if mandate.signed_on else None,
                "ingetrokken_op": mandate.revoked_on.isoformat() if mandate.revoked_on else None,
            }
            for mandate in Mandate.objects.filter(member=member)
        ],
        "contributies": [
            {
                "jaar": line.year,
                "bedrag": str(line.amount),
                "soort": line.get_kind_display(),
                "status_huishouden": line.contribution.get_status_display(),
            }
            for line in member.contribution_lines.select_related("contribution")
        ],
        "betalingen": [
            {
                "jaar": payment.contribution.year,
                "bedrag": str(payment.amount),
                "via": payment.get_method_display(),
                "betaald_op": payment.paid_on.isoformat(),
                "teruggeboekt_op": payment.reversed_on.isoformat() if payment.reversed_on else None,
            }
            for payment in Payment.objects.filter(contribution__payer=member).select_related(
                "contribution"
            )
        ],
    }


def member_data_erase(person: Person) -> None:
    """Remove the consents; the membership row stays as an anonymous number with its finances."""
    Consent.objects.filter(person=person).delete()
    Member.objects.filter(person=person, until=None).update(
        until=timezone.localdate(), end_reason="own_request"
    )


def financial_cutoff(today: datetime.date) -> int:
    """The last year whose financial records may go: older than the 7 years the law asks."""
    return today.year - settings.FINANCIAL_RETENTION_YEARS - 1


@transaction.atomic
def financial_records_expire(*, today: datetime.date) -> int:
    """Delete contributions, payments and revoked mandates older than the legal period."""
    last_year = financial_cutoff(today)
    old = Contribution.objects.filter(year__lte=last_year)
    Payment.objects.filter(contribution__in=old).delete()
    count = old.count()
    old.delete()
    cutoff = datetime.date(last_year, 12, 31)
    Mandate.objects.filter(revoked_on__lte=cutoff, payments__isnull=True).delete()
    return count


def former_members_due(*, today: datetime.date) -> list[Person]:
    """Persons whose membership ended longer ago than the retention period and not yet erased.

    People who still hold a role other than resident (a volunteer, say) keep their record.
    """
    limit = today.replace(year=today.year - settings.MEMBER_RETENTION_YEARS)
    return list(
        Person.objects.filter(member__until__lt=limit, erased_at=None).exclude(
            roles__name__in=[name for name in RoleName.values if name != RoleName.RESIDENT]
        )
    )
