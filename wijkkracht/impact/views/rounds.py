"""Measurement rounds: the list, making one, opening and closing it, and its results."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from wijkkracht.activities.selectors import activity_choices
from wijkkracht.core.access import CollectiveRequest, role_required
from wijkkracht.core.feedback import show_errors
from wijkkracht.core.models import RoleName
from wijkkracht.impact.forms import RoundForm
from wijkkracht.impact.instruments import instrument_by_ref, instrument_choices
from wijkkracht.impact.models import Round, Stage
from wijkkracht.impact.results import round_results, shown
from wijkkracht.impact.services.rounds import round_close, round_create, round_open
from wijkkracht.participation.results import survey_results
from wijkkracht.participation.selectors import roll_counts

coordinator_only = role_required(RoleName.COORDINATOR)
# Aggregates only, never fewer than 10 people: for the board and the partners too.
readers = role_required(RoleName.COORDINATOR, RoleName.BOARD, RoleName.PARTNER)


@readers
def round_list_view(request: CollectiveRequest) -> HttpResponse:
    context = {
        "rounds": Round.objects.select_related("survey", "activity"),
        "coordinator": request.membership.has(RoleName.COORDINATOR),
    }
    return render(request, "impact/round_list.html", context)


@readers
def instruments_view(request: CollectiveRequest) -> HttpResponse:
    return render(request, "impact/instruments.html", {"instruments": instrument_choices()})


@coordinator_only
def round_create_view(request: CollectiveRequest) -> HttpResponse:
    befores = list(Round.objects.filter(stage=Stage.BEFORE))
    form = RoundForm(request.POST or None, activities=activity_choices(), befores=befores)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        activity_id, before_id = data.pop("activity"), data.pop("before")
        before = next((r for r in befores if r.pk == before_id), None)
        try:
            measurement = round_create(
                actor=request.user,
                collective=request.collective,
                activity_id=activity_id,
                before=before,
                **data,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            return redirect("impact:round", request.collective.slug, measurement.pk)
    context = {
        "form": form,
        "title": _("Nieuwe meting"),
        "lead": _(
            "Een meting is een vragenlijst voor bewoners. U kiest de vragenlijsten en wie ze "
            "invullen. Daarna kunt u eigen vragen toevoegen, brieven met een code afdrukken en "
            "de meting openen."
        ),
    }
    context["back"] = reverse("impact:round_list", args=[request.collective.slug])
    return render(request, "core/form.html", context)


def _own_questions(measurement: Round) -> list:
    """Results of the collective's own questions, after the instruments' items."""
    asked = sum(len(instrument_by_ref(ref).items) for ref in measurement.instruments)
    total, results = survey_results(measurement.survey)
    return results[asked:] if shown(total) else []


@readers
def round_view(request: CollectiveRequest, round_id: int) -> HttpResponse:
    measurement = get_object_or_404(Round.objects.select_related("survey", "before"), pk=round_id)
    counts = roll_counts(survey=measurement.survey)
    context = {
        "round": measurement,
        "counts": counts,
        "coordinator": request.membership.has(RoleName.COORDINATOR),
        "results": round_results(measurement),
        "own": _own_questions(measurement),
    }
    return render(request, "impact/round.html", context)


@coordinator_only
def round_status_view(request: CollectiveRequest, round_id: int, action: str) -> HttpResponse:
    measurement = get_object_or_404(Round.objects.select_related("survey"), pk=round_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    try:
        if action == "open":
            round_open(actor=request.user, measurement=measurement)
            messages.success(request, _("De meting is open. Druk nu de brieven met code af."))
        else:
            round_close(actor=request.user, measurement=measurement)
    except ValidationError as error:
        show_errors(request, error)
    return redirect("impact:round", request.collective.slug, measurement.pk)
