"""What the participation pages share: who may do what, and the printable letters."""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from wijkkracht.core.access import CollectiveRequest, role_required
from wijkkracht.core.models import Person, RoleName
from wijkkracht.core.selectors import area_choices
from wijkkracht.participation.models import Budget, Survey
from wijkkracht.participation.selectors import lettered_places
from wijkkracht.participation.services.codes import letter_again, letters_make

STAFF = (RoleName.COORDINATOR, RoleName.BOARD)
staff_only = role_required(*STAFF)
# Volunteers type in the paper ballots and questionnaires.
paper_desk = role_required(*STAFF, RoleName.VOLUNTEER)
anyone_here = role_required()


def form_page(request: CollectiveRequest, **context: object) -> HttpResponse:
    """A page with one form; going back without saving leads to the participation overview."""
    context.setdefault("back", reverse("participation:overview", args=[request.collective.slug]))
    return render(request, "core/form.html", context)


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


@dataclass(frozen=True)
class Next:
    """Where a filled-in form leads: the paper desk to the next sheet, a resident home."""

    paper_url: str
    paper_text: str
    online_url: str
    online_text: str


def take_part_response(
    request: CollectiveRequest,
    *,
    form: forms.Form,
    store: Callable[[Person | None, str], object],
    paper: bool,
    then: Next,
    template: str,
    context: Mapping[str, object],
) -> HttpResponse:
    """Store a ballot or questionnaire, online as the logged-in person or on paper by its code;
    a refusal (a used code, a second go) shows on the form and stores nothing."""
    if request.method == "POST" and form.is_valid():
        try:
            store(None if paper else request.membership.person, form.cleaned_data.get("code", ""))
        except ValidationError as error:
            form.add_error("code" if paper else None, error)
        else:
            messages.success(request, then.paper_text if paper else then.online_text)
            return redirect(then.paper_url if paper else then.online_url)
    return render(request, template, {**context, "form": form, "paper": paper})


def letters_response(
    request: CollectiveRequest,
    target: Budget | Survey,
    template: str,
    context: Mapping[str, object],
) -> HttpResponse:
    """On POST make the codes and show the letters to print; a code is shown only this once.
    With a place chosen, make that one letter again (it was lost): its old code stops working."""
    letters = None
    if request.method == "POST":
        chosen = request.POST.get("invitation", "")
        if chosen.isdigit():
            place = get_object_or_404(lettered_places(target), pk=int(chosen))
            letters = [(place, letter_again(actor=request.user, invitation=place))]
        else:
            letters = letters_make(actor=request.user, target=target)
    places = lettered_places(target) if letters is None else None
    return render(
        request, template, {**context, "target": target, "letters": letters, "places": places}
    )
