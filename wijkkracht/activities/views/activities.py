"""Activities: the organisers' list, the form, and the page everyone sees."""

import datetime

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from wijkkracht.activities import schedule
from wijkkracht.activities.forms import ActivityForm
from wijkkracht.activities.models import Activity, Organiser
from wijkkracht.activities.selectors import (
    call_list,
    can_manage,
    meals_served,
    participation,
    upcoming,
)
from wijkkracht.activities.services.activities import activity_end, activity_save
from wijkkracht.activities.views.common import managed_activity, visible_activity
from wijkkracht.core.access import CollectiveRequest, role_required
from wijkkracht.core.models import RoleName
from wijkkracht.core.pagecache import public_page

ORGANISERS = (RoleName.COORDINATOR, RoleName.VOLUNTEER)


@role_required(*ORGANISERS)
def activity_list_view(request: CollectiveRequest) -> HttpResponse:
    """The activities this person runs; the coordinator sees all of them."""
    activities = Activity.objects.select_related("place", "organiser").order_by("ended", "title")
    if not request.membership.has(RoleName.COORDINATOR):
        activities = activities.filter(organiser=request.membership.person)
    rows = [
        (
            activity,
            schedule.describe(
                rule=activity.rrule, first=activity.date, until=activity.repeat_until
            ),
        )
        for activity in activities
    ]
    context: dict[str, object] = {"rows": rows}
    if request.membership.has(RoleName.COORDINATOR):
        today = timezone.localdate()
        year_ago = today - datetime.timedelta(days=365)
        context["figures"] = participation(since=year_ago, until=today)
        context["meals"] = meals_served(since=year_ago, until=today)
    return render(request, "activities/activity_list.html", context)


@role_required(RoleName.COORDINATOR)
def call_list_view(request: CollectiveRequest) -> HttpResponse:
    """Tomorrow's guests without e-mail: they get no reminder, so the coordinator calls."""
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    context = {"day": tomorrow, "registrations": call_list(tomorrow)}
    return render(request, "activities/call_list.html", context)


@role_required(*ORGANISERS)
def activity_edit_view(request: CollectiveRequest, activity_id: int | None = None) -> HttpResponse:
    activity = managed_activity(request, activity_id) if activity_id else None
    coordinator = request.membership.has(RoleName.COORDINATOR)
    form = ActivityForm(request.POST or None, instance=activity, organiser_choice=coordinator)
    if activity is None and not coordinator:
        form.initial.setdefault("organiser_kind", Organiser.VOLUNTEER)
    if request.method == "POST" and form.is_valid():
        fields = form.service_fields()
        if not coordinator and activity is None:
            fields["organiser"] = request.membership.person  # a volunteer runs what they create
        try:
            activity = activity_save(
                actor=request.user, collective=request.collective, activity=activity, **fields
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("De activiteit is opgeslagen en staat in de agenda."))
            return redirect("activities:activity_detail", request.collective.slug, activity.pk)
    return render(request, "activities/activity_form.html", {"form": form, "activity": activity})


@public_page
def activity_detail_view(
    request: CollectiveRequest, collective_slug: str, activity_id: int
) -> HttpResponse:
    activity = visible_activity(request, activity_id)
    manages = can_manage(request.membership, activity)
    context = {
        "activity": activity,
        "when": schedule.describe(
            rule=activity.rrule, first=activity.date, until=activity.repeat_until
        ),
        "occurrences": upcoming(activity),
        "manages": manages,
    }
    if manages:
        today = timezone.localdate()
        context["figures"] = participation(
            activity=activity, since=today - datetime.timedelta(days=365), until=today
        )
    return render(request, "activities/activity_detail.html", context)


@role_required(*ORGANISERS)
def activity_end_view(request: CollectiveRequest, activity_id: int) -> HttpResponse:
    activity = managed_activity(request, activity_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    activity_end(actor=request.user, activity=activity)
    messages.success(request, _("De activiteit is gestopt. Ze staat niet meer in de agenda."))
    return redirect("activities:activity_list", request.collective.slug)
