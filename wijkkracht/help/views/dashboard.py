"""The coordinator's day: the dashboard, the call list and planning the week."""

import datetime

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from wijkkracht.core.access import CollectiveRequest, role_required
from wijkkracht.core.models import RoleName
from wijkkracht.help.matching import describe_when, week_start
from wijkkracht.help.selectors import call_list, dashboard, when_of
from wijkkracht.help.services.planning import plan_confirm, week_plan


@role_required(RoleName.COORDINATOR)
def dashboard_view(request: CollectiveRequest) -> HttpResponse:
    today = timezone.localdate()
    return render(request, "help/dashboard.html", {"board": dashboard(today), "today": today})


@role_required(RoleName.COORDINATOR)
def call_list_view(request: CollectiveRequest) -> HttpResponse:
    """A printable list of residents without e-mail to phone today."""
    today = timezone.localdate()
    rows = [
        (help_request, describe_when(when_of(help_request))) for help_request in call_list(today)
    ]
    return render(request, "help/call_list.html", {"rows": rows, "today": today})


def _monday(value: str | None) -> datetime.date:
    today = timezone.localdate()
    try:
        chosen = datetime.date.fromisoformat(value) if value else today
    except ValueError:
        chosen = today
    return week_start(max(chosen, week_start(today)))


@role_required(RoleName.COORDINATOR)
def week_plan_view(request: CollectiveRequest) -> HttpResponse:
    """Show the best plan for a week; confirming asks every volunteer in the kept rows."""
    if request.method == "POST":
        pairs = []
        for value in request.POST.getlist("pair"):
            parts = value.split(":")
            if len(parts) == 3 and all(part.isdigit() for part in parts):  # noqa: PLR2004
                pairs.append((int(parts[0]), int(parts[1]), int(parts[2])))
        result = plan_confirm(actor=request.user, pairs=pairs)
        messages.success(
            request, _("%(count)s vrijwilligers zijn gevraagd.") % {"count": result.asked}
        )
        for refusal in result.refused:
            messages.error(request, refusal)
        return redirect("help:dashboard", request.collective.slug)
    monday = _monday(request.GET.get("week"))
    plan, requests = week_plan(monday)
    rows = [(requests[pair.request_id], pair) for pair in plan.pairs]
    context = {
        "monday": monday,
        "sunday": monday + datetime.timedelta(days=6),
        "previous": monday - datetime.timedelta(days=7),
        "next": monday + datetime.timedelta(days=7),
        "is_current": monday == week_start(timezone.localdate()),
        "rows": rows,
        "unplanned": [requests[request_id] for request_id in plan.unplanned],
        "total": plan.total_score,
    }
    return render(request, "help/week_plan.html", context)
