"""The treasurer's year: amounts, the run, who paid, payments, debit files and reminders."""

import datetime
from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from wijkkracht.core.access import CollectiveRequest, role_required
from wijkkracht.core.downloads import attachment
from wijkkracht.core.feedback import show_errors
from wijkkracht.core.views.jobs import job_started
from wijkkracht.members.forms import CreditorForm, DebitRunForm, PaymentForm, ReverseForm, RuleForm
from wijkkracht.members.models import (
    ContributionRule,
    ContributionStatus,
    Creditor,
    DebitDelegation,
    DebitRun,
)
from wijkkracht.members.selectors import (
    contribution_get,
    contribution_list,
    contribution_years,
    debit_run_get,
    payment_get,
    undated_mandates,
    year_figures,
)
from wijkkracht.members.services.contributions import (
    contribution_run,
    members_to_charge,
    outstanding,
    payment_record,
    payment_reverse,
    rule_set,
)
from wijkkracht.members.services.delegation import delegation_grant, delegation_revoke
from wijkkracht.members.services.reminders import reminders_send
from wijkkracht.members.services.sepa import (
    creditor_set,
    debit_run_check,
    debits_due,
    undated_mandates_date_from_since,
)

PAGE_SIZE = 50
UNDATED_LISTED = 10  # the year page names the first ones; the member page shows each
FIRST_YEAR = 2000


def _year_or_404(year: int) -> int:
    if not FIRST_YEAR <= year <= timezone.localdate().year + 1:
        raise Http404
    return year


@role_required("coordinator", "board")
def contributions_view(request: CollectiveRequest) -> HttpResponse:
    return redirect("members:contribution_year", request.collective.slug, timezone.localdate().year)


@role_required("coordinator", "board")
def contribution_year_view(request: CollectiveRequest, year: int) -> HttpResponse:
    year = _year_or_404(year)
    status = request.GET.get("status", "")
    search = request.GET.get("q", "").strip()
    contributions = contribution_list(year=year, status=status, search=search)
    undated = undated_mandates()
    page = Paginator(contributions, PAGE_SIZE).get_page(request.GET.get("pagina"))
    rule = ContributionRule.objects.filter(year=year).first()
    initial = {"first_amount": "10.00", "further_amount": "7.50", "reduced_amount": "5.00"}
    if rule:
        initial = {name: getattr(rule, name) for name in initial}
    context = {
        "year": year,
        "years": sorted({*contribution_years(), timezone.localdate().year}, reverse=True),
        "rule": rule,
        "rule_form": RuleForm(initial=initial),
        "to_charge": members_to_charge(year).count() if rule else 0,
        "figures": year_figures(year),
        "page": page,
        "query": urlencode({"q": search, "status": status}),
        "status": status,
        "search": search,
        "statuses": ContributionStatus.choices,
        "due": len(debits_due(year)),
        "undated_count": undated.count(),
        "undated": undated.select_related("member__person")[:UNDATED_LISTED],
        "creditor": Creditor.objects.first(),
        "runs": DebitRun.objects.filter(year=year),
        "delegation": DebitDelegation.objects.select_related("federation").first(),
        "debit_form": DebitRunForm(
            initial={"collection_date": timezone.localdate() + datetime.timedelta(days=7)}
        ),
    }
    if request.headers.get("HX-Request"):
        return render(request, "members/contribution_year.html#results", context)
    return render(request, "members/contribution_year.html", context)


@role_required("coordinator", "board")
def rule_view(request: CollectiveRequest, year: int) -> HttpResponse:
    year = _year_or_404(year)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = RuleForm(request.POST)
    if form.is_valid():
        rule_set(actor=request.user, collective=request.collective, year=year, **form.cleaned_data)
        messages.success(request, _("De bedragen voor %(year)s zijn opgeslagen.") % {"year": year})
    else:
        messages.error(request, _("Vul drie bedragen in, bijv. 10,00."))
    return redirect("members:contribution_year", request.collective.slug, year)


@role_required("coordinator", "board")
def run_view(request: CollectiveRequest, year: int) -> HttpResponse:
    year = _year_or_404(year)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    try:
        result = contribution_run(actor=request.user, collective=request.collective, year=year)
    except ValidationError as error:
        show_errors(request, error)
    else:
        messages.success(
            request,
            _("Klaar: %(households)s huishoudens (%(members)s leden), samen € %(total)s.")
            % {
                "households": result.households,
                "members": result.members,
                "total": f"{result.total:.2f}".replace(".", ","),
            },
        )
    return redirect("members:contribution_year", request.collective.slug, year)


