"""The rules of the game: the overview with the meetings and the accounts' deadlines, one
version of a document, a new version, and the decisions list."""

import datetime

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.http import HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from wijkkracht.core.access import CollectiveRequest, role_required
from wijkkracht.core.downloads import attachment
from wijkkracht.governance.deadlines import accounts_deadlines
from wijkkracht.governance.forms import FollowUpForm, RulesForm
from wijkkracht.governance.models import Decision, DocumentKind, FollowUp, Meeting, RulesVersion
from wijkkracht.governance.services.follow_ups import follow_up_add, follow_up_done
from wijkkracht.governance.services.rules import rules_version_create

MANAGERS = ("coordinator", "board")


@role_required()
def home_view(request: CollectiveRequest) -> HttpResponse:
    newest: dict[str, RulesVersion] = {}
    for rules in RulesVersion.objects.order_by("kind", "-version"):
        newest.setdefault(rules.kind, rules)
    last_year = timezone.localdate().year - 1
    adopted = (
        Decision.objects.filter(item__accounts_year=last_year, adopted=True)
        .order_by("decided_on")
        .first()
    )
    context = {
        "documents": [(kind, label, newest.get(kind)) for kind, label in DocumentKind.choices],
        "meetings": Meeting.objects.all()[:10],
        "manages": request.membership.has(*MANAGERS),
        "year": last_year,
        "deadlines": accounts_deadlines(
            datetime.date(last_year, 12, 31), adopted_on=adopted.decided_on if adopted else None
        ),
        "adopted": adopted,
    }
    return render(request, "governance/home.html", context)


@role_required()
def rules_view(request: CollectiveRequest, rules_id: int) -> HttpResponse:
    rules = get_object_or_404(RulesVersion, pk=rules_id)
    versions = RulesVersion.objects.filter(kind=rules.kind).order_by("-version")
    return render(request, "governance/rules.html", {"rules": rules, "versions": versions})


@role_required(*MANAGERS)
def rules_create_view(request: CollectiveRequest) -> HttpResponse:
    kind = request.GET.get("soort", DocumentKind.STATUTES)
    kind = kind if kind in DocumentKind.values else DocumentKind.STATUTES
    form = RulesForm(request.POST or None, kind=kind)
    if request.method == "POST" and form.is_valid():
        try:
            rules = rules_version_create(
                actor=request.user, collective=request.collective, kind=kind, **form.cleaned_data
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("De nieuwe versie is opgeslagen."))
            return redirect("governance:rules", request.collective.slug, rules.pk)
    context = {
        "form": form,
        "title": _("Nieuwe versie: %(kind)s") % {"kind": DocumentKind(kind).label},
        "lead": _("Zet de tekst erin zoals de vergadering hem vaststelde."),
        "back": reverse("governance:home", args=[request.collective.slug]),
    }
    return render(request, "core/form.html", context)


@role_required()
def decisions_view(request: CollectiveRequest) -> HttpResponse:
    decisions = Decision.objects.select_related("item__meeting").annotate(
        open_actions=Count("follow_ups", filter=Q(follow_ups__done_on__isnull=True))
    )
    return render(request, "governance/decisions.html", {"decisions": decisions})


@role_required()
def decision_view(request: CollectiveRequest, decision_id: int) -> HttpResponse:
    """One decision with its counts and the board's follow-up actions."""
    decision = get_object_or_404(Decision.objects.select_related("item__meeting"), pk=decision_id)
    manages = request.membership.has(*MANAGERS)
    form = FollowUpForm(request.POST if manages and request.method == "POST" else None)
    if request.method == "POST" and manages and form.is_valid():
        try:
            follow_up_add(actor=request.user, decision=decision, **form.cleaned_data)
        except ValidationError as error:
            form.add_error("due_on", error)
        else:
            messages.success(request, _("De actie staat erbij."))
            return redirect("governance:decision", request.collective.slug, decision.pk)
    context = {
        "decision": decision,
        "follow_ups": decision.follow_ups.select_related("owner"),
        "manages": manages,
        "form": form,
        "today": timezone.localdate(),
    }
    return render(request, "governance/decision.html", context)


@role_required(*MANAGERS)
def follow_up_done_view(request: CollectiveRequest, follow_up_id: int) -> HttpResponse:
    follow_up = get_object_or_404(FollowUp, pk=follow_up_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    follow_up_done(actor=request.user, follow_up=follow_up)
    messages.success(request, _("De actie is klaar."))
    return redirect("governance:decision", request.collective.slug, follow_up.decision_id)


@role_required(*MANAGERS)
def annual_report_view(request: CollectiveRequest, year: int) -> HttpResponse:
    from wijkkracht.governance.annual_report import annual_report
    from wijkkracht.governance.printing import annual_report_pdf  # ReportLab: slow to import

    pdf = annual_report_pdf(annual_report(request.collective, year))
    return attachment(pdf, f"jaarverslag-{year}.pdf", "application/pdf")
