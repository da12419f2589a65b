"""The coordinator's and the board's pages: cases, scenarios side by side, and their lines."""

from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wijkkracht.businesscase.forms import (
    CaseCreateForm,
    CostLineForm,
    EffectLineForm,
    LineForm,
    RevisionForm,
    SettingsForm,
)
from wijkkracht.businesscase.models import BusinessCase, Scenario, stakeholder_label
from wijkkracht.businesscase.selectors import cases, scenario_outcome, use_counts
from wijkkracht.businesscase.services.cases import (
    PUBLISHED,
    business_case_create,
    scenario_copy,
    scenario_line_delete,
    scenario_line_save,
    scenario_publish,
    scenario_settings_save,
)
from wijkkracht.businesscase.templates import templates
from wijkkracht.core.access import CollectiveRequest, role_required
from wijkkracht.core.feedback import show_errors
from wijkkracht.core.models import RoleName

if TYPE_CHECKING:
    from django.utils.functional import _StrOrPromise

STAFF = (RoleName.COORDINATOR, RoleName.BOARD)
staff_only = role_required(*STAFF)
# A partner (the municipality, the insurer) reads what the collective published, nothing else.
staff_or_partner = role_required(*STAFF, RoleName.PARTNER)
TITLES = {
    ("costs", True): gettext_lazy("Kosten toevoegen"),
    ("costs", False): gettext_lazy("Kosten veranderen"),
    ("effects", True): gettext_lazy("Effect toevoegen"),
    ("effects", False): gettext_lazy("Effect veranderen"),
}
LINE_FORMS: dict[str, type[CostLineForm] | type[EffectLineForm]] = {
    "costs": CostLineForm,
    "effects": EffectLineForm,
}


def is_staff(request: CollectiveRequest) -> bool:
    return request.membership.has(*STAFF)


@staff_or_partner
def case_list_view(request: CollectiveRequest) -> HttpResponse:
    staff = is_staff(request)
    context = {"cases": cases(published_only=not staff), "uses": use_counts(), "staff": staff}
    return render(request, "businesscase/case_list.html", context)


@staff_only
def case_create_view(request: CollectiveRequest) -> HttpResponse:
    form = CaseCreateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        case = business_case_create(
            actor=request.user,
            collective=request.collective,
            title=form.cleaned_data["title"],
            intervention=form.cleaned_data["intervention"],
            template=form.cleaned_data["template"],
        )
        return redirect("businesscase:scenario", request.collective.slug, case.scenarios.get().pk)
    context = {"form": form, "templates": templates()}
    return render(request, "businesscase/case_create.html", context)


@staff_only
def case_detail_view(request: CollectiveRequest, case_id: int) -> HttpResponse:
    """The case's scenarios side by side."""
    case = get_object_or_404(BusinessCase, pk=case_id)
    scenarios = list(case.scenarios.all())
    outcomes = [scenario_outcome(scenario) for scenario in scenarios]
    names = list(dict.fromkeys(n for o in outcomes if o for n in o.by_stakeholder))
    context = {
        "case": case,
        "columns": list(zip(scenarios, outcomes, strict=True)),
        "stakeholders": [
            (stakeholder_label(name), [o.by_stakeholder.get(name) if o else None for o in outcomes])
            for name in names
        ],
    }
    return render(request, "businesscase/case_detail.html", context)


def scenario_get(scenario_id: int, *, published_only: bool = False) -> Scenario:
    scenarios = Scenario.objects.select_related("case")
    if published_only:
        scenarios = scenarios.exclude(published_at=None)
    return get_object_or_404(scenarios, pk=scenario_id)


def _published(request: CollectiveRequest, scenario: Scenario) -> HttpResponse | None:
    """Send a form of a published scenario back to it: it no longer changes."""
    if scenario.published_at is None:
        return None
    messages.info(request, PUBLISHED)
    return redirect("businesscase:scenario", request.collective.slug, scenario.pk)


@staff_only
def scenario_view(request: CollectiveRequest, scenario_id: int) -> HttpResponse:
    scenario = scenario_get(scenario_id)
    found = scenario_outcome(scenario)
    values = {(line.kind, line.index): line.pv for line in found.lines} if found else {}
    context = {
        "scenario": scenario,
        "outcome": found,
        "costs": [
            (i, line, -values[("cost", i)] if found else None)
            for i, line in enumerate(scenario.data["costs"])
        ],
        "effects": [
            (i, line, values.get(("effect", i))) for i, line in enumerate(scenario.data["effects"])
        ],
    }
    return render(request, "businesscase/scenario.html", context)


