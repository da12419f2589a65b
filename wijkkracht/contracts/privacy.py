"""A person's service vouchers for the export, and their erasure: unused vouchers go, redeemed
ones stay without a name or address (the funder paid for them)."""

from typing import Any

from wijkkracht.contracts.models import Voucher
from wijkkracht.core.models import Person


def voucher_data_export(person: Person) -> dict[str, Any]:
    return {
        "dienstencheques": [
            {
                "regeling": voucher.scheme.name,
                "code": voucher.code,
                "gegeven_op": voucher.issued_on.isoformat(),
                "geldig_tot_en_met": voucher.expires_on.isoformat(),
                "geind_op": voucher.redeemed_on.isoformat() if voucher.redeemed_on else None,
            }
            for voucher in Voucher.objects.filter(person=person).select_related("scheme")
        ]
    }


def voucher_data_erase(person: Person) -> None:
    Voucher.objects.filter(person=person, request=None).delete()
    Voucher.objects.filter(person=person).update(person=None, household="")
