"""The year's accounts: the treasurer reads in the spreadsheet (all or nothing, each wrong row
named), the members' committee signs, and everyone sees the figures."""

from decimal import Decimal

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from wijkkracht.core.access import CollectiveRequest, role_required
from wijkkracht.core.downloads import XLSX, attachment
from wijkkracht.core.spreadsheet import SpreadsheetError
from wijkkracht.core.tables import table_xlsx
from wijkkracht.governance.accounts_sheet import euro
from wijkkracht.governance.forms import AccountsCheckForm, AccountsImportForm
from wijkkracht.governance.models import Accounts, Section
from wijkkracht.governance.services.accounts import (
    accounts_adopted,
    accounts_check,
    accounts_import,
)
from wijkkracht.governance.services.meetings import voters_on
from wijkkracht.governance.views.rules import MANAGERS

UPLOAD_LIMIT = 2 * 1024 * 1024


def _import(request: CollectiveRequest, year: int, form: AccountsImportForm) -> bool:
    upload = form.cleaned_data["file"]
    if upload.size > UPLOAD_LIMIT:
        form.add_error("file", _("Het bestand is groter dan 2 MB. Is het de goede?"))
        return False
    try:
        accounts_import(
            actor=request.user,
            collective=request.collective,
            year=year,
            content=upload.read(),
            filename=upload.name,
        )
    except (ValidationError, SpreadsheetError) as error:
        reasons = error.messages if isinstance(error, ValidationError) else [str(error)]
        form.add_error("file", _("Er is niets opgeslagen."))
        for reason in reasons:
            form.add_error(None, reason)
        return False
    return True


def _check(request: CollectiveRequest, accounts: Accounts, form: AccountsCheckForm) -> bool:
    data = form.cleaned_data
    person = voters_on(data["signed_on"]).filter(member__number=data["number"]).first()
    if person is None:
        form.add_error("number", _("Geen lid met dit nummer."))
        return False
    try:
        accounts_check(
            actor=request.user,
            accounts=accounts,
            person=person,
            approved=data["approved"],
            remark=data["remark"],
            signed_on=data["signed_on"],
        )
    except ValidationError as error:
        form.add_error(None, error)
        return False
    return True


@role_required()
def accounts_view(request: CollectiveRequest, year: int) -> HttpResponse:
    accounts = Accounts.objects.filter(year=year).first()
    manages = request.membership.has(*MANAGERS)
    adopted = accounts_adopted(year)
    posted = request.POST if manages and not adopted else None
    which = request.POST.get("form", "")
    upload = AccountsImportForm(posted if which == "import" else None, request.FILES or None)
    check = AccountsCheckForm(
        posted if which == "check" else None, initial={"signed_on": timezone.localdate()}
    )
    if which == "import" and upload.is_valid() and _import(request, year, upload):
        messages.success(request, _("De jaarrekening is ingelezen."))
        return redirect("governance:accounts", request.collective.slug, year)
    if which == "check" and accounts and check.is_valid() and _check(request, accounts, check):
        messages.success(request, _("De handtekening van de kascommissie is vastgelegd."))
        return redirect("governance:accounts", request.collective.slug, year)
    lines = list(accounts.lines.all()) if accounts else []
    parts = []
    for section in Section:
        rows = [line for line in lines if line.section == section]
        if rows:
            total = sum((line.amount for line in rows), start=Decimal(0))
            shown = [
                (
                    line.label,
                    euro(line.amount),
                    "" if line.previous is None else euro(line.previous),
                )
                for line in rows
            ]
            parts.append((section.value, section.label, shown, euro(total)))
    income = sum((line.amount for line in lines if line.section == Section.INCOME), Decimal(0))
    costs = sum((line.amount for line in lines if line.section == Section.COSTS), Decimal(0))
    context = {
        "year": year,
        "accounts": accounts,
        "parts": parts,
        "result": euro(income - costs) if lines else "",
        "checks": accounts.checks.select_related("person") if accounts else [],
        "adopted": adopted,
        "manages": manages,
        "upload": upload,
        "check": check,
    }
    return render(request, "governance/accounts.html", context)


@role_required(*MANAGERS)
def accounts_template_view(request: CollectiveRequest) -> HttpResponse:
    """A filled-in example the treasurer can overwrite."""
    header = ["onderdeel", "post", "bedrag", "vorig jaar"]
    rows: list[list[object]] = [
        ["baten", "Contributie", 7500.00, 7320.00],
        ["baten", "Subsidie gemeente", 12000.00, 12000.00],
        ["lasten", "Dorpsondersteuner", 15600.00, 15100.00],
        ["lasten", "Verzekering en bank", 640.50, 612.00],
        ["bezittingen", "Bank", 9159.50, 5900.00],
        ["schulden en eigen vermogen", "Eigen vermogen", 9159.50, 5900.00],
    ]
    return attachment(table_xlsx(header, rows, _("Jaarrekening")), "jaarrekening.xlsx", XLSX)
