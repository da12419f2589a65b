"""The neighbourhood notice board (prikbord)."""

from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from wijkkracht.activities.forms import ModerateForm, PostForm, ReportForm
from wijkkracht.activities.models import Post, PostKind, PostStatus
from wijkkracht.activities.services.board import (
    post_create,
    post_moderate,
    post_remove,
    post_report,
)
from wijkkracht.core.access import CollectiveRequest, role_required
from wijkkracht.core.feedback import show_errors
from wijkkracht.core.models import RoleName
from wijkkracht.core.pagecache import public_page

POSTS_PER_PAGE = 20


def _visible_posts(request: CollectiveRequest):  # type: ignore[no-untyped-def]
    posts = Post.objects.filter(status=PostStatus.VISIBLE).select_related("author")
    if not request.membership.roles:
        posts = posts.filter(public=True)
    return posts


@public_page
def board_view(request: CollectiveRequest, collective_slug: str) -> HttpResponse:
    """Offers, questions and announcements; outsiders see only posts marked public."""
    posts = _visible_posts(request)
    kind = request.GET.get("soort", "")
    if kind in PostKind.values:
        posts = posts.filter(kind=kind)
    page = Paginator(posts, POSTS_PER_PAGE).get_page(request.GET.get("pagina"))
    context = {
        "page": page,
        "kinds": PostKind.choices,
        "kind": kind,
        "query": urlencode({"soort": kind}) if kind else "",
        "may_post": bool(request.membership.roles),
        "moderates": request.membership.has(RoleName.COORDINATOR),
    }
    return render(request, "activities/board.html", context)


@public_page
def post_detail_view(
    request: CollectiveRequest, collective_slug: str, post_id: int
) -> HttpResponse:
    membership = request.membership
    post = get_object_or_404(Post.objects.select_related("author"), pk=post_id)
    own = membership.person is not None and post.author_id == membership.person.pk
    moderates = membership.has(RoleName.COORDINATOR)
    if not (own or moderates) and not _visible_posts(request).filter(pk=post.pk).exists():
        raise Http404
    context = {
        "post": post,
        "own": own,
        "moderates": moderates,
        "may_report": bool(membership.roles) and not own,
        "moderate_form": ModerateForm(),
        "reports": post.reports.select_related("reporter") if moderates else [],
    }
    return render(request, "activities/post_detail.html", context)


@role_required()
def post_create_view(request: CollectiveRequest) -> HttpResponse:
    form = PostForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            post = post_create(
                actor=request.user,
                collective=request.collective,
                author=request.membership.person,  # type: ignore[arg-type]
                **form.cleaned_data,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Uw bericht hangt op het prikbord."))
            return redirect("activities:post_detail", request.collective.slug, post.pk)
    return render(request, "activities/post_form.html", {"form": form})


@role_required()
def post_report_view(request: CollectiveRequest, post_id: int) -> HttpResponse:
    post = get_object_or_404(_visible_posts(request), pk=post_id)
    form = ReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            post_report(
                actor=request.user,
                post=post,
                reporter=request.membership.person,  # type: ignore[arg-type]
                reason=form.cleaned_data["reason"],
            )
        except ValidationError as error:
            show_errors(request, error)
        else:
            messages.success(request, _("Dank u wel. De coördinator kijkt ernaar."))
        return redirect("activities:board", request.collective.slug)
    return render(request, "activities/post_report.html", {"form": form, "post": post})


@role_required()
def post_remove_view(request: CollectiveRequest, post_id: int) -> HttpResponse:
    post = get_object_or_404(Post, pk=post_id, author=request.membership.person)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    post_remove(actor=request.user, post=post)
    messages.success(request, _("Uw bericht is weggehaald."))
    return redirect("activities:board", request.collective.slug)


@role_required(RoleName.COORDINATOR)
def post_moderate_view(request: CollectiveRequest, post_id: int) -> HttpResponse:
    post = get_object_or_404(Post, pk=post_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = ModerateForm(request.POST)
    if form.is_valid():
        try:
            post_moderate(
                actor=request.user,
                post=post,
                visible=form.cleaned_data["visible"],
                note=form.cleaned_data["note"],
            )
        except ValidationError as error:
            show_errors(request, error)
        else:
            messages.success(request, _("Uw besluit is opgeslagen."))
    return redirect("activities:moderation", request.collective.slug)


@role_required(RoleName.COORDINATOR)
def moderation_view(request: CollectiveRequest) -> HttpResponse:
    """Posts taken off after reports, and visible posts with open reports."""
    posts = (
        Post.objects.annotate(open_reports=Count("reports", filter=Q(reports__handled=False)))
        .filter(Q(status=PostStatus.HELD) | Q(open_reports__gt=0))
        .select_related("author")
        .order_by("-open_reports", "-created_at")
    )
    return render(
        request, "activities/moderation.html", {"posts": posts, "moderate_form": ModerateForm()}
    )
