"""Debit runs made by the federation's treasurer for the collectives that delegate them (a
small collective without its own treasurer): the board grants or withdraws it, the treasurer
makes the file and downloads it, each step a row in the collective's own log that names the
federation."""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404
from django.utils.translation import gettext as _
from django_scopes import scope, scopes_disabled

from wijkkracht.core.models import Collective, Federation, FederationStaff, User
from wijkkracht.core.services.audit import audit_record
from wijkkracht.members.models import DebitDelegation, DebitRun
from wijkkracht.members.services.sepa import debit_run_create, debits_due


@transaction.atomic
def delegation_grant(*, actor: User, collective: Collective) -> DebitDelegation:
    if collective.federation is None:
        raise ValidationError(_("Uw coöperatie hoort niet bij een stadscoöperatie."))
    delegation, _created = DebitDelegation.objects.get_or_create(
        collective=collective, defaults={"federation": collective.federation, "granted_by": actor}
    )
    audit_record(
        actor=actor,
        action="debit_delegation.grant",
        target=delegation,
        collective=collective,
        data={"federation": delegation.federation.slug},
    )
    return delegation


@transaction.atomic
def delegation_revoke(*, actor: User, delegation: DebitDelegation) -> None:
    audit_record(
        actor=actor,
        action="debit_delegation.revoke",
        target=delegation,
        collective=delegation.collective,
        data={"federation": delegation.federation.slug},
    )
    delegation.delete()


def treasurer_check(user: User, federation: Federation) -> None:
    """Only the federation's own treasurer; anyone else finds nothing (404)."""
    if not FederationStaff.objects.filter(
        federation=federation, user=user, treasurer=True
    ).exists():
        raise Http404


def delegated(federation: Federation, slug: str) -> Collective:
    """A collective of the federation that delegated its debit runs, else 404."""
    with scopes_disabled():
        found = DebitDelegation.objects.filter(
            federation=federation, collective__slug=slug, collective__federation=federation
        ).select_related("collective")
        delegation = found.first()
    if delegation is None:
        raise Http404
    return delegation.collective


@dataclass
class Delegated:
    collective: Collective
    due: int  # debits open for the year
    amount: Decimal
    runs: list[DebitRun]


def delegated_overview(federation: Federation, year: int) -> list[Delegated]:
    """Per delegating collective: what is due this year and the files made before."""
    with scopes_disabled():
        delegations = list(
            DebitDelegation.objects.filter(
                federation=federation, collective__federation=federation
            ).select_related("collective")
        )
    overview = []
    for delegation in sorted(delegations, key=lambda d: d.collective.name):
        with scope(collective=delegation.collective):
            due = debits_due(year)
            runs = list(DebitRun.objects.defer("xml").order_by("-created_at")[:5])
        amount = sum((owed for _c, _m, owed in due), Decimal("0.00"))
        overview.append(Delegated(delegation.collective, len(due), amount, runs))
    return overview


def debit_run_on_behalf(
    *,
    actor: User,
    federation: Federation,
    collective: Collective,
    year: int,
    collection_date: datetime.date,
) -> DebitRun:
    """The collective's debit run, as its own treasurer would make it, by the federation."""
    with scope(collective=collective):
        run = debit_run_create(
            actor=actor, collective=collective, year=year, collection_date=collection_date
        )
        audit_record(
            actor=actor,
            action="debit_run.on_behalf",
            target=run,
            collective=collective,
            data={"federation": federation.slug, "year": year, "count": run.count},
        )
    return run


def debit_file_on_behalf(
    *, actor: User, federation: Federation, collective: Collective, run_id: int
) -> DebitRun:
    """The file of one of the collective's runs, its download logged."""
    with scope(collective=collective):
        run = DebitRun.objects.filter(pk=run_id).first()
        if run is None:
            raise Http404
        audit_record(
            actor=actor,
            action="debit_file.on_behalf_download",
            target=run,
            collective=collective,
            data={"federation": federation.slug},
        )
    return run
