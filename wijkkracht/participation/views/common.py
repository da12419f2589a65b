"""What the participation pages share: who may do what, and the printable letters."""

from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from django.http import HttpResponse
from django.shortcuts import render

from wijkkracht.core.access import CollectiveRequest, role_required
from wijkkracht.core.models import RoleName
from wijkkracht.core.selectors import area_choices
from wijkkracht.participation.models import Budget, Survey
from wijkkracht.participation.services.codes import letters_make

STAFF = (RoleName.COORDINATOR, RoleName.BOARD)
staff_only = role_required(*STAFF)
# Volunteers type in the paper ballots and questionnaires.
paper_desk = role_required(*STAFF, RoleName.VOLUNTEER)
anyone_here = role_required()


def is_staff(request: CollectiveRequest) -> bool:
    return request.membership.has(*STAFF)


def money(value: str | Fraction | None) -> Decimal | None:
    """An exact stored amount ("1234/7") in whole cents, for showing."""
    if value is None:
        return None
    exact = Fraction(value)
    return (Decimal(exact.numerator) / Decimal(exact.denominator)).quantize(
        Decimal("0.01"), rounding=ROUND_HALF_UP
    )


def areas(request: CollectiveRequest) -> list[tuple[str, str]]:
    """The collective's buurten, also those inside a wijk it works in."""
    return area_choices(request.collective)


def letters_response(
    request: CollectiveRequest,
    target: Budget | Survey,
    template: str,
    context: Mapping[str, object],
) -> HttpResponse:
    """On POST make the codes and show the letters to print; a code is shown only this once."""
    letters = letters_make(actor=request.user, target=target) if request.method == "POST" else None
    return render(request, template, {**context, "target": target, "letters": letters})