@staff_only
def scenario_settings_view(request: CollectiveRequest, scenario_id: int) -> HttpResponse:
    scenario = scenario_get(scenario_id)
    if closed := _published(request, scenario):
        return closed
    initial = {
        "revision": scenario.revision,
        "name": scenario.name,
        "horizon_years": scenario.data["horizon_years"],
        "discount_percent": _percent(scenario.data["discount_rate"]),
    }
    form = SettingsForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            scenario_settings_save(
                actor=request.user,
                scenario=scenario,
                revision=data["revision"],
                name=data["name"],
                horizon_years=data["horizon_years"],
                discount_rate=data["discount_percent"] / 100,
            )
        except ValidationError as error:
            show_errors(request, error)
        else:
            return redirect("businesscase:scenario", request.collective.slug, scenario.pk)
    return _form_page(request, scenario, form, _("Uitgangspunten van het scenario"))


def _percent(rate: str) -> str:
    return str((Decimal(rate) * 100).normalize())


def _form_page(
    request: CollectiveRequest, scenario: Scenario, form: RevisionForm, title: "_StrOrPromise"
) -> HttpResponse:
    context = {"scenario": scenario, "form": form, "page_title": title}
    return render(request, "businesscase/line_form.html", context)


@staff_only
def line_edit_view(
    request: CollectiveRequest, scenario_id: int, section: str, index: int | None = None
) -> HttpResponse:
    scenario = scenario_get(scenario_id)
    lines = scenario.data[section]
    if index is not None and index >= len(lines):
        raise Http404
    if closed := _published(request, scenario):
        return closed
    form_class = LINE_FORMS[section]
    initial = form_class.initial_for(
        lines[index] if index is not None else None, scenario.data["horizon_years"]
    )
    form: LineForm = form_class(
        request.POST or None,
        initial={**initial, "revision": scenario.revision},
        horizon=scenario.data["horizon_years"],
        names=scenario.data["stakeholders"],
    )
    if request.method == "POST" and form.is_valid():
        try:
            scenario_line_save(
                actor=request.user,
                scenario=scenario,
                revision=form.cleaned_data["revision"],
                section=section,
                line=form.line(),
                index=index,
            )
        except ValidationError as error:
            show_errors(request, error)
        else:
            return redirect("businesscase:scenario", request.collective.slug, scenario.pk)
    return _form_page(request, scenario, form, TITLES[section, index is None])


def _revision(request: CollectiveRequest) -> int:
    form = RevisionForm(request.POST)
    return form.cleaned_data["revision"] if form.is_valid() else -1


def _act(
    request: CollectiveRequest, scenario: Scenario, action: Callable[[], Scenario], done: str
) -> HttpResponse:
    """Run a button's action (POST only) and go to the scenario it leaves the user on."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    try:
        scenario = action()
    except ValidationError as error:
        show_errors(request, error)
    else:
        messages.success(request, done)
    return redirect("businesscase:scenario", request.collective.slug, scenario.pk)


@staff_only
def line_delete_view(
    request: CollectiveRequest, scenario_id: int, section: str, index: int
) -> HttpResponse:
    scenario = scenario_get(scenario_id)
    if index >= len(scenario.data[section]):
        raise Http404
    return _act(
        request,
        scenario,
        lambda: scenario_line_delete(
            actor=request.user,
            scenario=scenario,
            revision=_revision(request),
            section=section,
            index=index,
        ),
        _("De regel is weggehaald."),
    )


@staff_only
def scenario_copy_view(request: CollectiveRequest, scenario_id: int) -> HttpResponse:
    scenario = scenario_get(scenario_id)
    name = request.POST.get("name", "").strip() or _("Kopie van %s") % scenario.name
    return _act(
        request,
        scenario,
        lambda: scenario_copy(actor=request.user, scenario=scenario, name=name[:100]),
        _("Er is een nieuwe versie gemaakt. U kunt die nu veranderen."),
    )


@staff_only
def scenario_publish_view(request: CollectiveRequest, scenario_id: int) -> HttpResponse:
    scenario = scenario_get(scenario_id)
    return _act(
        request,
        scenario,
        lambda: scenario_publish(
            actor=request.user, scenario=scenario, revision=_revision(request)
        ),
        _("Het scenario is gepubliceerd. Het verandert nu niet meer."),
    )
