"""The information point as residents see it: open to everyone, members see a bit more."""

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render

from wijkkracht.core.access import CollectiveRequest
from wijkkracht.core.pagecache import public_page
from wijkkracht.info.facts import collective_facts
from wijkkracht.info.forms import SearchForm
from wijkkracht.info.models import Article, ArticleKind, Need, Organisation, Service
from wijkkracht.info.search import search
from wijkkracht.info.selectors import (
    articles,
    need_counts,
    results_grouped,
    service_get,
    services,
    walk_in_week,
)


def _public_only(request: CollectiveRequest) -> bool:
    """Who is not of the collective sees only what it made public."""
    return not request.membership.roles


@public_page
def home_view(request: CollectiveRequest, collective_slug: str) -> HttpResponse:
    public_only = _public_only(request)
    counts = need_counts(public_only=public_only)
    context = {
        "form": SearchForm(),
        "needs": [(value, label, counts.get(value, 0)) for value, label in Need.choices],
        "walk_ins": walk_in_week(public_only=public_only)[:6],
        "news": articles(public_only=public_only, kind=ArticleKind.NEWS)[:3],
    }
    return render(request, "info/home.html", context)


@public_page
def search_view(request: CollectiveRequest, collective_slug: str) -> HttpResponse:
    form = SearchForm(request.GET)
    query = form.cleaned_data["q"].strip() if form.is_valid() else ""
    context: dict[str, object] = {"form": form, "query": query}
    if query:
        public_only = _public_only(request)
        found = search(query, public_only=public_only)
        context.update(
            found=found,
            groups=results_grouped(found, public_only=public_only),
            corrections=found.query.corrections,
        )
    return render(request, "info/search.html", context)


@public_page
def need_view(request: CollectiveRequest, collective_slug: str, need: str) -> HttpResponse:
    if need not in Need.values:
        raise Http404
    found = services(public_only=_public_only(request)).filter(need=need)
    context = {"need_label": Need(need).label, "services": found}
    return render(request, "info/need.html", context)


@public_page
def service_detail_view(
    request: CollectiveRequest, collective_slug: str, service_id: int
) -> HttpResponse:
    try:
        service = service_get(service_id=service_id, public_only=_public_only(request))
    except Service.DoesNotExist:
        raise Http404 from None
    return render(request, "info/service_detail.html", {"service": service})


@public_page
def organisation_detail_view(
    request: CollectiveRequest, collective_slug: str, organisation_id: int
) -> HttpResponse:
    organisation = get_object_or_404(Organisation, pk=organisation_id)
    offered = services(public_only=_public_only(request)).filter(organisation=organisation)
    if not offered and _public_only(request):
        raise Http404
    context = {"organisation": organisation, "services": offered}
    return render(request, "info/organisation_detail.html", context)


@public_page
def walk_in_list_view(request: CollectiveRequest, collective_slug: str) -> HttpResponse:
    context = {"walk_ins": walk_in_week(public_only=_public_only(request))}
    return render(request, "info/walk_in_list.html", context)


@public_page
def article_list_view(request: CollectiveRequest, collective_slug: str) -> HttpResponse:
    public_only = _public_only(request)
    context = {
        "explained": articles(public_only=public_only, kind=ArticleKind.ARTICLE),
        "questions": articles(public_only=public_only, kind=ArticleKind.FAQ),
    }
    return render(request, "info/article_list.html", context)


@public_page
def news_list_view(request: CollectiveRequest, collective_slug: str) -> HttpResponse:
    news = articles(public_only=_public_only(request), kind=ArticleKind.NEWS)
    return render(request, "info/news_list.html", {"news": news})


@public_page
def article_detail_view(
    request: CollectiveRequest, collective_slug: str, article_id: int
) -> HttpResponse:
    try:
        article = articles(public_only=_public_only(request)).get(pk=article_id)
    except Article.DoesNotExist:
        raise Http404 from None
    return render(request, "info/article_detail.html", {"article": article})


@public_page
def facts_view(request: CollectiveRequest, collective_slug: str) -> HttpResponse:
    return render(request, "info/facts.html", {"facts": collective_facts(request.collective)})
