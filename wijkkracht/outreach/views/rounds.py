"""The coordinator's pages: the overview, reading in the addresses, a new round, a round."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from wijkkracht.core.access import CollectiveRequest, role_required
from wijkkracht.outreach.forms import DoorsForm, RoundForm
from wijkkracht.outreach.models import Door, Round
from wijkkracht.outreach.selectors import interested, round_figures
from wijkkracht.outreach.services.doors import doors_load
from wijkkracht.outreach.services.rounds import round_create


@role_required("coordinator")
def overview_view(request: CollectiveRequest) -> HttpResponse:
    doors = Door.objects.aggregate(
        homes=Count("pk", filter=Q(residential=True)),
        other=Count("pk", filter=Q(residential=False)),
    )
    rounds = [(found, round_figures(found)[0]) for found in Round.objects.all()]
    return render(request, "outreach/overview.html", {"doors": doors, "rounds": rounds})


@role_required("coordinator")
def doors_view(request: CollectiveRequest) -> HttpResponse:
    form = DoorsForm(request.POST or None, request.FILES or None)
    errors: list[str] = []
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        plan = doors_load(
            actor=request.user,
            collective=request.collective,
            content=upload.read(),
            filename=upload.name,
        )
        if not plan.errors:
            messages.success(
                request,
                _("De adressen zijn ingelezen: %(new)d nieuw, %(known)d al bekend.")
                % {"new": plan.new, "known": plan.known},
            )
            return redirect("outreach:overview", request.collective.slug)
        errors = plan.errors
    return render(request, "outreach/doors_form.html", {"form": form, "errors": errors})


@role_required("coordinator")
def round_create_view(request: CollectiveRequest) -> HttpResponse:
    today = timezone.localdate()
    initial = {"starts_on": today, "ends_on": today.replace(month=12, day=31), "list_size": 60}
    form = RoundForm(request.POST or None, collective=request.collective, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            found = round_create(
                actor=request.user,
                collective=request.collective,
                name=data["name"],
                area=data["area"],
                starts_on=data["starts_on"],
                ends_on=data["ends_on"],
                list_size=data["list_size"],
                assistants=list(data["assistants"]),
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            return redirect("outreach:round", request.collective.slug, found.pk)
    return render(request, "outreach/round_form.html", {"form": form})


@role_required("coordinator")
def round_view(request: CollectiveRequest, outreach_round_id: int) -> HttpResponse:
    found = get_object_or_404(Round, pk=outreach_round_id)
    lists = found.lists.select_related("assistant").annotate(
        doors=Count("stops", distinct=True),
        rung=Count("stops", filter=Q(stops__visits__isnull=False), distinct=True),
    )
    context = {
        "round": found,
        "figures": round_figures(found),
        "lists": lists,
        "interested": interested(found),
    }
    return render(request, "outreach/round.html", context)
