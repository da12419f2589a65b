"""Surveys: making one, answering online and on paper, and the results."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from wijkkracht.core.access import CollectiveRequest
from wijkkracht.core.downloads import XLSX, attachment
from wijkkracht.core.feedback import show_errors
from wijkkracht.core.models import Person
from wijkkracht.core.tables import table_csv, table_xlsx
from wijkkracht.participation.forms import AnswerForm, QuestionForm, SurveyForm
from wijkkracht.participation.models import Purpose, Survey, SurveyStatus
from wijkkracht.participation.results import survey_results, survey_table
from wijkkracht.participation.selectors import place_of, roll_counts
from wijkkracht.participation.services.surveys import (
    question_add,
    survey_answer,
    survey_close,
    survey_create,
    survey_open,
)
from wijkkracht.participation.views.common import (
    Next,
    anyone_here,
    form_page,
    is_staff,
    letters_response,
    paper_desk,
    staff_only,
    take_part_response,
)


@staff_only
def survey_create_view(request: CollectiveRequest) -> HttpResponse:
    form = SurveyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        survey = survey_create(
            actor=request.user, collective=request.collective, **form.cleaned_data
        )
        return redirect("participation:survey", request.collective.slug, survey.pk)
    return form_page(request, form=form, title=_("Nieuwe enquête"))


def _taken_part(request: CollectiveRequest, survey: Survey) -> bool | None:
    """None: not on the list; else whether this person (or household) already answered."""
    person = request.membership.person
    place = place_of(survey, person) if person else None
    return None if place is None else place.used_at is not None


@anyone_here
def survey_view(request: CollectiveRequest, survey_id: int) -> HttpResponse:
    survey = get_object_or_404(Survey, pk=survey_id)
    staff = is_staff(request)
    if not staff and survey.status == SurveyStatus.DRAFT:
        raise Http404
    context = {
        "survey": survey,
        "staff": staff,
        "questions": survey.questions.all(),
        "question_form": QuestionForm() if staff and survey.status == SurveyStatus.DRAFT else None,
        "counts": roll_counts(survey=survey) if staff else None,
        "taken_part": _taken_part(request, survey),
    }
    return render(request, "participation/survey.html", context)


@staff_only
def question_add_view(request: CollectiveRequest, survey_id: int) -> HttpResponse:
    survey = get_object_or_404(Survey, pk=survey_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = QuestionForm(request.POST)
    if form.is_valid():
        try:
            question_add(actor=request.user, survey=survey, **form.cleaned_data)
        except ValidationError as error:
            show_errors(request, error)
        else:
            messages.success(request, _("De vraag staat erbij."))
    else:
        messages.error(request, _("Vul de soort vraag en de vraag in."))
    return redirect("participation:survey", request.collective.slug, survey.pk)


def _plain_survey(survey_id: int) -> Survey:
    """A survey that is not a measurement: those open, close and report in the impact app."""
    return get_object_or_404(Survey.objects.exclude(purpose=Purpose.MEASUREMENT), pk=survey_id)


@staff_only
def survey_status_view(request: CollectiveRequest, survey_id: int, action: str) -> HttpResponse:
    survey = _plain_survey(survey_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    try:
        if action == "open":
            survey_open(actor=request.user, survey=survey)
        else:
            survey_close(actor=request.user, survey=survey)
    except ValidationError as error:
        show_errors(request, error)
    return redirect("participation:survey", request.collective.slug, survey.pk)


def _answer(request: CollectiveRequest, survey: Survey, *, paper: bool) -> HttpResponse:
    if survey.status != SurveyStatus.OPEN:
        raise Http404
    form = AnswerForm(request.POST or None, questions=list(survey.questions.all()), paper=paper)

    def store(person: Person | None, code: str) -> None:
        survey_answer(
            actor=request.user, survey=survey, answers=form.answers(), person=person, code=code
        )

    slug = request.collective.slug
    then = Next(
        paper_url=reverse("participation:survey_paper", args=[slug, survey.pk]),
        paper_text=_("De vragenlijst is opgeslagen. U kunt de volgende invoeren."),
        online_url=reverse("participation:survey", args=[slug, survey.pk]),
        online_text=_("Dank u wel voor uw antwoorden."),
    )
    context = {"survey": survey, "counts": roll_counts(survey=survey) if paper else None}
    return take_part_response(
        request,
        form=form,
        store=store,
        paper=paper,
        then=then,
        template="participation/survey_answer.html",
        context=context,
    )


@anyone_here
def survey_answer_view(request: CollectiveRequest, survey_id: int) -> HttpResponse:
    return _answer(request, get_object_or_404(Survey, pk=survey_id), paper=False)


@paper_desk
def survey_paper_view(request: CollectiveRequest, survey_id: int) -> HttpResponse:
    return _answer(request, get_object_or_404(Survey, pk=survey_id), paper=True)


@staff_only
def survey_letters_view(request: CollectiveRequest, survey_id: int) -> HttpResponse:
    survey = get_object_or_404(Survey, pk=survey_id)
    context = {"questions": survey.questions.all(), "counts": roll_counts(survey=survey)}
    return letters_response(request, survey, "participation/survey_letters.html", context)


@staff_only
def survey_results_view(request: CollectiveRequest, survey_id: int) -> HttpResponse:
    survey = _plain_survey(survey_id)
    total, results = survey_results(survey)
    context = {
        "survey": survey,
        "total": total,
        "results": results,
        "counts": roll_counts(survey=survey),
    }
    return render(request, "participation/survey_results.html", context)


@staff_only
def survey_export_view(request: CollectiveRequest, survey_id: int, kind: str) -> HttpResponse:
    survey = _plain_survey(survey_id)
    header, rows = survey_table(survey)
    name = f"enquete-{survey.pk}"
    if kind == "csv":
        return attachment(table_csv(header, rows), f"{name}.csv", "text/csv; charset=utf-8")
    return attachment(table_xlsx(header, rows, _("Antwoorden")), f"{name}.xlsx", XLSX)
