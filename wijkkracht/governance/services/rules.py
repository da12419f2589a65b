"""The rules of the game: a new version of a document, numbered on, and the parameters of the
statuten in force as exact fractions."""

import datetime
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from wijkkracht.core.models import Collective, User
from wijkkracht.core.services.audit import audit_record
from wijkkracht.governance.models import DecisionType, DocumentKind, RulesVersion
from wijkkracht.governance.outcome import share

# The law's floor under a collective's own terms (art. 2:42 lid 1 and 2 BW).
MIN_STATUTES_CHANGE_DAYS = 7
MIN_INSPECTION_DAYS = 5


@transaction.atomic
def rules_version_create(
    *, actor: User | None, collective: Collective, kind: str, **fields: Any
) -> RulesVersion:
    """The next version of a document; what was adopted before stays as it was."""
    last = (
        RulesVersion.objects.select_for_update()
        .filter(kind=kind)
        .aggregate(last=Max("version"))["last"]
    )
    rules = RulesVersion(collective=collective, kind=kind, version=(last or 0) + 1, **fields)
    if kind == DocumentKind.STATUTES:
        if rules.statutes_change_days < MIN_STATUTES_CHANGE_DAYS:
            raise ValidationError(_("De wet vraagt ten minste 7 dagen voor een statutenwijziging."))
        if rules.inspection_days < MIN_INSPECTION_DAYS:
            raise ValidationError(_("De wet vraagt ten minste 5 dagen ter inzage."))
    rules.full_clean(exclude=["collective", "decision"])
    rules.save()
    audit_record(
        actor=actor,
        action="governance.rules",
        target=rules,
        collective=collective,
        data={"kind": kind, "version": rules.version},
    )
    return rules


def statutes_in_force(on: datetime.date) -> RulesVersion | None:
    """The newest statuten adopted on or before the day."""
    return (
        RulesVersion.objects.filter(kind=DocumentKind.STATUTES, adopted_on__lte=on)
        .order_by("-version")
        .first()
    )


@dataclass(frozen=True)
class Requirement:
    """What a decision of one type needs: a presence quorum (or none) and a majority."""

    quorum: Fraction | None
    majority: Fraction
    rule: str


def requirement(
    statutes: RulesVersion, decision_type: str, *, second_meeting: bool = False
) -> Requirement:
    """The statuten's quorum and majority; a second meeting has no quorum when the statuten
    provide for one."""
    key = {
        DecisionType.ORDINARY: "ordinary",
        DecisionType.STATUTES: "statutes",
        DecisionType.DISSOLUTION: "dissolution",
    }[DecisionType(decision_type)]
    quorum = getattr(statutes, f"quorum_{key}")
    return Requirement(
        quorum=share(quorum) if quorum and not second_meeting else None,
        majority=share(getattr(statutes, f"majority_{key}")),
        rule=getattr(statutes, f"rule_{key}"),
    )