@role_required("coordinator", "board")
def undated_mandates_view(request: CollectiveRequest, year: int) -> HttpResponse:
    """Take each member's "lid sinds" as the date of their undated mandate, for all at once."""
    year = _year_or_404(year)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    count = undated_mandates_date_from_since(actor=request.user, collective=request.collective)
    messages.success(
        request,
        ngettext(
            "%(count)s machtiging heeft nu 'lid sinds' als datum en gaat mee in het volgende "
            "incassobestand.",
            "%(count)s machtigingen hebben nu 'lid sinds' als datum en gaan mee in het volgende "
            "incassobestand.",
            count,
        )
        % {"count": count},
    )
    return redirect("members:contribution_year", request.collective.slug, year)


@role_required("coordinator", "board")
def payment_view(request: CollectiveRequest, contribution_id: int) -> HttpResponse:
    contribution = contribution_get(contribution_id=contribution_id)
    form = PaymentForm(request.POST or None, initial={"amount": outstanding(contribution)})
    if request.method == "POST" and form.is_valid():
        try:
            payment_record(actor=request.user, contribution=contribution, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("De betaling is opgeslagen."))
            return redirect("members:contribution_year", request.collective.slug, contribution.year)
    context = {
        "form": form,
        "contribution": contribution,
        "payments": contribution.payments.all(),
        "reverse_form": ReverseForm(),
    }
    return render(request, "members/payment_form.html", context)


@role_required("coordinator", "board")
def payment_reverse_view(request: CollectiveRequest, payment_id: int) -> HttpResponse:
    payment = payment_get(payment_id=payment_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = ReverseForm(request.POST)
    if form.is_valid():
        try:
            payment_reverse(
                actor=request.user, payment=payment, reversed_on=form.cleaned_data["reversed_on"]
            )
        except ValidationError as error:
            show_errors(request, error)
        else:
            messages.success(
                request, _("De betaling is teruggeboekt. Het huishouden moet nog betalen.")
            )
    return redirect("members:payment", request.collective.slug, payment.contribution_id)


@role_required("coordinator", "board")
def debit_run_view(request: CollectiveRequest, year: int) -> HttpResponse:
    year = _year_or_404(year)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = DebitRunForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Vul een incassodatum in."))
        return redirect("members:contribution_year", request.collective.slug, year)
    collection_date = form.cleaned_data["collection_date"]
    try:
        debit_run_check(year=year, collection_date=collection_date)
    except ValidationError as error:
        show_errors(request, error)
        return redirect("members:contribution_year", request.collective.slug, year)
    return job_started(
        request,
        "debit_run",
        {"year": year, "collection_date": collection_date.isoformat()},
        "members:contribution_year",
        year,
    )


@role_required("coordinator", "board")
def delegation_view(request: CollectiveRequest) -> HttpResponse:
    """Let the federation's treasurer make the debit files, or stop that."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    delegation = DebitDelegation.objects.first()
    if request.POST.get("action") == "revoke" and delegation is not None:
        delegation_revoke(actor=request.user, delegation=delegation)
        messages.success(request, _("U maakt de incasso weer zelf."))
    elif delegation is None:
        try:
            delegation_grant(actor=request.user, collective=request.collective)
        except ValidationError as error:
            show_errors(request, error)
        else:
            messages.success(
                request, _("De penningmeester van de stadscoöperatie maakt nu uw incasso.")
            )
    return redirect("members:contribution_year", request.collective.slug, timezone.localdate().year)


@role_required("coordinator", "board")
def debit_file_view(request: CollectiveRequest, run_id: int) -> HttpResponse:
    run = debit_run_get(run_id=run_id)
    filename = f"incasso-{request.collective.slug}-{run.year}-{run.collection_date:%Y%m%d}.xml"
    return attachment(run.xml, filename, "application/xml; charset=utf-8")


@role_required("coordinator", "board")
def creditor_view(request: CollectiveRequest) -> HttpResponse:
    creditor = Creditor.objects.first()
    initial = {}
    if creditor:
        initial = {
            "name": creditor.name,
            "iban": creditor.iban,
            "creditor_id": creditor.creditor_id,
        }
    form = CreditorForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            creditor_set(actor=request.user, collective=request.collective, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("De bankgegevens zijn opgeslagen."))
            return redirect("members:contributions", request.collective.slug)
    return render(request, "members/creditor_form.html", {"form": form})


@role_required("coordinator", "board")
def reminders_view(request: CollectiveRequest, year: int) -> HttpResponse:
    year = _year_or_404(year)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    result = reminders_send(actor=request.user, collective=request.collective, year=year)
    messages.success(
        request,
        _(
            "%(emails)s herinneringen gaan per e-mail. %(letters)s leden krijgen een brief: "
            "druk de brieven af."
        )
        % {"emails": result.emails, "letters": result.letters},
    )
    return redirect("members:contribution_year", request.collective.slug, year)


@role_required("coordinator", "board")
def year_report_view(request: CollectiveRequest, year: int) -> HttpResponse:
    year = _year_or_404(year)
    context = {"figures": year_figures(year), "previous": year_figures(year - 1)}
    return render(request, "members/year_report.html", context)
