"""Consultation before procurement: residents weigh the criteria, the report says what they
asked for, and the collective attaches its bid plan."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from wijkkracht.core.access import CollectiveRequest
from wijkkracht.core.feedback import show_errors
from wijkkracht.participation.forms import BidForm, ConsultationForm
from wijkkracht.participation.models import Consultation
from wijkkracht.participation.results import criteria_report
from wijkkracht.participation.selectors import roll_counts
from wijkkracht.participation.services.consultations import (
    consultation_bid_set,
    consultation_create,
    consultation_publish,
)
from wijkkracht.participation.views.common import anyone_here, form_page, is_staff, staff_only


@staff_only
def consultation_create_view(request: CollectiveRequest) -> HttpResponse:
    form = ConsultationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            consultation = consultation_create(
                actor=request.user, collective=request.collective, **form.cleaned_data
            )
        except ValidationError as error:
            form.add_error("criteria", error)
        else:
            return redirect("participation:consultation", request.collective.slug, consultation.pk)
    context = {
        "form": form,
        "title": _("Bewoners raadplegen voor een aanbesteding"),
        "lead": _(
            "Voordat een dienst wordt ingekocht, vragen we bewoners wat zij belangrijk vinden. "
            "Zij wegen de punten in een enquête. Het verslag zegt wat bewoners vragen."
        ),
    }
    return form_page(request, **context)


@anyone_here
def consultation_view(request: CollectiveRequest, consultation_id: int) -> HttpResponse:
    consultation = get_object_or_404(
        Consultation.objects.select_related("survey"), pk=consultation_id
    )
    staff = is_staff(request)
    if not staff and consultation.survey.status == "draft":
        raise Http404
    show_report = staff or consultation.published_at is not None
    context = {
        "consultation": consultation,
        "staff": staff,
        "report": criteria_report(consultation) if show_report else None,
        "counts": roll_counts(survey=consultation.survey),
        "bid_form": BidForm(
            initial={"bid_plan": consultation.bid_plan, "bid_link": consultation.bid_link}
        )
        if staff
        else None,
    }
    return render(request, "participation/consultation.html", context)


@staff_only
def consultation_bid_view(request: CollectiveRequest, consultation_id: int) -> HttpResponse:
    consultation = get_object_or_404(Consultation, pk=consultation_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = BidForm(request.POST)
    if form.is_valid():
        consultation_bid_set(actor=request.user, consultation=consultation, **form.cleaned_data)
        messages.success(request, _("Het biedplan is opgeslagen."))
    else:
        messages.error(request, _("De link is geen geldig webadres."))
    return redirect("participation:consultation", request.collective.slug, consultation.pk)


@staff_only
def consultation_publish_view(request: CollectiveRequest, consultation_id: int) -> HttpResponse:
    consultation = get_object_or_404(Consultation, pk=consultation_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    try:
        consultation_publish(actor=request.user, consultation=consultation)
    except ValidationError as error:
        show_errors(request, error)
    else:
        messages.success(request, _("Het verslag is gepubliceerd."))
    return redirect("participation:consultation", request.collective.slug, consultation.pk)
