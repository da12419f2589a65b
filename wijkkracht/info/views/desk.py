"""The walk-in desk: a volunteer logs each question in two clicks, without a name."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from wijkkracht.core.access import CollectiveRequest, role_required
from wijkkracht.core.feedback import show_errors
from wijkkracht.core.models import RoleName
from wijkkracht.info.models import Need, Organisation, Question, WalkInHour
from wijkkracht.info.selectors import referral_choices, walk_ins
from wijkkracht.info.services.desk import question_log, question_refer

DESK_ROLES = (RoleName.COORDINATOR, RoleName.VOLUNTEER)


@role_required(*DESK_ROLES)
def desk_choose_view(request: CollectiveRequest) -> HttpResponse:
    return render(request, "info/desk_choose.html", {"walk_ins": walk_ins(public_only=False)})


@role_required(*DESK_ROLES)
def desk_view(request: CollectiveRequest, walk_in_id: int) -> HttpResponse:
    walk_in = get_object_or_404(WalkInHour.objects.select_related("service"), pk=walk_in_id)
    today = Question.objects.filter(
        walk_in=walk_in, asked_at__date=timezone.localdate()
    ).select_related("referred_to")
    context = {"walk_in": walk_in, "needs": Need.choices, "today": today}
    return render(request, "info/desk.html", context)


@role_required(*DESK_ROLES)
def question_log_view(request: CollectiveRequest, walk_in_id: int) -> HttpResponse:
    walk_in = get_object_or_404(WalkInHour, pk=walk_in_id)
    if request.method != "POST":  # after the lookup, so another collective's id is a 404
        return HttpResponseNotAllowed(["POST"])
    try:
        question = question_log(
            actor=request.user, walk_in=walk_in, topic=request.POST.get("topic", "")
        )
    except ValidationError as error:
        show_errors(request, error)
        return redirect("info:desk", request.collective.slug, walk_in.pk)
    return redirect("info:question_refer", request.collective.slug, question.pk)


@role_required(*DESK_ROLES)
def question_refer_view(request: CollectiveRequest, question_id: int) -> HttpResponse:
    question = get_object_or_404(Question.objects.select_related("walk_in"), pk=question_id)
    if request.method == "POST":
        chosen = request.POST.get("organisation", "")
        organisation = get_object_or_404(Organisation, pk=chosen) if chosen.isdigit() else None
        question_refer(question=question, organisation=organisation)
        messages.success(request, _("De vraag is genoteerd."))
        return redirect("info:desk", request.collective.slug, question.walk_in_id)
    context = {"question": question, "organisations": referral_choices(question.topic)}
    return render(request, "info/question_refer.html", context)
