"""The contract pages: the list, a new contract, one contract (printable), its parties, rules,
split and signing, and the statement of a period."""

from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from wijkkracht.contracts.budget import village_budget
from wijkkracht.contracts.forms import (
    BindForm,
    BudgetPlanForm,
    ContractForm,
    ExternalFigureForm,
    IncomeForm,
    PartyForm,
    PeriodForm,
    RuleForm,
    SignForm,
    SplitForm,
)
from wijkkracht.contracts.metrics import slots
from wijkkracht.contracts.models import BudgetPlan, Contract, PaymentRule, RuleKind, Statement
from wijkkracht.contracts.selectors import MAKERS, contract_get, contracts_for
from wijkkracht.contracts.sentences import rule_sentence
from wijkkracht.contracts.services.budget import budget_plan_set
from wijkkracht.contracts.services.contracts import (
    EXTERNAL_FIELDS,
    contract_create,
    contract_new_version,
    contract_sign,
    income_record,
    party_add,
    rule_add,
    rule_bind,
    split_set,
)
from wijkkracht.contracts.services.statements import (
    INPUT_LABELS,
    MAX_EVIDENCE_BYTES,
    external_figure_give,
    statement_compute,
    statement_publish,
)
from wijkkracht.core.access import CollectiveRequest, role_required
from wijkkracht.core.downloads import XLSX, attachment

READERS = (*MAKERS, "partner")
MIN_YEAR, MAX_YEAR = 2000, 2100


def _back(request: CollectiveRequest, contract_id: int) -> HttpResponse:
    return redirect("contracts:contract", request.collective.slug, contract_id)


@role_required(*READERS)
def contract_list_view(request: CollectiveRequest) -> HttpResponse:
    context = {
        "contracts": contracts_for(request.membership),
        "maker": request.membership.has(*MAKERS),
    }
    return render(request, "contracts/contract_list.html", context)


