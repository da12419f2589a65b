"""The federation treasurer's page: the debit runs of the collectives that delegated them."""

import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from wijkkracht.core.downloads import attachment
from wijkkracht.core.feedback import show_errors
from wijkkracht.core.models import Federation, User
from wijkkracht.members.forms import DebitRunForm
from wijkkracht.members.services.delegation import (
    debit_file_on_behalf,
    debit_run_on_behalf,
    delegated,
    delegated_overview,
    treasurer_check,
)


def _treasurers(request: HttpRequest, slug: str) -> tuple[Federation, User]:
    federation = get_object_or_404(Federation, slug=slug)
    user = request.user
    assert isinstance(user, User)  # noqa: S101 - login_required
    treasurer_check(user, federation)
    return federation, user


@login_required
def debits_view(request: HttpRequest, federation_slug: str) -> HttpResponse:
    federation, user = _treasurers(request, federation_slug)
    year = timezone.localdate().year
    week = timezone.localdate() + datetime.timedelta(days=7)  # as the collective's own page
    if request.method == "POST":
        collective = delegated(federation, request.POST.get("collectief", ""))
        form = DebitRunForm(request.POST, prefix=collective.slug)
        if not form.is_valid():
            messages.error(request, _("Vul een incassodatum in."))
            return redirect("federation:debits", federation.slug)
        try:
            run = debit_run_on_behalf(
                actor=user,
                federation=federation,
                collective=collective,
                year=year,
                collection_date=form.cleaned_data["collection_date"],
            )
        except ValidationError as error:
            show_errors(request, error)
        else:
            messages.success(
                request,
                _("Het incassobestand van %(name)s is klaar: %(count)d incasso's.")
                % {"name": collective.name, "count": run.count},
            )
        return redirect("federation:debits", federation.slug)
    return render(
        request,
        "federation/debits.html",
        {
            "federation": federation,
            "overview": [
                (item, DebitRunForm(prefix=item.collective.slug, initial={"collection_date": week}))
                for item in delegated_overview(federation, year)
            ],
            "year": year,
        },
    )


@login_required
def debit_file_view(
    request: HttpRequest, federation_slug: str, collective_slug: str, run_id: int
) -> HttpResponse:
    federation, user = _treasurers(request, federation_slug)
    collective = delegated(federation, collective_slug)
    run = debit_file_on_behalf(
        actor=user, federation=federation, collective=collective, run_id=run_id
    )
    filename = f"incasso-{collective.slug}-{run.year}-{run.collection_date:%Y%m%d}.xml"
    return attachment(run.xml, filename, "application/xml; charset=utf-8")
