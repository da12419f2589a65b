"""The courses: the list with the learning paths, one course, a new or changed course, its
printable hand-out, and a new edition."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from wijkkracht.academy.access import teaches
from wijkkracht.academy.forms import BLOCK_LABELS, CourseForm, EditionForm
from wijkkracht.academy.minutes import blocks_of, net_minutes
from wijkkracht.academy.models import Course, Path, Topic
from wijkkracht.academy.registers import register_get
from wijkkracht.academy.selectors import courses_listed, editions_of
from wijkkracht.academy.services.courses import course_save, path_seed
from wijkkracht.academy.services.editions import edition_create
from wijkkracht.core.access import CollectiveRequest, role_required


@role_required()
def courses_view(request: CollectiveRequest) -> HttpResponse:
    topic = request.GET.get("onderwerp", "")
    topic = topic if topic in Topic.values else ""
    context = {
        "courses": courses_listed(topic),
        "topics": Topic.choices,
        "topic": topic,
        "paths": Path.objects.prefetch_related("steps__course"),
        "coordinator": request.membership.has("coordinator"),
        "federated": request.collective.federation_id is not None,
    }
    return render(request, "academy/courses.html", context)


def _programme(course: Course) -> list[tuple[str, int, bool]]:
    register = register_get(course.register)
    return [
        (str(BLOCK_LABELS[block["kind"]]), block["minutes"], block["kind"] in register.counted)
        for block in course.blocks
    ]


@role_required()
def course_view(request: CollectiveRequest, course_id: int) -> HttpResponse:
    course = get_object_or_404(Course, pk=course_id)
    register = register_get(course.register)
    net = net_minutes(blocks_of(course.blocks), register)
    context = {
        "course": course,
        "register": register,
        "programme": _programme(course),
        "net": net,
        "points": register.points(net),
        "editions": editions_of(course),
        "teaches": teaches(request, course),
        "coordinator": request.membership.has("coordinator"),
    }
    return render(request, "academy/course.html", context)


def _course_form(request: CollectiveRequest, course: Course | None) -> HttpResponse:
    form = CourseForm(request.POST or None, instance=course)
    if request.method == "POST" and form.is_valid():
        try:
            course = course_save(
                actor=request.user,
                collective=request.collective,
                course=course,
                teachers=form.cleaned_data["teachers"],
                prerequisites=form.cleaned_data["prerequisites"],
                **form.service_fields(),
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("De cursus is opgeslagen."))
            return redirect("academy:course", request.collective.slug, course.pk)
    back = (
        reverse("academy:course", args=[request.collective.slug, course.pk])
        if course
        else reverse("academy:courses", args=[request.collective.slug])
    )
    context = {"form": form, "title": course.title if course else _("Nieuwe cursus"), "back": back}
    return render(request, "academy/course_form.html", context)


@role_required("coordinator")
def course_create_view(request: CollectiveRequest) -> HttpResponse:
    return _course_form(request, None)


@role_required("coordinator")
def course_edit_view(request: CollectiveRequest, course_id: int) -> HttpResponse:
    return _course_form(request, get_object_or_404(Course, pk=course_id))


@role_required()
def course_handout_view(request: CollectiveRequest, course_id: int) -> HttpResponse:
    course = get_object_or_404(Course, pk=course_id)
    context = {"course": course, "programme": _programme(course)}
    return render(request, "academy/handout.html", context)


@role_required("coordinator")
def path_seed_view(request: CollectiveRequest) -> HttpResponse:
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    path = path_seed(actor=request.user, collective=request.collective, key="buurtassistent")
    messages.success(request, _("De leerlijn %(name)s staat klaar.") % {"name": path.name})
    return redirect("academy:courses", request.collective.slug)


@role_required("coordinator")
def edition_create_view(request: CollectiveRequest, course_id: int) -> HttpResponse:
    course = get_object_or_404(Course, pk=course_id)
    form = EditionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            edition = edition_create(
                actor=request.user,
                collective=request.collective,
                course=course,
                **form.cleaned_data,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("De cursus staat in de agenda."))
            return redirect("academy:edition", request.collective.slug, edition.pk)
    context = {
        "form": form,
        "title": _("%(course)s geven") % {"course": course.title},
        "lead": _("De bijeenkomsten komen in de agenda. Bewoners melden zich daar aan."),
        "back": reverse("academy:course", args=[request.collective.slug, course.pk]),
    }
    return render(request, "core/form.html", context)