@role_required(*MAKERS)
def contract_create_view(request: CollectiveRequest) -> HttpResponse:
    form = ContractForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            contract = contract_create(
                actor=request.user, collective=request.collective, **form.cleaned_data
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            return _back(request, contract.pk)
    return render(request, "contracts/contract_form.html", {"form": form})


@role_required(*READERS)
def contract_view(request: CollectiveRequest, contract_id: int) -> HttpResponse:
    contract = contract_get(request.membership, contract_id)
    rules = list(contract.rules.select_related("payer", "recipient"))
    context = {
        "contract": contract,
        "parties": contract.parties.all(),
        "rules": [
            (rule, rule_sentence(rule), bool(slots(rule.kind, rule.parameters))) for rule in rules
        ],
        "split": contract.split.all(),
        "statements": contract.statements.all(),
        "newer": contracts_for(request.membership).filter(previous=contract).first(),
        "maker": request.membership.has(*MAKERS),
        "kinds": RuleKind.choices,
        "sign_form": SignForm(initial={"signed_on": timezone.localdate()}),
        "period_form": PeriodForm.for_year(timezone.localdate().year - 1),
    }
    return render(request, "contracts/contract.html", context)


@role_required(*MAKERS)
def party_add_view(request: CollectiveRequest, contract_id: int) -> HttpResponse:
    contract = contract_get(request.membership, contract_id)
    form = PartyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            party_add(actor=request.user, contract=contract, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            return _back(request, contract.pk)
    return render(
        request,
        "contracts/part_form.html",
        {"form": form, "contract": contract, "title": _("Partij toevoegen")},
    )


@role_required(*MAKERS)
def rule_add_view(request: CollectiveRequest, contract_id: int) -> HttpResponse:
    """A new payment rule of the kind in ``?soort=``."""
    contract = contract_get(request.membership, contract_id)
    kind = request.GET.get("soort", "")
    if kind not in RuleKind.values:
        raise Http404
    form = RuleForm(request.POST or None, contract=contract, kind=kind)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            rule = rule_add(
                actor=request.user,
                contract=contract,
                key=data["key"],
                kind=kind,
                payer=data["payer"],
                recipient=data["recipient"],
                unit=data["unit"],
                evidence=data["evidence"],
                parameters=form.parameters(),
            )
        except ValidationError as error:
            form.add_rule_errors(error)
        else:
            if slots(rule.kind, rule.parameters):
                return redirect(
                    "contracts:rule_bind", request.collective.slug, contract.pk, rule.pk
                )
            return _back(request, contract.pk)
    title = _("Betaalregel: %(kind)s") % {"kind": RuleKind(kind).label}
    return render(
        request, "contracts/part_form.html", {"form": form, "contract": contract, "title": title}
    )


@role_required(*MAKERS)
def rule_bind_view(request: CollectiveRequest, contract_id: int, rule_id: int) -> HttpResponse:
    """Which inputs of a rule the statement fills in itself: counted, measured or CBS."""
    contract = contract_get(request.membership, contract_id)
    rule = get_object_or_404(PaymentRule, contract=contract, pk=rule_id)
    if contract.is_fixed:
        messages.error(request, _("Dit contract is getekend en ligt vast."))
        return _back(request, contract.pk)
    form = BindForm(request.POST or None, rule=rule)
    if request.method == "POST" and form.is_valid():
        try:
            rule_bind(actor=request.user, rule=rule, bindings=form.bindings())
        except ValidationError as error:
            form.add_error(None, error)
        else:
            return _back(request, contract.pk)
    title = _("Cijfers koppelen: %(rule)s") % {"rule": rule.key}
    context = {
        "form": form,
        "contract": contract,
        "title": title,
        "lead": _(
            "Koppel wat Wijkkracht al weet. Dan vult de afrekening het zelf in, voor elke periode."
        ),
    }
    return render(request, "contracts/part_form.html", context)


@role_required(*MAKERS)
def split_view(request: CollectiveRequest, contract_id: int) -> HttpResponse:
    contract = contract_get(request.membership, contract_id)
    initial = "\n".join(f"{part.to}; {part.share}" for part in contract.split.all())
    form = SplitForm(request.POST or None, initial={"parts": initial})
    if request.method == "POST" and form.is_valid():
        try:
            split_set(actor=request.user, contract=contract, parts=form.cleaned_data["parts"])
        except ValidationError as error:
            form.add_error(None, error)
        else:
            return _back(request, contract.pk)
    title = _("Verdeling van het geld")
    return render(
        request, "contracts/part_form.html", {"form": form, "contract": contract, "title": title}
    )


@role_required(*MAKERS)
def contract_sign_view(request: CollectiveRequest, contract_id: int) -> HttpResponse:
    contract = contract_get(request.membership, contract_id)
    if request.method != "POST":  # after the lookup, so another collective's id is a 404
        return HttpResponseNotAllowed(["POST"])
    form = SignForm(request.POST)
    if form.is_valid():
        try:
            contract_sign(
                actor=request.user, contract=contract, signed_on=form.cleaned_data["signed_on"]
            )
        except ValidationError as error:
            for text in error.messages:
                messages.error(request, text)
        else:
            messages.success(request, _("Het contract is getekend. Het ligt nu vast."))
    else:
        messages.error(request, _("Vul de datum van ondertekening in."))
    return _back(request, contract.pk)


@role_required(*MAKERS)
def contract_new_version_view(request: CollectiveRequest, contract_id: int) -> HttpResponse:
    contract = contract_get(request.membership, contract_id)
    if request.method != "POST":  # after the lookup, so another collective's id is a 404
        return HttpResponseNotAllowed(["POST"])
    try:
        copy = contract_new_version(actor=request.user, contract=contract)
    except ValidationError as error:
        for text in error.messages:
            messages.error(request, text)
        return _back(request, contract.pk)
    messages.success(
        request,
        _("Versie %(version)s is een concept. Pas het aan en laat het opnieuw tekenen.")
        % {"version": copy.version},
    )
    return _back(request, copy.pk)


def _figure_choices(contract: Contract) -> list[tuple[str, str]]:
    return [
        (f"{rule.pk}:{field}", f"{rule.key}: {INPUT_LABELS[field]}")
        for rule in contract.rules.all()
        for field in EXTERNAL_FIELDS.get(rule.kind, ())
        if field not in rule.bindings
    ]


@role_required(*MAKERS)
def figure_view(request: CollectiveRequest, contract_id: int) -> HttpResponse:
    """A figure from outside for the period in the address (?start=…&end=…)."""
    contract = contract_get(request.membership, contract_id)
    period = PeriodForm(request.GET)
    if not period.is_valid():
        raise Http404
    start, end = period.cleaned_data["start"], period.cleaned_data["end"]
    form = ExternalFigureForm(
        request.POST or None, request.FILES or None, choices=_figure_choices(contract)
    )
    if request.method == "POST" and form.is_valid():
        rule_id, _sep, field = form.cleaned_data["given"].partition(":")
        upload = form.cleaned_data["evidence"]
        try:
            external_figure_give(
                actor=request.user,
                rule=contract.rules.get(pk=int(rule_id)),
                field=field,
                start=start,
                end=end,
                value=form.cleaned_data["value"],
                source=form.cleaned_data["source"],
                reported_on=form.cleaned_data["reported_on"],
                evidence_name=upload.name,
                evidence=upload.read(MAX_EVIDENCE_BYTES + 1),
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Het cijfer en het bewijsstuk zijn opgeslagen."))
            query = urlencode({"start": start.isoformat(), "end": end.isoformat()})
            url = reverse("contracts:statement_new", args=[request.collective.slug, contract.pk])
            return redirect(f"{url}?{query}")
    context = {"contract": contract, "form": form, "start": start, "end": end}
    return render(request, "contracts/figure_form.html", context)


@role_required(*MAKERS)
def statement_new_view(request: CollectiveRequest, contract_id: int) -> HttpResponse:
    """The statement of a period, computed now; publishing fixes it."""
    contract = contract_get(request.membership, contract_id)
    form = PeriodForm(request.POST or request.GET or None)
    computed = None
    if form.is_bound and form.is_valid():
        start, end = form.cleaned_data["start"], form.cleaned_data["end"]
        if request.method == "POST":
            try:
                statement = statement_publish(
                    actor=request.user, contract=contract, start=start, end=end
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("De afrekening is vastgelegd."))
                return redirect("contracts:statement", request.collective.slug, statement.pk)
        computed = statement_compute(contract, start, end)
    context = {
        "contract": contract,
        "form": form,
        "computed": computed,
        "can_give": bool(_figure_choices(contract)),
    }
    return render(request, "contracts/statement_new.html", context)


def _statement(request: CollectiveRequest, statement_id: int) -> Statement:
    return get_object_or_404(
        Statement.objects.select_related("contract", "corrects"),
        pk=statement_id,
        contract__in=contracts_for(request.membership),
    )


@role_required(*READERS)
def statement_view(request: CollectiveRequest, statement_id: int) -> HttpResponse:
    statement = _statement(request, statement_id)
    return render(request, "contracts/statement.html", {"statement": statement})


@role_required(*READERS)
def statement_xlsx_view(request: CollectiveRequest, statement_id: int) -> HttpResponse:
    """The statement with every payment as a live formula."""
    from wijkkracht.contracts.workbook import statement_workbook  # openpyxl: on first use

    statement = _statement(request, statement_id)
    filename = f"afrekening-{statement.contract.pk}-{statement.period_start:%Y%m%d}.xlsx"
    return attachment(statement_workbook(statement), filename, XLSX)


@role_required(*MAKERS)
def budget_view(request: CollectiveRequest, year: int | None = None) -> HttpResponse:
    """One village budget: all money received in a year, per funder."""
    year = year or timezone.localdate().year
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise Http404
    context = {"budget": village_budget(year), "previous": year - 1, "next": year + 1}
    return render(request, "contracts/budget.html", context)


@role_required(*MAKERS)
def budget_plan_view(request: CollectiveRequest) -> HttpResponse:
    """Which business case scenario the village budget is compared with."""
    plan = BudgetPlan.objects.first()
    initial = {"scenario": plan.scenario_id, "year_zero": plan.year_zero} if plan else {}
    form = BudgetPlanForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        budget_plan_set(actor=request.user, collective=request.collective, **form.cleaned_data)
        messages.success(request, _("Het dorpsbudget staat nu naast dit plan."))
        return redirect("contracts:budget", request.collective.slug)
    lead = _(
        "Kies de businesscase die u volgt. De kosten die de businesscase bij de gemeente, de "
        "zorgverzekeraar of een andere partij legt, zijn het geld dat die partij de coöperatie "
        "zou betalen. Het dorpsbudget zet dat naast wat echt binnenkwam."
    )
    context = {"form": form, "title": _("Plan naast het dorpsbudget"), "lead": lead}
    return render(request, "contracts/budget_form.html", context)


@role_required(*MAKERS)
def income_view(request: CollectiveRequest) -> HttpResponse:
    form = IncomeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            income = income_record(
                actor=request.user, collective=request.collective, **form.cleaned_data
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("De ontvangst is opgeslagen."))
            return redirect(
                "contracts:budget_year", request.collective.slug, income.received_on.year
            )
    lead = _(
        "Geld dat niet uit een wijkcontract of van de leden komt, zoals een subsidie of een gift."
    )
    context = {"form": form, "title": _("Ontvangst toevoegen"), "lead": lead}
    return render(request, "contracts/budget_form.html", context)
